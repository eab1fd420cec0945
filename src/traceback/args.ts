// Frame arguments as the runtime prints them (runtime/traceback.go printArgs):
//   go ≤1.16  raw stack words:             (0xc000010000, 0x3, 0x3, 0x0)
//   go1.17    register ABI, aggregates:    ({0x4c2f4b, 0x3}, 0xc000012345, ...)
//   go1.18+   `?` after a value that may be stale: (0x0?, {0x464899?, 0x45be40?})
//   any       `...` for an inlined frame or a cut list, `_` for an offset too large to print.
// Parsed on demand (the parser keeps the text), by a single left-to-right pass.

import { hexDigit } from "./numbers.js";

export type Arg =
  /** One word: `0x1d`, with `?` when the runtime marks it possibly stale. */
  | { kind: "word"; value: string; inaccurate: boolean }
  /** `{…}`: a string, slice, interface, struct or array, one entry per word or field. */
  | { kind: "aggregate"; fields: Arg[] }
  /** `...`: more arguments (or fields) than the runtime prints, or an inlined frame. */
  | { kind: "elided" }
  /** `_`: an argument at an offset too large for the runtime to print. */
  | { kind: "offset-too-large" };

/** Nesting the runtime prints at most (traceback.go: _maxDepth = 5); deeper input is malformed. */
const MAX_DEPTH = 8;

/** The arguments of `args` (the text between the frame's parentheses); null when malformed. */
export function parseArgs(args: string): Arg[] | null {
  if (args === "") return [];
  const state = { text: args, at: 0 };
  const list = parseList(state, 0);
  if (list === null || state.at !== args.length) return null;
  return list;
}

interface Cursor {
  text: string;
  at: number;
}

function parseList(cursor: Cursor, depth: number): Arg[] | null {
  const items: Arg[] = [];
  for (;;) {
    const item = parseItem(cursor, depth);
    if (item === null) return null;
    items.push(item);
    if (!cursor.text.startsWith(", ", cursor.at)) return items;
    cursor.at += 2;
  }
}

function parseItem(cursor: Cursor, depth: number): Arg | null {
  const { text } = cursor;
  const c = text.charCodeAt(cursor.at);
  if (c === 0x7b /* { */) {
    if (depth >= MAX_DEPTH) return null;
    cursor.at++;
    if (text.charCodeAt(cursor.at) === 0x7d /* } */) {
      cursor.at++;
      return { kind: "aggregate", fields: [] };
    }
    const fields = parseList(cursor, depth + 1);
    if (fields === null || text.charCodeAt(cursor.at) !== 0x7d) return null;
    cursor.at++;
    return { kind: "aggregate", fields };
  }
  if (text.startsWith("...", cursor.at)) {
    cursor.at += 3;
    return { kind: "elided" };
  }
  if (c === 0x5f /* _ */) {
    cursor.at++;
    return { kind: "offset-too-large" };
  }
  if (c === 0x30 /* 0 */ && text.charCodeAt(cursor.at + 1) === 0x78 /* x */) {
    let end = cursor.at + 2;
    while (end < text.length && hexDigit(text.charCodeAt(end)) >= 0) end++;
    if (end === cursor.at + 2) return null;
    const value = text.slice(cursor.at, end);
    const inaccurate = text.charCodeAt(end) === 0x3f /* ? */;
    cursor.at = inaccurate ? end + 1 : end;
    return { kind: "word", value, inaccurate };
  }
  return null;
}
