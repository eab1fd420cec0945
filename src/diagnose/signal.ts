// Reading the signal of a crash for a person: the `[signal SIG…: … code=… addr=… pc=…]` line
// under a panic or throw (runtime/panic.go dopanic_m; code is si_code in hex), or a signal
// dump's `PC=… m=… sigcode=… addr=…` line (signal_unix.go fatalsignal; sigcode in decimal),
// or a Windows exception (signal_windows.go; the exception code in place of a name).
// si_code values: Linux <asm-generic/siginfo.h>; Windows codes: ntstatus.h.

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

/** What the signal says, or null when the crash printed none. */
export function readSignal(printed: SignalInfo | undefined): SignalReading | null {
  if (printed === undefined) return null;
  const reading: SignalReading = { signal: printed.name, meaning: "" };
  if (printed.addr !== undefined) reading.addr = printed.addr;
  if (printed.pc !== undefined) reading.pc = printed.pc;
  const numbered = SIGNAL_NUMBERS[printed.name];
  const signal = numbered === undefined ? printed : { ...printed, name: numbered };
  const windows = WINDOWS_EXCEPTIONS[signal.name];
  if (windows !== undefined || signal.name.startsWith("0x")) {
    reading.meaning = windowsMeaning(signal, windows);
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
  reading.meaning = meaning(signal, named, code);
  return reading;
}

function codeName(name: string, code: number): string | undefined {
  if (code === 0) return "SI_USER";
  if (name === "SIGSEGV") return SEGV_CODES[code];
  if (name === "SIGBUS") return BUS_CODES[code];
  if (name === "SIGFPE") return FPE_CODES[code];
  return code === 0x80 ? "SI_KERNEL" : undefined;
}

function meaning(signal: SignalInfo, code: string | undefined, value: number | undefined): string {
  const addr = signal.addr === undefined ? undefined : Number.parseInt(signal.addr, 16);
  if (code === "SI_USER" && signal.name !== "SIGSEGV" && signal.name !== "SIGBUS")
    return `${signal.name} was sent by another process (kill, a supervisor, go test's timeout), not raised by the program's own code.`;
  if (code === "SI_TKILL")
    return `The process sent ${signal.name} to itself (abort() or raise(), usually in C code or the runtime's own crash).`;
  if (code === "SI_QUEUE") return `${signal.name} was queued by another process (sigqueue).`;
  switch (signal.name) {
    case "SIGSEGV":
      return segvMeaning(code, addr, signal.addr);
    case "SIGBUS":
      if (code === "BUS_ADRERR")
        return addr !== undefined && addr < NIL_PAGE
          ? "A nil pointer was dereferenced (the fault address is within the first page)."
          : `The address ${signal.addr} is mapped but has no memory behind it: typically a memory-mapped file that was truncated while mapped.`;
      if (code === "BUS_ADRALN")
        return "A misaligned access: the address is not aligned for the instruction that used it.";
      return "A bus error: the memory at the address could not be accessed.";
    case "SIGFPE":
      if (code === "FPE_INTDIV") return "The CPU trapped an integer division by zero.";
      if (code === "FPE_INTOVF") return "The CPU trapped an integer overflow.";
      return "The CPU raised a floating-point exception (exceptions were unmasked, usually by C code).";
    case "SIGABRT":
      return "The process was aborted (abort(), an assertion in C code, or GOTRACEBACK=crash ending a Go crash).";
    case "SIGILL":
      return "The CPU met an instruction it cannot execute: a binary built for a newer CPU level (GOAMD64, GOARM) or corrupted code.";
    case "SIGTRAP":
      return "A breakpoint or trap instruction was executed (a debugger, or a runtime abort on some platforms).";
    case "SIGQUIT":
      return "SIGQUIT asks a Go program to dump its goroutines and exit.";
    default:
      return value === undefined
        ? `The program received ${signal.name}.`
        : `The program received ${signal.name} (code ${value}).`;
  }
}

function segvMeaning(
  code: string | undefined,
  addr: number | undefined,
  text: string | undefined,
): string {
  if (code === "SI_KERNEL")
    return "A general-protection fault: the CPU refused the address itself (not canonical), and the kernel reports addr=0x0 whatever the real address was. This is a corrupted or wild pointer, not necessarily a nil one.";
  if (addr === undefined) return "A segmentation fault.";
  if (addr === 0)
    return "A nil pointer was dereferenced: the access was at address 0x0, the pointer itself or its first field.";
  if (addr < NIL_PAGE)
    return `A nil pointer was dereferenced: address ${text} is ${addr} bytes past nil, so the code read or wrote a field (or element) at offset ${addr} of a nil struct (or array) pointer.`;
  if (code === "SEGV_ACCERR")
    return `Address ${text} is mapped, but not for this kind of access (a write to read-only memory, or executing data).`;
  return `Nothing is mapped at ${text}: a wild, freed or corrupted pointer (not a nil one).`;
}

function windowsMeaning(signal: SignalInfo, name: string | undefined): string {
  const what = name === undefined ? `Windows exception ${signal.name}` : `${name} (${signal.name})`;
  if (signal.name !== "0xc0000005") return `${what}.`;
  const addr = signal.addr === undefined ? undefined : Number.parseInt(signal.addr, 16);
  const access =
    signal.code === "0x0"
      ? "reading"
      : signal.code === "0x1"
        ? "writing"
        : signal.code === "0x8"
          ? "executing"
          : "accessing";
  if (addr !== undefined && addr < NIL_PAGE)
    return `${what}: ${access} address ${signal.addr}, within the first page: a nil pointer dereference.`;
  return `${what}: ${access} address ${signal.addr ?? "?"}, which is not valid for that access.`;
}
