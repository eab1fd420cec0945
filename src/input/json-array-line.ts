// A program's output kept as a pretty-printed JSON array of its lines, one string per line
// (Ansible's `stderr_lines`: `    "panic: runtime error: …",`, each file line's tab escaped,
// `"\t/x/y.go:12 +0x3e",`; holdout-15/podman-1730). The string's text is the line.

import { WHOLE_HEADER } from "./goroutine-header-text.js";

/** `    "…",`: one JSON string alone on its line, the array's `,` after it or not. */
const ELEMENT = /^[ \t]{0,64}("(?:[^"\\]|\\.){0,100000}")[ \t]*(,?)$/;

/**
 * The text of a line that is one element of a JSON array of strings, or null. An element with
 * no `,` after it is the array's last: one only when the line before was an element
 * (`afterElement`), since a quoted string alone on a line is no sign of an array. A string
 * holding a newline is a value of several lines, left to the readers of escaped values.
 */
export function jsonArrayElement(text: string, afterElement: boolean): string | null {
  const last = text.charCodeAt(text.length - 1);
  if (last !== 0x2c /* , */ && last !== 0x22 /* " */) return null;
  const match = ELEMENT.exec(text);
  if (match === null || (match[2] === "" && !afterElement)) return null;
  let value: unknown;
  try {
    value = JSON.parse(match[1] as string);
  } catch {
    return null;
  }
  return typeof value === "string" && value.indexOf("\n") === -1 ? value : null;
}

/**
 * A program's lines kept as a compact JSON array on one log line, behind the logger's prefix:
 * vim-lsp's log writes each message as `strftime('%c') . ':' . json_encode(...)`, a server's
 * stderr as `["<---(stderr)",1,"gopls",["panic: …","","goroutine 23 [running]:",…]]`
 * (holdout-16/dotfiles-52). Only an array that carries a crash's line.
 */
const CRASH_LINE = new RegExp(`^(?:panic: |fatal error: |${WHOLE_HEADER})`);

/**
 * The prefix before the array, then every string the array holds, nested ones in order (a
 * string's own newlines split it too); null when the line ends in no JSON array of strings
 * that holds a panic's headline or a goroutine header. Parsed once, from the line's first `["`.
 */
export function jsonLinesArray(text: string): { prefix: string; lines: string[] } | null {
  const end = text.trimEnd();
  if (end.charCodeAt(end.length - 1) !== 0x5d /* ] */) return null;
  const at = end.indexOf('["');
  if (at === -1) return null;
  let value: unknown;
  try {
    value = JSON.parse(end.slice(at));
  } catch {
    return null;
  }
  const lines: string[] = [];
  collectStrings(value, lines, 0);
  if (!lines.some((l) => CRASH_LINE.test(l))) return null;
  return { prefix: end.slice(0, at), lines };
}

/** Nesting kept at most: a server's message is an array or two deep. */
const MAX_DEPTH = 8;

function collectStrings(value: unknown, out: string[], depth: number): void {
  if (typeof value === "string") {
    for (const line of value.split("\n")) out.push(line);
  } else if (Array.isArray(value) && depth < MAX_DEPTH) {
    for (const item of value) collectStrings(item, out, depth + 1);
  }
}
