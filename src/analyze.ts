// The pipeline behind `panicscope analyze`: bytes → lines → unwrapped lines → crashes per
// stream → diagnosis. Streaming end to end: goroutines are folded into counts as they are
// parsed and kept only when asked for.

import type { BinaryReport } from "./binary/report.js";
import { categorize } from "./diagnose/category.js";
import { type GoVersionGuess, guessGoVersion } from "./diagnose/go-version.js";
import { crashMessage } from "./diagnose/message.js";
import { type CrashSite, crashSite } from "./diagnose/site.js";
import { readLines } from "./input/lines.js";
import type { Input } from "./input/open.js";
import { Unwrapper, type WrapperCounts } from "./input/unwrap.js";
import type { Category, Crash, Goroutine, UnparsedLine } from "./model.js";
import { TracebackParser } from "./traceback/parser.js";

export interface AnalyzeOptions {
  /** Keep every goroutine of every crash (default false: counts only, plus the crashing one). */
  keepGoroutines?: boolean;
  onProgress?: (bytes: number) => void;
}

/** A crash with what panicscope concluded about it. */
export interface AnalyzedCrash {
  crash: Crash;
  /** The input it was found in. */
  input: string;
  category: Category;
  /** Finer rule id; the coarse category until the rule catalogue refines it. */
  rule: string;
  message: string;
  site: CrashSite;
  goVersion: GoVersionGuess | null;
  /** What `--binary FILE` added: build info, whether it is the binary that crashed, the fault. */
  binary?: BinaryReport;
}

export interface InputAnalysis {
  input: string;
  bytes: number;
  lines: number;
  crashes: AnalyzedCrash[];
  /** Lines outside any crash: how many, and the first few. */
  strayCount: number;
  stray: UnparsedLine[];
  wrappers: WrapperCounts;
  truncatedLines: number;
}

const MAX_STRAY_KEPT = 200;
/** Without keepGoroutines, the first goroutines of each crash are still kept for display. */
export const GOROUTINE_SAMPLE = 100;

export async function analyzeInput(
  input: Input,
  options: AnalyzeOptions = {},
): Promise<InputAnalysis> {
  const crashes: Crash[] = [];
  const stray: UnparsedLine[] = [];
  let strayCount = 0;
  const parsers = new Map<string, TracebackParser>();
  const keepGoroutines = options.keepGoroutines ?? false;
  const events = {
    crash: (crash: Crash) => crashes.push(crash),
    goroutine: keepGoroutines
      ? undefined
      : (goroutine: Goroutine, crash: Crash) => {
          if (crash.goroutines.length < GOROUTINE_SAMPLE) crash.goroutines.push(goroutine);
        },
    stray: (text: string, line: number) => {
      strayCount++;
      if (stray.length < MAX_STRAY_KEPT)
        stray.push({ line, text: text.length > 500 ? `${text.slice(0, 500)}…` : text });
    },
  };
  const parserFor = (stream: string): TracebackParser => {
    let parser = parsers.get(stream);
    if (parser === undefined) {
      parser = new TracebackParser(
        events,
        stream === "" ? { keepGoroutines } : { keepGoroutines, stream },
      );
      parsers.set(stream, parser);
    }
    return parser;
  };
  // Almost every input has one stream: keep its parser at hand.
  const plain = parserFor("");
  const unwrapper = new Unwrapper((text, line, stream) => {
    (stream === "" ? plain : parserFor(stream)).push(text, line);
  });
  const stats = await readLines(
    input.chunks,
    (text, line) => unwrapper.push(text, line),
    options.onProgress,
  );
  unwrapper.end();
  for (const parser of parsers.values()) parser.end();
  crashes.sort((a, b) => a.span.startLine - b.span.startLine);
  return {
    input: input.name,
    bytes: stats.bytes,
    lines: stats.lines,
    crashes: crashes.map((crash) => diagnose(crash, input.name)),
    strayCount,
    stray,
    wrappers: unwrapper.seen,
    truncatedLines: stats.truncatedLines,
  };
}

export function diagnose(crash: Crash, input: string): AnalyzedCrash {
  const category = categorize(crash);
  return {
    crash,
    input,
    category,
    rule: category,
    message: crashMessage(crash),
    site: crashSite(crash),
    goVersion: guessGoVersion(crash),
  };
}
