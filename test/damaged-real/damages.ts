// How real pastes damage a program's output on its way to an issue tracker: what a real report
// becomes when the same crash is copied through a terminal, an editor, a web page or another
// operating system. Each damage is a whole text to a whole text; the comment says where it
// happens. Two real damages add nothing over these and are not run: tabs expanded at stops of 4
// (an editor) fails exactly as stops of 8 do, and CRLF line ends (Windows) are cut by the line
// splitter itself (src/input/lines.ts), so the lines are the bare report's.

export type Damage = (text: string) => string;

/** The text's lines without its final newline, and whether it had one. */
function lines(text: string): { rows: string[]; ends: boolean } {
  const ends = text.endsWith("\n");
  return { rows: (ends ? text.slice(0, -1) : text).split("\n"), ends };
}

function joined(rows: string[], ends: boolean, eol = "\n"): string {
  return rows.join(eol) + (ends ? eol : "");
}

function perLine(change: (line: string) => string): Damage {
  return (text) => {
    const { rows, ends } = lines(text);
    return joined(rows.map(change), ends);
  };
}

/** Each tab replaced by the blanks up to the next tab stop, as `expand -t N` and a terminal's screen do. */
export function expandTabs(line: string, stop: number): string {
  if (!line.includes("\t")) return line;
  let out = "";
  for (const ch of line) {
    if (ch === "\t") out += " ".repeat(stop - (out.length % stop));
    else out += ch;
  }
  return out;
}

export const DAMAGES = {
  /** Copied from a terminal (its screen holds no tabs) or run through `expand`: tab stops of 8. */
  tabs8: perLine((line) => expandTabs(line, 8)),
  /** Pasted outside a code block into rendered markdown or a web form: every line's leading blanks gone. */
  unindented: perLine((line) => line.replace(/^[ \t]+/, "")),
  /** Copied from tmux (`capture-pane -J`) or screen's copy mode: every line padded with blanks to the pane's 80 columns. */
  padded: perLine((line) => {
    const width = expandTabs(line, 8).length;
    return width < 80 ? line + " ".repeat(80 - width) : line;
  }),
  /** Every blank line removed (a paste squeezed by a chat client or a log shipper dropping empty records). */
  noBlanks: (text) => {
    const { rows, ends } = lines(text);
    return joined(
      rows.filter((r) => r.trim() !== ""),
      ends,
    );
  },
  /** A blank line after every line: copied from a CI log viewer or an HTML table, one paragraph a row. */
  doubled: (text) => {
    const { rows, ends } = lines(text);
    return joined(
      rows.flatMap((r) => [r, ""]),
      ends,
    );
  },
  /** Copied from a web page that rendered the text with `&nbsp;`: every space a no-break space (U+00A0). */
  nbsp: perLine((line) => line.replaceAll(" ", "\u00a0")),
  /**
   * Copied from a Windows console (conhost, 80 columns): tabs are blanks on its screen, and a long
   * line is cut into 80-column rows, each copied as a line of its own.
   */
  wrap80: perLine((line) => {
    const wide = expandTabs(line, 8);
    const rows: string[] = [];
    for (let i = 0; i < wide.length; i += 80) rows.push(wide.slice(i, i + 80));
    return rows.length === 0 ? "" : rows.join("\n");
  }),
} satisfies Record<string, Damage>;

export type DamageName = keyof typeof DAMAGES;
