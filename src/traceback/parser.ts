// The traceback parser: a line-driven state machine that turns the text of one stream into
// crashes. It reads each line once, holds only the crash it is building, and hands out each
// goroutine as soon as its block ends, so that a caller can fold 10⁶ goroutines without
// keeping them. It never throws on its input: a line it does not understand inside a crash
// is kept as `unparsed` with its line number; a line outside any crash goes to `stray`.
//
// Grammar (traceback-format.md §1, go1.17 → go1.27):
//   preamble* headline [signal] blank [runtime stack] goroutine-block* [registers] [relay]* [exit]

import { shapeOf } from "../block-shape.js";
import { isSigpanicThrow } from "../diagnose/sigpanic-throw.js";
import { HEADER_BEFORE_TEXT, WHOLE_HEADER } from "../input/goroutine-header-text.js";
import type { Crash, Goroutine } from "../model.js";
import { BlockReader, type BlockSink } from "./block.js";
import { type CrashStart, crashedFirst, newCrash } from "./crash.js";
import { finishCrash, GoVersionReader } from "./finish.js";
import {
  isCallOfFrame,
  isQualifiedFuncName,
  looksLikeFileLine,
  parseArgumentListLine,
  parseBareFuncLine,
  parseCallLine,
  parseCutCallLine,
  parseIndentedFileLine,
  parseOldLocationLine,
} from "./frame-lines.js";
import { withoutGluedLevelTag } from "./glued-level-tag.js";
import { GluedStack, namesPanicInProse } from "./glued-stack.js";
import { cutGluedThrowFrame } from "./glued-throw-frame.js";
import { isGoroutineHeader, parseGoroutineHeader } from "./goroutine-header.js";
import {
  isOutOfMemoryReport,
  isPreambleLine,
  isRunnerTrailer,
  isTracebackDiagnostic,
  parseExitStatus,
  parseFatalLine,
  parsePanicLine,
  parseRegisterLine,
  parseSignalDumpHeader,
  parseSignalDumpPC,
  parseSignalLine,
  parseTestFail,
} from "./headline.js";
import { splitFaultAddressLine } from "./joined-preamble.js";
import { isKnownRuntimeThrow } from "./known-throws.js";
import {
  crashStartAfterPrefix,
  endsCrash,
  gluedHeadline,
  isBareServing,
  isCaretEcho,
  isDebugStackCall,
  isElisionMark,
  isHandTypedPanic,
  isPanicCall,
  isPanicFileLine,
  isTraceLike,
  loggedPanic,
  onScreen,
  quotedHeadline,
  rewordedHeadline,
} from "./line-kinds.js";
import {
  type HeldLine,
  isErrorStack,
  LoggedStackReader,
  LoggedStackStart,
  namesRuntimeError,
  openLoggedCrash,
  readAsLoggedDump,
  readAsLoggedHeadline,
  type StartResult,
} from "./logged-stack.js";
import { LostIndent } from "./lost-indent.js";
import { isLostSystemStack } from "./lost-system-stack.js";
import {
  parseProfileFrame,
  parseProfileLabels,
  parseProfileRecord,
  parseProfileTotal,
} from "./profile.js";
import {
  finishRace,
  isFirstRaceAccess,
  RACE_HEADER,
  RACE_SEPARATOR,
  RaceReportParser,
} from "./race.js";
import { ReversedPaste } from "./reversed.js";
import { cutGlueAfterSignalValue } from "./signal-value-glue.js";
import { withoutStatusTail } from "./status-tail.js";
import { withoutFrameComma } from "./trailing-comma.js";
import { isStackLabelAfterBlank, MAX_HEADLINE_INDENT, UnderHeadline } from "./under-headline.js";
import { ValueBlanks } from "./value-blanks.js";
import { WrapWidth } from "./wrap-width.js";

export interface ParserEvents {
  /** A goroutine block is complete (also called for profile records and race goroutines). */
  goroutine?: ((goroutine: Goroutine, crash: Crash) => void) | undefined;
  /** A crash is complete. */
  crash(crash: Crash): void;
  /** A line that belongs to no crash. */
  stray?(text: string, line: number): void;
}

export interface ParserOptions {
  /** Keep every goroutine in `crash.goroutines` (default true). Streaming callers say false. */
  keepGoroutines?: boolean;
  /** At most this many unparsed lines are kept per crash (all are counted). Default 1000. */
  maxUnparsed?: number;
  /** Stream name to record on each crash (from a log wrapper). */
  stream?: string;
  /**
   * The input line before `line` when another stream's parser read it: a recover handler's
   * log line printed before the prefix that its stack carries was learnt
   * (holdout-3/rclone-rd-32). Consulted when this parser saw no line there.
   */
  lineBefore?: (line: number) => HeldLine | null;
  /** Whether a `panic: ` headline had a logger's stamp its stack's lines lack (Unwrapper.stampedHeadline). */
  stampedHeadline?: (headline: number, header: number) => boolean;
}

type State = "idle" | "headline" | "between" | "block" | "race" | "profile" | "sigdump" | "logged";

/** Lines a pending `--- FAIL:` stays attached to the next crash. */
const TEST_FAIL_REACH = 50;
/** Lines of text kept per unparsed line. */
const MAX_KEPT_TEXT = 2000;
/**
 * Unknown lines in a row inside a goroutine block before the crash is taken to have ended
 * (a log going on after a stack printed without a blank line). Fewer are kept as unparsed.
 */
const MAX_SUSPECTS = 4;

export class TracebackParser {
  private state: State = "idle";
  private crash: Crash | null = null;
  /** The goroutine (or `runtime stack:` / relayed thread) whose block is open. */
  private block: BlockReader | null = null;
  private blockKind: "goroutine" | "system" | "thread" = "goroutine";
  /** The debug=1 profile record being read. */
  private record: Goroutine | null = null;
  /** What the open block does not turn into frames goes to the crash. */
  private readonly blockSink: BlockSink = {
    unparsed: (text, line) => this.unparsed(text, line),
    note: (text, line) => this.crash?.notes.push({ line, text }),
    reach: (line) => {
      if (this.crash !== null) this.crash.span.endLine = line;
    },
  };
  private preamble: { line: number; text: string }[] = [];
  private signalHeader: {
    info: ReturnType<typeof parseSignalDumpHeader>;
    line: number;
    /** A blank came after the header: a double-spaced paste, its `PC=` line next. */
    blank?: boolean;
  } | null = null;
  /** A `[signal …]` line where a headline was expected: the headline lost (confirmLostHeadline). */
  private lostHeadline: {
    info: NonNullable<ReturnType<typeof parseSignalLine>>;
    text: string;
    line: number;
    blank: boolean;
  } | null = null;
  /** The line of the last `==================` (0: none yet; lines count from 1). */
  private raceSeparator = 0;
  private testFail: { name: string; duration: string; line: number } | null = null;
  private race: RaceReportParser | null = null;
  private inRelay = false;
  /** Lines of other output read under a headline waiting for its stack (awaitsHttpStack). */
  private otherOutputUnderHeadline = 0;
  /** Text in front of every line of the crash (an indented paste, a log's `]: `), removed. */
  private prefix = "";
  private goVersion = new GoVersionReader();
  /** Goroutine blocks of the open crash so far (headerless ones included). */
  private blocks = 0;
  /** A reporter's elision mark under `runtime stack:`: the crashing goroutine's block may be what it left out. */
  private elidedBeforeBlocks = false;
  /** Unknown lines inside a block, not yet known to be the crash's or the log's after it. */
  private suspects: { text: string; line: number }[] = [];
  private readonly keep: boolean;
  private readonly maxUnparsed: number;
  /** A headline found inside a line of other text, waiting for the line that confirms it. */
  private glued: {
    rest: string;
    raw: string;
    line: number;
    blank: boolean;
    /** A headline typed by hand (`panic:value`): its blank line under it may be missing too. */
    typed?: boolean;
    /** Written over a full-screen terminal UI: the row of its panels that stands for the blank line. */
    screen?: string;
    /** A runtime error's value with no `panic: ` before it (rewordedHeadline). */
    reworded?: boolean;
    /** Where in `raw` a headline glued behind other output starts (gluedHeadline). */
    at?: number;
    /** A headline a person quoted in prose (quotedHeadline): the quotes are theirs, no log's. */
    quoted?: boolean;
  } | null = null;
  /**
   * A glued headline with a goroutine header right under it, no blank between: the header and
   * the lines after it held until the stack says whose it is (glued-stack.ts).
   */
  private gluedStack: {
    glued: NonNullable<TracebackParser["glued"]>;
    shape: GluedStack;
    held: { text: string; line: number }[];
  } | null = null;
  /** A `fatal error:` line holding no text, its throw's text on the next line (confirmBareFatal). */
  private bareFatal: { text: string; line: number } | null = null;
  /** The crash a reworded headline opened: a program's own log of a value may be its stack's. */
  private rewordedCrash: Crash | null = null;
  /** Trace lines read outside any crash: a paste in reverse order puts its frames there. */
  private readonly reversed = new ReversedPaste();
  /** The header a dump opened with (what a reversed paste's crash is read again from). */
  private dumpHeader = "";
  // Stacks that programs log themselves (./logged-stack.ts): where one starts, the one open,
  // the line before a goroutine block that may be debug.Stack() output.
  private readonly loggedStart = new LoggedStackStart(
    (text, line) => {
      this.flushPreamble();
      this.events.stray?.(text, line);
    },
    (line) => this.options.lineBefore?.(line) ?? null,
  );
  private loggedReader: LoggedStackReader | null = null;
  /** The log line the open logged stack's message was read from ("" when none). */
  private loggedMessageLine = "";
  private loggedSeen = 0;
  private loggedSeenText = "";
  private dumpBefore: HeldLine | null = null;
  /** The dump's headerless block opened right under a stack heading (`Full Stack Trace`). */
  private dumpUnderHeading = false;
  /**
   * A panic frame's call line outside any crash (`panic({0x8aa180, 0xc01c582000})`), waiting
   * for the file line that makes it the top of a stack a recover handler logged from the panic
   * down, with no goroutine header; `before` is the log line above it.
   */
  private panicFrame: {
    text: string;
    line: number;
    before: HeldLine | null;
    underHeading?: true;
    /** The blanks in front of the heading and the stack under it, taken off its lines. */
    indent?: string;
  } | null = null;
  /** The open crash continues one read by another part (`continueCrash`). */
  private continued = false;
  /** The blanks the current line's input line ended in (push). */
  private lineBlanks = "";
  private readonly valueBlanks = new ValueBlanks();
  /** A frame's second line a paste put at column 0 gets its indentation back (lost-indent.ts). */
  private readonly lostIndent = new LostIndent();
  /** Whether the line being read is as wide as a terminal's hard wrap. */
  private readonly wrap = new WrapWidth();
  /** The lines under the headline: the chain, `[signal …]`, the value's continuation lines. */
  private readonly headline = new UnderHeadline({
    wrap: this.wrap,
    prefix: () => this.prefix,
    setPrefix: (prefix) => {
      this.prefix = prefix;
    },
    blocks: () => this.blocks,
    inRelay: () => this.inRelay,
    inBlock: () => this.state === "block",
    toBetween: () => {
      this.state = "between";
    },
    toHeadline: () => {
      this.state = "headline";
    },
    openGoroutine: (text, line) => this.openGoroutine(text, line),
    openSystemStack: (line) => this.openSystemStack(line),
    openHeaderless: (line) => this.openHeaderless(line),
    blockLine: (text, line) => this.blockLine(text, line),
    betweenLine: (text, line) => this.betweenLine(text, line),
    readLogged: (text, line) => {
      this.loggedReader = new LoggedStackReader(line);
      this.state = "logged";
      this.loggedLine(text, line);
    },
    endCrash: () => this.endCrash(),
    idleLine: (text, line) => this.idleLine(text, line),
    unparsed: (text, line) => this.unparsed(text, line),
    stray: (text, line) => this.events.stray?.(text, line),
  });

  constructor(
    private readonly events: ParserEvents,
    private readonly options: ParserOptions = {},
  ) {
    this.keep = options.keepGoroutines ?? true;
    this.maxUnparsed = options.maxUnparsed ?? 1000;
  }

  /**
   * Feeds one line (without its newline) and its 1-based input line number; `blanks`, the
   * blanks its input line ended in when the line is that input line's end (cut as damage,
   * though a panic value's may be its own: value-blanks.ts).
   */
  push(raw: string, line: number, blanks = ""): void {
    this.wrap.note(raw.length + blanks.length);
    const text = withoutFrameComma(
      this.lostIndent.line(
        this.prefix === ""
          ? raw
          : raw.startsWith(this.prefix)
            ? raw.slice(this.prefix.length)
            : this.reindentedHeader(raw),
        // A race report is read by its lines' words, indented or not (race.ts).
        this.state === "race",
      ),
    );
    if (this.valueBlanks.waiting) this.valueBlanks.next(text, blanks, this.crash);
    this.lineBlanks = blanks;
    if (
      text.charCodeAt(0) === 0x67 /* g */ &&
      text.charCodeAt(text.length - 1) !== 0x3a /* : */ &&
      text.startsWith("goroutine ")
    ) {
      // A header with the next line glued after it, its newline lost (text read off a
      // screenshot, holdout-3/baidupcs-go-302): two lines.
      const header = HEADER_BEFORE_TEXT.exec(text);
      if (header !== null) {
        this.dispatch(header[0], line);
        this.dispatch(text.slice(header[0].length), line);
        return;
      }
    }
    if (
      (text.charCodeAt(0) === 0x67 /* g */ || text.charCodeAt(0) === 0x20) &&
      text.charCodeAt(text.length - 1) !== 0x3a /* : */
    ) {
      // A dump that goroutine-inspect folded: the header (indented as the paste is) and the
      // ids of the goroutines it stands for, a tool's count, read anywhere (no prose ends a
      // header that way).
      const folded = HEADER_THEN_FOLDED_IDS.exec(text);
      if (folded !== null) {
        this.dispatch(folded[1] as string, line);
        return;
      }
    }
    if (
      (text.charCodeAt(0) === 0x67 /* g */ || text.charCodeAt(0) === 0x20) &&
      this.crash !== null &&
      text.charCodeAt(text.length - 1) !== 0x3a /* : */ &&
      this.headerWithNote(text, line)
    )
      return;
    this.dispatch(text, line);
  }

  /**
   * A goroutine header, then blanks and words of someone's own on its line (`goroutine 303
   * [running]:       (NOTE: the number here seems to change…)`, holdout-7/k9s-1384): Go ends
   * the header at its `]:`, so the header is read and the words are kept as a line not
   * understood. Only inside a crash: outside one, such a line is as likely prose about a
   * goroutine. Returns whether the line was such a header.
   */
  private headerWithNote(text: string, line: number): boolean {
    let at = 0;
    while (at < MAX_HEADLINE_INDENT && text.charCodeAt(at) === 0x20) at++;
    if (!text.startsWith("goroutine ", at)) return false;
    const header = HEADER_THEN_NOTE.exec(text);
    if (header === null) return false;
    this.dispatch(header[1] as string, line);
    const rest = text.slice(header[0].length);
    // A frame's call line there is the next line, its newline lost to blanks.
    if (parseCallLine(rest) !== null) this.dispatch(rest, line);
    else this.unparsed(rest, line);
    return true;
  }

  private dispatch(text: string, line: number): void {
    switch (this.state) {
      case "block":
        if (this.suspects.length > 0 && !this.settleSuspects(text, line)) return;
        this.blockLine(text, line);
        return;
      case "idle":
        this.idleLine(text, line);
        return;
      case "between":
        this.betweenLine(text, line);
        return;
      case "headline":
        this.headline.line(text, line, this.crash as Crash);
        return;
      case "race":
        this.raceLine(text, line);
        return;
      case "profile":
        this.profileLine(text, line);
        return;
      case "sigdump":
        this.sigdumpLine(text, line);
        return;
      case "logged":
        this.loggedLine(text, line);
        return;
    }
  }

  /**
   * Reads what follows as the rest of a crash whose start came before (a big file read in
   * parts): a crash of kind `dump` that the caller joins to the one it continues.
   */
  continueCrash(line: number): void {
    this.startCrash({ kind: "dump", line });
    this.continued = true;
    this.state = "between";
  }

  /** Nothing is open or pending: the next line may start a crash. */
  get idle(): boolean {
    return (
      this.crash === null &&
      this.glued === null &&
      this.gluedStack === null &&
      this.signalHeader === null &&
      this.panicFrame === null
    );
  }

  /**
   * A goroutine header behind other blanks than the crash's prefix of blanks: the blanks were
   * the paste's, not a logger's (a terminal left in raw mode starts each line where the last one
   * ended, a staircase, holdout-12/crush-100). Its blanks are the prefix from now on.
   */
  private reindentedHeader(raw: string): string {
    if (raw.charCodeAt(0) !== 0x20 || this.crash === null || !isBlanks(this.prefix)) return raw;
    let n = 1;
    while (n < raw.length && raw.charCodeAt(n) === 0x20) n++;
    const rest = raw.slice(n);
    if (!isGoroutineHeader(rest)) return raw;
    this.prefix = raw.slice(0, n);
    return rest;
  }

  /**
   * Between two goroutine blocks of a crash whose first block this parser read, with nothing
   * pending: a plain goroutine block here is read as `addBlock` takes it (fast-blocks.ts).
   */
  get takesBlocks(): boolean {
    return (
      this.state === "between" &&
      this.blocks > 0 &&
      this.suspects.length === 0 &&
      this.headline.holdsNothing &&
      !this.inRelay &&
      this.prefix === ""
    );
  }

  /**
   * `takesBlocks`, asked where the input's next line is a goroutine header: a block whose blank
   * line it holds (block.ts: a paste's blank between two frames is read on) is ended first, as
   * the header would end it.
   */
  readyForBlock(): boolean {
    if (this.state === "block" && this.block?.endsAtHeader === true) {
      this.closeBlock();
      this.state = "between";
    }
    return this.takesBlocks;
  }

  /** The crash being read. */
  get openCrash(): Crash | null {
    return this.crash;
  }

  /**
   * A goroutine block read elsewhere, as the parser would have read it (`takesBlocks` was
   * true): its last frame line is `lastLine`, its blank line comes after it.
   */
  addBlock(goroutine: Goroutine, lastLine: number): void {
    const crash = this.crash as Crash;
    crash.span.endLine = lastLine;
    this.addGoroutine(crash, goroutine);
  }

  /**
   * The open crash is a headline (`panic:`, `fatal error:`) still without goroutines, read
   * up to at most three lines before `line`. A log that prefixes the headline differently
   * from the traceback under it (zap's stamp and level on the first line only, a stamp-only
   * blank line) puts the two in different streams: the goroutines are this headline's.
   */
  awaitsGoroutines(line: number): boolean {
    const crash = this.crash;
    return (
      crash !== null &&
      this.blocks === 0 &&
      (this.state === "headline" || this.state === "between") &&
      (crash.kind === "panic" || crash.kind === "fatal" || crash.recoveredBy !== undefined) &&
      line - crash.span.endLine <= 3
    );
  }

  /**
   * A goroutine header was the last line read and no frame came under it yet: a function line
   * of another stream right after it is that block's (holdout-5/github-comment-101: a CI
   * viewer numbered the frames' lines, not the header's).
   */
  awaitsFrames(line: number): boolean {
    const crash = this.crash;
    return (
      crash !== null &&
      this.state === "block" &&
      this.blockKind === "goroutine" &&
      this.block !== null &&
      this.block.goroutine.frames.length === 0 &&
      line - crash.span.endLine <= 3
    );
  }

  /**
   * Drops the last lines of the open crash's value (or fatal message) that `stray` says are
   * not its own: a log's prefix alone on a line, read as text before the prefix was learnt.
   */
  dropValueTail(stray: (text: string) => boolean): void {
    this.headline.dropValueTail(this.crash, stray);
  }

  /** Ends the input: finishes whatever crash is open. Returns whether one was open. */
  end(): boolean {
    const open = this.crash !== null || this.suspects.length > 0;
    this.dropGlued();
    this.dropPanicFrame();
    this.dropLostHeadline();
    this.dropBareFatal();
    this.endCrashBeforeSuspects();
    this.endCrash();
    // A value's held lines, read again, may have opened a crash.
    this.endCrash();
    const cut = this.loggedStart.cutAtEnd();
    if (cut?.kind === "start") {
      this.openLogged(cut);
      this.endCrash();
    }
    this.loggedStart.flush();
    this.flushPreamble();
    if (this.signalHeader !== null) {
      this.events.stray?.(this.rawSignalHeader(), this.signalHeader.line);
      this.signalHeader = null;
    }
    return open;
  }

  // ── idle: looking for the start of a crash ──────────────────────────────────────────────

  /** A `fatal error:` headline opens a fatal crash. */
  private openFatal(fatal: string, line: number): void {
    const crash = this.startCrash({ kind: "fatal", line });
    crash.fatal = withoutStatusTail(withoutGluedLevelTag(fatal));
    this.enterHeadline();
    const glued = cutGluedThrowFrame(crash.fatal);
    if (glued !== null) {
      // The system stack's first frame on the headline's line: read as the line under it.
      crash.fatal = glued.text;
      this.dispatch(glued.call, line);
    }
  }

  private idleLine(text: string, line: number): void {
    if (this.gluedStack !== null) {
      this.holdGluedStack(text, line);
      return;
    }
    if (this.glued !== null && this.confirmGlued(text, line)) return;
    if (this.panicFrame !== null && this.confirmPanicFrame(text, line)) return;
    if (this.lostHeadline !== null && this.confirmLostHeadline(text, line)) return;
    if (this.bareFatal !== null && this.confirmBareFatal(text, line)) return;
    if (this.signalHeader !== null) {
      if (text === "" && this.signalHeader.blank !== true) {
        // The runtime prints the `PC=` line right under the signal's name (go1.26.8
        // src/runtime/signal_unix.go fatalsignal): a blank between them is a double-spaced
        // paste's.
        this.signalHeader.blank = true;
        return;
      }
      const info = this.signalHeader.info;
      const headerLine = this.signalHeader.line;
      const blank = this.signalHeader.blank === true;
      this.signalHeader = null;
      // The `PC=` line behind more blanks than the header's prefix of blanks: the blanks were a
      // relay's, and it indented the header less (a plugin host relaying the program's stderr,
      // holdout-17/pulumi-6093). Its blanks are the prefix from now on.
      const pc = text.charCodeAt(0) === 0x20 && isBlanks(this.prefix) ? text.trimStart() : text;
      if (pc !== text && info !== null && parseSignalDumpPC(pc, info)) {
        this.prefix += text.slice(0, text.length - pc.length);
        const crash = this.startCrash({ kind: "signal", line: headerLine });
        crash.signal = info;
        this.state = "sigdump";
        return;
      }
      if (info !== null && parseSignalDumpPC(text, info)) {
        const crash = this.startCrash({ kind: "signal", line: headerLine });
        crash.signal = info;
        this.state = "sigdump";
        return;
      }
      this.events.stray?.(this.rawSignalHeader(info), headerLine);
      if (blank) this.events.stray?.("", headerLine + 1);
      if (this.crash === null) this.prefix = "";
    }
    if (line !== this.loggedSeen || !this.loggedSeenText.endsWith(text)) {
      // Each line once: the reads below may come back here with the same line, cut (its
      // end). Other pieces of one input line (a record's text split from the stack glued to
      // it) are lines of their own.
      this.loggedSeen = line;
      this.loggedSeenText = text;
      const logged = this.loggedStart.push(text, line);
      if (logged.kind === "held") return;
      if (logged.kind === "start") {
        this.openLogged(logged);
        return;
      }
    }
    // A terminal echoes a control key in caret notation in front of what it triggered or
    // interrupted: Ctrl-\ before its dump (`^\SIGQUIT: quit`), Ctrl-C before a panic
    // (`^Cpanic: …`, holdout-3/rclone-5540).
    if (text.charCodeAt(0) === 0x5e /* ^ */ && isCaretEcho(text)) {
      this.idleLine(text.slice(2), line);
      return;
    }
    const c = text.charCodeAt(0);
    if ((isPanicCall(text) || isDebugStackCall(text)) && !this.reversed.endsAt(line - 1)) {
      // Not under a trace line: a paste in reverse order puts a panic frame's call under its
      // own file line. debug.Stack()'s own top frame is held the same way: a copy that lost
      // the goroutine header still starts its stack there (holdout-27/mods-574).
      this.panicFrame = { text, line, before: this.loggedStart.lineBefore(line, text) };
      return;
    }
    const headingIndent = this.loggedStart.bareHeadingAbove(line);
    if (
      headingIndent !== null &&
      text.startsWith(headingIndent) &&
      parseCallLine(text.slice(headingIndent.length)) !== null
    ) {
      // A call line right under a heading alone on its line (Ginkgo's `Full Stack Trace`), as
      // indented as the heading: a debug.Stack() a test framework printed with its header and
      // panic frames pruned, held like a panic frame until its file line confirms it.
      this.panicFrame = {
        text: text.slice(headingIndent.length),
        line,
        before: this.loggedStart.lineBefore(line, text),
        underHeading: true,
        indent: headingIndent,
      };
      return;
    }
    if (parseCallLine(text) !== null) {
      // A call line right under a line whose value is a runtime error, a value only a panic
      // carries: a handler's recovered value, then the stack it logged with its header and
      // panic frames left out (holdout-34/lz4-186), held like a panic frame until its file
      // line confirms it.
      const before = this.loggedStart.lineBefore(line, text);
      if (before !== null && before.line === line - 1 && namesRuntimeError(before.text)) {
        this.panicFrame = { text, line, before };
        return;
      }
    }
    if (c === 0x70 /* p */) {
      const panic = parsePanicLine(text);
      if (panic !== null) {
        const crash = this.startCrash({ kind: "panic", line });
        const value = withoutStatusTail(withoutGluedLevelTag(panic.value));
        crash.panics.push({
          value,
          recovered: panic.recovered,
          repanicked: panic.repanicked,
        });
        if (this.lineBlanks !== "" && value === panic.value)
          this.valueBlanks.opened(crash, this.lineBlanks);
        this.enterHeadline();
        return;
      }
      // `panic: fatal error: …`, a panic's headline a throw interrupted (interrupted-headline.ts).
      const fatal = parseFatalLine(text);
      if (fatal !== null) {
        this.openFatal(fatal, line);
        return;
      }
      if (isPreambleLine(text)) {
        this.preamble.push({ line, text });
        return;
      }
      if (isHandTypedPanic(text)) {
        // `panic:runtime error:invalid memory address …` (holdout-13/manta-46): a headline
        // typed by hand, without the blank Go prints after `panic:` (go1.26.8 runtime/panic.go:747
        // printpanics `print("panic: ")`); a crash once a goroutine header under it confirms it.
        this.flushPreamble();
        this.glued = {
          rest: `panic: ${text.slice(6)}`,
          raw: text,
          line,
          blank: false,
          typed: true,
        };
        return;
      }
    } else if (c === 0x66 /* f */) {
      if (text.trimEnd() === "fatal error:") {
        this.bareFatal = { text, line };
        return;
      }
      const fatal = parseFatalLine(text);
      if (fatal !== null) {
        this.openFatal(fatal, line);
        return;
      }
    } else if (c === 0x67 /* g */) {
      if (isGoroutineHeader(text)) {
        this.startCrash({ kind: "dump", line });
        this.dumpHeader = text;
        this.dumpUnderHeading = false;
        this.dumpBefore =
          this.loggedStart.lineBefore(line) ?? this.options.lineBefore?.(line) ?? null;
        this.openGoroutine(text, line);
        return;
      }
      const total = parseProfileTotal(text);
      if (total !== null) {
        this.startCrash({ kind: "dump", line });
        this.state = "profile";
        return;
      }
    } else if (c === 0x53 /* S */ || c === 0x45 /* E */) {
      const info = parseSignalDumpHeader(text);
      if (info !== null) {
        this.signalHeader = { info, line };
        return;
      }
    } else if (c === 0x5b /* [ */ && text.startsWith("[signal ")) {
      const info = parseSignalLine(text);
      if (info !== null) {
        // The runtime's lines before it stay held: a throw's are its notes (confirmLostHeadline).
        this.lostHeadline = { info, text, line, blank: false };
        return;
      }
    } else if (c === 0x57 /* W */ && text === RACE_HEADER) {
      this.startCrash({
        kind: "race",
        line: this.raceSeparator > 0 && this.raceSeparator === line - 1 ? line - 1 : line,
      });
      this.race = new RaceReportParser((text, line) => this.unparsed(text, line));
      this.state = "race";
      return;
    } else if (c === 0x3d /* = */ && text === RACE_SEPARATOR) {
      this.raceSeparator = line;
      this.flushPreamble();
      this.events.stray?.(text, line);
      return;
    }
    if ((c === 0x52 || c === 0x57) && isFirstRaceAccess(text)) {
      // A race report pasted without its `WARNING: DATA RACE` header (`Read at`, `Write at`).
      this.startCrash({ kind: "race", line });
      this.race = new RaceReportParser((text, line) => this.unparsed(text, line));
      this.state = "race";
      this.raceLine(text, line);
      return;
    }
    if (c === 0x75 /* u */) {
      // The fault address line and its headline joined on one line: read as their lines.
      const joined = splitFaultAddressLine(text);
      if (joined !== null) {
        for (const piece of joined) this.dispatch(piece, line);
        return;
      }
    }
    if (isPreambleLine(text)) {
      this.preamble.push({ line, text });
      return;
    }
    if (c === 0x70 /* p */ && isBareServing(text)) {
      // net/http's line without its `http: ` (etcd's go1.2 log, holdout-8/etcd-358), and the
      // same `panic serving %v: %v\n%s` that servers copied from net/http (go-smtp, go-imap,
      // jsonrpc2): read as net/http's once a goroutine header under it confirms it, as a
      // glued headline is, so that prose opening with those words is not a crash.
      this.flushPreamble();
      this.glued = { rest: `http: ${text}`, raw: text, line, blank: false };
      return;
    }
    const logged = loggedPanic(text);
    if (logged !== null) {
      // net/http's log is the runtime's panic text; HandleCrash's is the program's own log of
      // a stack it took (`debug.Stack()` or file lines): logged (testdata/README.md).
      const kind = logged.recoveredBy === "net/http" ? "panic" : "logged";
      const crash = this.startCrash({ kind, line });
      crash.panics.push({ value: logged.value, recovered: true, repanicked: false });
      crash.recoveredBy = logged.recoveredBy;
      this.enterHeadline();
      return;
    }
    const fail = parseTestFail(text);
    if (fail !== null) this.testFail = { ...fail, line };
    const prefixed = crashStartAfterPrefix(text);
    if (prefixed > 0) {
      this.idleLine(text.slice(prefixed), line);
      if (this.crash !== null || this.signalHeader !== null) this.prefix = text.slice(0, prefixed);
      return;
    }
    if (c === 0x65 /* e */ && text.startsWith("error: ") && isKnownRuntimeThrow(text.slice(7))) {
      // A paste that lost `fatal ` from a runtime throw's headline: a crash when the line
      // after it is the runtime's (`[signal …]`, a goroutine header), as for a glued one.
      this.flushPreamble();
      this.glued = { rest: `fatal ${text}`, raw: text, line, blank: false };
      return;
    }
    if (c === 0x74 /* t */ && text.startsWith("throw: ") && text.length > 7) {
      // go1.0's C runtime printed a throw as `throw: %s` (src/pkg/runtime/panic.c runtime·throw;
      // go1.1 made it `fatal error: `), holdout-31/howeyc-fsnotify-4: a throw the runtime knows is
      // that crash at once, as a `fatal error:` alone is; any other once the line after it is the
      // runtime's (a goroutine header after its blank), as for a glued one.
      const rest = `fatal error: ${text.slice(7)}`;
      if (isKnownRuntimeThrow(text.slice(7))) {
        this.idleLine(rest, line);
        return;
      }
      this.flushPreamble();
      this.glued = { rest, raw: text, line, blank: false };
      return;
    }
    const glued = gluedHeadline(text);
    if (glued > 0) {
      const rest = text.slice(glued);
      if (text.charCodeAt(glued - 1) === 0x60 /* ` */ && rest.indexOf("`") === rest.length - 1) {
        // Markdown inline code that ends the line holds the headline alone, as a log line
        // quoted in an issue's prose (holdout-8/gin-contrib-zap-9): read as that line.
        this.idleLine(rest.slice(0, -1), line);
        return;
      }
      // A fatal error alone on its line (the log kept nothing else) is a crash when its text
      // is exactly one the runtime throws; a signal header waits for its `PC=` line; the rest
      // wait for a goroutine header or a `[signal …]` line under them.
      if (
        parseSignalDumpHeader(rest) !== null ||
        (rest.startsWith("fatal error: ") && isKnownRuntimeThrow(rest.slice(13)))
      ) {
        this.idleLine(rest, line);
        return;
      }
      this.flushPreamble();
      this.glued = { rest, raw: text, line, blank: false, at: glued };
      return;
    }
    const quoted = quotedHeadline(text);
    if (quoted !== null) {
      this.flushPreamble();
      this.glued = { rest: quoted, raw: text, line, blank: false, quoted: true };
      return;
    }
    const reworded = rewordedHeadline(text);
    if (reworded !== -1) {
      // Read as the panic it reports once a goroutine header (after a blank) or a
      // `[signal …]` line confirms it, as a glued headline is.
      this.flushPreamble();
      this.glued = {
        rest: `panic: ${text.slice(reworded)}`,
        raw: text,
        line,
        blank: false,
        reworded: true,
      };
      return;
    }
    this.flushPreamble();
    this.reversed.note(text, line);
    this.events.stray?.(text, line);
  }

  /**
   * The line after a glued headline decides: a goroutine header, `[signal …]` or
   * `runtime stack:` (after at most one blank line) make it a crash. Returns whether the line
   * was taken.
   */
  private confirmGlued(text: string, line: number): boolean {
    const glued = this.glued as NonNullable<TracebackParser["glued"]>;
    if (text === "" && !glued.blank) {
      glued.blank = true;
      return true;
    }
    if (!glued.blank && onScreen(glued.raw) && onScreen(text)) {
      // A headline written over a full-screen terminal UI (holdout-13/lazydocker-91): the newline
      // does not erase, so its blank line is a row of the screen's panels (`│…││`), and the old
      // text stays after the goroutine header too.
      glued.blank = true;
      glued.screen = text;
      return true;
    }
    this.glued = null;
    if (
      !glued.blank &&
      glued.rest.startsWith("panic: ") &&
      isGoroutineHeader(text) &&
      (glued.quoted === true ||
        (glued.at !== undefined && !namesPanicInProse(glued.raw.slice(0, glued.at))))
    ) {
      // No blank under a headline glued to another writer's output or quoted in prose: the
      // stack decides.
      this.gluedStack = { glued, shape: new GluedStack(), held: [{ text, line }] };
      return true;
    }
    // The runtime prints a blank line between its headline and the first goroutine
    // (go1.26.8 src/runtime/panic.go:1583 dopanic_m `print("\n")` before goroutineheader); a log line
    // that mentions a panic before a debug.Stack() dump has none. net/http's log line is
    // followed by its stack directly (src/net/http/server.go:1898 `%v: %v\n%s`).
    const logged = loggedPanic(glued.rest)?.recoveredBy === "net/http";
    if (
      ((glued.blank || logged || glued.typed === true) &&
        (isGoroutineHeader(text) || text === "runtime stack:")) ||
      (glued.screen !== undefined && HEADER_BEFORE_TEXT.test(text)) ||
      (!glued.blank && parseSignalLine(text) !== null)
    ) {
      this.idleLine(glued.rest, glued.line);
      if (glued.reworded === true) this.rewordedCrash = this.crash;
      if (this.crash !== null && glued.blank) this.dispatch("", glued.line + 1);
      this.dispatch(text, line);
      return true;
    }
    this.events.stray?.(glued.raw, glued.line);
    if (glued.blank) this.events.stray?.(glued.screen ?? "", glued.line + 1);
    return false;
  }

  /**
   * The line after a `[signal …]` line read where a headline was expected: a goroutine header
   * (after at most one blank) makes it a panic whose headline a copy lost. The runtime prints
   * that line only under its headline (go1.26.8 src/runtime/panic.go printpanics, after a
   * signal turned into a panic by sigpanic), so the crash's value is unknown and its rule is
   * read off the signal (diagnose/signal-panic-value.ts). Returns whether the line was taken.
   */
  private confirmLostHeadline(text: string, line: number): boolean {
    const held = this.lostHeadline as NonNullable<TracebackParser["lostHeadline"]>;
    if (text === "" && !held.blank) {
      held.blank = true;
      return true;
    }
    this.lostHeadline = null;
    if (text === "runtime stack:") {
      // A throw's headline: the runtime prints `runtime stack:` for a crash on the system stack,
      // and under a throw a `[signal …]` line only for sigpanic's two (go1.26.8
      // src/runtime/signal_unix.go sigpanic, and go1.5's sigpanic_unix.go): `fault`, after its
      // `unexpected fault address` line, else `unexpected signal during runtime execution`.
      const fault = this.preamble.some((n) => n.text.startsWith("unexpected fault address "));
      const crash = this.startCrash({ kind: "fatal", line: held.line });
      crash.fatal = fault ? "fault" : "unexpected signal during runtime execution";
      this.enterHeadline();
      this.dispatch(held.text, held.line);
      if (held.blank) this.dispatch("", held.line + 1);
      this.dispatch(text, line);
      return true;
    }
    this.flushPreamble();
    // A function line there is the stack of a paste that also dropped the goroutine header:
    // the crash state reads it as a headerless block under the signal line, as it does one
    // under a headline's (holdout-21/pinpoint-go-agent-91).
    if (isGoroutineHeader(text) || (!held.blank && isCallOfFrame(text))) {
      const crash = this.startCrash({ kind: "panic", line: held.line });
      crash.signal = held.info;
      this.enterHeadline();
      if (held.blank) this.dispatch("", held.line + 1);
      this.dispatch(text, line);
      return true;
    }
    this.events.stray?.(held.text, held.line);
    if (held.blank) this.events.stray?.("", held.line + 1);
    return false;
  }

  /**
   * The line after a held panic frame: its file line makes the two the top of a headerless
   * stack, read as a goroutine block (readAsLoggedDump makes it a logged crash). Returns
   * whether the line was taken.
   */
  private confirmPanicFrame(text: string, line: number): boolean {
    const held = this.panicFrame as NonNullable<TracebackParser["panicFrame"]>;
    // Under a stack heading, a second call line confirms it as well: a stack printed with its
    // function lines only (Ginkgo's `Full Stack Trace` as a reporter kept it, every file line
    // left out, holdout-34/jwx-pr360); each frame keeps its function, file and line unknown.
    if (
      isPanicFileLine(text) ||
      (held.underHeading === true &&
        text.startsWith(held.indent ?? "") &&
        parseCallLine(text.slice((held.indent ?? "").length)) !== null)
    ) {
      this.panicFrame = null;
      this.startCrash({ kind: "dump", line: held.line });
      this.dumpBefore = held.before;
      this.dumpUnderHeading = held.underHeading === true;
      this.openHeaderless(held.line);
      const indent = held.indent ?? "";
      if (indent !== "") this.prefix = indent;
      this.blockLine(held.text, held.line);
      this.blockLine(text.startsWith(indent) ? text.slice(indent.length) : text, line);
      return true;
    }
    this.dropPanicFrame();
    return false;
  }

  private dropPanicFrame(): void {
    const held = this.panicFrame;
    if (held === null) return;
    this.panicFrame = null;
    this.flushPreamble();
    this.reversed.note(held.text, held.line);
    this.events.stray?.(held.text, held.line);
  }

  /**
   * The line after a `fatal error:` that holds no text (a paste that broke the line after the
   * colon and its padding, broad-3/golang-19473): a throw the runtime knows is its text, and
   * the crash opens there. Returns whether the line was taken.
   */
  private confirmBareFatal(text: string, line: number): boolean {
    const held = this.bareFatal as NonNullable<TracebackParser["bareFatal"]>;
    this.bareFatal = null;
    if (!isKnownRuntimeThrow(text)) {
      this.flushPreamble();
      this.events.stray?.(held.text, held.line);
      return false;
    }
    const crash = this.startCrash({ kind: "fatal", line: held.line });
    crash.fatal = text;
    crash.span.endLine = line;
    this.enterHeadline();
    return true;
  }

  private dropBareFatal(): void {
    const held = this.bareFatal;
    if (held === null) return;
    this.bareFatal = null;
    this.events.stray?.(held.text, held.line);
  }

  private dropLostHeadline(): void {
    const held = this.lostHeadline;
    if (held === null) return;
    this.lostHeadline = null;
    this.flushPreamble();
    this.events.stray?.(held.text, held.line);
    if (held.blank) this.events.stray?.("", held.line + 1);
  }

  /** A line under a held glued headline's header: held until the stack decides (glued-stack.ts). */
  private holdGluedStack(text: string, line: number): void {
    const held = this.gluedStack as NonNullable<TracebackParser["gluedStack"]>;
    held.held.push({ text, line });
    const verdict = held.shape.next(text);
    if (verdict !== "wait") this.releaseGluedStack(verdict === "crash");
  }

  /** Reads the held glued headline and its lines again: as a crash's, or as they were. */
  private releaseGluedStack(crash: boolean): void {
    const held = this.gluedStack;
    if (held === null) return;
    this.gluedStack = null;
    if (crash) this.idleLine(held.glued.rest, held.glued.line);
    else this.events.stray?.(held.glued.raw, held.glued.line);
    for (const h of held.held) this.dispatch(h.text, h.line);
  }

  private dropGlued(): void {
    this.releaseGluedStack(this.gluedStack?.shape.end() === "crash");
    if (this.glued === null) return;
    const glued = this.glued;
    this.glued = null;
    this.events.stray?.(glued.raw, glued.line);
  }

  private enterHeadline(): void {
    this.state = "headline";
    this.otherOutputUnderHeadline = 0;
    this.headline.enter();
  }

  // ── between blocks: after a blank line inside a crash ───────────────────────────────────

  private betweenLine(raw: string, line: number): void {
    const crash = this.crash as Crash;
    // The blank line under the headline does not end the indentation rule: the runtime prints
    // one before the first header (holdout-14/tidb-45561, every line but the headline indented).
    const text = this.blocks === 0 ? this.headline.indentUnderHeadline(raw) : raw;
    if (this.headline.tailLine(crash, text, line)) return;
    if (text === "") return;
    if (isGoroutineHeader(text)) {
      this.openGoroutine(text, line);
      return;
    }
    if (text.endsWith("]") && isGoroutineHeader(`${text}:`)) {
      // A header that lost its colon where the paste was cut (holdout-3/open-indexer-6).
      this.openGoroutine(`${text}:`, line);
      return;
    }
    if (this.blocks === 0 && this.headline.continuesHeadline(crash, text)) {
      // A chain's next link (`\tpanic: …`, go1.26's `\tfatal error: …`) or a line of a
      // go1.23+ value (framed by a tab, so its own blank lines are `\t`) after a blank: the
      // runtime prints these under the headline with no empty line, so the blank is a
      // double-spaced paste's, or a value's own empty line whose framing tab a paste trimmed
      // (blankInValue).
      this.state = "headline";
      this.headline.blankInValue(crash, text, line);
      this.headline.line(text, line, crash);
      return;
    }
    if (
      this.blocks === 0 &&
      crash.signal === undefined &&
      (crash.kind === "panic" || crash.kind === "fatal") &&
      text.charCodeAt(0) === 0x5b /* [ */
    ) {
      // The runtime prints `[signal …]` on the line right under its headline, before the
      // blank line and the first header (go1.26.8 src/runtime/panic.go dopanic_m): a blank
      // between the headline and it is a double-spaced paste's.
      const signal = parseSignalLine(text);
      if (signal !== null) {
        crash.signal = signal;
        crash.span.endLine = line;
        const glued = cutGlueAfterSignalValue(crash);
        if (glued !== null) this.events.stray?.(glued, crash.span.startLine);
        return;
      }
    }
    if (text === "runtime stack:") {
      this.openSystemStack(line);
      return;
    }
    if (this.blocks === 0 && text.startsWith("$ ")) {
      // A shell command pasted between the headline and the stacks (holdout-3/logr-pr168).
      this.events.stray?.(text, line);
      return;
    }
    const register = parseRegisterLine(text);
    if (register !== null) {
      // The first thread's registers are the signal's; relayed threads' are left out.
      if (!this.inRelay) {
        crash.registers ??= {};
        crash.registers[register[0]] = register[1];
      }
      crash.span.endLine = line;
      return;
    }
    if (text === "-----") {
      // GOTRACEBACK=crash: the other threads' stacks follow, relayed by SIGQUIT.
      this.inRelay = true;
      crash.span.endLine = line;
      return;
    }
    if (this.inRelay && (parseSignalDumpHeader(text) !== null || text.startsWith("PC=0x"))) {
      crash.span.endLine = line;
      return;
    }
    const exit = parseExitStatus(text);
    if (exit !== null) {
      crash.exitStatus = exit;
      crash.span.endLine = line;
      this.endCrash();
      return;
    }
    if (
      this.blocks === 0 &&
      crash.kind === "signal" &&
      (text === "signal arrived during cgo execution" || text.startsWith("instruction bytes:"))
    ) {
      // Lines fatalsignal prints under `PC=` with no blank (go1.26.8 src/runtime/signal_unix.go),
      // here after one: a double-spaced paste's.
      this.state = "sigdump";
      this.sigdumpLine(text, line);
      return;
    }
    if (isTracebackDiagnostic(text) && !text.startsWith("\t")) {
      crash.notes.push({ line, text });
      crash.span.endLine = line;
      return;
    }
    if (
      this.blocks === 0 &&
      ((crash.kind === "signal" && parseCallLine(text) !== null) ||
        parseOldLocationLine(text, line) !== null)
    ) {
      // Windows prints the faulting goroutine's frames with no header after an exception;
      // Go before go1 printed the crashing goroutine's frames with none (broad/goirc-6).
      this.openHeaderless(line);
      this.blockLine(text, line);
      return;
    }
    if (
      this.blocks === 0 &&
      (crash.signal !== undefined || (crash.kind === "panic" && crash.panics.length > 0)) &&
      isCallOfFrame(text)
    ) {
      // A panic's `[signal …]` line ends its value, and the runtime prints the blank line and
      // the goroutine header under it (go1.26.8 src/runtime/panic.go dopanic_m): a function
      // line after that blank is the stack of a paste that dropped the header, as one right
      // under the signal line is (holdout-14/clickhouse-go-815); so after a panic's value
      // (holdout-29/fasthttp-561: the headline quoted, the frames in a fence below).
      this.openHeaderless(line);
      this.blockLine(text, line);
      return;
    }
    if (
      this.blocks === 0 &&
      crash.kind === "panic" &&
      crash.panics.length > 0 &&
      text.includes(" +0x") &&
      parseIndentedFileLine(text) !== null
    ) {
      // A frame's file line, with its offset, right after the blank under a panic's headline:
      // a paste that lost the goroutine header and the first function line (holdout-26/
      // categraf-928). Its frame keeps the file, the function left empty.
      this.openHeaderless(line);
      this.blockLine(text, line);
      return;
    }
    if (this.headline.holdAfterBlank(crash, text, line)) return;
    if (this.blocks === 0 && isStackLabelAfterBlank(text)) {
      // A reporter's label over the stacks it pasted apart from the headline (`Stack trace:`
      // between two fences, holdout-30/unidoc-77; under `runtime stack:`, unidoc-80): the
      // runtime prints none, and the goroutines after it are this crash's.
      this.events.stray?.(text, line);
      return;
    }
    if (this.blocks === 0 && crash.recoveredBy === "net/http" && this.awaitsHttpStack(text)) {
      if (isCallOfFrame(text)) {
        // net/http's stack pasted apart from its line, with no goroutine header
        // (holdout-8/dcrdata-1712: the line in prose, the frames in a fence below).
        this.openHeaderless(line);
        this.blockLine(text, line);
        return;
      }
      this.otherOutputUnderHeadline++;
      this.events.stray?.(text, line);
      return;
    }
    if (this.blocks > 0 && isElisionMark(text)) {
      // The reporter left goroutines out here (`[...]` between two blocks, broad-2/vocdoni-node-617):
      // the blocks after it are the same dump's, not a second crash.
      this.unparsed(text, line);
      return;
    }
    if (this.blocks === 0 && isPanicFileLine(text)) {
      // A frame's file line alone between the headline and the first goroutine header: a
      // fragment of a trace, where a paste of its lines began (holdout-14/grocksdb-153, after
      // a signal dump and a fence). The runtime prints none there, and the stacks it printed
      // follow: the line is kept as one not understood, and the crash goes on.
      this.unparsed(text, line);
      return;
    }
    if (this.blocks === 0 && crash.fatal !== undefined && parseFatalLine(text) === crash.fatal) {
      // Several threads threw the same at once, each printing its headline (before go1.24
      // without the print lock, holdout-3/pinfinder-8): one crash.
      crash.notes.push({ line, text });
      crash.span.endLine = line;
      this.enterHeadline();
      return;
    }
    this.endCrash();
    this.idleLine(text, line);
  }

  /**
   * After net/http's `http: panic serving` line and a blank, with no stack yet: the stack it
   * logged may still come after a few lines of other output (another logger's line, prose) —
   * up to OTHER_OUTPUT_UNDER_HEADLINE of them, none of which is Go's crash text.
   */
  private awaitsHttpStack(text: string): boolean {
    if (isCallOfFrame(text)) return true;
    return (
      this.otherOutputUnderHeadline < OTHER_OUTPUT_UNDER_HEADLINE &&
      !endsCrash(text) &&
      !isTraceLike(text) &&
      crashStartAfterPrefix(text) === -1 &&
      gluedHeadline(text) === -1
    );
  }

  private openHeaderless(line: number): void {
    const goroutine: Goroutine = {
      id: null,
      state: "",
      waitMinutes: 0,
      lockedToThread: false,
      frames: [],
      headerless: true,
      inputLine: line,
    };
    this.openBlock(goroutine, "goroutine");
  }

  // ── a goroutine block, `runtime stack:`, or a relayed thread ────────────────────────────

  private openGoroutine(text: string, line: number): void {
    const crash = this.crash as Crash;
    const header = parseGoroutineHeader(text);
    if (header === null) {
      // `goroutine :`, `goroutine 1e308 [running]:`: no block opens, the crash goes on
      // between blocks (a block closed before this line must not be read on).
      this.unparsed(text, line);
      this.state = "between";
      return;
    }
    // Field by field, not `{ ...header }`: a spread gives goroutines objects V8 handles twice
    // as slowly in every later stage (measured on the 10⁶ dump: 4.7 s → 10.3 s).
    const goroutine: Goroutine = {
      id: header.id,
      state: header.state,
      waitMinutes: header.waitMinutes,
      lockedToThread: header.lockedToThread,
      frames: [],
      inputLine: line,
    };
    if (header.gp !== undefined) goroutine.gp = header.gp;
    if (header.m !== undefined) goroutine.m = header.m;
    if (header.mp !== undefined) goroutine.mp = header.mp;
    if (header.flags !== undefined) goroutine.flags = header.flags;
    if (header.labels !== undefined) goroutine.labels = header.labels;
    this.openBlock(goroutine, this.inRelay ? "thread" : "goroutine");
    crash.span.endLine = line;
  }

  private openSystemStack(line: number): void {
    const crash = this.crash as Crash;
    const stack: Goroutine = {
      id: -1,
      state: "",
      waitMinutes: 0,
      lockedToThread: false,
      frames: [],
      inputLine: line,
    };
    this.openBlock(stack, "system");
    crash.span.endLine = line;
  }

  private openBlock(goroutine: Goroutine, kind: TracebackParser["blockKind"]): void {
    this.block = new BlockReader(goroutine, this.blockSink, this.wrap);
    this.blockKind = kind;
    this.state = "block";
  }

  private blockLine(text: string, line: number): void {
    const crash = this.crash as Crash;
    const result = (this.block as BlockReader).push(text, line);
    if (result === "used") return;
    // A reversed paste keeps the blank Go prints between the headline and the header (go1.26.8
    // src/runtime/panic.go dopanic_m: `print("\n")` before goroutineheader): the headline under
    // a frameless header and that blank is read as one right under it.
    if (result === "ended-before" && this.readReversed(text, line)) return;
    if (result === "end" || result === "ended-before") {
      this.closeBlock();
      this.state = "between";
      if (result === "ended-before") this.betweenLine(text, line);
      return;
    }
    // Not a line of the block: what comes after it.
    if (isGoroutineHeader(text)) {
      this.closeBlock();
      this.openGoroutine(text, line);
      return;
    }
    if (parseRegisterLine(text) !== null) {
      // Registers follow the last stack of a signal dump and of each relayed thread.
      this.closeBlock();
      this.state = "between";
      this.betweenLine(text, line);
      return;
    }
    if (this.readReversed(text, line)) return;
    if (text.charCodeAt(0) === 0x70 /* p */ && this.headlineUnderItsBlock(text, line)) return;
    if (this.blocks === 0 && crash.fatal !== undefined && parseFatalLine(text) === crash.fatal) {
      // The same throw again where its stacks were to be printed: the runtime failed while
      // dying (`panic during panic` next, broad-3/golang-49684) or another thread threw it
      // too. One crash: betweenLine keeps the line as its note and reads on.
      this.closeBlock();
      this.state = "between";
      this.betweenLine(text, line);
      return;
    }
    if (
      parsePanicLine(text) !== null ||
      parseFatalLine(text) !== null ||
      isRunnerTrailer(text) ||
      loggedPanic(text) !== null
    ) {
      this.closeBlock();
      this.endCrash();
      this.idleLine(text, line);
      return;
    }
    const exit = parseExitStatus(text);
    if (exit !== null) {
      this.closeBlock();
      crash.exitStatus = exit;
      crash.span.endLine = line;
      this.endCrash();
      return;
    }
    if (this.suspects.length === 0 && isElisionMark(text)) {
      // A reporter's mark that lines were left out, under a stack (a column of `.` under
      // `runtime stack:`, holdout-15/testkube-2969): the runtime prints none, so the trace goes
      // on after it, however many lines the mark takes. Under `runtime stack:` it may stand for
      // the crashing goroutine's block: the first block after it is not taken for that one.
      if (this.blocks === 0 && this.blockKind === "system") this.elidedBeforeBlocks = true;
      this.unparsed(text, line);
      return;
    }
    this.suspects.push({ text, line });
  }

  /**
   * With unknown lines pending: a trace line makes them the crash's (unparsed); a line that
   * ends crashes, or too many unknown lines, make them the log's. Returns whether `text`
   * still needs handling as a block line.
   */
  private settleSuspects(text: string, line: number): boolean {
    // gccgo's frame: the function's name alone on its line, its file line indented under it.
    const one =
      this.suspects.length === 1 ? (this.suspects[0] as { text: string; line: number }) : null;
    const bare = one === null || this.block === null ? null : parseBareFuncLine(one.text);
    if (bare !== null && parseIndentedFileLine(text) !== null) {
      this.suspects = [];
      (this.block as BlockReader).bareCall(bare, (one as { line: number }).line);
      return true;
    }
    const cutName = one === null || this.block === null ? null : this.cutInName(one.text, text);
    if (cutName !== null) {
      // A function line a terminal cut inside its name at its width: one call line.
      this.suspects = [];
      this.blockLine(cutName, line);
      return false;
    }
    const args = bare === null || !isQualifiedFuncName(bare) ? null : parseArgumentListLine(text);
    if (args !== null) {
      // A function line split before its `(` (broad-2/sampctl-108): one call.
      this.suspects = [];
      (this.block as BlockReader).splitCall(
        bare as string,
        args,
        (one as { line: number }).line,
        line,
      );
      return false;
    }
    // A file line that lost its tab goes on with the block too: the unknown line before it was
    // its function line, garbled (`{0xc0026d0038, 0x1, 0x1})`, broad-2/ziti-2173), and the
    // block keeps it as a frame placed by its file.
    if (isTraceLike(text) || (this.block !== null && looksLikeFileLine(text))) {
      for (const suspect of this.suspects) this.unparsed(suspect.text, suspect.line);
      this.suspects = [];
      return true;
    }
    if (endsCrash(text)) {
      this.endCrashBeforeSuspects();
      this.idleLine(text, line);
      return false;
    }
    this.suspects.push({ text, line });
    if (this.suspects.length >= MAX_SUSPECTS) this.endCrashBeforeSuspects();
    return false;
  }

  /**
   * `k8s.io/…/discovery.apiV` as wide as the terminal, then `ersionsToAPIGroup(0xc8…, 0x`: a
   * function line cut inside its name (holdout-15/kubernetes-website-2102, 50 columns). Only
   * when the first piece, read as no line of the block, was as wide as the wrap, has no blank,
   * and the two read as a call line: the joined line, else null.
   */
  private cutInName(first: string, text: string): string | null {
    if (!this.wrap.atWidthBefore || first.includes(" ")) return null;
    const c = text.charCodeAt(0);
    if (c === 0x09 || c === 0x20 || text === "") return null;
    const joined = first + text;
    return parseCallLine(joined) !== null || parseCutCallLine(joined) !== null ? joined : null;
  }

  /** Ends the crash at its last understood line; the pending unknown lines are read afresh. */
  private endCrashBeforeSuspects(): void {
    if (this.suspects.length === 0) return;
    const suspects = this.suspects;
    this.suspects = [];
    this.endCrash();
    for (const suspect of suspects) this.idleLine(suspect.text, suspect.line);
  }

  private closeBlock(): void {
    const reader = this.block;
    const crash = this.crash;
    this.block = null;
    if (reader === null || crash === null) return;
    reader.close();
    const block = reader.goroutine;
    if (this.blockKind === "system" || isLostSystemStack(crash, block, this.blocks)) {
      crash.systemStacks.push(block.frames);
      this.goVersion.note(crash, block.frames);
      return;
    }
    if (this.blockKind === "thread") {
      crash.threads ??= [];
      crash.threads.push(block);
      return;
    }
    this.addGoroutine(crash, block);
  }

  private closeRecord(): void {
    const record = this.record;
    this.record = null;
    if (record !== null && this.crash !== null) this.addGoroutine(this.crash, record);
  }

  /**
   * A `panic:` headline right under the first block of a dump, no blank between, when that
   * block is running with the panic call on top (holdout-12/gollum-pr60, go1.7: the paste put
   * the headline and its `[signal …]` line last). The runtime prints that block only after the
   * headline (go1.7 runtime/panic.go gopanic: printpanics, then dopanic's traceback), so the
   * headline is its crash's, not a new one with no goroutine; the block is not a logged stack.
   */
  private headlineUnderItsBlock(text: string, line: number): boolean {
    const crash = this.crash as Crash;
    if (crash.kind !== "dump" || this.blocks !== 0 || this.continued) return false;
    const goroutine = (this.block as BlockReader).goroutine;
    const top = goroutine.frames[0]?.func;
    if (goroutine.state !== "running" || (top !== "panic" && top !== "runtime.gopanic"))
      return false;
    const panic = parsePanicLine(text);
    if (panic === null || panic.recovered) return false;
    crash.kind = "panic";
    this.closeBlock();
    crash.panics.push({
      value: withoutStatusTail(withoutGluedLevelTag(panic.value)),
      recovered: false,
      repanicked: panic.repanicked,
    });
    crash.span.endLine = Math.max(crash.span.endLine, line);
    this.enterHeadline();
    return true;
  }

  private addGoroutine(crash: Crash, goroutine: Goroutine): void {
    // Goroutine headers are what is counted: a headerless block (Windows) is not one.
    const count = goroutine.headerless === true ? 0 : (goroutine.count ?? 1);
    crash.goroutineCount += count;
    if (goroutine.state !== "") {
      crash.states[goroutine.state] = (crash.states[goroutine.state] ?? 0) + count;
    }
    // debug.Stack() logged by a recover handler: a goroutine block with a panic frame, no headline.
    if (this.blocks === 0 && !this.continued) {
      // A dump whose first block threw from sigpanic lost its `fatal error:` headline.
      if (crash.kind === "dump" && isSigpanicThrow(goroutine)) crash.kind = "fatal";
      else if (!readAsLoggedDump(crash, goroutine, this.dumpBefore, this.dumpUnderHeading))
        readAsLoggedHeadline(
          crash,
          goroutine,
          crash === this.rewordedCrash,
          goroutine.inputLine !== undefined &&
            this.options.stampedHeadline?.(crash.span.startLine, goroutine.inputLine) === true,
        );
    }
    if (++this.blocks === 1 && crashedFirst(crash) && !this.elidedBeforeBlocks)
      crash.crashing = goroutine;
    this.goVersion.note(crash, goroutine.frames, shapeOf(goroutine));
    if (this.keep) crash.goroutines.push(goroutine);
    this.events.goroutine?.(goroutine, crash);
  }

  /**
   * A headline right under a goroutine header that has no frames yet, with trace lines
   * before the header: the paste is in reverse order (last line first). The dump opened at the
   * header is dropped; the crash is read again from its headline, the header, and the lines
   * before it taken bottom-up, and says so.
   */
  private readReversed(text: string, line: number): boolean {
    const crash = this.crash;
    const block = this.block;
    if (
      crash === null ||
      block === null ||
      crash.kind !== "dump" ||
      this.blocks !== 0 ||
      block.goroutine.frames.length !== 0 ||
      (parsePanicLine(text) === null && parseFatalLine(text) === null)
    )
      return false;
    const headerLine = block.goroutine.inputLine ?? line - 1;
    const before = this.reversed.before(headerLine);
    if (before === null) return false;
    const header = { text: this.dumpHeader, line: headerLine };
    // The dump was never handed out: drop it and read the lines in the order Go printed them.
    this.block = null;
    this.crash = null;
    this.state = "idle";
    this.idleLine(text, line);
    const started = this.crash as Crash | null;
    if (started === null) return true;
    started.readReversed = true;
    started.span.startLine = Math.min(before[before.length - 1]?.line ?? headerLine, headerLine);
    this.dispatch("", line);
    this.dispatch(header.text, header.line);
    for (const earlier of before) this.dispatch(earlier.text, earlier.line);
    started.span.endLine = line;
    return true;
  }

  // ── race reports ────────────────────────────────────────────────────────────────────────

  private raceLine(text: string, line: number): void {
    const crash = this.crash as Crash;
    const race = this.race as RaceReportParser;
    const result = race.push(text, line);
    if (result === "end") {
      crash.span.endLine = line;
      this.endCrash();
      return;
    }
    if (result === "used") {
      if (text !== "") crash.span.endLine = line;
      return;
    }
    // A report cut short: whatever comes next is not part of it.
    if (race.report.accesses.length >= 2 || text.startsWith("panic: ") || isGoroutineHeader(text)) {
      this.endCrash();
      this.idleLine(text, line);
      return;
    }
    this.unparsed(text, line);
  }

  // ── goroutine profiles, debug=1 ─────────────────────────────────────────────────────────

  private profileLine(text: string, line: number): void {
    const crash = this.crash as Crash;
    if (text === "") {
      this.closeRecord();
      return;
    }
    const record = parseProfileRecord(text, line);
    if (record !== null) {
      this.closeRecord();
      this.record = record;
      crash.span.endLine = line;
      return;
    }
    if (this.record !== null) {
      const frame = parseProfileFrame(text, line);
      if (frame !== null) {
        this.record.frames.push(frame);
        crash.span.endLine = line;
        return;
      }
      const labels = parseProfileLabels(text);
      if (labels !== null) {
        this.record.labels = labels;
        crash.span.endLine = line;
        return;
      }
    }
    this.closeRecord();
    this.endCrash();
    this.idleLine(text, line);
  }

  // ── a fatal signal dump's header lines (after `SIGxxx: …` and `PC=…`) ────────────────────

  private sigdumpLine(text: string, line: number): void {
    const crash = this.crash as Crash;
    const signal = crash.signal;
    if (signal !== undefined && text.endsWith("during cgo execution")) {
      signal.duringCgo = true;
    } else if (signal !== undefined && text === "signal arrived during external code execution") {
      signal.duringCgo = true;
    } else if (text.startsWith("instruction bytes:")) {
      crash.notes.push({ line, text });
    } else {
      this.state = "between";
      this.betweenLine(text, line);
      return;
    }
    crash.span.endLine = line;
  }

  // ── stacks that programs log themselves ─────────────────────────────────────────────────

  private openLogged(start: Extract<StartResult, { kind: "start" }>): void {
    const first = start.lines[0] as HeldLine;
    const crash = this.startCrash({ kind: "logged", line: first.line });
    openLoggedCrash(crash, start.message);
    this.loggedMessageLine = start.message?.text ?? "";
    this.prefix = start.prefix;
    this.loggedReader = new LoggedStackReader(first.line);
    this.state = "logged";
    // A held line the stack does not take ends it; the lines after it are read afresh
    // (fuzzing found the reader gone by then: `/.go:4`, `  o:3`, `e.t`, `  s:5`).
    for (const held of start.lines) this.dispatch(held.text.slice(start.prefix.length), held.line);
  }

  private loggedLine(text: string, line: number): void {
    if ((this.loggedReader as LoggedStackReader).push(text, line) === "used") {
      (this.crash as Crash).span.endLine = line;
      return;
    }
    this.endCrash();
    this.idleLine(text, line);
  }

  private closeLogged(): void {
    const reader = this.loggedReader;
    this.loggedReader = null;
    if (reader === null || this.crash === null) return;
    reader.close();
    if (isErrorStack(reader.goroutine.frames, this.loggedMessageLine)) this.crash.errorStack = true;
    this.addGoroutine(this.crash, reader.goroutine);
  }

  // ── crash bookkeeping ───────────────────────────────────────────────────────────────────

  private startCrash(start: CrashStart): Crash {
    this.endCrash();
    this.dropGlued();
    const first = this.preamble[0];
    const crash = newCrash({
      ...start,
      line: first === undefined ? start.line : Math.min(first.line, start.line),
    });
    crash.notes.push(...this.preamble);
    this.preamble = [];
    if (this.options.stream !== undefined) crash.stream = this.options.stream;
    if (this.testFail !== null && start.line - this.testFail.line <= TEST_FAIL_REACH) {
      crash.tests = {
        failed: [{ name: this.testFail.name, duration: this.testFail.duration }],
        running: [],
      };
    }
    this.testFail = null;
    this.continued = false;
    this.dumpBefore = null;
    this.inRelay = false;
    this.blocks = 0;
    this.elidedBeforeBlocks = false;
    this.rewordedCrash = null;
    this.goVersion = new GoVersionReader();
    this.crash = crash;
    return crash;
  }

  private endCrash(): void {
    const crash = this.crash;
    if (crash === null) return;
    if (this.state === "headline") this.headline.readReversedValue(crash);
    const tail = this.headline.takeTail();
    const header = this.headline.takeHeader();
    if (header !== null) this.openGoroutine(header.text, header.line);
    this.closeBlock();
    this.closeRecord();
    this.closeLogged();
    this.headline.settleRepeated(crash);
    if (this.race !== null) {
      finishRace(crash, this.race);
      this.race = null;
    }
    this.crash = null;
    this.state = "idle";
    this.prefix = "";
    finishCrash(crash);
    this.events.crash(crash);
    // Held lines that were not the value's are read as lines of their own.
    for (const held of tail) this.idleLine(held.text, held.line);
  }

  private unparsed(text: string, line: number): void {
    const crash = this.crash;
    if (crash === null) {
      this.events.stray?.(text, line);
      return;
    }
    crash.unparsedCount++;
    crash.span.endLine = Math.max(crash.span.endLine, line);
    if (crash.unparsed.length < this.maxUnparsed) {
      crash.unparsed.push({
        line,
        text: text.length > MAX_KEPT_TEXT ? `${text.slice(0, MAX_KEPT_TEXT)}…` : text,
      });
    }
  }

  private flushPreamble(): void {
    const oom = this.preamble.find((n) => isOutOfMemoryReport(n.text));
    if (oom !== undefined) {
      // The runtime's report that the heap could not grow, whose `fatal error: out of memory`
      // a log did not keep: that throw always follows it (go1.26.8 src/runtime/mheap.go grow
      // prints it and fails, mcache.go refill and allocLarge throw; go1.6 mheap.go the same).
      const crash = this.startCrash({ kind: "fatal", line: oom.line });
      crash.fatal = "out of memory";
      this.endCrash();
      return;
    }
    for (const note of this.preamble) this.events.stray?.(note.text, note.line);
    this.preamble = [];
  }

  private rawSignalHeader(info = this.signalHeader?.info): string {
    if (info === null || info === undefined) return "";
    return info.description === "" ? info.name : `${info.name}: ${info.description}`;
  }
}

/**
 * A goroutine header, then goroutine-inspect's count of the goroutines its `dedup` folded into
 * this one and their ids: ` 1 times: [[216074]` (linuxerwang/goroutine-inspect goroutine.go
 * `Print`: `" %d times: [["`, the ids joined by `", "`, `"]"`; holdout-14/lnd-pr10035). The
 * list may be cut with its line.
 */
const HEADER_THEN_FOLDED_IDS = new RegExp(
  `^( {0,${MAX_HEADLINE_INDENT}}${WHOLE_HEADER}) \\d{1,9} times: \\[\\[[\\d, ]*\\]?$`,
);

/** A whole goroutine header (after a paste's indentation), then blanks and other words. */
const HEADER_THEN_NOTE = new RegExp(`^( {0,${MAX_HEADLINE_INDENT}}${WHOLE_HEADER})[ \\t]+(?=\\S)`);

/** How many lines of other output may stand between net/http's line and its stack. */
const OTHER_OUTPUT_UNDER_HEADLINE = 3;

function isBlanks(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}
