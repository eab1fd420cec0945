// A headline glued behind other output (`…digitalocean...panic: runtime error: …`) with a
// goroutine header right under it, no blank between. The runtime prints that blank (go1.26.8
// src/runtime/panic.go dopanic_m `print("\n")` before goroutineheader), and a program's log
// line naming a panic over a stack it took has none — unless the paste lost every blank line
// (a chat client, a log shipper dropping empty records). Then the stack itself says whose it
// is: a stack a program takes starts at its taking call (runtime/debug.Stack, runtime.Stack,
// runtime/pprof) or, taken by a deferred recover, has the runtime's `panic(…)` under the
// handler's frames; the runtime's own traceback starts at the panicking function (or at
// `panic(…)` itself, before go1.17) and has no `panic(…)` below it when the headline names
// one panic. Read line by line, one decision per block, each line looked at once.

import { parseCallLine } from "./frame-lines.js";

export type GluedStackVerdict = "crash" | "log" | "wait";

/** The most frames read before the block is taken as the runtime's. */
const MAX_FRAMES = 64;

/** Calls that take a stack for a program to print: their frame opens the stack they took. */
function takesStack(func: string): boolean {
  return (
    func === "runtime/debug.Stack" ||
    func === "runtime/debug.PrintStack" ||
    func === "runtime.Stack" ||
    func.startsWith("runtime/pprof.")
  );
}

/** The runtime's panic frame: `panic(…)` (go1.5+ prints gopanic so), `runtime.panic` before. */
function isPanicFrame(func: string): boolean {
  return func === "panic" || func === "runtime.panic" || func === "runtime.gopanic";
}

/**
 * Whether the text before a glued `panic: ` is a sentence that names the panic — a word and a
 * blank, `Recovered from panic: …`, `recovered panic: …` — as a program's log line says it,
 * rather than another writer's output the runtime's line was glued to (a progress line, a
 * prompt, a spinner: `03spanic: `, `Command?panic: `, `❯ panic: `).
 */
export function namesPanicInProse(before: string): boolean {
  const n = before.length;
  return n >= 2 && before.charCodeAt(n - 1) === 0x20 && /\p{L}/u.test(before[n - 2] as string);
}

/** Reads the lines under the goroutine header and says whose stack it is, once it can. */
export class GluedStack {
  private frames = 0;
  private lines = 0;

  /** The next line under the header (the header itself excluded). */
  next(text: string): GluedStackVerdict {
    // Held lines are bounded: a run of indented lines counts as the frames it could hold.
    if (++this.lines > 2 * MAX_FRAMES) return this.frames > 0 ? "crash" : "log";
    const c = text.charCodeAt(0);
    if (c === 0x09 || c === 0x20) return "wait"; // a file line
    const call = parseCallLine(text);
    if (call === null) {
      // `created by`, a blank, the next header, anything else: the block has ended.
      return this.frames > 0 ? "crash" : "log";
    }
    this.frames++;
    if (this.frames === 1 && takesStack(call.func)) return "log";
    if (this.frames > 1 && isPanicFrame(call.func)) return "log";
    return this.frames >= MAX_FRAMES ? "crash" : "wait";
  }

  /** The input ended under the header: decided by the frames read. */
  end(): GluedStackVerdict {
    return this.frames > 0 ? "crash" : "log";
  }
}
