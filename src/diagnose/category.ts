// Which rule a crash is, and so its coarse category: the kind of report decides for race
// reports, dumps and signal dumps; otherwise the message that killed the program does, read
// by the rule catalogue (./catalogue.ts). A fatal error decides even after a panic (go1.26+
// prints the pending panic first): it is what killed the program, recover could not stop it,
// and go1.17–1.25 print only the fatal error for the same program. Else the first panic of
// a chain decides: it is the root cause.

import type { Category, Crash, Frame, Goroutine } from "../model.js";
import {
  composedRuntimeError,
  knownRule,
  type MessageMatch,
  matchMessage,
  respacedRuntimeError,
  unprefixedRuntimeError,
} from "./catalogue.js";
import { checkptrDevPanicCategory } from "./checkptr-dev-panic.js";
import { innerRuntimeError } from "./inner-runtime-error.js";
import { panickedOnNilReceiver } from "./nil-receiver.js";
import { boundsHelperRule, panicHelperValue } from "./panic-helper-value.js";
import { signalPanicValue } from "./signal-panic-value.js";
import { sigpanicThrowValue } from "./sigpanic-throw.js";
import { tinygoRuntimeCategory } from "./tinygo-runtime.js";

/** Whether a goroutine was inside a cgo call (C code) when it stopped. */
export function inCgo(goroutine: Goroutine | null): boolean {
  if (goroutine === null) return false;
  return goroutine.frames.some(
    (frame) =>
      frame.func === "runtime.cgocall" ||
      frame.func === "runtime.asmcgocall" ||
      frame.func.includes("._Cfunc_") ||
      // gccgo 11+ prints the symbol of its v3 mangling, `_` doubled (go1.26.8
      // src/cmd/internal/pkgpath/pkgpath.go v3UnderscoreCodes): `main.__Cfunc__viaC`.
      frame.func.includes(".__Cfunc__") ||
      frame.func === "non-Go function",
  );
}

/**
 * Whether a goroutine stopped inside a Windows DLL call: its top frame is one of the functions
 * of package syscall the runtime defines in runtime/syscall_windows.go — the `syscall.Syscall…`
 * stubs, `syscall.loadlibrary`, `syscall.loadsystemlibrary`, `syscall.getprocaddress`
 * (go1.15 src/runtime/syscall_windows.go: each calls the DLL through `cgocall(asmstdcallAddr,
 * …)`; go1.26 through syscall_syscalln, the same). `runtime.cgocall` is a runtime frame the
 * default traceback hides, and the exception printer's own line is often missing: go1.7's
 * runtime/signal_windows.go lastcontinuehandler prints `signal arrived during cgo execution`
 * only on a locked thread (m.lockedg), go1.26's winthrow its line only in a cgo binary (iscgo).
 * The frame is the sign. (`syscall.compileCallback`, defined there too, calls no DLL.)
 */
const WINDOWS_DLL_CALL =
  /^syscall\.(?:Syscall\w{0,3}|SyscallN|syscalln|loadlibrary|loadsystemlibrary|getprocaddress)$/;

function inWindowsDllCall(goroutine: Goroutine | null): boolean {
  const top = goroutine?.frames[0];
  return (
    top !== undefined &&
    WINDOWS_DLL_CALL.test(top.func) &&
    top.file.endsWith("runtime/syscall_windows.go")
  );
}

function inC(crash: Crash): boolean {
  return (
    crash.signal?.duringCgo === true ||
    inCgo(crash.crashing) ||
    // An exception the runtime printed rather than turned into a panic: its pc was outside
    // the Go binary (go1.26 runtime/signal_windows.go isgoexception), here in the DLL.
    (crash.signal?.name.startsWith("0x") === true && inWindowsDllCall(crash.crashing))
  );
}

/** The rule of a crash and the values its message gave. */
export function chooseRule(crash: Crash): MessageMatch {
  if (crash.kind === "race") return bare("data-race");
  if (crash.signal?.name === "SIGQUIT" && crash.fatal === undefined && crash.panics.length === 0)
    return bare("sigquit-dump");
  if (crash.kind === "dump") {
    const profile = crash.goroutines.length > 0 && crash.goroutines.every((g) => g.id === null);
    return bare(profile ? "goroutine-profile" : "goroutine-dump");
  }
  if (crash.kind === "signal") return bare(inC(crash) ? "signal-in-cgo" : "fatal-signal");
  // A logged stack whose log line named no value: the runtime error its frames name (a helper
  // of one fixed text under `runtime.gopanic`), else the program's own panic, value unknown.
  if (crash.kind === "logged" && crash.panics.length === 0)
    return frameRule(crash.crashing?.frames ?? []) ?? bare("custom-panic");
  const first = crash.panics[0];
  // A panic whose headline a copy lost, only its `[signal …]` line left: the value sigpanic
  // gives that signal, when it faulted in Go code (in C or in the runtime it is a fatal error).
  if (crash.kind === "panic" && first === undefined && crash.fatal === undefined) {
    const value =
      crash.signal === undefined || inC(crash) || !inGoCode(crash.crashing)
        ? null
        : signalPanicValue(crash.signal);
    if (value !== null) return matchMessage(value, "panic");
  }
  // A throw whose `fatal error:` headline a paste left out: sigpanic's, read off its length.
  if (crash.kind === "fatal" && first === undefined && crash.fatal === undefined) {
    const value = sigpanicThrowValue(crash.crashing?.frames ?? []);
    if (value !== null) return matchMessage(value, "fatal");
  }
  const match =
    crash.fatal !== undefined
      ? matchMessage(crash.fatal, "fatal")
      : first !== undefined
        ? matchMessage(first.value, first.fatal === true ? "fatal" : "panic")
        : bare("fatal-unknown");
  if (crash.kind === "panic" && first !== undefined && crash.fatal === undefined) {
    // A value the program composed around a runtime error's words is the program's own.
    const composed = composedRuntimeError(first.value);
    if (composed !== null) return { ...composed, category: "custom-panic" };
    // Runtime errors no rule reads still say what happened: TinyGo's, in its own words, the
    // checkptr panics of go1.14's development tree, and the runtime's own text with its blanks
    // spaced otherwise.
    const unruled = fallback(match)
      ? (tinygoRuntimeCategory(first.value) ??
        checkptrDevPanicCategory(first.value) ??
        respacedCategory(first.value))
      : null;
    if (unruled !== null) return { ...match, category: unruled };
  }
  // A value a program logged may have lost the `runtime error: ` its Error() starts with.
  if (crash.kind === "logged" && match.rule.id === "custom-panic" && first !== undefined) {
    const unprefixed = unprefixedRuntimeError(first.value);
    if (unprefixed !== null) return unprefixed.match;
    const inner = innerRuntimeError(first.value);
    if (inner !== null) return inner;
    // A value read off a log line that may not be the panic's at all: what the frames say the
    // runtime raised is certain where the line is a guess.
    const framed = frameRule(crash.crashing?.frames ?? []);
    if (framed !== null) return framed;
  }
  // A rule refined by context: the same text, another cause.
  if (match.rule.id === "unexpected-signal-during-runtime" && inC(crash))
    return { ...match, rule: knownRule("unexpected-signal-in-cgo") };
  return match;
}

/**
 * The runtime error a logged stack's frames name: a helper of one fixed text, a bounds check's
 * helper (its rule, the values unknown), or a nil pointer receiver right under `panic(…)`.
 */
function frameRule(frames: readonly Frame[]): MessageMatch | null {
  const helper = panicHelperValue(frames);
  if (helper !== null) return matchMessage(helper, "panic");
  const bounds = boundsHelperRule(frames);
  if (bounds !== null) return bare(bounds);
  return panickedOnNilReceiver(frames) ? bare("nil-pointer-dereference") : null;
}

/** The runtime frames a signal turned into a panic shows on top under GOTRACEBACK=system. */
const SIGPANIC_FRAMES = new Set([
  "panic",
  "runtime.gopanic",
  "runtime.panicmem",
  "runtime.sigpanic",
]);

/** Whether a goroutine stopped in Go code: its top frame, past sigpanic's, is not the runtime's. */
function inGoCode(goroutine: Goroutine | null): boolean {
  const top = goroutine?.frames.find((frame) => !SIGPANIC_FRAMES.has(frame.func));
  return top !== undefined && !top.func.startsWith("runtime.");
}

function bare(id: string): MessageMatch {
  const found = knownRule(id);
  return { rule: found, values: {}, since: found.since, until: found.until ?? null };
}

/** The category of a runtime error's text read with its blanks ignored (respacedRuntimeError). */
function respacedCategory(value: string): Category | null {
  const match = respacedRuntimeError(value);
  return match === null ? null : matchCategory(match);
}

/** Whether a match is a fallback's: no rule knows the text. */
function fallback(match: MessageMatch): boolean {
  return match.rule.id === "custom-panic" || match.rule.id === "runtime-error-unknown";
}

/** The category of a match: the one its context named, its rule's, or the one its values name. */
export function matchCategory(match: MessageMatch): Category {
  return match.category ?? match.rule.categoryOf?.(match.values) ?? match.rule.category;
}

export function categorize(crash: Crash): Category {
  return matchCategory(chooseRule(crash));
}
