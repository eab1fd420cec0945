// The lines of one goroutine block (or `runtime stack:` block): frame pairs, `created by`,
// elision markers, ancestors, and the damage pastes do to them (tabs turned into spaces or
// lost, a blank line between a function line and its file line, lines a console wrapped).

import type { Frame, Goroutine } from "../model.js";
import { isToolchainSymbol } from "../names/toolchain.js";
import {
  type CreatedByLine,
  type FileLine,
  isFileLineTail,
  isQualifiedFuncName,
  joinArguments,
  looksLikeFileLine,
  newFrame,
  OLD_CREATED_BY,
  parseArgumentsRest,
  parseCallLine,
  parseCreatedBy,
  parseCutCallLine,
  parseElided,
  parseFileLineInto,
  parseIndentedFileLine,
  parseOldLocationLine,
  parseSpacedCallLine,
  splitFileGluedCall,
  splitGluedFrames,
  wrappedOffset,
} from "./frame-lines.js";
import { isRunnerTrailer, isTracebackDiagnostic } from "./headline.js";
import { isElisionMark } from "./line-kinds.js";
import { fileLocation } from "./logged-frames.js";
import { decimal } from "./numbers.js";
import { packageLessLocation } from "./package-less-frame.js";
import type { WrapWidth } from "./wrap-width.js";

/** What a line meant to the block. */
export type BlockLine =
  /** Taken: a frame's line, `created by`, a marker. */
  | "used"
  /** A blank line: the block is over. */
  | "end"
  /** The block was over before this line (held blank line); read the line as after a block. */
  | "ended-before"
  /** Not a line of a block: the caller decides (next header, registers, end of the crash…). */
  | "other";

/** Where a block puts what it does not take into frames. */
export interface BlockSink {
  unparsed(text: string, line: number): void;
  note(text: string, line: number): void;
  /** The crash reaches this input line. */
  reach(line: number): void;
}

/** A cut line number's last digits, then (unless the frame is inlined) the file line's tail. */
const CUT_LINE_NUMBER_REST =
  /^([0-9]{1,6})( \+0x[0-9a-f]{1,16}(?: (?:fp|sp|pc)=0x[0-9a-f]{1,16})*)?$/;

export class BlockReader {
  /** Frames go here: the goroutine's, or an ancestor's after `[originating from …]`. */
  private frames: Frame[];
  /** `open`: its line was cut before the `)`, the rest of its arguments may come next. */
  private pendingCall: { func: string; args: string; line: number; open: boolean } | null = null;
  private pendingCreatedBy: CreatedByLine | null = null;
  /** A blank line right after a function line, not yet known to end the block. */
  private heldBlank = false;
  /** A pre-go1 frame read from its location line: its call line may come next. */
  private oldFrame: Frame | null = null;
  /** Pre-go1's `----- goroutine created by -----` was read: the next location is the creator. */
  private oldCreatedBy = false;
  /** A frame came from gccgo's bare function line: the block is gccgo's (bareCall). */
  private gccgo = false;
  /** In a gccgo block, the line of a blank: a frame whose function has no name, if a file line follows (0: none). */
  private unnamedBlank = 0;
  /** The frame whose file line was the last line: the rest of that line may come next (a console wrapped it). */
  private fileLineFrame: Frame | null = null;
  /** That file line's text, as read (splicedTrailer). */
  private fileLineText = "";
  /** That file line was as wide as a terminal's wrap (wrap-width.ts): it may have been cut. */
  private fileLineAtWidth = false;
  /** A frame's file line that did not read as one: the rest of it may come next (brokenFileLine). */
  private brokenFile: {
    frame: Frame;
    text: string;
    line: number;
    /** The `created by` line the file line is for (its frame is the goroutine's creator). */
    created?: CreatedByLine;
  } | null = null;
  /**
   * The last line was the unwinder's `stack: frame={…}`, which its hex dump follows: the dump
   * ends with a newline of its own, so a dump of no words is a blank line and the frames go on
   * under it (hexdumpBlank).
   */
  private inHexdump = false;
  /** A blank line right after the unwinder's hex dump, not yet known to end the block. */
  private hexdumpBlank = false;

  constructor(
    readonly goroutine: Goroutine,
    private readonly sink: BlockSink,
    private readonly wrap: WrapWidth | null = null,
  ) {
    this.frames = goroutine.frames;
  }

  push(raw: string, line: number): BlockLine {
    if (this.brokenFile !== null && this.brokenFileLine(raw, line)) return "used";
    if (
      this.fileLineFrame !== null &&
      raw.charCodeAt(0) === 0x46 /* F */ &&
      this.splicedTrailer(raw, line)
    )
      return "used";
    const wrapped = this.wrappedPiece(raw, line);
    if (wrapped) return "used";
    const text = this.repairIndent(raw);
    const c = text.charCodeAt(0);
    const inHexdump = this.inHexdump;
    this.inHexdump = false;
    if (this.hexdumpBlank) {
      this.hexdumpBlank = false;
      if (!this.opensFrame(text)) {
        this.close();
        return "ended-before";
      }
    }
    if (this.heldBlank) {
      // A blank line between a function line and its file line, or between a header or a
      // frame and the next function line of a double-spaced paste, was paste damage; before
      // anything else it ended the block. A paste that tripled its line breaks puts two
      // (holdout-20/bleve-197): the line after the run decides.
      if (text === "") return "used";
      // A reporter's elision mark between the blanks (`...`, the runtime prints none): frames
      // left out of the same stack, which goes on after the run (holdout-28/go-kit-609).
      if (
        this.pendingCall === null &&
        this.pendingCreatedBy === null &&
        this.frames.length > 0 &&
        isElisionMark(text)
      ) {
        this.sink.unparsed(text, line);
        return "used";
      }
      this.heldBlank = false;
      const afterCall = this.pendingCall !== null || this.pendingCreatedBy !== null;
      // Right under the header a function's name alone opens the first frame too: its
      // arguments or its file line follow (broad-2/sampctl-108, a blank then `pkg.F` then `(…)`).
      const opens =
        this.opensFrame(text) || (this.frames.length === 0 && isQualifiedFuncName(text));
      // A blank in place of a call's file line, then the next whole call line: the paste lost
      // that file line (an empty line where it was, holdout-20/anacrolix-torrent-427): the call
      // stays a frame with no file and the stack goes on (Go prints no blank inside a stack).
      const lostFileLine = this.pendingCall !== null && c !== 0x09 && parseCallLine(text) !== null;
      if (!(afterCall ? c === 0x09 || lostFileLine : opens)) {
        this.close();
        return "ended-before";
      }
    }
    if (this.unnamedBlank !== 0) {
      // gccgo prints a frame with no function name (C code without symbols, the kernel's
      // signal return) as an empty line, then its file line, `\t:0` (traceback_gccgo.go
      // printtrace prints every frame while throwing): otherwise the blank ended the block.
      const blank = this.unnamedBlank;
      this.unnamedBlank = 0;
      const at = parseIndentedFileLine(text);
      if (at === null) {
        this.close();
        return "ended-before";
      }
      const frame = newFrame("", "", blank);
      frame.file = at.file;
      frame.line = at.line;
      if (at.file !== "") frame.location = fileLocation(at.file);
      this.frames.push(frame);
      this.sink.reach(line);
      return "used";
    }
    if (this.oldFrame !== null) {
      // Pre-go1: the call line under a location line gives that frame its arguments.
      const frame = this.oldFrame;
      this.oldFrame = null;
      const call = parseCallLine(c === 0x09 ? text.slice(1) : text);
      if (call !== null && call.func === frame.func) {
        frame.args = call.args;
        this.sink.reach(line);
        return "used";
      }
    }
    if (c === 0x09 /* tab */) {
      this.fileLine(text, line);
      return "used";
    }
    if (text === "") {
      if (inHexdump && this.pendingCall === null && this.pendingCreatedBy === null) {
        // go1.14's hexdumpWords (src/runtime/print.go, through go1.25) ends the dump that
        // tracebackHexdump prints under `runtime: unexpected return pc for …` with println():
        // for a frame outside the goroutine's stack the dump has no words, and that newline is
        // a blank line between the frame that could not be unwound and the frames after it
        // (broad-4/kubernetes-90432).
        this.hexdumpBlank = true;
        return "used";
      }
      if (
        this.pendingCall !== null ||
        this.pendingCreatedBy !== null ||
        (!this.gccgo && !this.afterCreatedBy())
      ) {
        // Go prints no blank line there, nor a header without a frame under it, nor one
        // between two frames (go1.26.8 src/runtime/traceback.go traceback2 prints each frame's
        // two lines, then `created by` last): before the `created by` line the blank ends the
        // block only if the next line does not go on with it — a paste's blank between two
        // frames (broad-3/golang-15009).
        this.heldBlank = true;
        return "used";
      }
      if (this.gccgo) {
        this.unnamedBlank = line;
        return "used";
      }
      this.close();
      return "end";
    }
    this.flushPending();
    const call = parseCallLine(text);
    if (call !== null) {
      this.pendingCall = { func: call.func, args: call.args, line, open: false };
      return "used";
    }
    if (c === 0x63 /* c */ && text.startsWith("created by ")) {
      this.pendingCreatedBy = parseCreatedBy(text, line);
      return "used";
    }
    if (c === 0x2d /* - */ && text === OLD_CREATED_BY) {
      this.oldCreatedBy = true;
      this.sink.reach(line);
      return "used";
    }
    const old = parseOldLocationLine(text, line);
    if (old !== null) {
      if (this.oldCreatedBy) {
        this.oldCreatedBy = false;
        this.goroutine.createdBy = old;
      } else {
        this.frames.push(old);
        this.oldFrame = old;
      }
      this.sink.reach(line);
      return "used";
    }
    const cut = parseCutCallLine(text);
    if (cut !== null) {
      this.pendingCall = { func: cut.func, args: cut.args, line, open: true };
      return "used";
    }
    const spaced = parseSpacedCallLine(text);
    if (spaced !== null) {
      this.pendingCall = { func: spaced.func, args: spaced.args, line, open: false };
      return "used";
    }
    const glued = splitGluedFrames(text);
    if (glued !== null) {
      for (const pair of glued) {
        this.pendingCall = { func: pair.call.func, args: pair.call.args, line, open: false };
        this.fileLine(`\t${pair.file}`, line);
      }
      return "used";
    }
    if (c === 0x2e /* . */) {
      const elided = parseElided(text);
      if (elided !== null) {
        // Inside an ancestor section the marker is the ancestor's (go1.26
        // runtime/traceback.go printAncestorTraceback): not an elision of this stack.
        if (this.frames === this.goroutine.frames)
          this.goroutine.elided = { count: elided, afterFrame: this.frames.length };
        this.sink.reach(line);
        return "used";
      }
    }
    if (c === 0x5b /* [ */ && text.startsWith("[originating from goroutine ")) {
      const id = text.endsWith("]:") ? decimal(text, 28, text.length - 2) : Number.NaN;
      if (Number.isNaN(id)) {
        this.sink.unparsed(text, line);
        return "used";
      }
      const ancestor = { id, frames: [] as Frame[] };
      this.goroutine.ancestors ??= [];
      this.goroutine.ancestors.push(ancestor);
      this.frames = ancestor.frames;
      this.sink.reach(line);
      return "used";
    }
    if (text.startsWith("non-Go function")) {
      // A C frame without a cgo symbolizer: `non-Go function at pc=0x…`.
      const at = text.indexOf("pc=");
      const frame = newFrame("non-Go function", "", line);
      frame.location = "user";
      if (at !== -1) frame.pc = text.slice(at + 3);
      this.frames.push(frame);
      return "used";
    }
    if (isTracebackDiagnostic(text)) {
      this.sink.note(text, line);
      this.inHexdump = text.startsWith("stack: frame={");
      return "used";
    }
    if (looksLikeFileLine(text)) return this.fileOnly(text, line);
    return "other";
  }

  /**
   * The line after a frame's file line that did not read as one: a console that wraps at its
   * width cuts a file line anywhere (`\tC:/…/internal/ui/ui_gl`, then `fw.go:114 +0x31` at
   * column 0, holdout-7/ebiten-70 at 80 columns). When the two read as one file line, they are
   * one; otherwise the broken line is kept as a line not understood. Returns whether the line
   * was taken.
   */
  private brokenFileLine(raw: string, line: number): boolean {
    const broken = this.brokenFile as NonNullable<BlockReader["brokenFile"]>;
    this.brokenFile = null;
    const c = raw.charCodeAt(0);
    const whole: FileLine = { file: "", line: 0 };
    if (
      raw !== "" &&
      c !== 0x09 &&
      c !== 0x20 &&
      parseCallLine(raw) === null &&
      parseFileLineInto(broken.text + raw, 1, whole)
    ) {
      const frame = broken.frame;
      frame.file = whole.file;
      takeFileLine(frame, whole);
      if (broken.created !== undefined) this.placeCreatedBy(frame, broken.created);
      this.fileLineRead(frame);
      this.sink.reach(line);
      return true;
    }
    if (
      raw !== "" &&
      c !== 0x09 &&
      c !== 0x20 &&
      this.wrap?.atWidth === true &&
      !raw.includes(" ")
    ) {
      // A middle piece, as wide as the wrap: a narrow terminal cuts a long path more than once
      // (holdout-15/kubernetes-website-2102, 50 columns). The rest may still come.
      this.brokenFile = { ...broken, text: broken.text + raw };
      this.sink.reach(line);
      return true;
    }
    this.linelessFileLine(broken);
    return false;
  }

  /**
   * `go test`'s `exit status N` glued to a file line the runtime was still writing, and its
   * `FAIL\tpkg\t0.031s` on the next line (holdout-31/afero-45: `…panic.go:530 +0x90 fp=exit
   * status 2`, then `FAIL …`, then the tail's rest `0xc82003e988 sp=…` and the frames): the two
   * streams' writes interleaved, so the trailer is spliced into the trace, which goes on under
   * it. The trailer is a line not understood; the file line's rest may still come.
   */
  private splicedTrailer(raw: string, line: number): boolean {
    if (!isRunnerTrailer(raw) || !GLUED_EXIT_STATUS.test(this.fileLineText)) return false;
    this.fileLineText = "";
    this.sink.unparsed(raw, line);
    return true;
  }

  /**
   * A broken file line nothing completed: a source file's whole path with no `:LINE` after it
   * is still where the frame's code is (a log that lost every line's end from its last colon:
   * `\t/…/src/sync/map.go`, the header's `:` gone too, broad-4/vault-24022), its line unknown;
   * anything else is kept as a line not understood.
   */
  private linelessFileLine(broken: NonNullable<BlockReader["brokenFile"]>): void {
    const path = broken.text.trim();
    if (!LINELESS_SOURCE_PATH.test(path)) {
      this.sink.unparsed(broken.text, broken.line);
      return;
    }
    const frame = broken.frame;
    frame.file = path;
    if (broken.created !== undefined) this.placeCreatedBy(frame, broken.created);
    this.sink.reach(broken.line);
  }

  /** A frame's first line: a function line (whole or cut before its `)`) or `created by`. */
  private opensFrame(text: string): boolean {
    return (
      parseCallLine(text) !== null ||
      text.startsWith("created by ") ||
      parseCutCallLine(text) !== null
    );
  }

  /**
   * The last line was a blank after a whole frame, held: a goroutine header next ends the block
   * as that blank would have (what the fast path asks before it reads a header's block).
   */
  get endsAtHeader(): boolean {
    return (
      this.heldBlank &&
      this.pendingCall === null &&
      this.pendingCreatedBy === null &&
      this.brokenFile === null
    );
  }

  /** The block's `created by` line was read: Go prints nothing after it in a block. */
  private afterCreatedBy(): boolean {
    return this.goroutine.createdBy !== undefined;
  }

  /**
   * The rest of a line a console or a viewer wrapped at its width (holdout-6/nyagos-76, at 80
   * columns; holdout-6/seaweedfs-3459): after a function line cut before its `)`, the rest of
   * its arguments; after a file line, the rest of its `+0x… fp=0x… sp=0x…` tail. Go prints no
   * line of either shape, so nothing else is taken for one.
   */
  private wrappedPiece(raw: string, line: number): boolean {
    const fileLineFrame = this.fileLineFrame;
    this.fileLineFrame = null;
    const call = this.pendingCall;
    if (call?.open === true && !this.heldBlank) {
      const rest = parseArgumentsRest(raw);
      if (rest === null) return false;
      call.args = joinArguments(call.args, rest.args);
      call.open = !rest.closed;
      this.sink.reach(line);
      return true;
    }
    if (fileLineFrame !== null && this.fileLineAtWidth && this.cutLineNumber(fileLineFrame, raw)) {
      this.sink.reach(line);
      return true;
    }
    if (fileLineFrame !== null && isFileLineTail(raw)) {
      // A whole offset wrapped alone onto the line is the frame's; other pieces only end it.
      fileLineFrame.offset ??= wrappedOffset(raw);
      this.sink.reach(line);
      return true;
    }
    return false;
  }

  /**
   * The rest of a file line a terminal cut inside its line number (`…/server.go:166` at 80
   * columns, then `1 +0x41`, holdout-11/lnd-2573): digits then the offset can only be that: Go
   * prints nothing but the line number before ` +0x…`. Digits alone are, under an inlined
   * frame's file line, which has no offset. Whether the line was that; the frame is mended.
   */
  private cutLineNumber(frame: Frame, raw: string): boolean {
    if (frame.offset !== undefined || frame.fp !== undefined || frame.pc !== undefined)
      return false;
    const rest = CUT_LINE_NUMBER_REST.exec(raw);
    if (rest === null) return false;
    const digits = rest[1] as string;
    if (rest[2] === undefined && !frame.inlined) return false;
    const tail: FileLine = { file: "", line: 0 };
    if (!parseFileLineInto(`\tx.go:${frame.line}${digits}${raw.slice(digits.length)}`, 1, tail))
      return false;
    takeFileLine(frame, tail);
    return true;
  }

  /** `frame`'s file line was the line just read: a console may have cut it (wrappedPiece). */
  private fileLineRead(frame: Frame, text = ""): void {
    this.fileLineFrame = frame;
    this.fileLineText = text;
    this.fileLineAtWidth = this.wrap?.atWidth === true;
  }

  /**
   * A file line with no function line before it (a paste that lost every function line,
   * holdout-5/goconvey-220): the call still happened there, a frame with no function, placed
   * by its file. The same line twice in a row is one frame pasted twice.
   */
  private fileOnly(text: string, line: number): BlockLine {
    const frame = newFrame("", "", line);
    if (!parseFileLineInto(`\t${text}`, 1, frame)) return "other";
    const last = this.frames[this.frames.length - 1];
    if (last?.func === "" && last.file === frame.file && last.line === frame.line) {
      this.sink.reach(line);
      return "used";
    }
    frame.location = fileLocation(frame.file);
    this.frames.push(frame);
    this.fileLineRead(frame);
    this.sink.reach(line);
    return "used";
  }

  /**
   * gccgo's bare function line (frame-lines.ts parseBareFuncLine), read as the block's when the
   * line after it turned out to be its file line: it waits for that line as a call line does,
   * and the block is gccgo's from then on.
   */
  bareCall(func: string, line: number): void {
    this.flushPending();
    this.pendingCall = { func, args: "", line, open: false };
    this.gccgo = true;
  }

  /**
   * A function line a paste split before its `(`: the name read alone (a line the block did not
   * take), then its argument list on `argsLine`. The call waits for its file line as any does.
   */
  splitCall(func: string, args: string, line: number, argsLine: number): void {
    this.flushPending();
    this.pendingCall = { func, args, line, open: false };
    this.sink.reach(argsLine);
  }

  /** Ends the block: a function line still waiting for its file line is kept as a frame with no file. */
  close(): void {
    this.heldBlank = false;
    this.unnamedBlank = 0;
    if (this.brokenFile !== null) {
      this.linelessFileLine(this.brokenFile);
      this.brokenFile = null;
    }
    this.flushPending();
  }

  private fileLine(text: string, line: number): void {
    const goroutine = this.goroutine;
    if (this.pendingCall !== null) {
      const call = this.pendingCall;
      this.pendingCall = null;
      const frame = newFrame(call.func, call.args, call.line);
      if (this.gccgo && text.charCodeAt(1) === 0x3a /* : */) {
        // gccgo's `\t:0`: the function's code has no line information.
        const at = parseIndentedFileLine(text);
        if (at !== null) {
          frame.line = at.line;
          frame.location = gccgoLocation(frame);
          this.frames.push(frame);
          this.sink.reach(line);
          return;
        }
      }
      if (!parseFileLineInto(text, 1, frame)) {
        const glued = splitFileGluedCall(text.slice(1));
        if (glued !== null && parseFileLineInto(`\t${glued.file}`, 1, frame)) {
          // The next function line glued to the file line, the break lost: the frame, then
          // that call waiting for its own file line.
          frame.inlined = frame.offset === undefined && call.args === "...";
          if (frame.location === "runtime") frame.location = packageLessLocation(frame);
          this.frames.push(frame);
          this.fileLineRead(frame, `\t${glued.file}`);
          this.sink.reach(line);
          this.pendingCall = { func: glued.call.func, args: glued.call.args, line, open: false };
          return;
        }
        // A garbled file line does not unmake the call: the function stays a frame, with no
        // file, so that the crash site is not moved to its caller. Its rest may be on the next
        // line (brokenFileLine).
        frame.file = "";
        frame.line = 0;
        frame.offset = undefined;
        this.frames.push(frame);
        this.brokenFile = { frame, text, line };
        return;
      }
      frame.inlined = frame.offset === undefined && call.args === "...";
      if (this.gccgo) frame.location = gccgoLocation(frame);
      else if (frame.location === "runtime") frame.location = packageLessLocation(frame);
      this.frames.push(frame);
      this.fileLineRead(frame, text);
      this.sink.reach(line);
      return;
    }
    if (this.pendingCreatedBy !== null) {
      const created = this.pendingCreatedBy;
      this.pendingCreatedBy = null;
      const frame = newFrame(created.func, "", created.line);
      if (!parseFileLineInto(text, 1, frame)) {
        // Its rest may be on the next line, as a frame's (brokenFileLine).
        frame.file = "";
        frame.line = 0;
        frame.offset = undefined;
        this.brokenFile = { frame, text, line, created };
        return;
      }
      this.placeCreatedBy(frame, created);
      this.fileLineRead(frame);
      this.sink.reach(line);
      return;
    }
    if (text === "\tgoroutine running on other thread; stack unavailable") {
      goroutine.stackUnavailable = true;
      this.sink.reach(line);
      return;
    }
    if (isTracebackDiagnostic(text)) {
      this.sink.note(text, line);
      return;
    }
    // Right under the header, the first frame's file line with no function line above it: the
    // paste lost that line (holdout-25/caire-3). The call happened there; the crash site is a
    // frame with no function, never its caller. The runtime prints no file line alone there.
    if (this.frames.length === 0 && this.fileOnly(text.slice(1), line) === "used") return;
    this.sink.unparsed(text, line);
  }

  /** A `created by` frame read whole: the goroutine's creator. */
  private placeCreatedBy(frame: Frame, created: CreatedByLine): void {
    const goroutine = this.goroutine;
    // Inside an `[originating from goroutine N]:` section, the line is the ancestor's.
    const ancestor = goroutine.ancestors?.[goroutine.ancestors.length - 1];
    if (ancestor !== undefined && this.frames === ancestor.frames) {
      ancestor.createdBy = frame;
    } else {
      goroutine.createdBy = frame;
      if (created.parent !== undefined) goroutine.parentId = created.parent;
    }
  }

  /**
   * Pasted tracebacks lose their tabs: a file line indented with spaces, or not at all,
   * still follows its function line; a function line indented by accident is still one.
   */
  private repairIndent(text: string): string {
    const c = text.charCodeAt(0);
    const pending =
      this.pendingCall !== null || this.pendingCreatedBy !== null || this.unnamedBlank !== 0;
    if (c === 0x20) {
      const trimmed = text.trimStart();
      return pending ? `\t${trimmed}` : trimmed;
    }
    if (pending && c >= 0x2500 && c <= 0x257f && SCREEN_TAB_PATH.test(text)) {
      // A trace written over a full-screen terminal UI (holdout-13/lazydocker-91): the tab moved
      // the cursor to column 8 without erasing, so the copy has the screen's first 8 columns
      // (a panel's `│` border and text, `│forcepo`) where the tab was; the row's old text may go
      // on after the offset too (`+0x6dckB`): then only the file and line are Go's for sure.
      const row = text.slice(8);
      const tail = /^\S+:\d+(?: \+0x[0-9a-f]+)?/.exec(row)?.[0] ?? row;
      return `\t${tail.length === row.length ? row : (tail.split(" ")[0] as string)}`;
    }
    if (pending && c !== 0x09 && looksLikeFileLine(text)) return `\t${text}`;
    return text;
  }

  private flushPending(): void {
    if (this.pendingCall !== null) {
      // A function line whose file line is missing (a paste cut after it, a line lost): the
      // call happened, and it may be the crash site itself (a `_Cfunc_` call at the end of a
      // cut paste). It stays a frame with no file (`file: ""`, `line: 0`).
      const call = this.pendingCall;
      this.pendingCall = null;
      this.frames.push(newFrame(call.func, call.args, call.line));
      this.sink.reach(call.line);
    }
    if (this.pendingCreatedBy !== null) {
      const created = this.pendingCreatedBy;
      this.pendingCreatedBy = null;
      this.sink.unparsed(`created by ${created.func}`, created.line);
    }
  }
}

/**
 * Whose code a frame of a gccgo traceback is. gccgo names a C function by its bare symbol:
 * those of libgo's runtime sit in libgo's files or are named `__go_…`/`runtime_…` (GCC 6's C
 * runtime: `runtime_mcall`, `kickoff` in libgo/runtime/proc.c), cgo's wrappers are toolchain
 * symbols (`_cgo_<hash>_Cfunc_f`); any other is the program's C code or a library it links
 * (`crash` at `main.go:5` or `:0`, testdata/gccgo). Go names keep their reading.
 */
function gccgoLocation(frame: Frame): Frame["location"] {
  const func = frame.func;
  if (frame.location !== "runtime" || func === "" || func === "panic") return frame.location;
  if (func.includes(".") || func.includes("/") || isToolchainSymbol(func)) return frame.location;
  if (func.startsWith("__go_") || func.startsWith("runtime_") || frame.file.includes("/libgo/"))
    return "runtime";
  return "user";
}

/** `exit status N` glued with no blank after a file line's tail (`+0x90 fp=exit status 2`). */
const GLUED_EXIT_STATUS = /[^\s]exit status \d{1,3}$/;

/** A source file's path alone (`/opt/go/src/sync/map.go`, `C:/x/main.go`): no blank, no `:LINE`. */
const LINELESS_SOURCE_PATH = /^(?:[A-Za-z]:)?[^\s:]{0,500}\/[^\s/:]{1,200}\.(?:go|s)$/;

/** A row that opens with a box-drawing border, a file line's absolute path at column 8. */
const SCREEN_TAB_PATH = /^[\u2500-\u257f][^\t]{7}\/[^ ]+\.(?:go|s|c):\d/;

/** A file line read again whole: its line number and tail are the frame's (not its file). */
function takeFileLine(frame: Frame, at: FileLine): void {
  frame.line = at.line;
  frame.offset = at.offset;
  frame.pc = at.pc;
  frame.sp = at.sp;
  frame.fp = at.fp;
  frame.inlined = frame.offset === undefined && frame.args === "...";
}
