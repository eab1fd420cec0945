// A program's output kept as a pretty-printed JSON array of its lines, one string per line
// (Ansible's `stderr_lines`: `    "panic: runtime error: …",`, each file line's tab escaped,
// `"\t/x/y.go:12 +0x3e",`; holdout-15/podman-1730). The string's text is the line.

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
