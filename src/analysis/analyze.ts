// The pipeline behind `panicscope analyze`: bytes → lines → unwrapped lines → crashes per
// stream → diagnosis. Streaming end to end: goroutines are folded into counts as they are
// parsed and kept only when asked for.

import { buildDiagnosis } from "../diagnose/diagnosis.js";
import { type GoVersionGuess, guessGoVersion } from "../diagnose/go-version.js";
import { crashMessage } from "../diagnose/message.js";
import { type CrashSite, crashSite } from "../diagnose/site.js";
import { readLines } from "../input/lines.js";
import type { Input } from "../input/open.js";
import { Unwrapper, type WrapperCounts } from "../input/unwrap.js";
import type { Category, Crash, Diagnosis, Goroutine, UnparsedLine } from "../model.js";
import { TracebackParser } from "../traceback/parser.js";
import { addToFolds, type CrashFolds, newCrashFolds } from "./folds.js";

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
  /** The catalogue rule the crash matched (see `diagnosis`). */
  rule: string;
  message: string;
  site: CrashSite;
  goVersion: GoVersionGuess | null;
  diagnosis: Diagnosis;
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

export async function analyzeInput(
  input: Input,
  options: AnalyzeOptions = {},
): Promise<InputAnalysis> {
  const stray: UnparsedLine[] = [];
  let strayCount = 0;
  const parsers = new Map<string, TracebackParser>();
  const keepGoroutines = options.keepGoroutines ?? false;
  // Folds of the crashes being read (one per stream at most), by crash.
  const folds = new Map<Crash, CrashFolds>();
  const foldsOf = (crash: Crash): CrashFolds => {
    let crashFolds = folds.get(crash);
    if (crashFolds === undefined) {
      crashFolds = newCrashFolds(crash);
      folds.set(crash, crashFolds);
    }
    return crashFolds;
  };
  const finished: { crash: Crash; folds: CrashFolds }[] = [];
  const events = {
    crash: (crash: Crash) => {
      finished.push({ crash, folds: foldsOf(crash) });
      folds.delete(crash);
    },
    goroutine: (goroutine: Goroutine, crash: Crash) => addToFolds(foldsOf(crash), goroutine),
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
  finished.sort((a, b) => a.crash.span.startLine - b.crash.span.startLine);
  return {
    input: input.name,
    bytes: stats.bytes,
    lines: stats.lines,
    crashes: finished.map(({ crash, folds }) => {
      // Not keeping every goroutine, the crash shows the sample its folds kept.
      if (!keepGoroutines && crash.goroutines.length === 0)
        crash.goroutines = folds.sample.result();
      return diagnose(crash, input.name, folds);
    }),
    strayCount,
    stray,
    wrappers: unwrapper.seen,
    truncatedLines: stats.truncatedLines,
  };
}

/** What panicscope concludes about a crash whose goroutines have all gone through `folds`. */
export function diagnose(crash: Crash, input: string, folds: CrashFolds): AnalyzedCrash {
  const goVersion = guessGoVersion(crash);
  const diagnosis = buildDiagnosis(
    crash,
    {
      waits: folds.waits.result(),
      shared: folds.objects?.result() ?? null,
      maps: folds.maps?.result() ?? null,
      tests: folds.tests?.result() ?? null,
    },
    goVersion,
  );
  return {
    crash,
    input,
    category: diagnosis.category,
    rule: diagnosis.rule,
    message: crashMessage(crash),
    site: crashSite(crash),
    goVersion,
    diagnosis,
  };
}
