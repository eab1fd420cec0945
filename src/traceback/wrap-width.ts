// Whether a line may have been cut by a terminal that hard-wraps at its width. Such a line is as
// wide as the widest line before it (no line of that terminal is wider), and that width is a
// terminal's: a short line that happens to be the widest so far cut nothing. Only this evidence
// lets a piece that reads as the rest of a cut token (a line number's last digits, the end of
// ` [recovered]`) be joined to the line before it.

/**
 * No console wraps a traceback narrower than this: a terminal 50 columns wide leaves lines of
 * 49 (holdout-15/kubernetes-website-2102), the narrowest seen.
 */
const MIN_WRAP_WIDTH = 45;

export class WrapWidth {
  private widest = 0;
  /** The last line noted was as wide as any before it, and wide enough to be a wrap's. */
  atWidth = false;
  /** So was the line before it. */
  atWidthBefore = false;

  /** Notes the next line's width: its length with the blanks cut off its end. */
  note(width: number): void {
    this.atWidthBefore = this.atWidth;
    if (width >= this.widest) {
      this.widest = width;
      this.atWidth = width >= MIN_WRAP_WIDTH;
    } else {
      this.atWidth = false;
    }
  }
}
