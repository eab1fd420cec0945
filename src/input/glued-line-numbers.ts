// A log viewer's line numbers copied glued to each line's text, no blank between
// (`52WARNING: DATA RACE`, `53Write at 0x… by goroutine 51:`, `54  github.com/…`: a GitHub
// Actions web log selected and copied; holdout-28/netpoll-pr351). Left in, no line of Go's is
// read. A line that starts with digits glued to a letter is held until the two lines after it
// start with the numbers after it (N+1, N+2): three lines counting up by one are a viewer's
// count, not a program's text (a profile's `1 @ 0x…` lines, a hex dump's addresses, a log's
// years do not count up line by line). From then on the next number of the count comes off each line that
// starts with it; a line that is that number alone was an empty row; a line without it is
// passed as it is and the count waits for it.

/**
 * Digits at a line's start, then a letter, a blank or nothing: not a mark, which is a
 * separator another reader knows (grep's `12:` and `12-`, a gutter's tab or ` | `, a date's `/`).
 */
const GLUED_NUMBER = /^(\d{1,7})(?=[A-Za-z ]|$)/;

/**
 * The first line of a count: digits glued to a letter. A number then a blank is a gutter with
 * its separator (`186 | …`, a log's own counter) more often than one glued to indented text.
 */
const FIRST_GLUED = /^\d{1,7}[A-Za-z]/;

/** Lines that must count up, the first one included, before the count is believed. */
const CONFIRM = 3;

/** `T`: what the caller needs to read a held line later as it would have read it now (its stream). */
export class GluedLineNumbers<T> {
  /** Lines held, each starting with the number after the one before, until CONFIRM of them. */
  private held: { raw: string; line: number; width: number; at: T }[] = [];
  private heldNext = 0;
  /** The count is confirmed: the number expected next (0 while not). */
  private next = 0;

  constructor(
    /** Passes a line on, its number taken off when it was one; `at` is a held line's. */
    private readonly pass: (raw: string, line: number, at: T | null) => void,
    /** Counts a number taken off. */
    private readonly number: () => void,
  ) {}

  /** Lines are held, or the count is confirmed: every line must come through push. */
  get busy(): boolean {
    return this.held.length > 0 || this.next !== 0;
  }

  /** Takes a line: true when it was held or passed on, false when the caller reads it now. */
  push(raw: string, line: number, at: T): boolean {
    if (this.next !== 0) {
      const m = GLUED_NUMBER.exec(raw);
      if (m === null || Number.parseInt(m[1] as string, 10) !== this.next) return false;
      this.next++;
      this.number();
      this.pass(raw.slice((m[1] as string).length), line, null);
      return true;
    }
    const m = GLUED_NUMBER.exec(raw);
    const n = m === null ? -1 : Number.parseInt(m[1] as string, 10);
    while (this.held.length > 0 && n !== this.heldNext) this.release();
    if (m === null || (this.held.length === 0 && !FIRST_GLUED.test(raw))) return false;
    this.held.push({ raw, line, width: (m[1] as string).length, at });
    this.heldNext = n + 1;
    if (this.held.length < CONFIRM) return true;
    // Confirmed: every held line loses its number.
    this.next = this.heldNext;
    const held = this.held;
    this.held = [];
    for (const h of held) {
      this.number();
      this.pass(h.raw.slice(h.width), h.line, h.at);
    }
    return true;
  }

  /** The held lines are the log's as they are (the input ended, or the count broke). */
  end(): void {
    this.release();
  }

  private release(): void {
    const held = this.held;
    this.held = [];
    // The first held line is not a count's; the lines after it may start one of their own.
    const first = held.shift();
    if (first === undefined) return;
    this.pass(first.raw, first.line, first.at);
    for (const h of held) if (!this.push(h.raw, h.line, h.at)) this.pass(h.raw, h.line, h.at);
  }
}
