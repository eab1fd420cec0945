// Where a crash happened, in the program's terms (the `frame` and `origin` contract of
// ARCHITECTURE.md and testdata/README.md): the first frame that is not the runtime's own
// machinery — for a panic, below the bottom-most `panic(…)` frame, since whatever sits above
// it was called while that panic unwound.

import type { Crash, Frame, Goroutine } from "../model.js";
import { loggedSite } from "./logged-site.js";
import { isTestAlarm } from "./stuck-test.js";

/** The first frame that is not the runtime's own (runtime, runtime/…, internal/…, panic, throw helpers). */
export function firstNonRuntime(frames: readonly Frame[], from = 0): Frame | null {
  for (let i = from; i < frames.length; i++) {
    const frame = frames[i] as Frame;
    if (frame.location !== "runtime") return frame;
  }
  return null;
}

/** The first frame of the program's own code (not the runtime, not the standard library). */
export function firstUserFrame(frames: readonly Frame[], from = 0): Frame | null {
  for (let i = from; i < frames.length; i++) {
    const frame = frames[i] as Frame;
    if (frame.location === "user") return frame;
  }
  return null;
}

/** How the panic boundary is named: `panic` in tracebacks, `runtime.gopanic` where printed
 * raw (profiles, race reports), `runtime.panic` before go1.4. */
const PANIC_FRAMES = new Set(["panic", "runtime.gopanic", "runtime.panic"]);

/** Index of the bottom-most `panic(…)` frame: below it is the code that raised the first panic. */
function lastPanicFrame(frames: readonly Frame[]): number {
  for (let i = frames.length - 1; i >= 0; i--) {
    if (PANIC_FRAMES.has((frames[i] as Frame).func)) return i;
  }
  return -1;
}

export interface CrashSite {
  /**
   * The crash site: for a panic, the frame that raised the first panic of the chain (null when
   * the text was cut below the `panic(…)` frame); for a fatal error or a signal, where the
   * crashing goroutine was when the runtime threw.
   */
  frame: Frame | null;
  /** Where the first panic of the chain was raised. */
  origin: Frame | null;
  /** The first frame in the program's own code, when `frame` is in the standard library. */
  programFrame: Frame | null;
  /**
   * For a panic: the deferred call the panic ran into, above the bottom-most `panic(…)` frame —
   * the frame that recovered it and logged (net/http's `(*conn).serve.func1`), re-panicked
   * (`testing.tRunner.func1.2`, k8s `HandleCrash`, the program's own `recover()`), or panicked
   * anew. Null when nothing but the runtime sits above that frame.
   */
  handler: Frame | null;
}

/** The sites of a crash, from its crashing goroutine (or a race's accesses): a crash or its document. */
export function crashSite(
  crash: Pick<Crash, "kind" | "crashing" | "race"> & Partial<Pick<Crash, "panics" | "recoveredBy">>,
): CrashSite {
  if (crash.kind === "race" && crash.race !== undefined) {
    const [first, previous] = crash.race.accesses;
    const frame = first === undefined ? null : firstNonRuntime(first.frames);
    const origin = previous === undefined ? frame : firstNonRuntime(previous.frames);
    return {
      frame,
      origin,
      programFrame: first === undefined ? null : firstUserFrame(first.frames),
      handler: null,
    };
  }
  const frames = crash.crashing?.frames;
  if (frames === undefined) return { frame: null, origin: null, programFrame: null, handler: null };
  if (crash.kind === "logged") return loggedSite(frames, crash.recoveredBy !== undefined);
  if (crash.kind === "test-timeout" && !isTestAlarm(crash.crashing as Goroutine)) {
    // The stuck test's goroutine (stuck-test.ts): where the test's own code waits.
    const stuck = firstUserFrame(frames) ?? firstNonRuntime(frames);
    return { frame: stuck, origin: stuck, programFrame: firstUserFrame(frames), handler: null };
  }
  const top = firstNonRuntime(frames);
  const panicAt = lastPanicFrame(frames);
  if (panicAt === -1) {
    // go1.4 and go1.5 printed no `panic(…)` frame: a recovered panic's stack starts with the
    // standard library's recovering call right above the frame that panicked (holdout
    // hugo-1087, go1.4.2 text/template.errRecover; vault-1084, go1.5 net/http's serve.func1).
    const recovered = crash.recoveredBy !== undefined || crash.panics?.[0]?.recovered === true;
    // A chain that re-raised a recovered panic (`panic: v [recovered]` then `panic: w`, or
    // go1.23+ `[recovered, repanicked]`) was raised by a deferred call, and a deferred call runs
    // above its panic's frame (go1.21 src/runtime/panic.go:920 `d.fn()`): with no `panic(…)` in
    // the text, its top frame is that deferred call and the first panic is below it (holdout-12
    // skywalking-swck-pr94: the text stops inside controller-runtime's Reconcile.func1).
    const reraised = reRaisedByDeferredCall(crash.panics);
    if (
      crash.kind === "panic" &&
      recovered &&
      top !== null &&
      (reraised || isRecoveringCall(top))
    ) {
      // A text cut right under the recovering call (holdout-5 nats-server-2741) does not show
      // the frame that panicked: no site, never the recovering frame.
      const below = firstNonRuntime(frames, frames.indexOf(top) + 1);
      return { frame: below, origin: below, programFrame: firstUserFrame(frames), handler: top };
    }
    return { frame: top, origin: top, programFrame: firstUserFrame(frames), handler: null };
  }
  const origin = firstNonRuntime(frames, panicAt + 1);
  // A frame above the bottom-most `panic(…)` was called by gopanic running deferred calls
  // (go1.26.8 src/runtime/panic.go:856-860 `fn, ok := p.nextDefer()` … `fn()`; go1.21
  // src/runtime/panic.go:920 `d.fn()`): net/http's conn.serve.func1 recovering and logging the
  // value (go1.26.8 src/net/http/server.go:1893-1898, go1.21 server.go:1874), testing's
  // tRunner.func1.2 re-panicking it (go1.26.8 src/testing/testing.go:1974 `panic(err)`, go1.21
  // testing.go:1545), a handler's own recover(). A fatal error or a signal kills the program
  // where it is raised, even inside such a call: its site stays on top.
  const above = top !== null && frames.indexOf(top) < panicAt ? top : null;
  if (crash.kind === "fatal" || crash.kind === "signal") {
    return { frame: top, origin, programFrame: firstUserFrame(frames), handler: null };
  }
  return {
    frame: origin,
    origin,
    programFrame: firstUserFrame(frames, panicAt + 1) ?? firstUserFrame(frames),
    handler: above,
  };
}

/**
 * The standard library's deferred calls that recover a panic and log or re-raise it:
 * net/http's conn.serve (go1.5+ `serve.func1`; go1.4 a `func·NNN` of server.go),
 * text/template's errRecover, testing's tRunner (go1.5+ `tRunner.func1…`; go1.4 `func·NNN`).
 */
function isRecoveringCall(frame: Frame): boolean {
  // Markdown italics eat a receiver's `*`: `(*conn)` pasted as `(_conn)` (holdout-41
  // docker-volumes-nfs-2).
  const f = frame.func.replace("(_", "(*");
  if (f === "net/http.(*conn).serve.func1" || f === "text/template.errRecover") return true;
  if (/^testing\.tRunner\.func1(?:\.\d+)*$/.test(f)) return true;
  if (f.startsWith("net/http.func\u00b7")) return frame.file.endsWith("net/http/server.go");
  if (f.startsWith("testing.func\u00b7")) return frame.file.endsWith("testing/testing.go");
  return false;
}

/**
 * Whether the last link of a chain was raised by the deferred call that recovered the first:
 * go1.23+ says so (`[recovered, repanicked]`); before, the deferred call re-raised the value it
 * recovered, alone or wrapped (`panic(r)`, `panic(fmt.Sprintf("…: %v", r))`), so the last value
 * holds the first. A new value (`panic: (*logrus.Entry) (…)`, holdout-41 rexray-245) may have
 * been raised anywhere below that call: the top frame is then where it was raised.
 */
function reRaisedByDeferredCall(panics: Crash["panics"] | undefined): boolean {
  const first = panics?.[0];
  if (first === undefined || !first.recovered) return false;
  if (first.repanicked) return true;
  const last = panics?.[panics.length - 1];
  return last !== undefined && last !== first && last.value.includes(first.value);
}

/**
 * Where a goroutine waits, in the program's terms: its first frame in the program's own code,
 * else its first frame outside the runtime, else its outermost frame (a runtime goroutine).
 */
export function waitingFrame(frames: readonly Frame[]): Frame | null {
  let firstStdlib: Frame | null = null;
  for (const frame of frames) {
    if (frame.location === "user") return frame;
    if (firstStdlib === null && frame.location === "stdlib") firstStdlib = frame;
  }
  if (firstStdlib !== null) return firstStdlib;
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i] as Frame;
    if (frame.func !== "runtime.goexit") return frame;
  }
  return null;
}
