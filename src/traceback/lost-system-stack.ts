// A throw's system stack whose `runtime stack:` line a copy lost. The runtime prints a throw
// raised on g0 as `runtime stack:` then g0's frames, then the goroutine the M was running
// (go1.26.8 src/runtime/panic.go fatalpanic/dopanic_m: `print("\nruntime stack:\n")` when gp is
// m.g0). g0's stack ends at `runtime.mstart`, the entry of every M (proc.go: "mstart is the
// entry-point for new Ms … marked TOPFRAME"): no goroutine's does. So a block with no header
// right under a fatal error's headline that ends there is that system stack, and the crashing
// goroutine is the block after it (holdout-26/node-exporter-1090).

import type { Crash, Goroutine } from "../model.js";

/** Whether `block`, closed with `blocks` blocks of `crash` read before it, is that stack. */
export function isLostSystemStack(crash: Crash, block: Goroutine, blocks: number): boolean {
  if (block.headerless !== true || crash.kind !== "fatal" || blocks > 0) return false;
  return block.frames.at(-1)?.func === "runtime.mstart";
}
