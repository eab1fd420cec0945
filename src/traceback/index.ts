// Parsing a whole text at once: the convenient form of the streaming parser for small inputs.

import type { Crash } from "../model.js";
import { TracebackParser } from "./parser.js";

export type { ParserEvents, ParserOptions } from "./parser.js";
export { TracebackParser } from "./parser.js";

/** Every crash in `text`, goroutines kept. Lines are split on \n; a trailing \r is dropped. */
export function parseCrashes(text: string): Crash[] {
  const crashes: Crash[] = [];
  const parser = new TracebackParser({ crash: (crash) => crashes.push(crash) });
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    parser.push(line.endsWith("\r") ? line.slice(0, -1) : line, i + 1);
  }
  parser.end();
  return crashes;
}
