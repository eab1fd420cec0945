// An escaped value (a logfmt `msg="…"`, `%q`) that a viewer word-wrapped: it broke the one line
// at blanks into rows of any width, each row keeping the blank it broke at (or a tab's padding)
// at its end (holdout-25/golangci-lint-1005: `msg="[linters context] ` on a row of its own, then
// `…: goroutine 10180 `, then `[running]:\nruntime/debug.Stack(…)` and padding). A row that ends
// with a blank inside an open quote is held; the rows after it that end with a blank are joined
// to it as written, and once the joined value shows escaped crash text (go-quoted.ts), every row
// up to the closing quote is (or up to a row no escaped value holds: empty, tab, fence). Rows
// that show none within a few are read as they are.

import { findEscapedCrash } from "./go-quoted.js";

/** Rows joined before the value must show escaped crash text. */
const MAX_UNDECIDED = 4;
/** Rows and characters joined at most: a longer value is read as joined so far. */
const MAX_ROWS = 4096;
const MAX_CHARS = 1 << 20;
/** A markdown code fence's line. */
const FENCE = /^ {0,3}(?:```|~~~)/;

/** Where a quote scan stands at a row's end: inside a value or not, an escape cut at its end. */
interface QuoteState {
  open: boolean;
  pending: boolean;
}

/**
 * The state after `text`, read from `state` as findEscapedCrash reads quotes: `\` escapes inside
 * a value, and outside one only before a `"` (an escaped quote there opens none).
 */
function scan(text: string, state: QuoteState): QuoteState {
  let { open, pending } = state;
  let i = 0;
  if (pending) {
    i = 1;
    pending = false;
  }
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */ && (open || text.charCodeAt(i + 1) === 0x22)) {
      if (i + 1 === text.length) pending = true;
      i++;
    } else if (c === 0x22 /* " */) open = !open;
  }
  return { open, pending };
}

/** A row that may open such a value: it ends with a blank inside an open quote that shows no crash yet. */
export function opensWrappedValue(raw: string): boolean {
  if (raw.charCodeAt(raw.length - 1) !== 0x20 || raw.indexOf('"') === -1) return false;
  return scan(raw, { open: false, pending: false }).open && findEscapedCrash(raw) === null;
}

export type RowStep = "more" | "end" | "stop" | "release";

export class WordWrappedValue {
  readonly rows: { raw: string; line: number }[];
  private joined: string;
  private state: QuoteState;
  /** The joined value showed escaped crash text: its rows are one line. */
  private crash = false;

  constructor(
    raw: string,
    line: number,
    /** The stream the rows came in, and how deep in records (the unwrapper's state). */
    readonly outer = "",
    readonly depth = 0,
    readonly stamped = false,
  ) {
    this.rows = [{ raw, line }];
    this.joined = raw;
    this.state = scan(raw, { open: false, pending: false });
  }

  /**
   * The next row. `more`: held, joined; `end`: joined, the value closed in it; `stop`: not
   * joined, the rows before are the value; `release`: no escaped crash showed, every row held
   * (this one too) is read as it is.
   */
  add(raw: string, line: number): RowStep {
    if (this.crash) {
      // An escaped value holds no tab and no empty line: a row that is either (or a markdown
      // fence) is the text after a value cut before its closing quote. A row that ends inside
      // a word is one a terminal cut at its width too (damaged-real wrap80): it goes on.
      if (
        raw === "" ||
        raw.charCodeAt(0) === 0x09 ||
        FENCE.test(raw) ||
        this.rows.length >= MAX_ROWS ||
        this.joined.length + raw.length > MAX_CHARS
      )
        return "stop";
      const state = scan(raw, this.state);
      this.rows.push({ raw, line });
      this.joined += raw;
      this.state = state;
      return state.open ? "more" : "end";
    }
    this.rows.push({ raw, line });
    if (raw === "") return "release";
    const blankEnd = raw.charCodeAt(raw.length - 1) === 0x20;
    this.joined += raw;
    this.state = scan(raw, this.state);
    const escaped = findEscapedCrash(this.joined);
    if (escaped?.quoted === true && this.joined.indexOf("\\n", escaped.start) !== -1) {
      this.crash = true;
      return this.state.open ? "more" : "end";
    }
    if (!this.state.open || !blankEnd || this.rows.length >= MAX_UNDECIDED) return "release";
    return "more";
  }

  /** Whether the rows make one value (else they are read as they are). */
  get isValue(): boolean {
    return this.crash;
  }

  /** The rows joined as written: the one line the viewer broke. */
  get text(): string {
    return this.joined;
  }
}
