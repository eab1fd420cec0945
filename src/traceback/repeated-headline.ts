// A crash's only headline printed again right under it, not indented: a paste that doubled the
// headline (holdout-31/tile38-781), or a chain whose second link lost its tab along with every
// other leading tab of the paste (holdout-39/resty-1014). The stack tells them apart.

import type { Crash, Frame } from "../model.js";

/**
 * Whether the crashing goroutine shows a frame of the program or the standard library above
 * its bottom-most `panic(…)` frame: a deferred call that was running while the first panic
 * unwound (go1.26.8 src/runtime/panic.go `gopanic` runs deferred calls from its own frame). A
 * panic that ends the program unrecovered is printed after those calls returned, so such a
 * frame is one that panicked again: the chain has a second link.
 */
export function panickedAgainInDefer(crash: Crash): boolean {
  const frames: readonly Frame[] | undefined = crash.crashing?.frames;
  if (frames === undefined) return false;
  let bottom = -1;
  for (let i = frames.length - 1; i >= 0; i--) {
    if ((frames[i] as Frame).func === "panic") {
      bottom = i;
      break;
    }
  }
  for (let i = 0; i < bottom; i++) {
    const frame = frames[i] as Frame;
    if (frame.location !== "runtime" && frame.func !== "panic") return true;
  }
  return false;
}
