// Where a crash happened, in the program's terms (the `frame` and `origin` contract of
// ARCHITECTURE.md): the first frame that is not the runtime's own machinery.

import type { Crash, Frame } from "../model.js";
import { loggedSite } from "./logged-site.js";

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
  /** The crash site: where the crashing goroutine was when the program died. */
  frame: Frame | null;
  /** Where the first panic of the chain was raised. */
  origin: Frame | null;
  /** The first frame in the program's own code, when `frame` is in the standard library. */
  programFrame: Frame | null;
}

/** The sites of a crash, from its crashing goroutine (or a race's accesses): a crash or its document. */
export function crashSite(crash: Pick<Crash, "kind" | "crashing" | "race">): CrashSite {
  if (crash.kind === "race" && crash.race !== undefined) {
    const [first, previous] = crash.race.accesses;
    const frame = first === undefined ? null : firstNonRuntime(first.frames);
    const origin = previous === undefined ? frame : firstNonRuntime(previous.frames);
    return {
      frame,
      origin,
      programFrame: first === undefined ? null : firstUserFrame(first.frames),
    };
  }
  const frames = crash.crashing?.frames;
  if (frames === undefined) return { frame: null, origin: null, programFrame: null };
  if (crash.kind === "logged") return loggedSite(frames);
  const frame = firstNonRuntime(frames);
  const panicAt = lastPanicFrame(frames);
  const origin = panicAt === -1 ? frame : firstNonRuntime(frames, panicAt + 1);
  return { frame, origin, programFrame: firstUserFrame(frames) };
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
