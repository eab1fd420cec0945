// Removes what log systems wrap around crash text, line by line, and says which stream each
// line belongs to, so that stdout interleaved with a crash on stderr, or two programs in one
// syslog file, do not break the crash apart. Layers, outside in: a whole input pasted indented
// (paste-indent.ts); a markdown or mail quote's marks; a container runtime's record (docker
// json-file, CRI, kubectl's time stamp: the line the program wrote, read from here on as a bare
// log's line); a log viewer's line numbers on lines of their own (line-number-gutter.ts); a
// one-column CSV cell (csv-cell.ts); markdown; a known logger prefix (syslog, klog, timestamps); a learnt prefix (prefix-learner.ts) and the continuation lines of a prefixed
// line; and what carries Go's text inside one line: test2json events, a JSON field, an escaped
// value.
//
// Plain crash text takes the first branch of push() and nothing else runs for it.

import { gluedHeadline } from "../traceback/line-kinds.js";
import { ComposeColumn } from "./compose-column.js";
import { ConsoleWrap } from "./console-wrap.js";
import { parseCriLine, parseDockerLine, parseKubectlLine } from "./container-log.js";
import { csvCellText } from "./csv-cell.js";
import { DoubleSpaced } from "./double-spaced.js";
import { splitFlattened, splitFlattenedRest } from "./flattened.js";
import { GluedLineNumbers } from "./glued-line-numbers.js";
import { splitGluedSyslogLines } from "./glued-syslog-lines.js";
import { closingQuote, escapedLines, findEscapedCrash } from "./go-quoted.js";
import { HEADER_AT_END, HEADER_ENDS_LINE, WHOLE_HEADER } from "./goroutine-header-text.js";
import { jsonArrayElement, jsonLinesArray } from "./json-array-line.js";
import { crashLinesInJson } from "./json-field.js";
import { JsonMessageField } from "./json-message.js";
import { LineNumberGutter } from "./line-number-gutter.js";
import { removeLinePrefix, type Unprefixed } from "./line-prefixes.js";
import { LogSuffixes } from "./log-suffix.js";
import { LogfmtMessageField } from "./logfmt-message.js";
import { splitLostNewlines } from "./lost-newlines.js";
import { removeMarkdown, withoutQuoteMarks } from "./markdown.js";
import { PasteIndent } from "./paste-indent.js";
import { looksLikeGoLine, PrefixLearner } from "./prefix-learner.js";
import { SharedColumn } from "./shared-column.js";
import { Staircase } from "./staircase.js";
import { parseTestEvent } from "./test-json.js";
import { opensWrappedValue, WordWrappedValue } from "./word-wrapped-value.js";
import { WrappedLine } from "./wrapped-line.js";
import { headlineWrittenAlone, heldLineSays, MAX_HELD, PieceJoiner } from "./write-pieces.js";

/** Receives each unwrapped line with the input line it came from and its stream ("" when unnamed). */
export type UnwrappedSink = (text: string, line: number, stream: string) => void;

/** The stream a line was read in, kept with a line held to be read later. */
interface LineStream {
  outer: string;
  depth: number;
  stamped: boolean;
  /** It came out of a container record. */
  fromRecord: boolean;
}

/** Which wrappers were seen, for the report. */
export interface WrapperCounts {
  docker: number;
  cri: number;
  prefixed: number;
  json: number;
  /** Lines whose prefix was learnt from the log itself. */
  learnt: number;
  /** `go test -json` / gotestsum events. */
  testJson: number;
  /** Crash text escaped onto one line (`%q`, logfmt values). */
  escaped: number;
  /** A log viewer's line numbers, each on a line of its own (counted only when there are any). */
  lineNumbers?: number;
  /** Lines that were each one quoted CSV cell (counted only when there are any). */
  csvCells?: number;
}

/** A crash's first line kept back for one line: its prefix may show up only on the next. */
interface Held {
  text: string;
  line: number;
  stream: string;
  /** The blanks its input line ended in (blanksCut). */
  blanks: string;
}

/** test2json output without a newline is passed on once it is this long. */
const MAX_TEST_OUTPUT = 16 * 1024 * 1024;
const LOWER_FIRST = 4096;
/** Lines held for shared columns to be decided (shared-column.ts) before they are decided on what there is. */
const MAX_COLUMN_HELD = 16;
/** `raw` is a container runtime's record (containerRecord reads it). */
function opensRecord(raw: string, c: number): boolean {
  if (c === 0x7b /* { */) return parseDockerLine(raw) !== null;
  return c >= 0x30 && c <= 0x39 && (parseCriLine(raw) ?? parseKubectlLine(raw)) !== null;
}

/** Lines kept back for the column they share before a prefix is learnt (keptRun). */
const MAX_KEPT = 8;
/** How long a column shared by kept lines may be, and how short. */
const MAX_COLUMN = 256;
const MIN_COLUMN = 3;
const LOWER_SAMPLE = 64;
const LOWER_ALL = -(2 ** 52);
/** A record cut at a terminal's width is joined only when it is about a crash. */
const WRAPPED_JSON_CRASH = /goroutine \d+ \[|panic: |fatal error: |"(?:stack|stacktrace|error)"/;
/** `api-1       |`: what docker compose prints for a blank line of a service (its blank is gone). */
const COMPOSE_BLANK = /^[A-Za-z0-9][\w.-]{0,100} {1,64}\|$/;
/** `[ 08-05 12:05:18.894  7661: 7661 E/Go       ]`: logcat's header of a multi-line message. */
const LOGCAT_LONG_HEADER =
  /^\[ \d\d-\d\d \d\d:\d\d:\d\d\.\d{3} +\d+: *\d+ [VDIWEFA]\/[^\]]{0,200}\]$/;

export class Unwrapper {
  readonly seen: WrapperCounts = {
    docker: 0,
    cri: 0,
    prefixed: 0,
    json: 0,
    learnt: 0,
    testJson: 0,
    escaped: 0,
  };
  /** Pieces of lines split by the container runtime, per stream, waiting for their end. */
  private readonly partial = new Map<string, { text: string; line: number }>();
  /** test2json output not yet ended by a newline, per test. */
  private readonly testOutput = new Map<string, { text: string; line: number }>();
  private readonly learner = new PrefixLearner();
  private readonly suffixes = new LogSuffixes();
  /** The field of one-line JSON records that carries a program's lines, once learnt. */
  private readonly jsonMessage = new JsonMessageField();
  /** The same for logrus's text records (logfmt-message.ts). */
  private readonly logfmtMessage = new LogfmtMessageField();
  /** Some state is open that plain lines must pass through (a prefix learnt, a value being joined…). */
  private slow = false;
  /**
   * Lower-case lines passed so far (LOWER_ALL: every one is read for a prefix or escaped text
   * before it is passed on). A plain dump's millions of function lines would pay for reading
   * them, so only an input's first LOWER_FIRST are, then one in LOWER_SAMPLE, until one turns
   * out not to be Go's own.
   */
  private lowerSeen = 0;
  /** A prefix was learnt: every line is tried against it from now on. */
  private learnt = false;
  private wrapped: WrappedLine | null = null;
  private held: Held | null = null;
  /**
   * The stream of the last learnt prefix whose lines have never followed each other: a logger
   * that prefixes only the first line of a message (zap's console, `echo: http: panic serving
   * …`), so the lines after it without a prefix are that message's. A prefix seen on two
   * lines in a row is on every line (logcat, compose): a line without it is another stream's.
   */
  private sticky: string | null = null;
  /** Learnt prefixes seen on two lines in a row, by stream. */
  private readonly everyLine = new Set<string>();
  /** The stream of the last line when it was a goroutine header behind a learnt prefix, else null. */
  private headerLearnt: string | null = null;
  /** The last line when it was a call behind a learnt prefix: its stream and number. */
  private callLearnt: { stream: string; line: number } | null = null;
  /** The stream of the last line when a learnt prefix was removed from it, else null. */
  private lastLearnt: string | null = null;
  /**
   * The last line had a prefix: lines indented under it continue it (journald, logcat). `base`
   * is that line's own indentation (a paste indented as a markdown code block): a line indented
   * only as far is the next line of the paste, not a continuation.
   */
  private continuation: {
    stream: string;
    indent: number;
    base: number;
    /** How many records (log systems' or containers') the line it continues was inside. */
    depth: number;
  } | null = null;
  /** Blanks before every line of a paste, learnt where a known logger prefix followed them. */
  private pasteIndent = 0;
  /** The last line whose program's own logger prefix came off a `panic: ` (stampedHeadline). */
  private stampedPanic = -1;
  /** The first line after it that had a prefix too. */
  private prefixedAfterStamp = Number.POSITIVE_INFINITY;
  /** Blanks before every line of the whole input, learnt from its first line (paste-indent.ts). */
  private readonly inputIndent = new PasteIndent();
  /** docker compose's service column, learnt from a paste's first line, one per depth of records (compose-column.ts). */
  private readonly composeColumns: ComposeColumn[] = [];
  /** A column every line of a paste carries, one per depth of records (shared-column.ts). */
  private readonly sharedColumns: SharedColumn[] = [];
  /** Lines held while a paste's shared column is decided, with the state they were read in. */
  private columnHeld: { raw: string; line: number; at: LineStream }[] = [];
  /** The line being read came out of a container record. */
  private fromRecord = false;
  /**
   * Blanks before every line the container records (or stamps) hold, one paste per depth of
   * wrapping: a record's line is read as a line of the input is (paste-indent.ts).
   */
  private readonly recordIndents: PasteIndent[] = [];
  /** Blanks before every line behind another layer, a paste's indentation or a quote's marks (behindLayer). */
  private readonly layerIndents = new Map<string, PasteIndent>();
  /** How many container records (or stamps) the line being read is inside. */
  private depth = 0;
  /** The line being read came out from behind a time stamp alone (parseKubectlLine). */
  private stamped = false;
  /** The width of the current input line before its trailing blanks were cut (a wrapped line's width). */
  private rawWidth = 0;
  /** The current input line as read: a wrapped value is joined from these, blanks and all. */
  private rawLine = "";
  /** The text of the line read last, and of the one before it (a prefix learnt late may be on it). */
  private lastLine = "";
  private lineBefore = "";

  /** The stream whose last line was a flattened traceback's, cut after a call (flattened.ts). */
  private flattenedCall: string | null = null;

  /** The input line read last as it was, and its number (blanksCut). */
  private passedRaw = "";
  private passedLine = 0;
  /**
   * The stream of the container record whose line is being read (stdout, stderr), "" for a line
   * in none: Go's lines found in it go to streams inside it.
   */
  private outer = "";
  /** A held headline being handed on, and the blanks its input line ended in. */
  private released: { line: number; blanks: string } | null = null;

  /** The input line that was last a string of a JSON array (json-array-line.ts). */
  private elementLine = -1;

  /** A line that was one quoted CSV cell holding a doubled quote has been read. */
  private csvSeen = false;

  /** The stream of the last line when it was a prefixed function line cut before its `)`. */
  private cutCall: string | null = null;
  /** The stream of the last line when it was a prefixed file line cut inside its path. */
  private cutPath: string | null = null;

  /** Input lines held after a headline written alone: are Go's lines in pieces (write-pieces.ts)? */
  private holding: { raw: string; line: number }[] | null = null;
  /**
   * The learnt prefix whose lines are pieces of Go's, being joined, and the stream they go to
   * (inside a container record's).
   */
  private joining: { prefix: string; stream: string; joiner: PieceJoiner } | null = null;
  /** Rows of an escaped value a viewer word-wrapped, held to be joined (word-wrapped-value.ts). */
  private valueRows: WordWrappedValue | null = null;
  /** The line being read is such rows joined: its width is no terminal's (rawWidth 0). */
  private rowsJoined = false;
  private readonly gutter = new LineNumberGutter(
    (raw, line) => this.read(raw, line),
    () => {
      this.seen.lineNumbers = (this.seen.lineNumbers ?? 0) + 1;
    },
  );

  /** A log viewer's line numbers glued to each line's text (glued-line-numbers.ts). */
  private readonly gluedNumbers = new GluedLineNumbers<LineStream>(
    (raw, line, at) => this.numberedLine(raw, line, at),
    () => {
      this.seen.lineNumbers = (this.seen.lineNumbers ?? 0) + 1;
    },
  );

  /** A raw-mode terminal's staircase of blanks taken off (staircase.ts). */
  private readonly stairs = new Staircase();
  /** A paste with a blank line after every line read as it was printed (double-spaced.ts). */
  private readonly doubleSpaced = new DoubleSpaced((text, line) => this.consoleLine(text, line));
  /** Lines a console cut at its width joined again (console-wrap.ts). */
  private readonly console = new ConsoleWrap(
    (text, line) => this.pushLine(text, line),
    (text) => this.gutter.expects(text),
  );
  /**
   * Lines a console cut at its width inside container records (each read as it would be bare),
   * joined again in their record's stream; the tag is the record's stream behind "1" when its
   * time stamp alone wrapped it (kubectl's), "0" when not.
   */
  private readonly recordRows = new ConsoleWrap(
    (text, line, tag) => this.recordRow(text, line, tag),
    (text) => this.gutter.expects(text),
  );
  /** The current input line's number less the number it is handed on as (recordRows' joins). */
  private rowShift = 0;

  constructor(private readonly sink: UnwrappedSink) {}

  /** Lines that start with a tab or a lower-case letter but `p` and `f` go straight to the sink. */
  get passesPlain(): boolean {
    // Not while a line is kept back: read past the unwrapper, a block would go before it.
    return (
      !this.slow &&
      this.deferred === null &&
      this.doubleSpaced.off &&
      this.console.idle &&
      this.recordRows.idle &&
      !this.columnPending
    );
  }

  /** The input's own lines are held or read for a shared column (shared-column.ts). */
  private get columnPending(): boolean {
    const column = this.sharedColumns[0];
    return column === undefined || !column.off;
  }

  /** The input line of a line number handed on (a double-spaced paste's are renumbered). */
  inputLine(line: number): number {
    return this.doubleSpaced.realLine(this.console.realLine(this.recordRows.realLine(line)));
  }

  /** Whether line numbers handed on are not the input's (inputLine maps them back). */
  get renumbered(): boolean {
    return this.doubleSpaced.renumbered || this.console.renumbered || this.recordRows.renumbered;
  }

  /** A prefix was learnt: every line is read for it from now on. */
  get learntPrefix(): boolean {
    return this.learnt;
  }

  /**
   * `n` lines that push() would have passed on (lower-case first letter, each one Go's:
   * looksLikeGoLine) were read past it (src/pipeline/fast-blocks.ts): counted as it counts them.
   */
  countLower(n: number): void {
    this.lowerSeen += n;
  }

  push(input: string, line: number): void {
    if (this.doubleSpaced.off) this.consoleLine(input, line);
    else this.doubleSpaced.push(input, line);
  }

  /** A line that may be a console's row goes through the joiner; any other line on. */
  private consoleLine(input: string, line: number): void {
    if (this.console.idle && this.console.passes(input.length)) this.pushLine(input, line);
    else this.console.push(input, line);
  }

  private pushLine(input: string, line: number): void {
    this.outer = "";
    this.depth = 0;
    this.stamped = false;
    this.fromRecord = false;
    // Numbered as the lines inside records are once their rows were joined.
    const at = this.recordRows.idle ? line : this.recordRows.number(line);
    this.rowShift = line - at;
    this.pasted(input, at, this.inputIndent);
  }

  /** A record's line, its console rows joined (recordRows): read as the input's lines are. */
  private recordRow(text: string, line: number, tag: string): void {
    this.outer = tag.slice(1);
    this.depth = 1;
    this.stamped = tag.charCodeAt(0) === 0x31;
    this.fromRecord = true;
    this.pasted(text, line, this.recordIndent());
  }

  /**
   * A line of a paste (the input, or the lines inside container records: every reader reads
   * them as it reads the input's), its paste's indentation and quote marks taken off.
   */
  private pasted(input: string, line: number, indent: PasteIndent): void {
    let raw = input;
    if (!indent.off) {
      // The outermost layer: an indented paste of the whole log (or of all the records hold).
      raw = indent.take(input);
      // What it indented is read as a paste is, an indentation of its own included (a
      // tab-indented paste inside a markdown code block's four blanks).
      if (raw !== input) raw = this.behindLayer("blanks", raw);
      this.refresh();
    }
    let c = raw.charCodeAt(0);
    if (c === 0x3e /* > */) {
      // A markdown or mail quote, the next layer in: every reader after it sees the lines as
      // they were before they were quoted (Go starts no line with `>`), a paste's indentation
      // behind the marks included.
      raw = this.behindLayer("quote", withoutQuoteMarks(raw));
      c = raw.charCodeAt(0);
    }
    const column = this.composeColumn();
    if (!column.off) {
      const inner = column.take(raw);
      if (inner !== raw) {
        this.inColumn(column.name, inner, line);
        return;
      }
    }
    this.columned(raw, line, c);
  }

  /**
   * A line's text behind a column (docker compose's, or one every line of a paste shares): a
   * stream named by the column, as a learnt prefix's is, read as the input's lines are, a
   * paste's indentation of its own included (a tab-indented paste behind the column,
   * holdout-15/nomad-1277).
   */
  private inColumn(name: string, inner: string, line: number): void {
    this.seen.learnt++;
    this.outer = join(this.outer, name);
    this.depth++;
    this.pasted(inner, line, this.recordIndent());
  }

  /** A paste's line, its indentation, quote marks and compose column off: its shared column next. */
  private columned(raw: string, line: number, c: number): void {
    const shared = this.sharedColumn();
    const opens = !shared.deciding && this.columnHeld.length > 0 && opensRecord(raw, c);
    if (
      this.depth === 0 &&
      !this.recordRows.idle &&
      (shared.deciding || (this.columnHeld.length > 0 && !opens))
    ) {
      // A record's row held for its rest is read before a line that is held: in order.
      const { outer, stamped } = this;
      this.recordRows.end();
      this.outer = outer;
      this.depth = 0;
      this.stamped = stamped;
    }
    if (!shared.deciding && this.columnHeld.length > 0) {
      // A container record is opened first, its line held at the depth that decides: held
      // unopened, the records' lines after the first would reach that depth only once it had
      // decided without them (holdout-22/immortalwrt-packages-194 in CRI records). A line that
      // is none and stays at this depth says the records are not the whole paste: the column
      // their lines share is decided on the lines they have (broad/istio-38162's two
      // `kubectl logs --timestamps` lines among bare ones, tabs expanded: damaged-real).
      if (
        !opens &&
        (shared.off || shared.take(raw) === null) &&
        this.columnHeld.some((h) => h.at.fromRecord)
      )
        this.endHeldColumns();
    }
    if (shared.deciding || (this.columnHeld.length > 0 && !opens)) {
      // Held while any depth decides, in order; a column inside another (a pod's log in a
      // compose service's) waits for lines that carry the outer one, so few are waited for.
      this.columnHeld.push({ raw, line, at: this.lineStream() });
      const decided = shared.deciding && shared.offer(raw);
      if (!decided && this.columnHeld.length > MAX_COLUMN_HELD)
        for (const column of this.sharedColumns) column?.end();
      if (decided || this.columnHeld.length > MAX_COLUMN_HELD) this.replayColumnHeld();
      return;
    }
    if (!shared.off) {
      const inner = shared.take(raw);
      if (inner !== null) {
        this.inColumn(shared.name, inner, line);
        return;
      }
    }
    if ((c === 0x7b /* { */ || (c >= 0x30 && c <= 0x39)) && this.containerRecord(raw, line, c))
      return;
    // A record's row held for its rest goes before any line that is none.
    if (!this.recordRows.idle) this.recordRows.end();
    if (((c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) && this.logSystemRecord(raw, line))
      return;
    this.logLine(raw, line, c);
  }

  /** The lines held while the shared column was decided, read now that it is. */
  private replayColumnHeld(): void {
    const held = this.columnHeld;
    this.columnHeld = [];
    for (const h of held) {
      this.setLineStream(h.at);
      this.columned(h.raw, h.line, h.raw.charCodeAt(0));
    }
  }

  /** The shared column of the lines at this depth of records. */
  private sharedColumn(): SharedColumn {
    let column = this.sharedColumns[this.depth];
    if (column === undefined) {
      column = new SharedColumn();
      this.sharedColumns[this.depth] = column;
    }
    return column;
  }

  /**
   * A line a log system stored for a program it names (journald's or syslog's `host app[pid]: `):
   * what follows is the line the program wrote, read as a line of the input is — every reader
   * that acts at a line's start (a paste's indentation, CSV cells, a viewer's line numbers,
   * container records, lost newlines, Go's lines in pieces, a learnt prefix and the text glued
   * before Go's) reads it as it would read it bare —, in a stream inside the program's, as a
   * container record's line is. False when `raw` has no such prefix.
   */
  private logSystemRecord(raw: string, line: number): boolean {
    // Its lines glued end to end by a copy (glued-syslog-lines.ts): each is a record of its own.
    const tagEnd = raw.length > 40 ? raw.indexOf("]: ") : -1;
    const glued =
      tagEnd !== -1 && raw.indexOf("]: ", tagEnd + 3) !== -1 ? splitGluedSyslogLines(raw) : null;
    if (glued === null) return this.logSystemLine(raw, line);
    const { outer, depth } = this;
    for (const piece of glued) {
      this.outer = outer;
      this.depth = depth;
      if (!this.logSystemLine(piece, line)) this.logLine(piece, line, piece.charCodeAt(0));
    }
    return true;
  }

  /** One line of a log system's record (logSystemRecord). */
  private logSystemLine(raw: string, line: number): boolean {
    const found = removeLinePrefix(raw);
    if (found?.stream === undefined) return false;
    this.seen.prefixed++;
    this.stamped = true;
    // A file line's tab written as `>` behind it (logcat in Android Studio), not a quote's mark.
    const inner =
      found.text.charCodeAt(0) === 0x3e ? (withTabRestored(found.text) ?? found.text) : found.text;
    const stream = join(this.outer, found.stream);
    // The line is no continuation of the one before it in this record's stream: its own text's
    // blanks are its own (the line before may still be kept back, its continuation to come). A
    // continuation that began inside a record of this stream goes on, as it would between the
    // lines read bare: one under a line whose logger's stamp came off inside (gitea's stamped
    // line, its stack's lines indented under it), or under an inner log system's line
    // (journald storing dockerd's journal, its continuation lines in journald's records).
    const level = this.depth;
    const goesOn = (c: { stream: string; depth: number }) =>
      c.depth > level && (c.stream === stream || c.stream.startsWith(`${stream} `));
    if (this.continuation !== null && !goesOn(this.continuation)) this.continuation = null;
    const before = this.deferred;
    if (before?.continues !== undefined && !goesOn(before.continues)) before.continues = undefined;
    this.outer = stream;
    this.depth++;
    // The program's lines are not held to decide a column they share (shared-column.ts): read
    // at once, in order, the lines indented under one continue it.
    const column = this.sharedColumn();
    if (column.deciding) column.end();
    this.pasted(inner, line, this.recordIndent());
    // Lines indented under it, without the prefix, continue it (journald's continuation lines),
    // unless a prefix inside it named a stream of its own for them.
    const kept = this.deferred;
    if (kept !== null && kept.line === line) kept.continues ??= { stream, depth: level };
    else this.continueUnder(stream, level);
    return true;
  }

  /** Lines indented under the last line continue `stream`, unless the line set a stream for them. */
  private continueUnder(stream: string, depth: number): void {
    if (this.continuation !== null) return;
    this.continuation = { stream, indent: 0, base: 0, depth };
    this.refresh();
  }

  /**
   * A container runtime's record (container-log.ts): the line the program wrote is in it, read
   * as a line of a bare log would be, every reader after this one included; its lines go to
   * streams inside the record's (stdout, stderr). False when `raw` is no record.
   */
  private containerRecord(raw: string, line: number, c: number): boolean {
    let record = c === 0x7b ? parseDockerLine(raw) : parseCriLine(raw);
    if (record !== null) {
      if (c === 0x7b) this.seen.docker++;
      else this.seen.cri++;
    } else if (c !== 0x7b) {
      // `kubectl logs --timestamps`: the record's time alone before its line, counted as the
      // prefix it was counted as before it was read here.
      record = parseKubectlLine(raw);
      if (record === null) return false;
      this.seen.prefixed++;
      this.stamped = true;
    } else return false;
    // A record inside a record's line (a container's log of a program that prints one) is a
    // stream inside that record's.
    const stream = record.stream === "" ? this.outer : join(this.outer, record.stream);
    const pending = this.partial.get(stream);
    const joined = pending === undefined ? record.text : pending.text + record.text;
    const first = pending === undefined ? line : pending.line;
    if (record.partial) {
      // The piece is kept as written: a split may fall right after a blank.
      this.partial.set(stream, { text: joined, line: first });
      return true;
    }
    if (pending !== undefined) this.partial.delete(stream);
    if (this.depth === 0) {
      // The program's lines, cut by a console before they were stored, are joined as bare
      // lines are (console-wrap.ts); a record inside a record's line is read as it is.
      // Held while the records' lines are held to decide a shared column too: the next record
      // goes into the joiner before the hold (columned), and a line that is none reads the
      // held row before it is held itself — in order.
      const column = this.sharedColumns[1];
      const mayHold = column !== undefined && (!column.deciding || this.columnHeld.length > 0);
      const tag = `${this.stamped ? 1 : 0}${stream}`;
      this.recordRows.push(joined, first + this.rowShift, tag, mayHold);
      return true;
    }
    this.outer = stream;
    this.depth++;
    this.fromRecord = true;
    this.pasted(joined, first, this.recordIndent());
    return true;
  }

  /** A line of the log, outside any container record. */
  private logLine(raw: string, line: number, c: number): void {
    if ((c >= 0x30 && c <= 0x39) || (this.slow && this.gluedNumbers.busy)) {
      const taken = this.gluedNumbers.push(raw, line, this.lineStream());
      this.refresh();
      if (taken) return;
    }
    this.numberedLine(raw, line, null);
  }

  /**
   * A line of the log, a viewer's numbers glued to it taken off; a line held for them (`at`)
   * is read in the stream it came in, and the line being read goes on in its own.
   */
  private numberedLine(raw: string, line: number, at: LineStream | null): void {
    if (at !== null) {
      const now = this.lineStream();
      this.setLineStream(at);
      this.numberedLine(raw, line, null);
      this.setLineStream(now);
      return;
    }
    const c = raw.charCodeAt(0);
    if ((c >= 0x30 && c <= 0x39) || (this.slow && this.gutter.busy)) {
      const taken = this.gutter.push(raw, line);
      this.refresh();
      if (taken) return;
    }
    this.read(raw, line);
  }

  /** A line of the log, a viewer's line numbers taken out. */
  private read(raw: string, line: number): void {
    // Settled before the line takes any path, the fast one too: the lines stay in order.
    if (this.deferred !== null && !this.keepsColumn(raw)) this.settleRun(cleanLine(raw));
    if (this.holding !== null) {
      this.hold(raw, line);
      return;
    }
    if (this.joining !== null && this.joinPiece(raw, line)) return;
    if (this.valueRows !== null) {
      // The rows are one stream's (a record's, a column's): a line of another ends them.
      if (this.valueRows.outer === this.outer && this.valueRows.depth === this.depth) {
        this.valueRow(raw, line);
        return;
      }
      this.endValueRows();
    }
    if (raw.charCodeAt(raw.length - 1) === 0x20) {
      if (headlineWrittenAlone(raw)) {
        this.holding = [{ raw, line }];
        this.refresh();
        return;
      }
      if (opensWrappedValue(raw)) {
        this.valueRows = new WordWrappedValue(raw, line, this.outer, this.depth, this.stamped);
        this.refresh();
        return;
      }
    }
    this.pass(raw, line);
  }

  /** The next row of a word-wrapped escaped value being held (word-wrapped-value.ts). */
  private valueRow(raw: string, line: number): void {
    const value = this.valueRows as WordWrappedValue;
    const step = value.add(raw, line);
    if (step === "more") return;
    this.endValueRows();
    if (step === "stop") this.pass(raw, line);
  }

  /**
   * The held rows, joined into the line they were when they make a value, else as they are;
   * read in the stream they came in.
   */
  private endValueRows(): void {
    const value = this.valueRows as WordWrappedValue;
    const { outer, depth, stamped } = this;
    this.outer = value.outer;
    this.depth = value.depth;
    this.stamped = value.stamped;
    if (value.isValue) {
      // Still held while passed: the joined line takes the slow path.
      this.rowsJoined = true;
      this.pass(value.text, value.rows[0]?.line ?? 0);
      this.rowsJoined = false;
      this.valueRows = null;
      this.refresh();
    } else {
      this.valueRows = null;
      this.refresh();
      // None starts a hold again: a row is held once at most, whatever the input.
      for (const row of value.rows) this.pass(row.raw, row.line);
    }
    this.outer = outer;
    this.depth = depth;
    this.stamped = stamped;
  }

  /** A line held after a headline written alone, until the lines say whether they are pieces. */
  private hold(raw: string, line: number): void {
    const held = this.holding as { raw: string; line: number }[];
    held.push({ raw, line });
    const says = heldLineSays(raw);
    if (says === "pieces" && this.startJoining(held)) return;
    if (says !== null || held.length >= MAX_HELD) this.release();
  }

  /** The held lines are read as they are, as they would have been without the hold. */
  private release(): void {
    const held = this.holding as { raw: string; line: number }[];
    this.holding = null;
    this.refresh();
    // None starts a hold again: a line is held once at most, whatever the input.
    for (const h of held) this.pass(h.raw, h.line);
  }

  /**
   * The held lines are pieces of Go's lines: the log's prefix is learnt from them, and each
   * line with it (the headline too when it has none: a paste that started after the prefix)
   * is a piece of that stream. False when no prefix is found on them.
   */
  private startJoining(held: { raw: string; line: number }[]): boolean {
    let stream: string | null = null;
    for (const h of held) {
      const text = cleanLine(h.raw);
      const found = this.learner.strip(text) ?? this.learner.learn(text);
      if (found !== null) {
        this.learnt = true;
        stream ??= found.stream;
      }
    }
    if (stream === null) return false;
    this.holding = null;
    this.joining = { prefix: stream, stream: join(this.outer, stream), joiner: new PieceJoiner() };
    this.refresh();
    held.forEach((h, i) => {
      const found = h.raw === "" ? null : this.learner.strip(h.raw);
      if (found !== null && found.stream === stream) {
        this.seen.learnt++;
        this.addPiece(found.text, h.line);
      } else if (i === 0) this.addPiece(h.raw, h.line);
      else this.pass(h.raw, h.line);
    });
    return true;
  }

  /** A line of the joined stream is a piece of it; any other line ends the joining. */
  private joinPiece(raw: string, line: number): boolean {
    const joining = this.joining as NonNullable<Unwrapper["joining"]>;
    const found = raw === "" ? null : this.learner.strip(raw);
    if (found === null || found.stream !== joining.prefix) {
      this.joining = null;
      this.refresh();
      for (const [text, at] of joining.joiner.finish()) this.emit(text, at, joining.stream, true);
      return false;
    }
    this.seen.learnt++;
    this.addPiece(found.text, line);
    return true;
  }

  private addPiece(piece: string, line: number): void {
    const joining = this.joining as NonNullable<Unwrapper["joining"]>;
    joining.joiner.add(piece, line);
    for (const [text, at] of joining.joiner.take()) this.emit(text, at, joining.stream, true);
  }

  /** A line read as it is. */
  private pass(raw: string, line: number): void {
    // Held lines released come here without read(): the kept-back line goes before them too.
    if (this.deferred !== null && !this.keepsColumn(raw)) this.settleRun(cleanLine(raw));
    this.passedRaw = raw;
    this.passedLine = line;
    const c = raw.charCodeAt(0);
    // Fast path: traceback lines start with a tab or Go's own words (`p` and `f` lines take the
    // long way: a `panic:` headline may be kept back, see emit); not past lines kept back.
    if (!this.slow && this.deferred === null) {
      if (c === 0x09 || raw === "") {
        this.sink(cleanLine(raw), line, this.outer);
        return;
      }
      if (
        c >= 0x61 &&
        c <= 0x7a &&
        c !== 0x70 &&
        c !== 0x66 &&
        !(c === 0x72 && raw.length > 80 && raw.startsWith("runtime: "))
      ) {
        const seen = this.lowerSeen++;
        if ((seen >= LOWER_FIRST && (seen & (LOWER_SAMPLE - 1)) !== 0) || looksLikeGoLine(raw)) {
          this.sink(cleanLine(raw), line, this.outer);
          return;
        }
        // A line of another logger (`api_1  | …`, `time=… stack="…"`): from now on every line is read.
        this.lowerSeen = LOWER_ALL;
      }
    }
    this.record(raw, line, c);
  }

  /** A line off the fast path: a container runtime's record, or a line to unwrap. */
  private record(raw: string, line: number, c: number): void {
    if (c === 0x22 /* " */) {
      // A log exported as CSV (csv-cell.ts): the cell's text is the line.
      const cell = csvCellText(raw, this.csvSeen);
      if (cell !== null) {
        this.csvSeen = true;
        this.seen.csvCells = (this.seen.csvCells ?? 0) + 1;
        const d = cell.charCodeAt(0);
        if (!((d === 0x7b || (d >= 0x30 && d <= 0x39)) && this.containerRecord(cell, line, d)))
          this.record(cell, line, d);
        return;
      }
    }
    this.rawWidth = this.rowsJoined ? 0 : raw.length;
    this.rawLine = raw;
    // A log viewer's row copied with its time cell on a line of its own (`2025-03-03
    // 19:09:46.305<TAB>`, Grafana Explore; holdout-8/vitess-17893): the record is the next line.
    if (raw.charCodeAt(raw.length - 1) === 0x09 && STAMP_CELL.test(raw)) return;
    // Syslog lines glued end to end by a copy that lost their breaks (glued-syslog-lines.ts):
    // each is a record of its own.
    const tagEnd = raw.length > 40 ? raw.indexOf("]: ") : -1;
    const glued =
      tagEnd !== -1 && raw.indexOf("]: ", tagEnd + 3) !== -1 ? splitGluedSyslogLines(raw) : null;
    if (glued !== null) {
      for (const piece of glued) this.record(piece, line, piece.charCodeAt(0));
      return;
    }
    // A traceback whose breaks became blanks but some (lost-newlines.ts): its lines again,
    // before a learner would take a file line in front of a function line for a prefix.
    const split = raw.length > 40 ? splitLostNewlines(raw) : null;
    if (split !== null) {
      for (const piece of split) this.inner(piece, line, this.outer);
      return;
    }
    this.inner(cleanLine(raw), line, this.outer);
  }

  /** Flushes pieces whose end never came. */
  end(): void {
    this.doubleSpaced.end();
    this.console.end();
    this.recordRows.end();
    const partial = [...this.partial];
    this.partial.clear();
    for (const [stream, pending] of partial) {
      this.outer = stream;
      this.depth = 1;
      this.pasted(pending.text, pending.line, this.recordIndent());
    }
    // Lines held for a shared column, at any depth (a column inside a column), are read now;
    // each depth decides on the lines it has. Every round ends a depth: at most one per depth.
    this.endColumns();
    // A record's row held last (read from the held lines too), then the lines it makes held.
    this.recordRows.end();
    this.endColumns();
    this.gluedNumbers.end();
    this.gutter.end();
    this.refresh();
    if (this.holding !== null) this.release();
    if (this.valueRows !== null) this.endValueRows();
    if (this.joining !== null) this.joinPiece("", 0);
    this.ending = true;
    if (this.deferred !== null) this.settleRun("");
    this.flushWrapped();
    for (const [stream, pending] of this.testOutput)
      this.emit(cleanLine(pending.text), pending.line, stream);
    this.testOutput.clear();
    this.flushHeld();
  }

  /** The held lines read now, every depth deciding on the lines it has; the line being read goes on as it was. */
  private endHeldColumns(): void {
    const now = this.lineStream();
    this.endColumns();
    this.setLineStream(now);
  }

  /** The stream the line being read is in, to read a line held now in it later. */
  private lineStream(): LineStream {
    const { outer, depth, stamped, fromRecord } = this;
    return { outer, depth, stamped, fromRecord };
  }

  /** Reads the next lines in `at`, a stream a held line was read in. */
  private setLineStream(at: LineStream): void {
    this.outer = at.outer;
    this.depth = at.depth;
    this.stamped = at.stamped;
    this.fromRecord = at.fromRecord;
  }

  /** Reads the lines held for a shared column, every depth deciding on the lines it has. */
  private endColumns(): void {
    // Every round ends a depth: at most one per depth (a column inside a column).
    for (let round = 0; this.columnHeld.length > 0 && round <= this.sharedColumns.length; round++) {
      for (const column of this.sharedColumns) column?.end();
      this.replayColumnHeld();
    }
  }

  /**
   * The blanks that input line `line`, read last, ended in when `text` (a line handed on) is
   * that line's end: cut as paste damage, though a panic value's may be its own
   * (traceback/value-blanks.ts). "" for any other line.
   */
  blanksCut(text: string, line: number): string {
    if (this.released !== null && line === this.released.line) return this.released.blanks;
    const raw = this.passedRaw;
    let end = raw.length;
    const last = raw.charCodeAt(end - 1);
    if ((last !== 0x20 && last !== 0x09) || line !== this.passedLine) return "";
    while (end > 0 && (raw.charCodeAt(end - 1) === 0x20 || raw.charCodeAt(end - 1) === 0x09)) end--;
    return end >= text.length && raw.startsWith(text, end - text.length) ? raw.slice(end) : "";
  }

  /**
   * Whether the `panic: ` headline on line `headline` had the program's own logger's prefix (a
   * stamp, a level; no log system's that names a program) and the lines down to `header`, its
   * stack's goroutine header, had none: one log call wrote them, the logger stamping only the
   * message's first line (certmagic's `log.Printf("panic: certificate worker: %v\n%s", err,
   * buf)`, holdout-32/certmagic-s3-1). The runtime writes to stderr, never through a logger, and a
   * log system stamps each line it captures.
   */
  stampedHeadline(headline: number, header: number): boolean {
    return headline === this.stampedPanic && header < this.prefixedAfterStamp;
  }

  /** `text` is only a prefix learnt from this log (read before it was learnt, it looked like text). */
  onlyPrefix(text: string): boolean {
    return this.learner.onlyPrefix(text);
  }

  /** A line had a learnt prefix (its stream `sub`): is that prefix on every line, or on a message's first? */
  private learntLine(sub: string): void {
    if (this.lastLearnt === sub) this.everyLine.add(sub);
    this.lastLearnt = sub;
    this.sticky = this.everyLine.has(sub) ? null : sub;
  }

  /** A stream's name inside the container record's (the learnt prefix as it was on the line). */
  private inRecord(stream: string): string {
    const outer = this.outer;
    return outer !== "" && stream.startsWith(outer) && stream.charCodeAt(outer.length) === 0x20
      ? stream.slice(outer.length + 1)
      : stream;
  }

  /** docker compose's service column of the lines at this depth of records. */
  private composeColumn(): ComposeColumn {
    let column = this.composeColumns[this.depth];
    if (column === undefined) {
      column = new ComposeColumn();
      this.composeColumns[this.depth] = column;
    }
    return column;
  }

  /**
   * `raw`, the text behind a layer that came off (a paste's indentation, a quote's marks), less
   * the indentation of a paste inside that layer, learnt as the input's is (paste-indent.ts).
   */
  private behindLayer(layer: "blanks" | "quote", raw: string): string {
    const key = `${this.depth} ${layer}`;
    let indent = this.layerIndents.get(key);
    if (indent === undefined) {
      indent = new PasteIndent();
      this.layerIndents.set(key, indent);
    }
    return indent.off ? raw : indent.take(raw);
  }

  /** The paste's indentation of the lines at this depth of records. */
  private recordIndent(): PasteIndent {
    let indent = this.recordIndents[this.depth - 1];
    if (indent === undefined) {
      indent = new PasteIndent();
      this.recordIndents[this.depth - 1] = indent;
    }
    return indent;
  }

  /** Recomputes `slow` after any of the states it sums up changed. */
  private refresh(): void {
    this.slow =
      this.gutter.busy ||
      this.gluedNumbers.busy ||
      this.learnt ||
      this.wrapped !== null ||
      this.held !== null ||
      this.continuation !== null ||
      this.holding !== null ||
      this.joining !== null ||
      this.valueRows !== null ||
      this.pasteIndent > 0 ||
      this.inputIndent.active ||
      this.recordIndents.some((indent) => indent.active) ||
      [...this.layerIndents.values()].some((indent) => indent.active) ||
      this.suffixes.active;
  }

  /**
   * A line read before any prefix was learnt, kept back one line: the next line may teach the
   * prefix both carry (a headline with text glued before it, `api_1  | $ ./x 2024/04/30 …
   * panic: …`, then `api_1  | goroutine 50 [running]:`), and it loses it too.
   */
  private deferred: {
    raw: string;
    line: number;
    stream: string;
    /** The input line's state as read (passedRaw, rawLine, rawWidth), restored to read it. */
    passed: string;
    rawLine: string;
    rawWidth: number;
    /** It came out from behind a time stamp (`stamped`). */
    stamped: boolean;
    /** Kept only for its column (keptRun): alone it would have been read at once. */
    readAtOnce?: boolean;
    /** It came out of a log system's record: lines indented under it continue this stream. */
    continues?: { stream: string; depth: number };
  } | null = null;
  private ending = false;
  /** While a kept-back line is read: the line after it. */
  private lineAfter: string | undefined = undefined;
  /**
   * Lines kept back before `deferred`, in order, each starting with the column it starts with
   * (sameColumn): a log system's column on every line of a paste (stern's pod and container) is
   * learnt only from Go's text, lines below the first; the lines above it that carry the column
   * lose it too, up to MAX_KEPT of them (a headline glued to output on the first line, under it
   * a blank line that is the column alone, then the goroutine header that teaches it).
   */
  private keptRun: NonNullable<Unwrapper["deferred"]>[] = [];

  private inner(raw: string, line: number, stream: string): void {
    if (this.deferred !== null) {
      const kept = this.deferred;
      if (this.keepsColumn(raw)) {
        const next = removeMarkdown(raw);
        if (removeLinePrefix(next) === null && this.learner.probe(next, removeMarkdown(kept.raw))) {
          // Taught by this line, carried by the line before: every line kept loses it.
          this.learnt = true;
          this.refresh();
        } else {
          this.keptRun.push(kept);
          this.deferred = this.keep(raw, line, stream);
          this.deferred.readAtOnce = !mayCarryPrefix(raw);
          return;
        }
      }
      this.settleRun(raw);
    }
    if (!this.learnt && !this.ending && this.wrapped === null && mayCarryPrefix(raw)) {
      this.deferred = this.keep(raw, line, stream);
      return;
    }
    this.innerNow(raw, line, stream);
  }

  /** `raw` starts with the column of the lines kept back before any prefix was learnt (keptRun). */
  private keepsColumn(raw: string): boolean {
    const kept = this.deferred;
    return (
      kept !== null &&
      !this.learnt &&
      !this.ending &&
      this.keptRun.length < MAX_KEPT &&
      this.wrapped === null &&
      this.holding === null &&
      this.joining === null &&
      sameColumn(kept.raw, raw)
    );
  }

  /** `raw` kept back with the state of the input line it was read from. */
  private keep(raw: string, line: number, stream: string): NonNullable<Unwrapper["deferred"]> {
    return {
      raw,
      line,
      stream,
      passed: this.passedRaw,
      rawLine: this.rawLine,
      rawWidth: this.rawWidth,
      stamped: this.stamped,
    };
  }

  /**
   * Every kept line is read, in order, each as it would have been read had it been kept alone
   * (a line that carried no prefix read at once), the last one before `next`.
   */
  private settleRun(next: string): void {
    const run = this.keptRun;
    if (run.length > 0) {
      this.keptRun = [];
      const last = this.deferred as NonNullable<Unwrapper["deferred"]>;
      for (let i = 0; i < run.length; i++) {
        const kept = run[i] as NonNullable<Unwrapper["deferred"]>;
        this.deferred = kept;
        this.settleDeferred(i + 1 < run.length ? (run[i + 1]?.raw ?? "") : last.raw);
      }
      this.deferred = last;
    }
    this.settleDeferred(next);
  }

  /** The kept-back line is read, after the prefix of `next` (the line after it) is learnt if it has one and the two share it. */
  private settleDeferred(next: string): void {
    const kept = this.deferred as NonNullable<Unwrapper["deferred"]>;
    this.deferred = null;
    if (
      !this.learnt &&
      kept.readAtOnce !== true &&
      next !== "" &&
      removeLinePrefix(next) === null
    ) {
      const before = removeMarkdown(kept.raw);
      if (this.learner.probe(removeMarkdown(next), before)) {
        this.learnt = true;
        this.refresh();
      }
    }
    const { passedRaw, passedLine, rawLine, rawWidth, stamped } = this;
    this.passedRaw = kept.passed;
    this.passedLine = kept.line;
    this.rawLine = kept.rawLine;
    this.rawWidth = kept.rawWidth;
    this.stamped = kept.stamped;
    this.lineAfter = next === "" || kept.readAtOnce === true ? undefined : removeMarkdown(next);
    this.innerNow(kept.raw, kept.line, kept.stream);
    if (kept.continues !== undefined)
      this.continueUnder(kept.continues.stream, kept.continues.depth);
    this.lineAfter = undefined;
    this.passedRaw = passedRaw;
    this.passedLine = passedLine;
    this.rawLine = rawLine;
    this.rawWidth = rawWidth;
    this.stamped = stamped;
  }

  private innerNow(raw: string, line: number, stream: string): void {
    if (this.wrapped !== null && this.continueWrapped()) return;
    let text = removeMarkdown(raw);
    if (this.pasteIndent > 0 && text !== "") {
      // The paste's indentation is on every line of it; a line without it ends the paste.
      if (leadingBlanks(text) >= this.pasteIndent) text = text.slice(this.pasteIndent);
      else {
        this.pasteIndent = 0;
        this.refresh();
      }
    }
    this.lineBefore = this.lastLine;
    this.lastLine = text;
    const cutCall = this.cutCall;
    this.cutCall = null;
    if (cutCall !== null && ARGUMENTS_REST.test(text)) {
      // The rest of a prefixed function line's arguments, wrapped onto a line of its own by a
      // viewer, carries no prefix: it is that line's stream's (holdout-6/seaweedfs-3459).
      this.emit(text, line, cutCall);
      return;
    }
    const cutPath = this.cutPath;
    this.cutPath = null;
    if (cutPath !== null && PATH_REST.test(text)) {
      // So is the rest of a prefixed file line cut inside its path, `…/robfig/cro` then
      // `n/cron.go:92 +0x20` (holdout-26/robfig-cron-301): the parser joins the two.
      this.emit(text, line, cutPath);
      return;
    }
    const c = text.charCodeAt(0);
    if (c === 0x20 && this.continuation !== null) {
      const cont = this.continuation;
      let n = 0;
      while (text.charCodeAt(n) === 0x20) n++;
      if (cont.indent === 0 && n >= cont.base + 4) cont.indent = n;
      if (cont.indent > 0 && n >= cont.indent) {
        this.emit(text.slice(cont.indent), line, cont.stream);
        return;
      }
    }
    this.continuation = null;
    this.refresh();
    // An escaped `\t` (a stack field whose `\n` a viewer turned into real newlines) or rsyslog's
    // `#011` on a line whose syslog prefix was removed by hand.
    const restored = c === 0x5c /* \ */ || c === 0x23 /* # */ ? withTabRestored(text) : null;
    if (restored !== null) {
      this.emit(restored, line, stream);
      return;
    }
    if (c === 0x09 || text === "" || (c >= 0x61 && c <= 0x7a && looksLikeGoLine(text))) {
      if (!this.learnt) {
        this.emit(text, line, stream);
        return;
      }
    }
    let rest = text;
    let sub = stream;
    let prefixed = false;
    let unprefixed = removeLinePrefix(text);
    if (unprefixed === null && c === 0x20) {
      // A known logger prefix after blanks: no logger writes blanks before its stamp, so they
      // are a paste's indentation (a markdown code block, holdout-4/gosdm630-138), taken off
      // the lines after it too.
      const n = leadingBlanks(text);
      unprefixed = n > MAX_PASTE_INDENT ? null : removeLinePrefix(text.slice(n));
      if (unprefixed !== null) {
        this.pasteIndent = n;
        this.refresh();
      }
    }
    if (unprefixed !== null) {
      this.seen.prefixed++;
      prefixed = true;
      // Log systems stack (`kubectl logs --timestamps` of a pod whose program logs to
      // journald): the prefixes inside come off too, down to the program's own logger (klog's
      // header in journald's, holdout-4/k3s-5762), and each one that names a program names a
      // stream inside the one before.
      let layer: Unprefixed | null = unprefixed;
      for (let depth = 0; layer !== null && depth < MAX_PREFIX_LAYERS; depth++) {
        rest = markdownInside(layer.text, true);
        if (layer.stream !== undefined) {
          sub = join(sub, layer.stream);
          this.sticky = null;
        }
        layer = removeLinePrefix(rest);
      }
    }
    const learnt = this.learnt ? this.learner.strip(rest) : null;
    if (learnt !== null) {
      this.seen.learnt++;
      prefixed = true;
      const inside = markdownInside(learnt.text);
      rest = unprefixed === null ? withoutKnownPrefix(inside) : inside;
      sub = join(sub, learnt.stream);
      this.learntLine(sub);
    } else {
      // A goroutine header behind a learnt prefix, then a function line without it: the logger
      // prefixed only its message's first line, though the message before had the prefix too
      // (zerolog's console writer logging `Boom! …`, then debug.Stack(), holdout-5/k9s-806).
      if (this.headerLearnt !== null && sub === stream && isFunctionLine(rest)) {
        this.everyLine.delete(this.headerLearnt);
        this.sticky = this.headerLearnt;
      }
      this.lastLearnt = null;
      if (this.sticky !== null && sub === stream && !sameLogger(rest, this.inRecord(this.sticky)))
        sub = this.sticky;
    }
    if (prefixed) {
      if (line > this.stampedPanic && this.prefixedAfterStamp > line) {
        if (unprefixed?.stream === undefined && learnt === null && rest.startsWith("panic: ")) {
          this.stampedPanic = line;
          this.prefixedAfterStamp = Number.POSITIVE_INFINITY;
        } else if (this.stampedPanic !== -1) this.prefixedAfterStamp = line;
      }
      this.continuation = {
        stream: sub,
        indent: 0,
        base: leadingBlanks(this.lastLine),
        depth: this.depth,
      };
      this.refresh();
      // A file line's tab written as a stand-in behind any prefix, known or learnt: rsyslog's
      // `#011` under a syslog prefix of a shape not listed (no host name,
      // holdout-6/seaweedfs-3459), logcat's `>` in Android Studio.
      const r = rest.charCodeAt(0);
      if (r === 0x3e /* > */ || r === 0x23 /* # */ || r === 0x5c /* \ */)
        rest = withTabRestored(rest) ?? rest;
      if (isCutCallLine(rest)) this.cutCall = sub;
      else if (CUT_PATH.test(rest)) this.cutPath = sub;
    }
    // A prefix learnt on this line makes it that prefix's stream, not the sticky message's.
    this.content(
      rest,
      line,
      sub,
      prefixed,
      prefixed ? sub : stream,
      learnt === null && (unprefixed !== null || this.stamped),
    );
  }

  /**
   * A line without its wrappers: what may still carry Go's text inside it. A prefix learnt
   * here names a stream inside `base`; `afterKnown`: a known logger prefix (or a time stamp's
   * record, parseKubectlLine) was cut off it.
   */
  private content(
    text: string,
    line: number,
    stream: string,
    prefixed: boolean,
    base = stream,
    afterKnown = false,
  ): void {
    const c = text.charCodeAt(0);
    const call = this.callLearnt;
    if (
      (c === 0x09 || c === 0x2f) /* / */ &&
      call !== null &&
      call.line === line - 1 &&
      call.stream !== stream &&
      call.stream.startsWith(stream) &&
      TAB_FILE_LINE.test(text)
    ) {
      // A frame's tab-indented file line without the learnt prefix its function line had
      // right above it: that line's (a viewer that prefixes only the lines that do not start
      // with a tab, holdout-44/redigo-540), not the stream outside it.
      this.emit(text, line, call.stream, prefixed);
      return;
    }
    if (
      c === 0x7b /* { */ &&
      (this.testEvent(text, line, stream) || this.jsonRecord(text, line, stream))
    )
      return;
    if (c === 0x20 || c === 0x22 /* " */) {
      // A line kept as a string of a pretty-printed JSON array (json-array-line.ts).
      const element = jsonArrayElement(text, this.elementLine === line - 1);
      if (element !== null) {
        this.elementLine = line;
        this.seen.json++;
        this.content(element, line, stream, prefixed, base);
        return;
      }
    }
    if (
      (c === 0x5b /* [ */ && LOGCAT_LONG_HEADER.test(text)) ||
      (text.charCodeAt(text.length - 1) === 0x7c /* | */ && COMPOSE_BLANK.test(text))
    ) {
      this.emit("", line, stream, prefixed);
      return;
    }
    if (c !== 0x7b /* { */ && text.indexOf('["') !== -1) {
      // A program's lines as a compact JSON array behind a logger's prefix (json-array-line.ts).
      const array = jsonLinesArray(text);
      if (array !== null) {
        this.seen.json++;
        if (array.prefix.trim() !== "") this.emit(array.prefix.trimEnd(), line, stream, prefixed);
        for (const element of array.lines) this.content(element, line, stream, prefixed, base);
        return;
      }
    }
    if ((c === 0x74 /* t */ || c === 0x6c) /* l */ && text.indexOf("level=") !== -1) {
      // One line of the program's output per logrus text record (logfmt-message.ts).
      const one = this.logfmtMessage.lineIn(text);
      if (one !== null) {
        this.seen.escaped++;
        this.content(one.text, line, join(stream, one.stream), prefixed, base);
        return;
      }
    }
    if (text.indexOf("\\n") !== -1 || text.indexOf('"') !== -1) {
      const escaped = findEscapedCrash(text);
      if (escaped !== null) {
        this.escapedValue(text, escaped.start, escaped.quoted, line, stream);
        return;
      }
    }
    if (c !== 0x09 && !(c >= 0x61 && c <= 0x7a && looksLikeGoLine(text))) {
      const learnt = this.learner.learn(text, this.lineBefore, this.lineAfter, afterKnown);
      if (learnt !== null) {
        this.learnt = true;
        this.seen.learnt++;
        const sub = join(base, learnt.stream);
        // The line before had the prefix already (journald's `prog[pid]: ` on every line,
        // learnt only at the headline): lines without it are another stream's.
        if (this.learner.strip(this.lineBefore)?.stream === learnt.stream) this.lastLearnt = sub;
        // A prefix first learnt on a `panic: ` line (gin's `[ERRO][PCF][GIN] panic: %v`) stamps
        // that headline as one the lines after it may lack (stampedHeadline).
        if (line > this.stampedPanic && learnt.text.startsWith("panic: ")) {
          this.stampedPanic = line;
          this.prefixedAfterStamp = Number.POSITIVE_INFINITY;
        }
        this.learntLine(sub);
        this.continuation = {
          stream: sub,
          indent: 0,
          base: leadingBlanks(this.lastLine),
          depth: this.depth,
        };
        this.refresh();
        this.content(withoutKnownPrefix(markdownInside(learnt.text)), line, sub, true);
        return;
      }
    }
    this.emit(text, line, stream, prefixed);
  }

  /** A test2json event: its output joins its test's text. */
  private testEvent(text: string, line: number, stream: string): boolean {
    const event = parseTestEvent(text);
    if (event === null) return false;
    this.seen.testJson++;
    if (event.output === null) return true;
    const sub = join(stream, `test2json ${event.key}`);
    const pending = this.testOutput.get(sub);
    // Text without a newline only waits: its buffer is never searched again.
    let buffer: string;
    if (pending !== undefined && event.output.indexOf("\n") === -1) {
      pending.text += event.output;
      if (pending.text.length <= MAX_TEST_OUTPUT) return true;
      buffer = pending.text;
    } else buffer = pending === undefined ? event.output : pending.text + event.output;
    let first = pending === undefined ? line : pending.line;
    let nl = buffer.indexOf("\n");
    while (nl !== -1) {
      this.content(cleanLine(stripCr(buffer.slice(0, nl))), first, sub, false);
      buffer = buffer.slice(nl + 1);
      first = line;
      nl = buffer.indexOf("\n");
    }
    if (buffer.length > MAX_TEST_OUTPUT) {
      this.content(cleanLine(buffer), first, sub, false);
      buffer = "";
    }
    if (buffer === "") this.testOutput.delete(sub);
    else this.testOutput.set(sub, { text: buffer, line: first });
    return true;
  }

  /** A JSON record with crash text in a field; a record cut by a terminal's width is joined first. */
  private jsonRecord(text: string, line: number, stream: string): boolean {
    if (text.charCodeAt(text.length - 1) !== 0x7d /* } */) {
      if (
        this.rawWidth < 60 ||
        text.charCodeAt(1) !== 0x22 /* " */ ||
        !WRAPPED_JSON_CRASH.test(text)
      )
        return false;
      this.wrapped = new WrappedLine("json", "", this.rawLine, this.rawWidth, line, stream);
      this.refresh();
      return true;
    }
    const lines = crashLinesInJson(text);
    if (lines === null) {
      // One line of the program's output per record (json-message.ts).
      const one = this.jsonMessage.lineIn(text);
      if (one === null) return false;
      this.seen.json++;
      this.content(one.text, line, join(stream, one.stream), false);
      return true;
    }
    this.seen.json++;
    for (const part of lines) this.content(part, line, stream, false);
    // The record ends the text it held, as a blank line would.
    this.emit("", line, stream);
    return true;
  }

  private escapedValue(
    text: string,
    start: number,
    quoted: boolean,
    line: number,
    stream: string,
  ): void {
    const head = text.slice(0, quoted ? start - 1 : start);
    if (quoted) {
      const end = closingQuote(text, start);
      if (end === -1) {
        if (this.rawWidth >= 60) {
          // The blanks a terminal left at the cut are the value's.
          const value = text.slice(start) + this.rawLine.slice(this.rawLine.trimEnd().length);
          this.wrapped = new WrappedLine("quoted", head, value, this.rawWidth, line, stream);
          this.refresh();
          return;
        }
      } else {
        this.emitEscaped(head, text.slice(start, end), line, stream);
        return;
      }
    }
    this.emitEscaped(head, text.slice(start), line, stream);
  }

  private emitEscaped(head: string, value: string, line: number, stream: string): void {
    this.seen.escaped++;
    if (head.trim() !== "") this.emit(head.trimEnd(), line, stream);
    for (const part of escapedLines(value)) this.emit(part, line, stream);
    this.emit("", line, stream);
  }

  /** The next physical line of a hard-wrapped value or record (wrapped-line.ts). */
  private continueWrapped(): boolean {
    const w = this.wrapped as WrappedLine;
    const step = w.add(this.rawLine, this.rawWidth);
    if (step === "stop") {
      this.flushWrapped();
      return false;
    }
    if (step === "end") {
      this.wrapped = null;
      this.refresh();
      if (w.kind === "quoted") this.emitEscaped(w.head, w.quotedValue, w.line, w.stream);
      else if (w.lines === null) this.emit(w.text, w.line, w.stream);
      else {
        this.seen.json++;
        for (const part of w.lines) this.content(part, w.line, w.stream, false);
        this.emit("", w.line, w.stream);
      }
    }
    return true;
  }

  /** A wrapped value whose end never came: passed on as read. */
  private flushWrapped(): void {
    const w = this.wrapped;
    if (w === null) return;
    this.wrapped = null;
    this.refresh();
    if (w.kind === "quoted" && w.quotedValue.includes("\\n"))
      this.emitEscaped(w.head, w.quotedValue, w.line, w.stream);
    else if (w.kind === "json") this.cutRecord(w.text, w.line, w.stream);
    else this.emit(w.text, w.line, w.stream);
  }

  /** A JSON record cut before its end (a paste's limit): its escaped crash text as far as it goes. */
  private cutRecord(text: string, line: number, stream: string): void {
    const escaped = findEscapedCrash(text);
    if (escaped?.quoted === true && closingQuote(text, escaped.start) === -1)
      this.emitEscaped(text.slice(0, escaped.start - 1), text.slice(escaped.start), line, stream);
    else this.emit(text, line, stream);
  }

  /**
   * Passes a line on. A `panic:`/`fatal error:` line is kept back for one line: when the line
   * after it has a learnt prefix (go-hclog prints the headline bare, the rest prefixed), the
   * headline joins that stream.
   */
  private emit(raw: string, line: number, stream: string, prefixed = false): void {
    // The last layer, whatever wrapped the lines: a raw-mode terminal's staircase of blanks
    // (staircase.ts), measured on the lines as the program wrote them.
    if (raw.charCodeAt(0) === 0x20) raw = this.stairs.take(raw);
    else this.stairs.saw(raw);
    const text = this.suffixes.cut(raw, stream);
    // A suffix learnt on this line is on the lines that took the fast path so far.
    if (!this.slow && this.suffixes.active) this.refresh();
    this.headerLearnt =
      prefixed && this.learnt && stream !== this.outer && WHOLE_LINE_HEADER.test(text)
        ? stream
        : null;
    this.callLearnt = this.learnt && text.endsWith(")") ? { stream, line } : null;
    const afterCall = this.flattenedCall === stream;
    if (afterCall) this.flattenedCall = null;
    if (text.length > 80 && text.indexOf(".go:") !== -1) {
      // A flattened traceback, or the next chunk of one cut after a call (flattened.ts).
      const lines = afterCall
        ? splitFlattenedRest(text)
        : text.indexOf("]: ") !== -1
          ? splitFlattened(text)
          : null;
      if (lines !== null) {
        for (const piece of lines) this.emit(piece, line, stream, prefixed);
        const last = lines[lines.length - 1] as string;
        if (last.endsWith(")") && last.charCodeAt(0) !== 0x09) this.flattenedCall = stream;
        return;
      }
    }
    // A stack appended to a message with a blank (echo's `[PANIC RECOVER] %v %s`): the
    // message and the goroutine's header are two lines.
    if (text.endsWith("]:") && text.indexOf("goroutine ") > 0) {
      const glued = HEADER_ENDS_LINE.exec(text);
      if (glued !== null && text.slice(0, glued.index).trim() !== "") {
        // A blank or a quote only parts the two; any other mark is the message's (`stack=`).
        const mark = text.charCodeAt(glued.index);
        const kept = mark === 0x20 || mark === 0x22 ? 0 : 1;
        // A `;` or `,` before the blank joined the value to the stack: the message's, not the
        // value's (`…dereference; goroutine 1 [running]:`, holdout-41/azure-container-networking-176).
        let end = glued.index + kept;
        if (
          mark === 0x20 &&
          (text.charCodeAt(end - 1) === 0x3b || text.charCodeAt(end - 1) === 0x2c)
        )
          end--;
        this.emit(text.slice(0, end), line, stream, prefixed);
        this.emit(text.slice(glued.index + 1), line, stream, prefixed);
        return;
      }
      // A headline whose newlines were lost, the header glued to the message's last letter
      // (holdout-5/oracledb-exporter-254: `…not stringgoroutine 20 [running]:`).
      const bare = isHeadline(text) ? HEADER_AT_END.exec(text) : null;
      if (bare !== null) {
        this.emit(text.slice(0, bare.index), line, stream, prefixed);
        this.emit(text.slice(bare.index), line, stream, prefixed);
        return;
      }
    }
    const held = this.held;
    if (held !== null) {
      this.held = null;
      this.refresh();
      // Only a bare headline joins the next line's stream: one with a stream of its own (a
      // continuation line of a prefixed record, holdout-3/bbolt-108) stays in it.
      const heldStream = prefixed && held.stream === this.outer ? stream : held.stream;
      // A logger's fields learnt on this line end the headline too (log-suffix.ts).
      this.sinkHeld(held, this.suffixes.cut(held.text, heldStream), heldStream);
    }
    if (isHeadline(text) || isGluedHeadline(text)) {
      this.held = { text, line, stream, blanks: this.blanksCut(text, line) };
      this.refresh();
      return;
    }
    this.sink(text, line, stream);
  }

  private flushHeld(): void {
    const held = this.held;
    if (held === null) return;
    this.held = null;
    this.refresh();
    this.sinkHeld(held, held.text, held.stream);
  }

  /** A held headline handed on, its blanks with it (blanksCut) unless a suffix was cut. */
  private sinkHeld(held: Held, text: string, stream: string): void {
    this.released = { line: held.line, blanks: text === held.text ? held.blanks : "" };
    this.sink(text, held.line, stream);
    this.released = null;
  }
}

const WHOLE_LINE_HEADER = new RegExp(`^${WHOLE_HEADER}$`);

/** Words an argument list is printed with (hex values, `{…}`, `, `, `...`, `?`, `_`). */
const ARGUMENT_WORDS = /^[0-9a-fA-Fx, .{}?_]*$/;
/** The rest of an argument list on a line of its own: its words and the closing `)`. */
const ARGUMENTS_REST = /^ {0,8}[0-9a-fA-Fx, .{}?_]{1,1000}\)$/;

/** A frame's file line, tab-indented (or its tab lost): `\t/x/conn.go:406 +0x38`. */
const TAB_FILE_LINE = /^(?:\t[^\s]|\/)[^\t]{0,400}?\.go:\d{1,7}(?: \+0x[0-9a-f]{1,16})?\s*$/;

/** A frame's file line cut inside its path: indented, one absolute path, no `.go:N` yet. */
const CUT_PATH = /^[\t ]{1,8}(?:\/|[A-Za-z]:[\\/])[^\s:]{1,400}$/;
/** The rest of that path at column 0: the path's end, its `.go:N` and what follows a file line. */
const PATH_REST = /^[^\s:]{0,400}\.(?:go|s|c):\d{1,9}(?: \+0x[0-9a-f]{1,16}(?: .{0,200})?)?$/;

/** A function line cut before its `)`: `pkg.(*T).M(0xc04c8e6820, {0x2932870, 0xc000cd1600},`. */
function isCutCallLine(text: string): boolean {
  const open = text.lastIndexOf("(");
  if (open <= 0 || text.charCodeAt(text.length - 1) === 0x29 /* ) */) return false;
  const space = text.indexOf(" ");
  if (space !== -1 && space < open) return false;
  return ARGUMENT_WORDS.test(text.slice(open + 1));
}

/** A function line of a trace (`pkg.Func(…)`, `panic(…)`), as Go prints it. */
function isFunctionLine(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x61 && c <= 0x7a && text.endsWith(")") && looksLikeGoLine(text);
}

function isHeadline(text: string): boolean {
  const c = text.charCodeAt(0);
  return (
    ((c === 0x70 || c === 0x66) &&
      (text.startsWith("panic: ") ||
        text.startsWith("fatal error: ") ||
        // A headline whose value went to the next line, its trailing blank trimmed.
        text === "panic:" ||
        text === "fatal error:")) ||
    // The race detector's banner, copied without the prefix the lines under it carry.
    (c === 0x57 /* W */ && text === "WARNING: DATA RACE")
  );
}

/**
 * A headline glued after the program's own output, written with no newline (`Time to
 * snooze...panic: …`, holdout-24/pomodemo-1): kept back as a bare one is, so it joins the
 * stream of the next line's learnt prefix (a progress bar glued before its `[signal …]` line).
 * The parser reads it as the headline (traceback/line-kinds.ts gluedHeadline).
 */
function isGluedHeadline(text: string): boolean {
  return (
    (text.indexOf("panic: ", 1) !== -1 || text.indexOf("fatal error: ", 1) !== -1) &&
    gluedHeadline(text) > 0
  );
}

/**
 * A line of the sticky prefix's logger under another tag (logcat's `W/logd    (26732): `
 * between the lines of `?/o       (26732): `): the prefix's last token, a pid or a stamp,
 * is on it too; or a pid the prefix opens with is, in the same column (Android Studio's
 * logcat, `21384-0     Go    org.x  E  ` then `21384-21413 libc  org.x  A  `,
 * holdout-11/amneziawg-go-111). It is not the sticky message's continuation.
 */
function sameLogger(text: string, sticky: string): boolean {
  const lead = LEADING_PID.exec(sticky);
  if (lead !== null && text.startsWith(lead[0]) && !isDigitAt(text, lead[0].length)) return true;
  const tail = sticky.slice(sticky.lastIndexOf(" ") + 1);
  if (tail.length < 4 || !/\d/.test(tail)) return false;
  const at = text.indexOf(tail);
  return at > 0 && at <= sticky.length;
}

/** A pid (four digits or more) a prefix opens with. */
const LEADING_PID = /^\d{4,10}(?!\d)/;

function isDigitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0x30 && c <= 0x39;
}

function join(outer: string, inner: string): string {
  return outer === "" ? inner : `${outer} ${inner}`;
}

function stripCr(text: string): string {
  return text.endsWith("\r") ? text.slice(0, -1) : text;
}

/**
 * Paste damage that is never Go's: trailing blanks, a literal `^M` left by a terminal
 * capture of CRLF output, a lone closing backtick, a lone trailing backslash.
 */
function cleanLine(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const last = text.charCodeAt(n - 1);
  if (last === 0x20 || last === 0x09) return cleanLine(text.trimEnd());
  if (last === 0x4d /* M */ && text.endsWith("^M")) return cleanLine(text.slice(0, -2));
  // The closing backtick of inline code that opened on an earlier line.
  if (last === 0x60 /* ` */ && text.indexOf("`") === n - 1) return text.slice(0, -1);
  // What is left of an escaped `\n` a viewer turned into a newline after its backslash
  // (holdout-8/argocd-notifications-171): Go ends no line of its own with a backslash. Not on
  // a line with other escapes: a terminal's row of an escaped value may end inside a `\n`.
  if (last === 0x5c /* \ */ && text.indexOf("\\", escapedTabEnd(text)) === n - 1)
    return cleanLine(text.slice(0, -1));
  return text;
}

/** A time stamp alone before the tab that ends a table cell. */
const STAMP_CELL = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?\t$/;

/** Where a file line's escaped tab (`\t`, `\\t`) in front ends; 0 when it has none. */
function escapedTabEnd(text: string): number {
  if (text.startsWith("\\t")) return 2;
  return text.startsWith("\\\\t") ? 3 : 0;
}

/**
 * A frame's file line whose tab was written as a stand-in: kept escaped (`\t/x/y.go:12 +0x3e7`,
 * holdout-2/ramen-2069; escaped twice, `\\t`, holdout-8/argocd-notifications-171), rsyslog's `#011` (holdout-3/telegraf-6488), `>` in Android Studio's
 * logcat (holdout-2/firestack-222).
 */
const TAB_STAND_IN_FILE_LINE =
  /^(\\{1,2}t|#011|>)\S{1,400}\.go:\d{1,9}(?: \+0x[0-9a-f]{1,16})?(?: |$)/;

/** The file line with its tab back, or null when `text` is no file line behind a stand-in. */
function withTabRestored(text: string): string | null {
  const found = TAB_STAND_IN_FILE_LINE.exec(text);
  return found === null ? null : `\t${text.slice((found[1] as string).length)}`;
}

/** A known logger's prefix after a learnt one (a pod's name, then klog's header). */
/** Known prefixes removed from one line at most: a log system's, a second one's, the program's logger's. */
const MAX_PREFIX_LAYERS = 3;

/** Blanks a markdown code block or a list item puts before a pasted log's lines. */
const MAX_PASTE_INDENT = 12;

function leadingBlanks(text: string): number {
  let n = 0;
  while (n < text.length && text.charCodeAt(n) === 0x20) n++;
  return n;
}

/** A line that may start with a log's prefix: text that is not Go's own. */
/**
 * `a` and `b` start with one column: the same text up to a blank after its first three
 * characters (a pod's and its container's names, a process manager's tag), or `b` is that text
 * alone, its blank cut (the column of a blank line).
 */
function sameColumn(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length, MAX_COLUMN);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === b.length && i >= MIN_COLUMN && a.charCodeAt(i) === 0x20) return true;
  const blank = a.lastIndexOf(" ", i - 1);
  return blank >= MIN_COLUMN;
}

function mayCarryPrefix(raw: string): boolean {
  const c = raw.charCodeAt(0);
  // A prefix ends in a blank: a line without one (a fence, a word) has none.
  if (c === 0x09 || c === 0x7b /* { */ || raw.indexOf(" ") <= 0) return false;
  return !(c >= 0x61 && c <= 0x7a && looksLikeGoLine(raw));
}

/**
 * A paste's markdown behind a log's prefix, as on a bare line: a code fence or inline code the
 * log system's prefix went before (holdout-13/telegraf-2344), emphasis around a headline. A
 * quote's `>` behind a learnt prefix stands for a file line's tab (Android Studio's logcat) and
 * stays; behind a known one (`quote`) it is a quote's unless a file line's path follows it.
 */
function markdownInside(text: string, quote = false): string {
  const c = text.charCodeAt(0);
  if (c === 0x3e /* > */) return quote ? (withTabRestored(text) ?? removeMarkdown(text)) : text;
  return c === 0x60 /* ` */ || c === 0x5f /* _ */ || c === 0x2a /* * */ || c === 0x7e /* ~ */
    ? removeMarkdown(text)
    : text;
}

function withoutKnownPrefix(text: string): string {
  return removeLinePrefix(text)?.text ?? text;
}
