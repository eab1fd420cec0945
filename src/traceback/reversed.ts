// A trace pasted in reverse line order (a log viewer that lists newest first, a paste sorted
// by time): its frames come before the goroutine header and the headline comes last. The
// parser notes the trace-like lines it reads outside any crash, so that when a headline turns
// up right under a header it can read them again, bottom-up.

import { looksLikeFileLine, parseCallLine } from "./frame-lines.js";

/** Longest run of lines kept: a reversed goroutine block of 500 frames. */
const MAX_RUN = 1000;

export class ReversedPaste {
  private run: { text: string; line: number }[] = [];
  private calls = 0;

  /** A line read outside any crash: kept while the run of trace-like lines goes on. */
  note(text: string, line: number): void {
    const last = this.run[this.run.length - 1];
    if (last !== undefined && last.line !== line - 1) this.reset();
    const trimmed = text.trimStart();
    const call = parseCallLine(trimmed) !== null;
    if (!call && !(trimmed.startsWith("created by ") || looksLikeFileLine(trimmed))) {
      this.reset();
      return;
    }
    if (this.run.length >= MAX_RUN) this.reset();
    this.run.push({ text, line });
    if (call) this.calls++;
  }

  /** Whether the last line noted, a trace line, was `line`. */
  endsAt(line: number): boolean {
    const last = this.run[this.run.length - 1];
    return last !== undefined && last.line === line;
  }

  /**
   * The run that ends right before `headerLine`, nearest first (the order Go printed it), or
   * null when there is none with a function line in it.
   */
  before(headerLine: number): { text: string; line: number }[] | null {
    const last = this.run[this.run.length - 1];
    if (last === undefined || last.line !== headerLine - 1 || this.calls === 0) return null;
    const lines = this.run.slice().reverse();
    this.reset();
    return lines;
  }

  private reset(): void {
    this.run = [];
    this.calls = 0;
  }
}

/** A frame's file line on its own (its tab may be lost): where a reversed run under a headline starts. */
const FILE_LINE = /^\S{1,400}\.(?:go|s|c):\d{1,9}(?: \+0x[0-9a-f]{1,16})?$/;

/**
 * The trace's lines pasted in reverse order under their headline, which stayed on top, and no
 * goroutine header (holdout-10/headscale-2362): the first line under the headline is a file
 * line — in Go's order a file line always comes after its call, and a value's line is never
 * one — and the run of trace lines ends on a call line. The parser reads them as the value's
 * lines meanwhile; when the run ends so, they are read again bottom-up as a headerless block.
 */
export class ReversedUnderHeadline {
  private run: { text: string; line: number }[] | null = null;
  /** The value as it was before the run was added to it. */
  private valueBefore = "";
  private calls = 0;
  private lastCall = false;

  /**
   * A line under a headline that is about to be added to its value, `value` the value before
   * it; `first`: no line was added to the value yet.
   */
  note(text: string, line: number, value: string, first: boolean): void {
    const trimmed = text.trimStart();
    if (first) {
      this.run = FILE_LINE.test(trimmed) ? [{ text, line }] : null;
      this.valueBefore = value;
      this.calls = 0;
      this.lastCall = false;
      return;
    }
    if (this.run === null) return;
    const call = parseCallLine(trimmed) !== null;
    if (
      this.run.length >= MAX_RUN ||
      !(call || trimmed.startsWith("created by ") || looksLikeFileLine(trimmed))
    ) {
      this.run = null;
      return;
    }
    this.run.push({ text, line });
    if (call) this.calls++;
    this.lastCall = call;
  }

  /**
   * The run in the order Go printed it, and the value without it, when it ended on a call
   * line; else null. Either way the run is forgotten.
   */
  take(): { lines: { text: string; line: number }[]; value: string } | null {
    const run = this.run;
    this.run = null;
    if (run === null || this.calls === 0 || !this.lastCall) return null;
    return { lines: run.reverse(), value: this.valueBefore };
  }
}
