// Race detector reports (ThreadSanitizer in Go mode; layout unchanged go1.17 → go1.27):
//
//   WARNING: DATA RACE
//   Read at 0x0000005da5c0 by goroutine 7:
//     main.main.func1()
//         /app/main.go:11 +0x29
//
//   Previous write at 0x0000005da5c0 by main goroutine:
//   …
//   Goroutine 7 (running) created at:
//   …
//   ==================

import type { Crash, Frame, Goroutine, RaceAccess, RaceCreation, RaceReport } from "../model.js";
import {
  type FileLine,
  isFileLineTail,
  joinedOffset,
  newFrame,
  offsetCutAt,
  parseCallLine,
  parseCutCallLine,
  parseCutOffsetFileLine,
  parseFileLine,
  wrappedOffset,
} from "./frame-lines.js";
import { fileLocation } from "./logged-frames.js";
import { decimal } from "./numbers.js";

export const RACE_SEPARATOR = "==================";
export const RACE_HEADER = "WARNING: DATA RACE";

/** What a line meant to the race report. */
export type RaceLine = "used" | "end" | "unparsed";

export class RaceReportParser {
  readonly report: RaceReport = { accesses: [], creations: [] };
  /** Lines such as `Location is global 'x' …` or test-harness lines inside the report. */
  readonly notes: { line: number; text: string }[] = [];
  private frames: Frame[] | null = null;
  private pendingCall: { func: string; line: number; into: Frame[] } | null = null;
  /** The frames a blank line ended (a double-spaced paste goes on with them). */
  private afterBlank: Frame[] | null = null;
  /** The frame whose file line was the last line: the rest of that line may come next. */
  private fileLineFrame: Frame | null = null;
  /** The start of that file line's offset when a wrap cut it there (`+0`, then `x149e`). */
  private cutOffset: string | null = null;
  /**
   * A line not understood yet, that the next line may explain: an access line cut before its
   * goroutine id, or in a section a call line too garbled to read (text read off a screenshot).
   */
  private held: { text: string; line: number; kind: "access" | "call" } | null = null;

  /** `unparsed`: where a held line goes when the next line does not explain it. */
  constructor(private readonly unparsed: (text: string, line: number) => void = () => {}) {}

  /** The report ends: a line still held is one not understood. */
  flushHeld(): void {
    const held = this.held;
    if (held === null) return;
    this.held = null;
    this.unparsed(held.text, held.line);
  }

  /**
   * A call line whose file line never came (the paste was cut there, holdout-2/fleetdm-1369) is
   * a frame of its own with no file, as in a goroutine block.
   */
  flushCall(): void {
    const call = this.pendingCall;
    if (call === null) return;
    this.pendingCall = null;
    call.into.push(newFrame(call.func, "", call.line));
  }

  push(text: string, line: number): RaceLine {
    const fileLineFrame = this.fileLineFrame;
    this.fileLineFrame = null;
    const cut = this.cutOffset;
    this.cutOffset = null;
    if (fileLineFrame !== null && cut !== null) {
      // The rest of an offset a wrap cut (holdout-19/paho-mqtt-211: `client.go:377 +0`, `x149e`).
      const offset = joinedOffset(cut, text);
      if (offset !== undefined) {
        fileLineFrame.offset = offset;
        return "used";
      }
    }
    if (fileLineFrame !== null && isFileLineTail(text)) {
      // A file line a terminal wrapped before its offset (holdout-6/metafora-pr105:
      // `coordinator_test.go:121`, then `+0xa1c`): a whole offset is the frame's.
      fileLineFrame.offset ??= wrappedOffset(text);
      return "used";
    }
    if (this.held !== null && this.explainsHeld(text)) return "used";
    this.flushHeld();
    if (text === RACE_SEPARATOR) {
      this.flushCall();
      return "end";
    }
    if (text === "") {
      // A blank ends a section; in a double-spaced paste an indented line goes on with it (a
      // section never starts indented).
      if (this.frames !== null) this.afterBlank = this.frames;
      this.frames = null;
      return "used";
    }
    let indent = 0;
    while (text.charCodeAt(indent) === 0x20 || text.charCodeAt(indent) === 0x09) indent++;
    // A section's first line (an access, a goroutine's creation) says what it is by its words:
    // a paste that indented the whole report indents it too (holdout-7/minder-3397).
    const words = indent === 0 ? text : text.slice(indent);
    const access = parseAccess(words);
    const creation = access === null ? parseCreation(words) : null;
    if (access !== null || creation !== null) {
      this.afterBlank = null;
      this.flushCall();
    }
    if (access !== null) {
      this.report.accesses.push(access);
      this.frames = access.frames;
      return "used";
    }
    if (creation !== null) {
      this.report.creations.push(creation);
      this.frames = creation.frames;
      return "used";
    }
    if (this.frames === null && this.afterBlank !== null && text.startsWith("  "))
      this.frames = this.afterBlank;
    this.afterBlank = null;
    if (text.startsWith("  ") && this.pendingCall !== null && this.frames !== null) {
      // File lines are indented six spaces; pastes keep the idea if not the count.
      const file = raceFileLine(text, indent);
      if (file === null) return "unparsed";
      const frame = newFrame(this.pendingCall.func, "", this.pendingCall.line);
      frame.file = file.file;
      frame.line = file.line;
      frame.offset = file.offset;
      this.frames.push(frame);
      this.pendingCall = null;
      this.fileLineFrame = frame;
      this.cutOffset = offsetCutAt(text);
      return "used";
    }
    if (text.startsWith("  ") && this.frames !== null) {
      // Function lines are indented two spaces, under a section line a paste may have
      // indented further.
      const trimmed = text.slice(indent);
      if (trimmed === "[failed to restore the stack]") return "used";
      const call = parseCallLine(trimmed);
      if (call === null) return this.fileLineAlone(text, indent, line) ? "used" : "unparsed";
      this.flushCall();
      this.pendingCall = { func: call.func, line, into: this.frames };
      return "used";
    }
    if (indent === 1 && this.frames !== null && text.charCodeAt(0) === 0x20) {
      // A function line that lost one of its two blanks (a paste indented by one or two,
      // holdout-26/go-cache-pr64): still the next call.
      const call = parseCallLine(words);
      if (call !== null) {
        this.flushCall();
        this.pendingCall = { func: call.func, line, into: this.frames };
        return "used";
      }
    }
    if (this.frames !== null && text.charCodeAt(0) !== 0x20) {
      // A paste that lost all indentation (a viewer's `150 | ` line numbers removed): a file
      // line under its call, or the next call.
      if (text === "[failed to restore the stack]") return "used";
      const file = this.pendingCall !== null ? raceFileLine(text, 0) : null;
      if (file !== null && this.pendingCall !== null) {
        const frame = newFrame(this.pendingCall.func, "", this.pendingCall.line);
        frame.file = file.file;
        frame.line = file.line;
        frame.offset = file.offset;
        this.frames.push(frame);
        this.pendingCall = null;
        this.fileLineFrame = frame;
        this.cutOffset = offsetCutAt(text);
        return "used";
      }
      const call = parseCallLine(text) ?? parseCutCallLine(text);
      if (call !== null) {
        this.flushCall();
        this.pendingCall = { func: call.func, line, into: this.frames };
        return "used";
      }
      if (this.pendingCall === null && !isNote(text)) {
        // Neither a call nor a file line: the next line says whether it was a call line.
        this.held = { text, line, kind: "call" };
        return "used";
      }
    }
    if (isCutAccess(words)) {
      // An access line cut before its goroutine id, or before `goroutine N:` (holdout-14/
      // etcd-pr5271): the rest may be the next line.
      this.flushCall();
      this.frames = null;
      this.held = { text: words.trimEnd(), line, kind: "access" };
      return "used";
    }
    if (isNote(text)) {
      this.notes.push({ line, text });
      return "used";
    }
    return "unparsed";
  }

  /**
   * A file line with no call line over it (the function's name lost in a paste, a line of blanks
   * left, holdout-19/jeffallen-mqtt-24): a frame of its own, `func: ""`, placed by its file — as
   * in a goroutine block. Whether `text` was one.
   */
  private fileLineAlone(text: string, indent: number, line: number): boolean {
    const file = raceFileLine(text, indent);
    if (file === null || !looksLikePath(file.file) || this.frames === null) return false;
    const frame = newFrame("", "", line);
    frame.file = file.file;
    frame.line = file.line;
    frame.offset = file.offset;
    frame.location = fileLocation(file.file);
    this.frames.push(frame);
    this.fileLineFrame = frame;
    this.cutOffset = offsetCutAt(text);
    return true;
  }

  /**
   * Whether `text` explains the held line (which is then taken): the goroutine id and colon
   * an access line was cut before (`Write at 0x… by goroutine` / `25:`, holdout-11/debugcharts-19);
   * or, under a line of a section that was neither a call nor a file line, a file line at the
   * start of the line — then that line was the frame's call, garbled, and its text is kept as
   * the frame's function, as printed.
   */
  private explainsHeld(text: string): boolean {
    const held = this.held as NonNullable<RaceReportParser["held"]>;
    if (held.kind === "access") {
      if (!CUT_ACCESS_REST.test(text)) return false;
      const access = parseAccess(`${held.text} ${text}`);
      if (access === null) return false;
      this.held = null;
      this.afterBlank = null;
      this.report.accesses.push(access);
      this.frames = access.frames;
      return true;
    }
    const c = text.charCodeAt(0);
    if (this.frames === null || c === 0x20 || c === 0x09) return false;
    const file = raceFileLine(text, 0);
    if (file === null || !looksLikePath(file.file)) return false;
    this.held = null;
    const frame = newFrame(held.text, "", held.line);
    frame.file = file.file;
    frame.line = file.line;
    frame.offset = file.offset;
    this.frames.push(frame);
    this.fileLineFrame = frame;
    this.cutOffset = offsetCutAt(text);
    return true;
  }
}

/**
 * The start of an access line that a cut ended: before its goroutine id (`Write at 0x… by
 * goroutine`, a screenshot's line break), or right after its `by` — the race runtime of Go's
 * TSan prints an access line in two calls, `Printf("%s at %p by ", …)` then `Printf("goroutine
 * %d:\n", …)` or `Printf("main goroutine:\n")` (compiler-rt lib/tsan/rtl/tsan_report.cc, Go
 * mode; go1.6-era releases printed `%s by ` with no address), each one write(2), so a process
 * manager that prefixes every write it reads (goreman) puts them on two lines.
 */
function isCutAccess(words: string): boolean {
  const text = words.trimEnd();
  if (text.endsWith(" goroutine")) return parseAccess(`${text} 0:`) !== null;
  return text.endsWith(" by") && parseAccess(`${text} goroutine 0:`) !== null;
}

/** The rest of a cut access line: its goroutine id (`25:`), or `goroutine 25:`, `main goroutine:`. */
const CUT_ACCESS_REST = /^(?:(?:goroutine )?\d{1,12}|main goroutine):$/;

/** A file line of a race report, or one a wrap cut inside its offset (its rest on the next row). */
function raceFileLine(text: string, indent: number): FileLine | null {
  return parseFileLine(text, indent) ?? parseCutOffsetFileLine(text, indent);
}

/** A file line's path: absolute, or a Go file's name. */
function looksLikePath(file: string): boolean {
  return file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file) || file.endsWith(".go");
}

/** Lines the race detector prints inside a report that are no frames. */
function isNote(text: string): boolean {
  return (
    text.startsWith("Location is ") ||
    text.startsWith("Mutex ") ||
    text.includes("race detected during execution of test")
  );
}

/** `Read at 0x… by goroutine 7:`, `Previous write at 0x… by main goroutine:`. */
/** A race report's first access (`Read at 0x… by goroutine 892:`), which may start a report whose header was not pasted. */
export function isFirstRaceAccess(text: string): boolean {
  const access = parseAccess(text);
  return access !== null && !access.previous;
}

function parseAccess(text: string): RaceAccess | null {
  if (!text.endsWith(":")) return null;
  let rest = text;
  const previous = rest.startsWith("Previous ");
  if (previous) rest = rest.slice(9);
  const space = rest.indexOf(" ");
  const op = rest.slice(0, space).toLowerCase();
  if (op !== "read" && op !== "write") return null;
  rest = rest.slice(space + 1);
  let addr = "";
  if (rest.startsWith("at ")) {
    const end = rest.indexOf(" ", 3);
    addr = rest.slice(3, end);
    rest = rest.slice(end + 1);
  }
  if (rest === "by main goroutine:") {
    return { op, previous, addr, goroutine: 1, main: true, frames: [] };
  }
  if (!rest.startsWith("by goroutine ")) return null;
  const id = decimal(rest, 13, rest.length - 1);
  if (Number.isNaN(id)) return null;
  return { op, previous, addr, goroutine: id, main: false, frames: [] };
}

/** `Goroutine 7 (running) created at:`. */
function parseCreation(text: string): RaceCreation | null {
  if (!text.startsWith("Goroutine ") || !text.endsWith(") created at:")) return null;
  const space = text.indexOf(" ", 10);
  const id = decimal(text, 10, space);
  if (Number.isNaN(id) || text.charCodeAt(space + 1) !== 0x28) return null;
  const status = text.slice(space + 2, text.length - ") created at:".length);
  return { goroutine: id, status, frames: [] };
}

/**
 * Turns a race report into goroutines: one per access, created where the report says. The
 * report prints no goroutine blocks, so none is counted; the first access's goroutine is
 * the one that "crashed".
 */
export function finishRace(crash: Crash, race: RaceReportParser): void {
  race.flushHeld();
  race.flushCall();
  crash.race = race.report;
  crash.notes.push(...race.notes);
  for (const access of race.report.accesses) {
    const creation = race.report.creations.find((c) => c.goroutine === access.goroutine);
    const goroutine: Goroutine = {
      id: access.goroutine,
      state: creation?.status ?? "running",
      waitMinutes: 0,
      lockedToThread: false,
      frames: access.frames,
      inputLine: crash.span.startLine,
    };
    const creator = creation?.frames[0];
    if (creator !== undefined) goroutine.createdBy = creator;
    crash.crashing ??= goroutine;
    crash.goroutines.push(goroutine);
  }
}
