// A frame's line with a comma after it: a log collector that keeps a crash as an array of lines
// writes each element with its separator (`…+0x3f9,`, holdout-39/ttlcache-46). The runtime
// never ends a function line after its `)` nor a file line after its `+0x…` offset with one
// (go1.26.8 src/runtime/traceback.go printFuncName/traceback2's `print(")\n")`, `print("\n")`).

import { parseCallLine, parseIndentedFileLine } from "./frame-lines.js";

/** The line without a trailing comma when, without it, it is a frame's function or file line. */
export function withoutFrameComma(text: string): string {
  const n = text.length;
  if (n < 4 || text.charCodeAt(n - 1) !== 0x2c /* , */) return text;
  const bare = text.slice(0, n - 1);
  const c = bare.charCodeAt(n - 2);
  if (c === 0x29 /* ) */) return parseCallLine(bare) !== null ? bare : text;
  return parseIndentedFileLine(bare) !== null ? bare : text;
}
