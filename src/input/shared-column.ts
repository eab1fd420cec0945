// A column that every line of a paste starts with, whatever system printed it: the same text up
// to a blank on the paste's first lines with text (stern's `pod container `, docker compose v2's
// `api-1  | `, a process manager's tag). Like docker compose v1's column (compose-column.ts) it
// is the log of one source, so it is taken off every line that carries it exactly, from the
// first line on — a headline glued to output on the first line is read as it was written, not
// with the column still on it before a prefix is learnt from Go's text below. It is decided on
// the first COLUMN_LINES lines with text, which are held until then; a line without it is
// passed as it is. A column that starts with a digit or a blank (a stamp, an indentation), ends
// in a digit (a date cut before its time) or starts with a known logger prefix (syslog's, the
// same second on every line) is left to the readers of stamps and prefixes.

import { removeLinePrefix } from "./line-prefixes.js";

/** Lines with text the column is decided on. */
const COLUMN_LINES = 3;
const MIN_COLUMN = 4;
const MAX_COLUMN = 160;
/** A column names a source: a digit or a mark in it (`-1`, `|`, a pod's hash), not a word of prose. */
const SOURCE_MARK = /[\d|:\]-]/;
/** Go's own first words: a traceback's lines share no column. */
const GO_TEXT =
  /^(?:panic: |fatal error: |goroutine \d|runtime|created by |SIG[A-Z]+: |WARNING: DATA RACE|==================)/;

export class SharedColumn {
  /** null while deciding; "" when the paste has no column; else the column with its blank. */
  private column: string | null = null;
  private readonly lines: string[] = [];

  /** Still deciding: the caller holds the lines offered. */
  get deciding(): boolean {
    return this.column === null;
  }

  /** Decided: the paste has no column; every line is passed as it is. */
  get off(): boolean {
    return this.column === "";
  }

  /** The column without its blank: the name of the source's stream. */
  get name(): string {
    return (this.column ?? "").trimEnd();
  }

  /** A line while deciding: true when the column is decided with it (or without it). */
  offer(raw: string): boolean {
    if (raw === "") return false;
    if (this.lines.length === 0 && !mayStartColumn(raw)) {
      this.column = "";
      return true;
    }
    this.lines.push(raw);
    if (this.lines.length < COLUMN_LINES) return false;
    this.column = sharedColumn(this.lines);
    this.lines.length = 0;
    return true;
  }

  /** The input ended while deciding: two lines with text say it, one does not. */
  end(): void {
    if (this.column === null) this.column = this.lines.length >= 2 ? sharedColumn(this.lines) : "";
    this.lines.length = 0;
  }

  /** The line without the column, or null when it does not carry it. */
  take(raw: string): string | null {
    const column = this.column;
    if (column === null || column === "") return null;
    if (raw.startsWith(column)) return raw.slice(column.length);
    // The column alone, its blank cut: a blank line of the source.
    return raw.length === column.length - 1 && column.startsWith(raw) ? "" : null;
  }
}

function mayStartColumn(raw: string): boolean {
  const c = raw.charCodeAt(0);
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return letter && raw.indexOf(" ") >= MIN_COLUMN - 1 && !GO_TEXT.test(raw);
}

/**
 * The text all `lines` start with, up to and with a blank: the longest such text that names a
 * source (columnAt). "" when there is none.
 */
function sharedColumn(lines: string[]): string {
  const first = lines[0] as string;
  let n = Math.min(first.length, MAX_COLUMN);
  for (const line of lines) {
    let i = 0;
    const m = Math.min(n, line.length);
    while (i < m && line.charCodeAt(i) === first.charCodeAt(i)) i++;
    n = i;
  }
  // The shared text ends at a blank on every line (or is all of a column's blank line)…
  let end = lines.every((line) => line.length === n || line.charCodeAt(n) === 0x20)
    ? n
    : first.lastIndexOf(" ", n - 1);
  // …or at an earlier blank: the lines' own text may start alike (a stamp of the same second).
  while (end >= MIN_COLUMN - 1) {
    if (columnAt(first, end)) {
      // Every line carries text after it but the column's own blank lines.
      if (lines.every((line) => line.length <= end + 1)) return "";
      return `${first.slice(0, end)} `;
    }
    end = first.lastIndexOf(" ", end - 1);
  }
  return "";
}

/**
 * `line` up to `end` is a source's column: not a word of prose (a digit or a mark in it), not a
 * stamp's or a padding's start (it ends in neither a digit nor a blank, holds no tab and no
 * bracket left open), and no known logger prefix starts in it (syslog's, Kibana's date).
 */
function columnAt(line: string, end: number): boolean {
  const column = line.slice(0, end);
  const last = column.charCodeAt(end - 1);
  if ((last >= 0x30 && last <= 0x39) || last === 0x20 || last === 0x2c /* , */) return false;
  if (column.indexOf("\t") !== -1 || !SOURCE_MARK.test(column)) return false;
  if (count(column, "[") !== count(column, "]") || count(column, "(") !== count(column, ")"))
    return false;
  if (!mayStartColumn(`${column} `) || removeLinePrefix(line) !== null) return false;
  // A time of day is a stamp's, which changes from line to line: the same second on the first
  // lines is chance (OpenWrt's logread, `Fri Jun  9 03:56:57 2023 daemon.err app[1]: `,
  // holdout-22/adguardhome-5872). Neither the column nor a stamp it ends inside holds one.
  if (CLOCK.test(column) || STAMP.test(line.slice(column.lastIndexOf(" ") + 1, end + 40)))
    return false;
  // Padding before more words is a logger's fields lined up (zap's console `info    x.go:249
  // msg`, holdout-13/victoriametrics-1107 behind its stamps): a source's name pads only before
  // the bar that closes it (compose v2's `api-1  | `).
  if (FIELD_PADDING.test(column)) return false;
  for (let blank = column.indexOf(" "); blank !== -1; blank = column.indexOf(" ", blank + 1))
    if (removeLinePrefix(line.slice(blank + 1)) !== null) return false;
  return true;
}

const CLOCK = /\d\d:\d\d:\d\d/;
const FIELD_PADDING = / {2}[^ |]/;
/** A date's words, then the time: `Fri Jun  9 03:56:57`, `Jun 9 03:56:57`. */
const STAMP =
  /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),? {1,2})?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) {1,2}\d{1,2},? {1,2}(?:\d{4} )?\d\d:\d\d:\d\d/;

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
