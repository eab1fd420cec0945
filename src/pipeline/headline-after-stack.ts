// A headline printed after its own stack: a log collector that merged stdout and stderr line by
// line can put the runtime's `panic: …` below the goroutine block it heads, with the program's
// own log lines between (holdout-26/nsq-exporter-9: the block, `listening to :9117`, then
// `panic: runtime error: index out of range`). Read alone, the block is a stack with a panic
// frame and no message, and the headline a panic with no goroutine: one crash.

import type { Crash } from "../model.js";

/** Lines of other output at most between the block's end and the headline. */
const REACH = 3;

/**
 * The headline crashes that head the stack read just above them, each merged into that stack's
 * crash (which becomes the panic). Crashes in input order; linear.
 */
export function headlinesAfterStacks(crashes: readonly Crash[]): Set<Crash> {
  const merged = new Set<Crash>();
  for (let i = 1; i < crashes.length; i++) {
    const stack = crashes[i - 1] as Crash;
    const headline = crashes[i] as Crash;
    if (!headsStackAbove(headline, stack)) continue;
    stack.kind = "panic";
    stack.panics = headline.panics;
    if (headline.signal !== undefined) stack.signal = headline.signal;
    stack.notes.push(...headline.notes);
    stack.goVersion ??= headline.goVersion;
    stack.span.endLine = Math.max(stack.span.endLine, headline.span.endLine);
    merged.add(headline);
    i++;
  }
  return merged;
}

/**
 * `headline` is a panic's headline alone, right under a block read as a stack logged with no
 * message whose first frame is `panic(…)`: the runtime's own traceback of the panicking
 * goroutine starts there (go1.6–go1.26 src/runtime/traceback.go prints from gopanic's frame,
 * shown as `panic`), while a program's debug.Stack() starts at runtime/debug.Stack and
 * runtime.Stack at its caller.
 */
function headsStackAbove(headline: Crash, stack: Crash): boolean {
  if (headline.kind !== "panic" || headline.goroutineCount !== 0 || headline.crashing !== null)
    return false;
  if (headline.panics.length === 0 || headline.panics.some((p) => p.recovered)) return false;
  if (headline.recoveredBy !== undefined || (headline.stream ?? "") !== (stack.stream ?? ""))
    return false;
  if (stack.kind !== "logged" || stack.panics.length !== 0 || stack.goroutineCount !== 1)
    return false;
  const first = stack.crashing?.frames[0]?.func;
  if (first !== "panic" && first !== "runtime.gopanic") return false;
  const gap = headline.span.startLine - stack.span.endLine;
  return gap >= 1 && gap <= REACH + 1;
}
