// Reading the signal of a crash for a person: the `[signal SIG…: … code=… addr=… pc=…]` line
// under a panic or throw (runtime/panic.go dopanic_m; code is si_code in hex), or a signal
// dump's `PC=… m=… sigcode=… addr=…` line (signal_unix.go fatalsignal; sigcode in decimal),
// or a Windows exception (signal_windows.go; the exception code in place of a name).
// si_code values: Linux <asm-generic/siginfo.h>; Windows codes: ntstatus.h.

import type { Sentences } from "../i18n/en/sentences.js";
import { sentences } from "../i18n/sentences.js";
import type { Lang } from "../i18n/types.js";
import type { SignalInfo } from "../model.js";
import type { SignalReading } from "./types.js";

/** Fault addresses below this are nil dereferences for the runtime (sigpanic). */
const NIL_PAGE = 0x1000;

const SEGV_CODES: Record<number, string> = { 1: "SEGV_MAPERR", 2: "SEGV_ACCERR", 128: "SI_KERNEL" };
const BUS_CODES: Record<number, string> = { 1: "BUS_ADRALN", 2: "BUS_ADRERR", 3: "BUS_OBJERR" };
const FPE_CODES: Record<number, string> = {
  1: "FPE_INTDIV",
  2: "FPE_INTOVF",
  3: "FPE_FLTDIV",
  4: "FPE_FLTOVF",
  5: "FPE_FLTUND",
  6: "FPE_FLTRES",
  7: "FPE_FLTINV",
};
/** Codes any signal can carry: who sent it. */
const SENDER_CODES: Record<string, string> = {
  "0": "SI_USER",
  "128": "SI_KERNEL",
  "18446744073709551615": "SI_QUEUE",
  "18446744073709551610": "SI_TKILL",
};

const WINDOWS_EXCEPTIONS: Record<string, string> = {
  "0xc0000005": "EXCEPTION_ACCESS_VIOLATION",
  "0xc0000094": "EXCEPTION_INT_DIVIDE_BY_ZERO",
  "0xc0000095": "EXCEPTION_INT_OVERFLOW",
  "0xc00000fd": "EXCEPTION_STACK_OVERFLOW",
  "0xc000001d": "EXCEPTION_ILLEGAL_INSTRUCTION",
  "0x80000003": "EXCEPTION_BREAKPOINT",
  "0xc0000409": "STATUS_STACK_BUFFER_OVERRUN (fail-fast)",
};

/**
 * Signal numbers old releases printed instead of names (`[signal 0xb code=0x1 …]`, go1.6 and
 * older): Linux numbers, and 0xa for SIGBUS on the BSDs and macOS.
 */
const SIGNAL_NUMBERS: Record<string, string> = {
  "0x4": "SIGILL",
  "0x5": "SIGTRAP",
  "0x6": "SIGABRT",
  "0x7": "SIGBUS",
  "0x8": "SIGFPE",
  "0xa": "SIGBUS",
  "0xb": "SIGSEGV",
};

/** What the runtime says of each numbered signal (go1.26.8 src/runtime/sigtab_linux_generic.go). */
const SIGNAL_DESCRIPTIONS: Record<string, string> = {
  SIGILL: "illegal instruction",
  SIGTRAP: "trace trap",
  SIGABRT: "abort",
  SIGBUS: "bus error",
  SIGFPE: "floating-point exception",
  SIGSEGV: "segmentation violation",
};

/**
 * The signal as a newer runtime names it on its `[signal …]` line: a number an old release
 * printed (`0xb`) becomes `SIGSEGV: segmentation violation`; a named one is kept as printed.
 */
export function signalTitle(printed: SignalInfo): string {
  const name = SIGNAL_NUMBERS[printed.name];
  if (name !== undefined && printed.description === "")
    return `${name}: ${SIGNAL_DESCRIPTIONS[name] as string}`;
  return printed.description === "" ? printed.name : `${printed.name}: ${printed.description}`;
}

/** The signal's name, when an old release printed its number instead (`0xb`: SIGSEGV). */
export function signalName(printed: string): string {
  return SIGNAL_NUMBERS[printed] ?? printed;
}

/** What the signal says (its meaning in `lang`), or null when the crash printed none. */
export function readSignal(
  printed: SignalInfo | null | undefined,
  lang: Lang = "en",
): SignalReading | null {
  if (printed === undefined || printed === null) return null;
  const say = sentences(lang);
  const reading: SignalReading = { signal: printed.name, meaning: "" };
  if (printed.addr !== undefined) reading.addr = printed.addr;
  if (printed.pc !== undefined) reading.pc = printed.pc;
  const numbered = SIGNAL_NUMBERS[printed.name];
  const signal = numbered === undefined ? printed : { ...printed, name: numbered };
  const windows = WINDOWS_EXCEPTIONS[signal.name];
  if (windows !== undefined || signal.name.startsWith("0x")) {
    reading.meaning = windowsMeaning(signal, windows, say);
    return reading;
  }
  // `code=0x…` on a [signal …] line, `sigcode=N` (decimal) in a dump.
  const raw = signal.code !== undefined ? Number.parseInt(signal.code, 16) : undefined;
  const sigcode = signal.sigcode;
  const code = raw ?? (sigcode !== undefined && sigcode.length < 6 ? Number(sigcode) : undefined);
  const named =
    sigcode !== undefined && SENDER_CODES[sigcode] !== undefined
      ? SENDER_CODES[sigcode]
      : code === undefined
        ? undefined
        : codeName(signal.name, code);
  if (named !== undefined) reading.code = named;
  reading.meaning = meaning(signal, named, code, say);
  return reading;
}

function codeName(name: string, code: number): string | undefined {
  if (code === 0) return "SI_USER";
  if (name === "SIGSEGV") return SEGV_CODES[code];
  if (name === "SIGBUS") return BUS_CODES[code];
  if (name === "SIGFPE") return FPE_CODES[code];
  return code === 0x80 ? "SI_KERNEL" : undefined;
}

function meaning(
  signal: SignalInfo,
  code: string | undefined,
  value: number | undefined,
  say: Sentences,
): string {
  const addr = signal.addr === undefined ? undefined : Number.parseInt(signal.addr, 16);
  if (code === "SI_USER" && signal.name !== "SIGSEGV" && signal.name !== "SIGBUS")
    return say.sentByOther(signal.name);
  if (code === "SI_TKILL") return say.sentToSelf(signal.name);
  if (code === "SI_QUEUE") return say.queued(signal.name);
  switch (signal.name) {
    case "SIGSEGV":
      return segvMeaning(code, addr, signal.addr, say);
    case "SIGBUS":
      if (code === "BUS_ADRERR")
        return addr !== undefined && addr < NIL_PAGE
          ? say.busNil
          : say.busTruncated(signal.addr ?? "?");
      if (code === "BUS_ADRALN") return say.busMisaligned;
      return say.busError;
    case "SIGFPE":
      if (code === "FPE_INTDIV") return say.fpeIntDiv;
      if (code === "FPE_INTOVF") return say.fpeIntOverflow;
      return say.fpeFloat;
    case "SIGABRT":
      return say.abort;
    case "SIGILL":
      return say.illegal;
    case "SIGTRAP":
      return say.trap;
    case "SIGQUIT":
      return say.quit;
    default:
      return value === undefined ? say.received(signal.name) : say.receivedCode(signal.name, value);
  }
}

function segvMeaning(
  code: string | undefined,
  addr: number | undefined,
  text: string | undefined,
  say: Sentences,
): string {
  if (code === "SI_KERNEL") return say.segvKernel;
  if (addr === undefined) return say.segv;
  if (addr === 0) return say.segvNilZero;
  if (addr < NIL_PAGE) return say.segvNilOffset(text ?? "?", addr);
  if (code === "SEGV_ACCERR") return say.segvAccess(text ?? "?");
  return say.segvUnmapped(text ?? "?");
}

function windowsMeaning(signal: SignalInfo, name: string | undefined, say: Sentences): string {
  const what = name === undefined ? say.windowsUnknown(signal.name) : `${name} (${signal.name})`;
  if (signal.name !== "0xc0000005") return say.windowsOther(what);
  const addr = signal.addr === undefined ? undefined : Number.parseInt(signal.addr, 16);
  const access =
    signal.code === "0x0"
      ? say.windowsReading
      : signal.code === "0x1"
        ? say.windowsWriting
        : signal.code === "0x8"
          ? say.windowsExecuting
          : say.windowsAccessing;
  if (addr !== undefined && addr < NIL_PAGE)
    return say.windowsNil(what, access, signal.addr ?? "?");
  return say.windowsInvalid(what, access, signal.addr ?? "?");
}
