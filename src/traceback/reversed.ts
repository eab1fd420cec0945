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
