// A paste that put a blank line after every line: copied from a CI log viewer or an HTML table
// (one paragraph a row), or saved by an editor that doubled the line breaks. The text's own
// blank lines became three (its blank and the one after it, plus the one after the line before
// it), so between two lines with text there is always an odd run of blanks and never none.
// Once the input's first lines with text show that, each run of 2k+1 blanks is read as the k
// the text had, and the lines are numbered as the text printed them, so every reader after this
// one (a message on the line right above a stack, a block right above a headline) sees the text
// as Go and the program wrote it; realLine maps a number back to the input's for the spans. A
// line with text right after another ends it (the rest was not doubled).

/** Lines with text, each after an odd run of blanks, that make a paste double-spaced. */
const LINES_TO_LEARN = 6;
/** A longer run of blanks before the paste is known double-spaced says it is not. */
const MAX_HELD_BLANKS = 64;

type Sink = (text: string, line: number) => void;

function blank(text: string): boolean {
  return /^[ \t\r]*$/.test(text);
}

/**
 * A headline at column 0. The runtime never prints the same one twice on consecutive lines
 * (printpanics puts a tab before every link of a chain after the first, go1.26
 * runtime/panic.go): the same headline one blank apart is two crashes (a program restarted,
 * GOTRACEBACK=none), not a doubled paste. Different ones may be a chain that lost its tab, or a
 * panic then `fatal error: panic on system stack`.
 */
const HEADLINE = /^(?:panic: |fatal error: )/;

export class DoubleSpaced {
  /** The input is not double-spaced: its lines pass as they are, numbers and all. */
  off = false;
  /** The lines were numbered as printed: realLine maps the numbers back. */
  renumbered = false;
  private mode: "learn" | "doubled" | "shifted" = "learn";
  /** Lines read before the input is known to be double-spaced or not. */
  private held: { text: string; line: number }[] = [];
  private texts = 0;
  private blanks = 0;
  /** The last line with text held while learning, when it was a headline. */
  private headline = "";
  /** The number the last line handed on got. */
  private last = 0;
  /** Handed-on line `from` is input line `from` too; each line after it is two input lines further. */
  private from = 0;
  /** From handed-on line `endAt` on (the paste stopped doubling), input line = number + shift. */
  private endAt = Number.POSITIVE_INFINITY;
  private shift = 0;

  constructor(private readonly sink: Sink) {}

  push(text: string, line: number): void {
    if (this.mode === "shifted") this.sink(text, line - this.shift);
    else if (this.mode === "doubled") this.doubled(text, line);
    else this.learn(text, line);
  }

  /** Lines still held are read as double-spaced when three had text, each after one blank. */
  end(): void {
    if (this.mode !== "learn" || this.off) return;
    if (this.texts >= 3) this.replay();
    else this.pass();
  }

  /** The input's line number of a handed-on line's. */
  realLine(line: number): number {
    if (!this.renumbered || line < this.from) return line;
    if (line >= this.endAt) return line + this.shift;
    return this.from + 2 * (line - this.from);
  }

  private learn(text: string, line: number): void {
    this.held.push({ text, line });
    if (blank(text)) {
      if (++this.blanks > MAX_HELD_BLANKS) this.pass();
      return;
    }
    // Two lines with text in a row, or an even run of blanks between two: not double-spaced.
    if (this.texts > 0 && this.blanks % 2 === 0) {
      this.pass();
      return;
    }
    if (this.blanks === 1 && text === this.headline) {
      this.pass();
      return;
    }
    this.headline = HEADLINE.test(text) ? text : "";
    this.blanks = 0;
    if (++this.texts >= LINES_TO_LEARN) this.replay();
  }

  /** Not double-spaced: the held lines are handed on as they were, and every line after them. */
  private pass(): void {
    this.off = true;
    for (const h of this.held) this.sink(h.text, h.line);
    this.held = [];
  }

  /** Double-spaced: the held lines are read again as such. */
  private replay(): void {
    this.mode = "doubled";
    this.renumbered = true;
    this.blanks = 0;
    this.texts = 0;
    const held = this.held;
    this.held = [];
    this.from = (held[0] as { line: number }).line;
    this.last = this.from - 1;
    for (const h of held) this.doubled(h.text, h.line);
  }

  private doubled(text: string, line: number): void {
    if (blank(text)) {
      this.blanks++;
      return;
    }
    if (this.texts > 0 && this.blanks === 0) {
      // A line with text right after another: the paste is no longer double-spaced.
      this.mode = "shifted";
      this.endAt = this.last + 1;
      this.shift = line - this.endAt;
      this.sink(text, this.endAt);
      return;
    }
    // The text's own blanks are every second one of the run, after the one the paste added.
    const before = this.texts > 0 ? this.blanks - 1 : this.blanks;
    for (let i = 0; i < Math.floor(before / 2); i++) this.sink("", ++this.last);
    this.blanks = 0;
    this.texts++;
    this.sink(text, ++this.last);
  }
}
