// The runtime's own goroutines (GC workers, the finalizer and cleanup goroutines, the
// scavenger, forcegc, `goroutine 0 [idle]` of GOTRACEBACK=crash): every frame is the runtime's
// and so is whoever created it. A dump shows them at GOTRACEBACK=system and above; they are
// rarely what a person looks for, so the bucket list folds them into one line.

import type { Frame } from "../model.js";
import { locationOf } from "./owner.js";

export function isRuntimeGoroutine(goroutine: {
  frames: readonly Pick<Frame, "func">[];
  createdBy?: Pick<Frame, "func">;
}): boolean {
  if (goroutine.frames.length === 0) return false;
  for (const frame of goroutine.frames) if (locationOf(frame.func) !== "runtime") return false;
  return goroutine.createdBy === undefined || locationOf(goroutine.createdBy.func) === "runtime";
}
