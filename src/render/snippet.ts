// A few lines of source in a terminal, coloured as Go, the frame's line marked.

import { printable } from "../binary/printable.js";
import type { Snippet, Token } from "../source/index.js";
import type { Palette } from "./color.js";

/** `marks`: the lines marked (default: the frame's line). */
export function renderSnippet(
  snippet: Snippet,
  p: Palette,
  indent = "    ",
  marks: ReadonlySet<number> = new Set([snippet.line]),
): string[] {
  const last = snippet.first + snippet.lines.length - 1;
  const width = String(last).length;
  return snippet.lines.map((tokens, i) => {
    const number = snippet.first + i;
    const mark = marks.has(number);
    const gutter = `${mark ? "→" : " "} ${String(number).padStart(width)} │ `;
    // A source file's own control characters are shown escaped, as crash text is.
    const code = tokens.map((t) => colour({ ...t, text: printable(t.text) }, p)).join("");
    const line = `${indent}${mark ? p.red(gutter) : p.dim(gutter)}${expandTabs(code)}`;
    return line.trimEnd();
  });
}

function colour(token: Token, p: Palette): string {
  switch (token.kind) {
    case "comment":
      return p.dim(token.text);
    case "string":
      return p.green(token.text);
    case "number":
      return p.magenta(token.text);
    case "keyword":
      return p.blue(token.text);
    case "type":
    case "builtin":
      return p.cyan(token.text);
    case "call":
      return p.yellow(token.text);
    default:
      return token.text;
  }
}

function expandTabs(text: string): string {
  return text.replaceAll("\t", "    ");
}
