// A goroutine dump whose headline a paste left out (it starts at the first header), the first
// block running with `runtime.throw` called by `runtime.sigpanic` on top: the runtime threw
// because a fault could not become a panic. sigpanic throws only two texts (go1.26.8
// src/runtime/signal_unix.go and signal_windows.go sigpanic: `unexpected signal during runtime
// execution` when !canpanic, `fault` for a fault address the runtime cannot blame on nil; the
// same in go1.7's), and throw's frame shows the string's length as its second word before the
// register ABI (`runtime.throw(0xbd1a29, 0x2a)`, holdout-32/bleve-480) and as `{0x…, 0x2a}`
// after: the length tells the two apart, so the message is read for certain or not at all.

import type { Frame, Goroutine } from "../model.js";

const SIGPANIC_THROWS: ReadonlyMap<number, string> = new Map([
  [
    "unexpected signal during runtime execution".length,
    "unexpected signal during runtime execution",
  ],
  ["fault".length, "fault"],
]);

/** The string length word of throw's arguments: `0x…, 0x2a` or `{0x…, 0x2a}` (and `, ...`). */
const THROW_ARGS = /^\{?0x[0-9a-f]+, 0x([0-9a-f]{1,4})\}?(?:, \.\.\.)?$/;

/** True when the block is the thread that threw from sigpanic: running, throw over sigpanic. */
export function isSigpanicThrow(goroutine: Goroutine): boolean {
  const [top, under] = goroutine.frames;
  return (
    goroutine.state === "running" &&
    top?.func === "runtime.throw" &&
    under?.func === "runtime.sigpanic"
  );
}

/** The text sigpanic threw, read off throw's length argument, or null when it is not shown. */
export function sigpanicThrowValue(frames: readonly Frame[]): string | null {
  const [top, under] = frames;
  if (top?.func !== "runtime.throw" || under?.func !== "runtime.sigpanic") return null;
  const m = THROW_ARGS.exec(top.args);
  return m === null ? null : (SIGPANIC_THROWS.get(Number.parseInt(m[1] as string, 16)) ?? null);
}
