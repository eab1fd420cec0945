// Text read from a file or a crash (function names, paths, panic values, module lines, build
// settings) on its way to a terminal: control characters are written as Go writes them in a
// quoted string (`\x1b`, `\r`, `\a`; strconv.Quote, go1.26 src/strconv/quote.go), so a damaged
// binary or a hostile panic value cannot move the cursor, recolour, retitle the window or hide
// a line. Tab and newline stay: they are layout.

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters replaced
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters replaced
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const SHORT: Record<string, string> = {
  "\u0007": "\\a",
  "\b": "\\b",
  "\f": "\\f",
  "\r": "\\r",
  "\v": "\\v",
};

function escapeControl(c: string): string {
  const code = c.charCodeAt(0);
  return (
    SHORT[c] ??
    (code < 0x80
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`)
  );
}

/** `text` with every control character but tab and newline escaped. */
export function printable(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS, escapeControl) : text;
}

const JSON_RAW_CONTROLS = /[\u007f-\u009f]/g;

/** JSON text with DEL and the C1 controls, which JSON.stringify leaves raw, as `\u00XX`. */
export function printableJson(json: string): string {
  return json.replace(JSON_RAW_CONTROLS, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}
