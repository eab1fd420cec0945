// The runtime errors of TinyGo's own runtime (another Go implementation: LLVM, no goroutine
// traceback). It prints `panic: runtime error at 0x<pc>: <msg>` where the return address is
// known and `panic: runtime error: <msg>` where not (tinygo src/runtime/panic.go runtimePanicAt,
// at tinygo ef4f46f, 2024-08), in its own words: no catalogue rule reads them (their rule stays
// the one the text is read as, custom-panic or runtime-error-unknown), but each names what
// happened, the category a person reads off it.

import type { Category } from "../model.js";

/** The messages of tinygo's runtimePanic/runtimePanicAt calls (src/runtime, src/internal/task). */
const MESSAGES: ReadonlyMap<string, Category> = new Map([
  ["nil pointer dereference", "nil-deref"],
  ["assignment to entry in nil map", "nil-map-write"],
  ["index out of range", "index-out-of-range"],
  ["slice out of range", "slice-bounds"],
  ["divide by zero", "divide-by-zero"],
  ["goroutine stack overflow", "stack-overflow"],
  ["stack overflow", "stack-overflow"],
  ["out of memory", "out-of-memory"],
  ["send on closed channel", "closed-channel-send"],
  ["close of nil channel", "nil-channel-close"],
  ["close of closed channel", "closed-channel-close"],
  ["type assert failed", "type-assertion"],
]);

const AT_ADDRESS = /^runtime error at 0x[0-9a-f]{1,16}: /;

/** The category of a tinygo runtime error's value (its first line), or null for any other text. */
export function tinygoRuntimeCategory(value: string): Category | null {
  const newline = value.indexOf("\n");
  const text = newline === -1 ? value : value.slice(0, newline);
  const at = AT_ADDRESS.exec(text);
  const message =
    at !== null
      ? text.slice(at[0].length)
      : text.startsWith("runtime error: ")
        ? text.slice(15)
        : null;
  return message === null ? null : (MESSAGES.get(message) ?? null);
}
