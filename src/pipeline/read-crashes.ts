// Bytes → crashes with their folds: lines, log wrappers removed, one parser per stream.
// Runs on a whole input, or on a part of a big file in a worker thread (parallel.ts).

import { handOut } from "../block-shape.js";
import type { Similarity } from "../group/similarity.js";
import { readLines } from "../input/lines.js";
import { Unwrapper, type WrapperCounts } from "../input/unwrap.js";
import type { Crash, CrashKind, Goroutine, UnparsedLine } from "../model.js";
import { crashedFirst } from "../traceback/crash.js";
import { parseCallLine } from "../traceback/frame-lines.js";
import { isGoroutineHeader } from "../traceback/goroutine-header.js";
import {
  namesRuntimeError,
  onlyAnnouncesStack,
  wrappedRuntimeError,
} from "../traceback/logged-stack.js";
import { TracebackParser } from "../traceback/parser.js";
import { echoedHeadlines, headline } from "./echoed-headline.js";
import { FastBlocks } from "./fast-blocks.js";
import { addToFolds, type CrashFolds, foldNames, mergeFolds, newCrashFolds } from "./folds.js";
import { headlinesAfterStacks } from "./headline-after-stack.js";

const isCallLine = (text: string): boolean => parseCallLine(text) !== null;

export interface ReadCrashesOptions {
  keepGoroutines: boolean;
  /** Bucket similarity (default `pointers`). */
  similarity?: Similarity | undefined;
  /** Goroutine ids the buckets of each crash keep (FoldOptions `idBudget`). */
  idBudget?: number | undefined;
  /** Distinct buckets each crash keeps (FoldOptions `maxBuckets`). */
  maxBuckets?: number | undefined;
  onProgress?: ((bytes: number) => void) | undefined;
  /** Lines of the input before these bytes (a part read from the middle of a file). */
  linesBefore?: number;
  /** The bytes start inside a crash, at a goroutine header: read them as its continuation. */
  continuation?: boolean;
  /** The folds the continued crash runs (CrashFolds names; default: every one). */
  continuedFolds?: readonly string[] | undefined;
  /**
   * Crashes kept, at most: later ones are read and counted (`omitted`), their folds dropped as
   * they end, so memory stays bounded whatever the input holds (an upload of 10⁵ crashes).
   */
  maxCrashes?: number | undefined;
  /**
   * Goroutine blocks that repeat a stack already read are read from the bytes (fast-blocks.ts;
   * default true). False reads every line through the parser: the two must agree.
   */
  fastBlocks?: boolean | undefined;
}

export interface FoldedCrash {
  crash: Crash;
  folds: CrashFolds;
}

export interface ReadCrashes {
  /** In input order. With `continuation`, the first one is the continued crash. */
  crashes: FoldedCrash[];
  /** Crashes read past `maxCrashes`, counted only. */
  omitted: number;
  strayCount: number;
  stray: UnparsedLine[];
  wrappers: WrapperCounts;
  bytes: number;
  lines: number;
  truncatedLines: number;
  /** Log streams seen (1 for plain crash text). */
  streams: number;
  /** The last crash was still open when the bytes ended (it may go on in the next part). */
  openAtEnd: boolean;
  /** Goroutine blocks read by the fast path (fast-blocks.ts). */
  fastBlocks: number;
  /** The folds the last crash in input order runs (null: no crash). */
  lastFolds: string[] | null;
}

const MAX_STRAY_KEPT = 200;

/**
 * Below this, one thread reads faster than several start (./parallel.ts). Here, so that a
 * small input never loads the parallel reader and its worker threads.
 */
export const PARALLEL_MIN_BYTES = 48 * 1024 * 1024;

export async function readCrashes(
  chunks: AsyncIterable<Buffer>,
  options: ReadCrashesOptions,
): Promise<ReadCrashes> {
  const { keepGoroutines } = options;
  const stray: UnparsedLine[] = [];
  let strayCount = 0;
  // Folds of the crashes being read (one per stream at most), by crash.
  const open = new Map<Crash, CrashFolds>();
  const similarity = options.similarity ?? "pointers";
  // A continued crash's headline was read by another thread: it gets every fold, or those
  // that thread's reading gives it.
  let every = options.continuation === true;
  const foldsOf = (crash: Crash): CrashFolds => {
    let folds = open.get(crash);
    if (folds === undefined) {
      folds = newCrashFolds(crash, {
        similarity,
        every,
        only: every ? options.continuedFolds : undefined,
        idBudget: options.idBudget,
        maxBuckets: options.maxBuckets,
      });
      every = false;
      open.set(crash, folds);
    }
    return folds;
  };
  const finished: FoldedCrash[] = [];
  const maxCrashes = options.maxCrashes ?? Number.POSITIVE_INFINITY;
  let omitted = 0;
  const events = {
    crash: (crash: Crash) => {
      const last = finished[finished.length - 1];
      if (last !== undefined && isStrayRunningBlock(last, crash)) {
        finished.pop();
        joinStrayBlock(last, crash, foldsOf(crash));
      }
      if (finished.length < maxCrashes) finished.push({ crash, folds: foldsOf(crash) });
      else omitted++;
      open.delete(crash);
    },
    goroutine: (goroutine: Goroutine, crash: Crash) => {
      fast.capture(goroutine, crash);
      addToFolds(foldsOf(crash), goroutine);
    },
    stray: (text: string, line: number) => {
      strayCount++;
      if (stray.length < MAX_STRAY_KEPT) {
        stray.push({ line, text: text.length > 500 ? `${text.slice(0, 500)}…` : text });
      }
    },
  };
  // The last two lines handed to any parser (scalars: no object per line on the hot path): a
  // stack's message may be another stream's line.
  let previousText = "";
  let previousLine = 0;
  let previousStream = "";
  let currentText = "";
  let currentLine = 0;
  let currentStream = "";
  // And the line before those two: a message a terminal wrapped, its rest the line before.
  let earlierText = "";
  let earlierLine = 0;
  let earlierStream = "";
  // A bare `--` (grep's group separator, `grep -A/-B/-C`, or a log viewer's rule) between a
  // record and the stack under it is neither's: the record is still the stack's message
  // (holdout-14/prysm-4363: logrus's `msg="Panic occurred" error="…"`, `--`, the stack behind
  // Kibana's `  | `). It may carry a learnt prefix's first part (compose's `api_1  | --`);
  // known only once the stack taught it, so such a line is held aside, not handed on as a
  // line before, and read as the line before if it was not a separator after all.
  let separator = { line: 0, text: "", stream: "" };
  const isSeparator = (text: string): boolean => {
    const lead = text.slice(0, -2).trimEnd();
    return lead === "" || unwrapper.onlyPrefix(lead);
  };
  const lineBefore = (line: number) => {
    if (separator.line === line - 1 && !isSeparator(separator.text))
      return separator.stream !== currentStream
        ? { text: separator.text, line: separator.line }
        : null;
    // A runtime error another stream logged, then its blank line, then the stack whose lines
    // taught a prefix of their own (`recover: %v\n\nStack:%s` with debug.Stack() glued to its
    // label, holdout-40/gosnmp-250): that line names the value, as past blanks in one stream.
    if (
      previousLine === line - 1 &&
      previousText.trim() === "" &&
      earlierLine === line - 2 &&
      earlierStream !== currentStream &&
      namesRuntimeError(earlierText)
    )
      return { text: earlierText, line: earlierLine };
    if (
      !(previousLine === line - 1 || (previousLine === line - 2 && separator.line === line - 1)) ||
      previousStream === currentStream ||
      previousText.trim() === ""
    )
      return null;
    // The message's row and its rest, a hard wrap's, both another stream's (a prefix learnt
    // only at the stack left them unprefixed): the two joined.
    const wrapped =
      earlierLine === previousLine - 1 && earlierStream === previousStream
        ? wrappedRuntimeError(earlierText, previousText)
        : null;
    if (wrapped !== null) return { text: wrapped, line: earlierLine };
    // A heading the logger printed between its message and the stack, both records of that other
    // stream (`E | ceph-file-controller: Panic: …`, then `… Stack trace:`, then the stack whose
    // lines taught a prefix they lack, holdout-41/rook-16063): the record above names the value.
    if (
      earlierLine === previousLine - 1 &&
      earlierStream === previousStream &&
      earlierText.trim() !== "" &&
      onlyAnnouncesStack(previousText)
    )
      return { text: earlierText, line: earlierLine };
    return { text: previousText, line: previousLine };
  };
  const stampedHeadline = (headline: number, header: number) =>
    unwrapper.stampedHeadline(headline, header);
  const parsers = new Map<string, TracebackParser>();
  const parserFor = (stream: string): TracebackParser => {
    let parser = parsers.get(stream);
    if (parser === undefined) {
      parser = new TracebackParser(
        events,
        stream === ""
          ? { keepGoroutines, lineBefore, stampedHeadline }
          : { keepGoroutines, stream, lineBefore, stampedHeadline },
      );
      parsers.set(stream, parser);
    }
    return parser;
  };
  // Almost every input has one stream: keep its parser at hand.
  let plain = parserFor("");
  const linesBefore = options.linesBefore ?? 0;
  if (options.continuation === true) plain.continueCrash(linesBefore + 1);
  /**
   * A goroutine block opening in one stream right under another stream's headline that waits
   * for its goroutines is that headline's (the log prefixed them differently): the stream
   * takes over the headline's parser, and the headline's stream goes on with a new one.
   */
  const adopt = (
    stream: string,
    parser: TracebackParser,
    line: number,
    frames = false,
  ): TracebackParser => {
    for (const [other, waiting] of parsers) {
      if (waiting === parser) continue;
      if (frames ? !waiting.awaitsFrames(line) : !waiting.awaitsGoroutines(line)) continue;
      parsers.set(stream, waiting);
      parsers.delete(other);
      const fresh = parserFor(other);
      if (other === "") plain = fresh;
      if (stream === "") plain = waiting;
      waiting.dropValueTail((text) => unwrapper.onlyPrefix(text));
      return waiting;
    }
    return parser;
  };
  const unwrapper = new Unwrapper((text, line, stream) => {
    if (text.endsWith("--") && (text.length === 2 || text.charCodeAt(text.length - 3) === 0x20))
      separator = { line, text, stream };
    else {
      earlierText = previousText;
      earlierLine = previousLine;
      earlierStream = previousStream;
      previousText = currentText;
      previousLine = currentLine;
      previousStream = currentStream;
      currentText = text;
      currentLine = line;
      currentStream = stream;
    }
    let parser = stream === "" ? plain : parserFor(stream);
    if (parsers.size > 1 && parser.idle) {
      // A header that lost its `:` too, as the parser reads one under a headline
      // (broad-4/vault-24022: behind journald's prefix the program's tag starts its lines
      // with a blank but the headline's, so the header opens a stream of its own).
      if (
        isGoroutineHeader(text) ||
        (text.endsWith("]") && text.startsWith("goroutine ") && isGoroutineHeader(`${text}:`))
      )
        parser = adopt(stream, parser, line);
      // So is a function line right under a header of another stream (awaitsFrames).
      else if (text.endsWith(")") && isCallLine(text)) parser = adopt(stream, parser, line, true);
    }
    parser.push(text, line, unwrapper.blanksCut(text, line));
  });
  // Blocks that repeat a stack already read skip the lines, the unwrapper and the parser.
  const fast = new FastBlocks({
    active: () => parsers.size === 1 && !unwrapper.learntPrefix,
    ready: () => parsers.size === 1 && unwrapper.passesPlain && plain.readyForBlock(),
    crash: () => plain.openCrash,
    add: (goroutine, lastLine, lowerLines, blankLine) => {
      unwrapper.countLower(lowerLines);
      // The last two lines handed on: the block's last file line (its text is never read
      // again: the next line makes the blank line the one before), then its blank line.
      earlierText = "";
      earlierLine = 0;
      earlierStream = "";
      previousText = "";
      previousLine = lastLine;
      previousStream = "";
      currentText = "";
      currentLine = blankLine;
      currentStream = "";
      plain.addBlock(goroutine, lastLine);
    },
  });
  const stats = await readLines(chunks, (text, line) => unwrapper.push(text, line), {
    onProgress: options.onProgress,
    linesBefore,
    blocks: options.fastBlocks === false ? undefined : fast,
  });
  // The last block's goroutine may be kept and changed later (a binary's frames): its shape goes.
  handOut(null, null);
  unwrapper.end();
  let openAtEnd = false;
  for (const parser of parsers.values()) openAtEnd = parser.end() || openAtEnd;
  // A continued crash stays first whatever its lines; the rest in input order.
  const [continued, ...rest] = options.continuation === true ? finished : [undefined, ...finished];
  rest.sort(
    (a, b) => (a as FoldedCrash).crash.span.startLine - (b as FoldedCrash).crash.span.startLine,
  );
  const all = (continued === undefined ? rest : [continued, ...rest]) as FoldedCrash[];
  // Another logger's copy of a crash's headline is a line of the log, not a second crash.
  const echoes = echoedHeadlines(all.map((f) => f.crash));
  // A headline printed below its own stack is that stack's crash's (headline-after-stack.ts).
  const moved = headlinesAfterStacks(all.map((f) => f.crash));
  // An error's stack a program logged (no panic in it) beside a crash the runtime printed
  // itself is a line of the log, not a crash (holdout-15/apple-container-284: buildkit's error
  // stacks before a `fatal error:`); alone, it is what the paste is about and stays a crash.
  const runtimeCrash = all.some((f) => RUNTIME_KINDS.has(f.crash.kind));
  const crashes = all.filter((echo) => {
    if (moved.has(echo.crash)) return false;
    const errorStack = runtimeCrash && echo.crash.errorStack === true;
    if (!errorStack && !echoes.has(echo.crash)) return true;
    strayCount++;
    if (stray.length < MAX_STRAY_KEPT) {
      stray.push({ line: echo.crash.span.startLine, text: headline(echo.crash) });
      stray.sort((a, b) => a.line - b.line);
    }
    return false;
  });
  if (unwrapper.renumbered) {
    // A double-spaced paste was read as printed: its spans and stray lines name the input's lines.
    for (const { crash } of crashes) {
      crash.span.startLine = unwrapper.inputLine(crash.span.startLine);
      crash.span.endLine = unwrapper.inputLine(crash.span.endLine);
    }
    for (const s of stray) s.line = unwrapper.inputLine(s.line);
  }
  const last = crashes[crashes.length - 1];
  return {
    crashes,
    omitted,
    strayCount,
    stray,
    wrappers: unwrapper.seen,
    bytes: stats.bytes,
    lines: stats.lines,
    truncatedLines: stats.truncatedLines,
    streams: parsers.size,
    openAtEnd,
    fastBlocks: fast.hits,
    lastFolds: last === undefined ? null : foldNames(last.folds),
  };
}

/** Crashes the runtime printed itself: a headline, a signal, a race report. */
const RUNTIME_KINDS = new Set<CrashKind>(["panic", "fatal", "signal", "race"]);

/**
 * A lone running goroutine printed right above a panic's or fatal error's headline, with no
 * headline of its own (holdout-2/cdnchecker-7): the output of another goroutine that crashed at
 * the same moment, its headline cut from the paste or printed elsewhere. It is one of the
 * crash's goroutines, not a dump of its own.
 */
function isStrayRunningBlock(before: FoldedCrash, crash: Crash): boolean {
  const dump = before.crash;
  return (
    dump.kind === "dump" &&
    (crash.kind === "panic" || crash.kind === "fatal") &&
    dump.goroutineCount === 1 &&
    dump.unparsedCount === 0 &&
    dump.stream === crash.stream &&
    dump.span.endLine + 1 === crash.span.startLine &&
    before.folds.sample.result()[0]?.state === "running"
  );
}

function joinStrayBlock(before: FoldedCrash, crash: Crash, folds: CrashFolds): void {
  // A headline with no block of its own under it: the block above is its crashing goroutine,
  // the paste's order reversed (holdout-21/mailpit-122). The runtime prints the crashing
  // goroutine right under the headline (go1.26.8 src/runtime/panic.go: fatalpanic prints
  // the headline, then dopanic_m the goroutine's header and traceback), so no other goroutine can be the crash's.
  if (crash.goroutineCount === 0 && crash.crashing === null && crashedFirst(crash))
    crash.crashing = before.folds.sample.result()[0] ?? null;
  mergeFolds(folds, before.folds);
  crash.goroutines.push(...before.crash.goroutines);
  crash.goroutineCount += before.crash.goroutineCount;
  crash.span.startLine = before.crash.span.startLine;
}
