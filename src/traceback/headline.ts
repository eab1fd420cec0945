// The lines that open a crash or explain it: `panic: …`, `fatal error: …`, `[signal …]`,
// signal dump headers, and the runtime's diagnostic lines printed around them.
// Sources: runtime/panic.go printpanics/printpanicval, runtime/signal_unix.go
// (sighandler, dopanic_m), go1.17 → go1.27 (traceback-format.md §2–3).

import type { Panic, SignalInfo } from "../model.js";
import { keyValues } from "./fields.js";
import { interruptedHeadline } from "./interrupted-headline.js";

const RECOVERED = " [recovered]";
const REPANICKED = " [recovered, repanicked]";

/** `panic: v`, `\tpanic: v [recovered]` → the chain link; null when not a panic line. */
export function parsePanicLine(text: string): (Panic & { nested: boolean }) | null {
  // Nested links start with a tab; pastes turn it into spaces.
  let start = 0;
  while (start < 16 && (text.charCodeAt(start) === 0x09 || text.charCodeAt(start) === 0x20))
    start++;
  const nested = start > 0;
  // `panic: ` and a value that starts with a newline: the line's trailing blank is gone.
  if (text.length === start + 6 && text.endsWith("panic:"))
    return { value: "", recovered: false, repanicked: false, nested };
  if (!text.startsWith("panic: ", start)) return null;
  let value = text.slice(start + 7);
  // `panic: fatal error: …`: a headline a throw interrupted (interruptedHeadline), read as a
  // fatal line by parseFatalLine; only the first line, a chain's links are the runtime's own.
  if (!nested && interruptedHeadline(text) !== null) return null;
  let recovered = false;
  let repanicked = false;
  if (value.endsWith(REPANICKED)) {
    value = value.slice(0, -REPANICKED.length);
    recovered = true;
    repanicked = true;
  } else if (value.endsWith(RECOVERED)) {
    value = value.slice(0, -RECOVERED.length);
    recovered = true;
  }
  return { value, recovered, repanicked, nested };
}

/**
 * A link's ` [recovered]` or ` [recovered, repanicked]` that a terminal cut at its width: the
 * value ends with the mark's start (` [recover`), `piece`, the next row, is the rest of it
 * (`ed]`), holdout-11/hugo-1108. The link's value without the mark, or null.
 */
export function cutChainMark(
  value: string,
  piece: string,
): { value: string; repanicked: boolean } | null {
  for (const mark of [REPANICKED, RECOVERED]) {
    if (piece.length === 0 || piece.length > mark.length || !mark.endsWith(piece)) continue;
    const head = mark.slice(0, mark.length - piece.length);
    if (value.endsWith(head))
      return { value: value.slice(0, value.length - head.length), repanicked: mark === REPANICKED };
  }
  return null;
}

/**
 * A link's mark with one stray character typed after it (`… [recovered]s`, holdout-37/k6-825):
 * read only when the next line is a nested link, which a marked link's always is. The link's
 * value without the mark, or null.
 */
export function markWithStrayChar(value: string): { value: string; repanicked: boolean } | null {
  const end = value.length - 1;
  if (end < 1 || value.charCodeAt(end) <= 0x20 || value.charCodeAt(end - 1) !== 0x5d) return null;
  for (const mark of [REPANICKED, RECOVERED]) {
    if (value.startsWith(mark, end - mark.length))
      return { value: value.slice(0, end - mark.length), repanicked: mark === REPANICKED };
  }
  return null;
}

const RAW_FATALS = new Set([
  "fatal: morestack on g0",
  "fatal: morestack on gsignal",
  "fatal: bad g in signal handler",
]);

/** `fatal error: msg` (or go1.26+ `\tfatal error: msg` after a pending panic) → msg. */
export function parseFatalLine(text: string): string | null {
  const start = text.charCodeAt(0) === 0x09 ? 1 : 0;
  if (text.startsWith("fatal error: ", start)) {
    const message = text.slice(start + 13);
    return message.startsWith("fatal error: ")
      ? (interruptedHeadline(text.slice(start)) ?? message)
      : message;
  }
  if (start === 0 && text.startsWith("panic: fatal error: ")) return interruptedHeadline(text);
  // Messages the runtime writes raw before it aborts (proc.go badmorestackg0/gsignal,
  // signal_unix.go badsignal): `fatal: morestack on g0` (before go1.22),
  // `fatal: morestack on gsignal`, `fatal: bad g in signal handler`.
  if (start === 0 && RAW_FATALS.has(text)) return text.slice(7);
  return null;
}

/**
 * `[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a6da9]`, or on Windows
 * `[signal 0xc0000005 code=0x0 addr=0x0 pc=0x…]`. go1.15 src/runtime/panic.go prints the
 * signal and ` code=…` with two calls, two writes: a log that trimmed each write it received
 * lost the blank between them (`0xc0000005code=0x0`, holdout-10/lightning-app-174).
 */
export function parseSignalLine(text: string): SignalInfo | null {
  if (!text.startsWith("[signal ") || !text.endsWith("]")) return null;
  const body = text.slice(8, -1);
  const codeAt = body.lastIndexOf("code=");
  if (codeAt <= 0) return null;
  const head = body.slice(0, body.charCodeAt(codeAt - 1) === 0x20 ? codeAt - 1 : codeAt);
  const info: SignalInfo = { name: head, description: "" };
  const colon = head.indexOf(": ");
  if (colon !== -1) {
    info.name = head.slice(0, colon);
    info.description = head.slice(colon + 2);
  }
  for (const [key, value] of keyValues(body.slice(codeAt))) {
    if (key === "code") info.code = value;
    else if (key === "addr") info.addr = value;
    else if (key === "pc") info.pc = value;
  }
  return info;
}

/** A fatal signal dump's first line: `SIGQUIT: quit`, `SIGSEGV: segmentation violation`, `Signal 77`. */
export function parseSignalDumpHeader(text: string): SignalInfo | null {
  if (text.startsWith("SIG")) {
    const colon = text.indexOf(": ");
    if (colon < 4 || colon > 12) return null;
    const name = text.slice(0, colon);
    for (let i = 3; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39))) return null;
    }
    return { name, description: text.slice(colon + 2) };
  }
  if (text.startsWith("Signal ") && /^Signal \d{1,3}$/.test(text)) {
    return { name: text, description: "" };
  }
  // Windows: `Exception 0xc0000005 0x0 0x0 0x7ff…`
  if (
    text.startsWith("Exception 0x") &&
    /^Exception 0x[0-9a-f]{1,16}( 0x[0-9a-f]{1,16}){3}$/.test(text)
  ) {
    const [, code, , addr] = text.split(" ");
    return { name: code as string, description: "exception", addr: addr as string };
  }
  return null;
}

/** `PC=0x463b41 m=0 sigcode=0 addr=0x0` (the second line of a signal dump) into `info`. */
export function parseSignalDumpPC(text: string, info: SignalInfo): boolean {
  if (!text.startsWith("PC=0x")) return false;
  for (const [key, value] of keyValues(text)) {
    if (key === "PC") info.pc = value;
    else if (key === "m") info.m = value;
    else if (key === "sigcode") info.sigcode = value;
    else if (key === "addr") info.addr = value;
    else return false;
  }
  return true;
}

/**
 * Diagnostic lines the runtime prints before the headline (stack limit, out of memory,
 * fault address, preemptoff reason, thread limit …). They open a crash only when a
 * headline follows them.
 */
export function isPreambleLine(text: string): boolean {
  return (
    text.startsWith("runtime: ") ||
    text.startsWith("unexpected fault address ") ||
    text.startsWith("accessed data from freed user arena ") ||
    text.startsWith("preempt off reason: ") ||
    text === "panic during panic" ||
    text === "stack trace unavailable" ||
    (text.startsWith("signal ") && text.endsWith(" received but handler not on signal stack")) ||
    LOCK_SYSCALL_FAILURE.test(text)
  );
}

/**
 * The runtime's report of a lock's system call that failed, printed just before it faults on
 * purpose (a write to 0x1005/0x1006, then `fatal error: unexpected signal during runtime
 * execution`; holdout-16/frp-2149): `futexwakeup addr=0x… returned -89` (go1.15 to go1.26
 * src/runtime/os_linux.go), `umtx_wait addr=… val=… ret=…` and `umtx_wake_addr=… ret=…`
 * (os_freebsd.go), `umtx_sleep addr=…` (os_dragonfly.go), `thrwakeup addr=… sem=… ret=…`
 * (os_openbsd.go, os_netbsd.go).
 */
const LOCK_SYSCALL_FAILURE =
  /^(?:futexwakeup addr=0x[0-9a-f]{1,16} returned -?\d{1,9}|(?:umtx_wait|umtx_sleep|thrwakeup) addr=0x[0-9a-f]{1,16} .{1,80}|umtx_wake_addr=0x[0-9a-f]{1,16} ret=-?\d{1,9})$/;

/** `runtime: out of memory: cannot allocate 268435456-byte block (3145728 in use)` (go1.26.8 src/runtime/mheap.go grow; negative sizes when corrupt). */
export function isOutOfMemoryReport(text: string): boolean {
  return OUT_OF_MEMORY_REPORT.test(text);
}

const OUT_OF_MEMORY_REPORT =
  /^runtime: out of memory: cannot allocate -?\d{1,20}-byte block \(-?\d{1,20} in use\)$/;

/** Unwinder diagnostics printed inside a goroutine block (`runtime: g 5: unexpected return pc …`). */
export function isTracebackDiagnostic(text: string): boolean {
  return (
    text.startsWith("runtime: ") ||
    text.startsWith("stack: frame={") ||
    (text.startsWith("0x") && text.indexOf(":  0x") !== -1) ||
    text.startsWith("\t0x") // go1.26 hexdump form
  );
}

const REGISTER = /^[a-z][a-z0-9]{0,6} +0x[0-9a-f]{1,16}$/;

/** A register line of a crash dump: `rax    0xca`, `r10    0x0`, `lr     0x4…`. */
export function parseRegisterLine(text: string): [string, string] | null {
  if (text.length > 40 || !REGISTER.test(text)) return null;
  const space = text.indexOf(" ");
  return [text.slice(0, space), text.slice(text.lastIndexOf(" ") + 1)];
}

/** `exit status 2` printed by `go run`/`go test`. */
export function parseExitStatus(text: string): number | null {
  if (!text.startsWith("exit status ")) return null;
  const value = Number(text.slice(12));
  return Number.isInteger(value) ? value : null;
}

/** Lines of `go test`/`go run` that close a crash's text. */
export function isRunnerTrailer(text: string): boolean {
  return (
    text === "FAIL" ||
    text.startsWith("FAIL\t") ||
    text.startsWith("ok  \t") ||
    text.startsWith("signal: ") ||
    text.startsWith("*** Test killed")
  );
}

/** `--- FAIL: TestX (0.00s)` (indented for subtests) → name and duration. */
export function parseTestFail(text: string): { name: string; duration: string } | null {
  const at = text.indexOf("--- FAIL: ");
  if (at === -1 || text.slice(0, at).trim() !== "" || !text.endsWith("s)")) return null;
  const rest = text.slice(at + 10);
  const open = rest.lastIndexOf(" (");
  if (open === -1) return null;
  return { name: rest.slice(0, open), duration: rest.slice(open + 2, -1) };
}
