// A whole input pasted indented (a markdown code block's four spaces, a list item's, an email
// quote's blanks): the blanks in front of its first line, and of every line after it, are the
// paste's, not Go's — the runtime starts no line with a blank. What is left is the text as Go
// and its loggers wrote it, the lines' relative indentation kept (a race report's, a pasted
// file line whose tab became blanks), so every reader reads it as it reads the bare text.

/** Blanks a markdown code block, a list item or a mail reader puts before a pasted log's lines. */
const MAX_INDENT = 12;

export class PasteIndent {
  /** -1: no line that is not blank yet; 0: the input is not indented (or no longer); else the blanks taken off. */
  private blanks = -1;

  /** Blanks are being taken off the lines. */
  get active(): boolean {
    return this.blanks > 0;
  }

  /** Decided: the input is not (or no longer) indented; every line is passed as it is. */
  get off(): boolean {
    return this.blanks === 0;
  }

  /** The line without the paste's indentation. */
  take(raw: string): string {
    const c = raw.charCodeAt(0);
    // A blank line says nothing; neither does a tab, which only Go's file lines start with
    // (a paste indented with blanks keeps them: `\t/x/y.go:12` under `    main.f()`).
    if (raw === "" || c === 0x09) return raw;
    if (c !== 0x20) {
      // A line at column 0: the input is not indented, or the indented paste ended.
      this.blanks = 0;
      return raw;
    }
    let n = 1;
    const most = this.blanks === -1 ? MAX_INDENT : this.blanks;
    while (n < most && raw.charCodeAt(n) === 0x20) n++;
    if (this.blanks === -1) {
      if (n === raw.length) return raw; // a line of blanks: blank
      if (raw.charCodeAt(n) === 0x20) {
        // Indented further than any paste: the text's own.
        this.blanks = 0;
        return raw;
      }
    }
    // The first line sets the paste's indentation; a line indented less lowers it (the first
    // line was indented in the text already).
    if (n < raw.length) this.blanks = n;
    return raw.slice(n);
  }
}
