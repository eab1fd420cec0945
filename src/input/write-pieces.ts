// Go's runtime writes a crash in pieces, one write(2) per printed value (`panic: `, the value,
// `\n`; `goroutine `, `32`, ` [`, `running`, `]:\n`…). A process manager that starts a log line
// at every write it reads (prefixed/golang-32002) spreads each Go line over many: a piece that
// was only `\n` is a line with nothing after its prefix, and the newline at the end of a longer
// piece is lost. The pieces are joined again and cut where Go's grammar says its lines ended:
// at each lone newline, and before a tab (a file line, a chain's next link); a goroutine
// header's `]:` with the next line glued after it is cut by the parser (parser.ts push). A log
// that drops the pieces that were only `\n` (Vagrant's `==> name: `, holdout-19/cilium-pr1043)
// leaves the other breaks to Go's grammar: a header's or a headline's first piece starts a line,
// and so does any piece after a whole file line that is not its offset's or frame pointers'.

import { WHOLE_HEADER } from "./goroutine-header-text.js";

/** Characters of a joined line, at most. */
const MAX_LINE = 1 << 16;

/** Lines held after a headline written alone, at most, before they are read as they are. */
export const MAX_HELD = 64;

/** `panic: ` or `fatal error: ` ending a line, its blank kept: its value was written apart (or starts on the next line, as Ginkgo's does). */
export function headlineWrittenAlone(raw: string): boolean {
  return raw.endsWith("panic: ") || raw.endsWith("fatal error: ");
}

const WHOLE_GO_LINE = new RegExp(`${WHOLE_HEADER}|\\.go:\\d{1,9} \\+0x[0-9a-f]`);

/**
 * What a line held under such a headline says: Go's text comes in pieces (a line ends with
 * `goroutine `: Go never ends one there, the id was written apart), or in whole lines (a whole
 * goroutine header or file line), or nothing yet.
 */
export function heldLineSays(raw: string): "pieces" | "whole" | null {
  if (raw.endsWith("goroutine ")) return "pieces";
  return WHOLE_GO_LINE.test(raw) ? "whole" : null;
}

/** A file line's end, `:332`, ` +0xb6`, GOTRACEBACK=system's ` fp=… sp=… pc=…` (go1.7 runtime/traceback.go). */
const FILE_LINE_END =
  /:\d{1,9}(?: \+0x[0-9a-f]{1,16})?(?: fp=0x[0-9a-f]{1,16} sp=0x[0-9a-f]{1,16} pc=0x[0-9a-f]{1,16})?$/;

/**
 * Whether `piece` starts a line of Go's after `current` though no newline came between: the
 * runtime writes `goroutine `, `panic: `, `fatal error: ` and `[signal ` first on their lines,
 * each apart (a chain's next link after its tab is `\t` then `panic: `), and after a file line
 * only its offset and frame pointers follow on it, each behind a blank.
 */
function startsGoLine(current: string, piece: string): boolean {
  if (piece === "goroutine " || piece.startsWith("[signal ")) return true;
  if (piece === "panic: " || piece === "fatal error: ") return current !== "\t";
  return (
    current.charCodeAt(0) === 0x09 &&
    piece.charCodeAt(0) !== 0x20 &&
    FILE_LINE_END.test(current.slice(-120))
  );
}

/** Pieces in, Go's lines out (each with the input line of its first piece). */
export class PieceJoiner {
  private current = "";
  private currentLine = 0;
  private done: [string, number][] = [];

  /** One piece: its text after the log's prefix; "" for a piece that was only a newline. */
  add(piece: string, line: number): void {
    if (piece === "") {
      this.newline(line);
      return;
    }
    if (this.current !== "" && startsGoLine(this.current, piece)) this.newline(line);
    let from = 0;
    for (let tab = piece.indexOf("\t"); tab !== -1; tab = piece.indexOf("\t", from)) {
      if (tab > from) this.append(piece.slice(from, tab), line);
      if (this.current !== "") this.newline(line);
      this.append("\t", line);
      from = tab + 1;
    }
    if (from < piece.length) this.append(piece.slice(from), line);
  }

  /** The lines ended so far (taken once). */
  take(): [string, number][] {
    const done = this.done;
    this.done = [];
    return done;
  }

  /** The lines ended so far and the one still open. */
  finish(): [string, number][] {
    if (this.current !== "") this.newline(this.currentLine);
    return this.take();
  }

  private append(text: string, line: number): void {
    if (this.current === "") this.currentLine = line;
    this.current += text;
    // A line never ended (no piece was a newline) is passed on at the length a line may have.
    if (this.current.length > MAX_LINE) this.newline(line);
  }

  private newline(line: number): void {
    this.done.push([this.current.trimEnd(), this.current === "" ? line : this.currentLine]);
    this.current = "";
  }
}
