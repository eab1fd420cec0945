// What kind of line this is, for the parser's decisions that look past one line: where a
// crash starts, which lines belong in a goroutine block, which end a crash.

import {
  looksLikeFileLine,
  parseCallLine,
  parseElided,
  parseFileLine,
  parseIndentedFileLine,
} from "./frame-lines.js";
import { isGoroutineHeader } from "./goroutine-header.js";
import {
  isRunnerTrailer,
  isTracebackDiagnostic,
  parseExitStatus,
  parseFatalLine,
  parsePanicLine,
  parseRegisterLine,
  parseSignalDumpHeader,
} from "./headline.js";
import { isKnownPanicValue, isKnownRuntimeError } from "./known-throws.js";

/** Lines that belong in a goroutine block. */
export function isTraceLike(text: string): boolean {
  const c = text.charCodeAt(0);
  return (
    text === "" ||
    c === 0x09 ||
    isGoroutineHeader(text) ||
    text.startsWith("created by ") ||
    text.startsWith("[originating from goroutine ") ||
    text.startsWith("non-Go function") ||
    text === "runtime stack:" ||
    parseElided(text) !== null ||
    parseCallLine(text) !== null ||
    parseRegisterLine(text) !== null ||
    isTracebackDiagnostic(text)
  );
}

/**
 * A mark a reporter put where they left lines out of a paste: `...`, `[...]`, `(...)`, `…`,
 * `[…]`, or a vertical ellipsis — a lone `.` on each of a few lines, or `⋮`
 * (holdout-15/testkube-2969). The runtime prints none (its own is `...N frames elided...`),
 * so the trace goes on after it.
 */
export function isElisionMark(text: string): boolean {
  const t = text.trim();
  return /^(?:\.{3,}|\.|…+|⋮|\[(?:\.{3,}|…+)\]|\((?:\.{3,}|…+)\))$/.test(t);
}

/** Lines after which a crash's text is over. */
export function endsCrash(text: string): boolean {
  return (
    parsePanicLine(text) !== null ||
    loggedPanic(text) !== null ||
    parseFatalLine(text) !== null ||
    isRunnerTrailer(text) ||
    parseExitStatus(text) !== null
  );
}

/**
 * Where a crash starts inside a line that something was put in front of: an indented or
 * quoted paste, a cut timestamp, a log's `]: `. Only blank, punctuation and time-like
 * prefixes count, so that `msg="panic: …"` in a log line does not open a crash.
 * Returns the prefix length, or -1.
 */
export function crashStartAfterPrefix(text: string): number {
  const limit = Math.min(text.length, 96);
  let at = -1;
  for (const keyword of CRASH_STARTS) {
    const i = text.indexOf(keyword);
    if (i > 0 && i < limit && (at === -1 || i < at)) at = i;
  }
  // `panic: ` whose value starts on the next line (Ginkgo's): the line's trailing blank is gone.
  if (at === -1 && text.length <= 96 && text.endsWith("panic:")) at = text.length - 6;
  // A fatal signal's dump (`SIGABRT: abort`, then its `PC=` line).
  const signal = text.indexOf("SIG");
  if (
    signal > 0 &&
    signal < limit &&
    (at === -1 || signal < at) &&
    SIGNAL_DUMP.test(text.slice(signal))
  )
    at = signal;
  // A Windows exception's dump (`Exception 0xc0000005 0x0 0x… 0x…`, then its `PC=` line),
  // indented by a plugin host relaying the program's stderr (holdout-17/pulumi-6093).
  const exception = at === -1 ? text.indexOf("Exception 0x") : -1;
  if (exception > 0 && exception < limit && parseSignalDumpHeader(text.slice(exception)) !== null)
    at = exception;
  if (at === -1 || !CRASH_PREFIX.test(text.slice(0, at))) return -1;
  const rest = text.slice(at);
  if (rest.startsWith("goroutine ") && !isGoroutineHeader(rest)) return -1;
  return at;
}

// net/http's log of a recovered panic opens a crash as `panic: ` does (an indented paste of
// it, holdout-4/agento-4, loses the indentation from every line of the crash the same way).
const CRASH_STARTS = [
  "panic: ",
  "fatal error: ",
  "goroutine ",
  "WARNING: DATA RACE",
  "http: panic serving ",
  "http2: panic serving ",
];
const SIGNAL_DUMP = /^SIG[A-Z0-9]{2,8}: /;
// `•` is Ginkgo's mark for a passed spec, printed with no newline before the next output.
const CRASH_PREFIX = /^[\s>`|\]:*#.\dTZ+•-]+$/;

/**
 * A whole record of a structured logger on its own line: a JSON object with a logger's keys
 * (zap, logrus, slog: `{"level":"info","ts":…,"msg":…}`) or a logfmt line that starts with a
 * stamp or a level and names a level or a message (logrus, slog, go-kit: `time="…" level=info
 * msg="…"`). The runtime writes neither: between its lines, it is another goroutine's output.
 */
export function isLogRecord(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 0x7b /* { */) {
    return (
      text.charCodeAt(1) === 0x22 /* " */ &&
      text.charCodeAt(text.length - 1) === 0x7d /* } */ &&
      (text.indexOf('"level":') !== -1 ||
        text.indexOf('"msg":') !== -1 ||
        text.indexOf('"message":') !== -1)
    );
  }
  return (
    LOGFMT_FIRST_KEY.test(text) &&
    (text.indexOf(" level=") !== -1 || text.indexOf(" lvl=") !== -1 || text.indexOf(" msg=") !== -1)
  );
}

const LOGFMT_FIRST_KEY = /^(?:time|ts|t|level|lvl)=(?:"[^"\n]{1,64}"|[^\s"]{1,64}) /;

/** A panic that a library recovered and logged with its stack: who recovered it, and the value. */
export interface LoggedPanic {
  recoveredBy: string;
  value: string;
}

/** Where Kubernetes' HandleCrash lives: it recovers the panic and logs it with its stack. */
export const HANDLE_CRASH = "k8s.io/apimachinery/pkg/util/runtime";

/**
 * `http: panic serving 127.0.0.1:42576: boom` (net/http's log of a recovered handler panic),
 * `Observed a panic: "boom" (boom)` (k8s.io/apimachinery's HandleCrash, `%#v (%v)`).
 */
export function loggedPanic(text: string): LoggedPanic | null {
  const http = text.startsWith("http: panic serving ")
    ? 20
    : text.startsWith("http2: panic serving ")
      ? 21
      : (RENAMED_SERVING.exec(text)?.[0].length ?? -1);
  if (http !== -1) {
    const sep = text.indexOf(": ", http);
    if (sep === -1) return null;
    // A redacted address that lost its colon (`http: panic serving xxxx runtime error: …`,
    // holdout-35/yurl-84): the first `: ` is then the runtime error's own, and the value
    // starts at `runtime error` (the prefix of every runtime.Error's text).
    const ownColon = sep - 13 > http && text.startsWith(" runtime error", sep - 14);
    return { recoveredBy: "net/http", value: text.slice(ownColon ? sep - 13 : sep + 2) };
  }
  // `Recovered from panic: ` is what HandleCrash printed before Kubernetes 1.3.
  const k8s = text.startsWith("Observed a panic: ")
    ? 18
    : text.startsWith("Recovered from panic: ")
      ? 22
      : -1;
  if (k8s !== -1) {
    const rest = text.slice(k8s);
    const open = rest.lastIndexOf(" (");
    const value = open !== -1 && rest.endsWith(")") ? rest.slice(open + 2, -1) : rest;
    return { recoveredBy: HANDLE_CRASH, value };
  }
  return null;
}

/**
 * net/http's line through a server's ErrorLog writer that swapped its `http: ` for a name of its
 * own (nats-server's captureHTTPServerLog: `monitoring: panic serving …`, holdout-5/nats-server-2741).
 */
const RENAMED_SERVING = /^[a-z][\w-]{0,30}: panic serving /;

const GLUED_KEYWORDS = [
  "panic: ",
  "fatal error: ",
  "http: panic serving ",
  "http2: panic serving ",
];

/**
 * Where a headline starts inside a line that other text was printed in front of — program
 * output with no trailing newline (`…got here 1.2020/02/13 19:41:05 http: panic serving …`),
 * a status line (`Total: 53.4 MH/s  SIGABRT: abort`), a log's own prefix (`echo: http: panic
 * serving …`). The headline never follows a letter, a quote or `=` (`msg="panic: …"` is a log
 * field, `recoverpanic:` a word — unless a value the runtime panics with follows:
 * knownValueAfterWord). Whether it really opens a crash is for the lines after it to say.
 * Returns the offset, or -1.
 */
export function gluedHeadline(text: string): number {
  let at = -1;
  for (const keyword of GLUED_KEYWORDS) {
    const i = text.indexOf(keyword);
    if (
      i > 0 &&
      (at === -1 || i < at) &&
      (gluedAfter(text, i) || afterQuantity(text, i) || knownValueAfterWord(text, i, keyword))
    )
      at = i;
  }
  // A renamed net/http line (RENAMED_SERVING) after a log's own prefix: from the name on.
  const serving = text.indexOf(": panic serving ");
  if (serving > 0 && (at === -1 || serving < at)) {
    let name = serving;
    while (name > 0 && /[\w-]/.test(text[name - 1] as string)) name--;
    if (name > 0 && gluedAfter(text, name) && RENAMED_SERVING.test(text.slice(name))) at = name;
  }
  // A signal dump header: `SIGABRT: abort` after the status line it was written behind, or
  // after a tag or mark with no blank (`<pre>SIGABRT: abort`, holdout-8/govcl-203): never
  // inside a word, as the keywords above.
  for (
    let i = text.indexOf("SIG", 1);
    i !== -1 && (at === -1 || i < at);
    i = text.indexOf("SIG", i + 1)
  ) {
    if (gluedAfter(text, i) && parseSignalDumpHeader(text.slice(i)) !== null) {
      at = i;
      break;
    }
  }
  // Windows' signal dump header, `Exception 0xc0000006 0x0 0x… 0x…` (go1.26
  // src/runtime/signal_windows.go winthrow), the same way: after a progress bar written with no
  // newline (`…]   0.00%Exception 0x…`, holdout-25/gorgonia-537).
  const exception = text.indexOf("Exception 0x", 1);
  if (
    exception !== -1 &&
    (at === -1 || exception < at) &&
    gluedAfter(text, exception) &&
    parseSignalDumpHeader(text.slice(exception)) !== null
  )
    at = exception;
  return at;
}

/**
 * A headline a person quoted in prose above the stack (`… just says "panic: send on closed
 * channel" then prints out the panic.`, holdout-23/syncthing-3718): the text inside the quotes,
 * or null. The quote opens after a blank or at the line's start, never after `=` or `:` (a log
 * field's value, `msg="panic: …"`), and closes on the line. As for a glued headline, the lines
 * after it decide whether it opens a crash.
 */
export function quotedHeadline(text: string): string | null {
  for (const keyword of QUOTED_KEYWORDS) {
    const at = text.indexOf(keyword);
    if (at === -1 || (at > 0 && text.charCodeAt(at - 1) !== 0x20)) continue;
    const end = text.indexOf('"', at + keyword.length);
    if (end > at + keyword.length) return text.slice(at + 1, end);
  }
  return null;
}

const QUOTED_KEYWORDS = ['"panic: ', '"fatal error: '];

/**
 * Where a runtime error's value starts on a line whose `panic: ` a reporter replaced with
 * words of their own (`matic-jagar with this runtime error: slice bounds out of range [2:0]`,
 * holdout-3/matic-jagar-11) or lost: the whole rest must be a value the runtime panics with,
 * and, as for a glued headline, the lines after it decide. Returns the offset, or -1.
 */
export function rewordedHeadline(text: string): number {
  const at = text.indexOf("runtime error: ");
  if (at === -1 || (at > 0 && !gluedAfter(text, at))) return -1;
  return isKnownRuntimeError(text.slice(at)) ? at : -1;
}

/**
 * A status line's last field, a number and its unit (`… 2.98 KiB/s 00m22spanic: …`,
 * damaged/mcumgr-cli-23: a progress bar printed with no newline), right before `at`: the
 * letters there end a quantity, not a word the headline would be part of.
 */
function afterQuantity(text: string, at: number): boolean {
  return QUANTITY_END.test(text.slice(Math.max(0, at - 24), at));
}

const QUANTITY_END = /(?:^|\s)\d[\d.:hms]*[A-Za-z%]{1,3}$/;

/**
 * `leftpanic: sync: WaitGroup is reused before previous Wait has returned` (holdout-13/kopia-1778:
 * a word printed with no newline before the headline): inside a word, `panic: ` opens a headline
 * only when the rest is a value the runtime or the standard library panics with, so that
 * `recoverpanic: boom` stays a word.
 */
function knownValueAfterWord(text: string, at: number, keyword: string): boolean {
  const c = text.charCodeAt(at - 1) | 0x20;
  return keyword === "panic: " && c >= 0x61 && c <= 0x7a && isKnownPanicValue(text.slice(at + 7));
}

function gluedAfter(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1) | 0x20;
  // Not inside a word (`donepanic:`), a quoted string or a `key=` field.
  return !(c >= 0x61 && c <= 0x7a) && c !== 0x22 && c !== 0x27 && c !== 0x3d;
}

/** `^C`, `^\\`, `^[` (a control key's echo) right before Go's text. */
export function isCaretEcho(text: string): boolean {
  const c = text.charCodeAt(1);
  if (!((c >= 0x40 && c <= 0x5f) || c === 0x3f)) return false;
  const rest = text.slice(2);
  return (
    rest.startsWith("SIG") ||
    rest.startsWith("panic: ") ||
    rest.startsWith("fatal error: ") ||
    rest.startsWith("goroutine ")
  );
}

/**
 * The file line under a held panic frame: indented by a tab, or by the blanks a paste made of
 * it, or with no indentation left when its `+0x` offset says it is a frame's.
 */
export function isPanicFileLine(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 0x09 || c === 0x20) return parseIndentedFileLine(text) !== null;
  return looksLikeFileLine(text) && parseFileLine(text, 0)?.offset !== undefined;
}

/**
 * The call line of the runtime's panic frame: `panic(…)` (go1.4+), `runtime.gopanic(…)` as
 * some releases named it, `runtime.panic(…)` (go1.3 and before, the C runtime's panic.c).
 */
export function isPanicCall(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c !== 0x70 /* p */ && c !== 0x72 /* r */) return false;
  if (
    !(
      text.startsWith("panic(") ||
      text.startsWith("runtime.gopanic(") ||
      text.startsWith("runtime.panic(")
    )
  )
    return false;
  return parseCallLine(text) !== null;
}

/**
 * The top frame of a stack a program printed itself, `runtime/debug.Stack()` or
 * `runtime/debug.PrintStack()` (before go1.17 with its words of arguments,
 * `runtime/debug.Stack(0x0, 0x0, 0x0)`): go1.24 src/runtime/debug/stack.go prints the
 * goroutine's frames from there down, so a copy that lost the goroutine header above it still
 * starts a stack here.
 */
export function isDebugStackCall(text: string): boolean {
  if (!text.startsWith("runtime/debug.")) return false;
  const name = text.slice(14, text.indexOf("("));
  return (name === "Stack" || name === "PrintStack") && parseCallLine(text) !== null;
}

/** A row of a full-screen terminal UI: it holds a panel's box-drawing border (`│`). */
export function onScreen(text: string): boolean {
  return /[\u2500-\u257f]/.test(text);
}

/** `panic:value`: a headline typed by hand, with no blank after its colon. */
export function isHandTypedPanic(text: string): boolean {
  return HAND_TYPED_PANIC.test(text);
}

const HAND_TYPED_PANIC = /^panic:[^\s:]/;

/** `panic serving ADDR: value`: net/http's recovery line with no `http: ` in front of it. */
export function isBareServing(text: string): boolean {
  return BARE_SERVING.test(text);
}

const BARE_SERVING = /^panic serving \S+: ./;
