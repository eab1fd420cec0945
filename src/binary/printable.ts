// Text read from a file (function names, paths, module lines, build settings) on its way to a
// terminal: control characters are written as Go writes them in a quoted string (`\x1b`), so a
// damaged or hostile binary cannot move the cursor, retitle the window or hide a line.

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters replaced
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters replaced
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** `text` with every control character but tab and newline escaped. */
export function printable(text: string): string {
  return CONTROL.test(text)
    ? text.replace(CONTROLS, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`)
    : text;
}

const JSON_RAW_CONTROLS = /[\u007f-\u009f]/g;

/** JSON text with DEL and the C1 controls, which JSON.stringify leaves raw, as `\u00XX`. */
export function printableJson(json: string): string {
  return json.replace(JSON_RAW_CONTROLS, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}
