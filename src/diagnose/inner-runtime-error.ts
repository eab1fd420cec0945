// A runtime error inside the words a program logged around it: `certificate worker: runtime
// error: …`, HandleCrash's `"…" (runtime error: …)`, fasthttp's `panic on hijacked conn:
// interface conversion: …`. A log line is the program's, not the runtime's, so a text the
// catalogue knows inside it is the value the program recovered, whatever lead-in or stamp
// came before it (a lead-in the reader was never shown included) — when what comes before
// labels it: a few words (a component, a step) or an opening bracket. A sentence of its own
// before the text wraps it into the program's own error (gopherjs' `unexpected compiler panic
// while building package "main": interface conversion: …`, holdout-30/gopherjs-1178:
// `custom-panic`, as a value the program composed is).

import { type MessageMatch, matchMessage } from "./catalogue.js";

/**
 * Where a runtime.Error's text starts: `runtime error: ` (go1.26.8 src/runtime/error.go, every
 * Error() but these), a failed type assertion's `interface conversion: ` (TypeAssertionError),
 * and the plainErrors of channels and maps, which print without the prefix (chan.go, map.go).
 */
const STARTS =
  /(?:^|[^\w])(runtime error: |interface conversion: |send on closed channel|close of (?:closed|nil) channel|assignment to entry in nil map)/g;

/** At most this many starts are tried: a log line names its value once or twice. */
const MAX_STARTS = 4;

/** At most this many words label a value (`Error in Go routine: `, `panic on hijacked conn: `). */
const MAX_LABEL_WORDS = 4;

/** Whether `before`, the text before a runtime error, labels it rather than says a sentence. */
function labels(before: string): boolean {
  const end = before.trimEnd();
  if (end.endsWith("(")) return true;
  let words = 0;
  for (const word of end.split(" ")) if (word !== "" && ++words > MAX_LABEL_WORDS) return false;
  return true;
}

/** The rule of the first runtime error the catalogue reads inside `value`'s first line, or null. */
export function innerRuntimeError(value: string): MessageMatch | null {
  const newline = value.indexOf("\n");
  const line = newline === -1 ? value : value.slice(0, newline);
  STARTS.lastIndex = 0;
  for (let tried = 0; tried < MAX_STARTS; tried++) {
    const found = STARTS.exec(line);
    if (found === null) return null;
    const at = found.index + found[0].length - (found[1] as string).length;
    if (!labels(line.slice(0, at))) continue;
    const match = matchMessage(line.slice(at), "panic");
    if (match.rule.id !== "custom-panic" && match.rule.id !== "runtime-error-unknown") return match;
  }
  return null;
}
