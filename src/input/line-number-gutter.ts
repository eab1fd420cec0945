// A log viewer's line numbers copied with the log, each on a line of its own between the log's
// lines (`27`, a line, `26`, a line, …; holdout-6/emqx-operator-435). They are the viewer's, not
// the log's: left in, a number between a function line and its file line parts the two. A bare
// number is taken for one only once the next but one line is the number after it (counting up
// or down), so a program that prints a lone number is not read as a viewer; from then on each
// next number in the count is one, and two in a row stand for an empty row between them.

/** A line that is a number and nothing else (its trailing blanks are not cut yet). */
const BARE_NUMBER = /^\d{1,9} *$/;

export class LineNumberGutter {
  /** A bare number held, with the line after it, until the line after that says what it is. */
  private held: { raw: string; line: number }[] | null = null;
  private heldNumber = 0;
  /** The count is confirmed: the number expected next, and the step (1 or -1). */
  private next = Number.NaN;
  private step = 0;
  /** The last line was a line number. */
  private lastWasNumber = false;

  constructor(
    /** Passes a line on as the log's. */
    private readonly pass: (raw: string, line: number) => void,
    /** Takes a line number out. */
    private readonly number: (line: number) => void,
  ) {}

  /** Lines are being held, or the count is confirmed: every line must come through push. */
  get busy(): boolean {
    return this.held !== null || this.step !== 0;
  }

  /** Whether the line starts with a digit: only such a line can start holding. */
  static mayStart(raw: string): boolean {
    const c = raw.charCodeAt(0);
    return c >= 0x30 && c <= 0x39 && BARE_NUMBER.test(raw);
  }

  /** Whether the count is confirmed and `raw` is its next number: a line it will take out. */
  expects(raw: string): boolean {
    return this.step !== 0 && BARE_NUMBER.test(raw) && Number.parseInt(raw, 10) === this.next;
  }

  /** Takes a line: true when it was held or taken out, false when the caller reads it now. */
  push(raw: string, line: number): boolean {
    const n = BARE_NUMBER.test(raw) ? Number.parseInt(raw, 10) : Number.NaN;
    const held = this.held;
    if (held !== null) {
      if (held.length === 1 && Number.isNaN(n)) {
        held.push({ raw, line });
        return true;
      }
      this.held = null;
      const step = n - this.heldNumber;
      if (held.length === 2 && (step === 1 || step === -1)) {
        this.step = step;
        this.next = n + step;
        this.number((held[0] as { line: number }).line);
        const row = held[1] as { raw: string; line: number };
        this.pass(row.raw, row.line);
        this.number(line);
        this.lastWasNumber = true;
        return true;
      }
      // Two numbers in a row, or a number two lines on that does not follow: text, all of it.
      for (const h of held) this.pass(h.raw, h.line);
      return this.push(raw, line);
    }
    if (this.step !== 0) {
      if (n === this.next) {
        if (this.lastWasNumber) this.pass("", line);
        this.number(line);
        this.next += this.step;
        this.lastWasNumber = true;
        return true;
      }
      this.lastWasNumber = false;
      return false;
    }
    if (Number.isNaN(n)) return false;
    this.held = [{ raw, line }];
    this.heldNumber = n;
    return true;
  }

  /** The input ended: held lines are the log's. */
  end(): void {
    const held = this.held;
    this.held = null;
    if (held !== null) for (const h of held) this.pass(h.raw, h.line);
  }
}
