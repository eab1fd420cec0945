// A terminal that lost its carriage returns (left in raw mode, its output post-processing off)
// moves down a row at each newline without going back to column 0: each line starts where the
// one before it ended, and a copy of the screen keeps that column as blanks in front of it — a
// staircase (holdout-17/pulumi-15271: 40, 64, 154, 207 and 294 blanks, a file line's tab kept
// after them). Those blanks are the terminal's, not the text's. A line indented exactly as far
// as the line before it ended, eight blanks or more, whose text is Go's own (a goroutine header,
// a function line, a tab-indented file line), makes it certain; from then on a line indented
// exactly so far loses those blanks. A blank line leaves the column where it was.

import { isGoroutineHeader } from "../traceback/goroutine-header.js";
import { looksLikeGoLine } from "./prefix-learner.js";

/** Blanks a step needs: a paste's or a list's indentation is shorter. */
const MIN_STEP = 8;
/** A terminal's tab stops. */
const TAB = 8;

export class Staircase {
  /** The last line read that held text. */
  private previous = "";
  private on = false;

  /** A line that does not start with a blank: only its end column matters. */
  saw(text: string): void {
    if (text.length !== 0) this.previous = text;
  }

  /** A line that starts with a blank, without the staircase's blanks. */
  take(text: string): string {
    let n = 0;
    while (n < text.length && text.charCodeAt(n) === 0x20) n++;
    if (n === text.length) return text;
    const previous = this.previous;
    this.previous = text;
    if (n < MIN_STEP || n !== endColumn(previous)) return text;
    const rest = text.slice(n);
    if (!this.on && !isGoText(rest)) return text;
    this.on = true;
    return rest;
  }
}

function isGoText(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c === 0x09) return text.indexOf(".go:") !== -1;
  return (
    isGoroutineHeader(text) ||
    (c >= 0x61 && c <= 0x7a && text.endsWith(")") && looksLikeGoLine(text))
  );
}

/** The column a terminal's cursor is at after writing `text` from column 0. */
function endColumn(text: string): number {
  let column = 0;
  for (let i = 0; i < text.length; i++)
    column = text.charCodeAt(i) === 0x09 ? column - (column % TAB) + TAB : column + 1;
  return column;
}
