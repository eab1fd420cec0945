// How many terminal columns a text takes: East Asian wide characters (CJK ideographs, fullwidth
// punctuation, Hangul) take two. Enough for panicscope's own labels; not a full wcwidth.

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += wide(char.codePointAt(0) as number) ? 2 : 1;
  return width;
}

/** The longest start of `text` that fits in `columns` columns. */
export function cutToWidth(text: string, columns: number): string {
  let width = 0;
  let end = 0;
  for (const char of text) {
    const w = wide(char.codePointAt(0) as number) ? 2 : 1;
    if (width + w > columns) break;
    width += w;
    end += char.length;
  }
  return text.slice(0, end);
}

/** `text` padded with spaces to `columns` columns. */
export function padDisplay(text: string, columns: number): string {
  return text + " ".repeat(Math.max(0, columns - displayWidth(text)));
}

function wide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/**
 * Text wrapped at `width` columns: between words, and between any two wide characters (Chinese
 * has no spaces), never inside a run of ASCII (an identifier, a path, a number).
 */
export function wrapText(text: string, width: number): string[] {
  const units =
    text.match(
      /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\s+|[^\s\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+/g,
    ) ?? [];
  const lines: string[] = [];
  let line = "";
  let columns = 0;
  for (const unit of units) {
    const space = /^\s+$/.test(unit);
    const w = space ? 1 : displayWidth(unit);
    if (columns + w > width && line.trim() !== "" && !space) {
      lines.push(line.trimEnd());
      line = "";
      columns = 0;
    }
    if (space && line === "") continue;
    line += space ? " " : unit;
    columns += w;
  }
  if (line.trim() !== "" || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}
