// The pipeline behind `panicscope analyze`: bytes → lines → unwrapped lines → crashes per
// stream → diagnosis. Streaming end to end: goroutines are folded into counts as they are
// parsed and kept only when asked for.

import type { BinaryReport } from "../binary/report.js";
import { buildDiagnosis } from "../diagnose/diagnosis.js";
import { type GoVersionGuess, guessGoVersion } from "../diagnose/go-version.js";
import type { Evidence } from "../diagnose/goroutines.js";
import { crashMessage } from "../diagnose/message.js";
import { type CrashSite, crashSite } from "../diagnose/site.js";
import type { Input } from "../input/open.js";
import type { WrapperCounts } from "../input/unwrap.js";
import type { Category, Crash, Diagnosis, UnparsedLine } from "../model.js";
import { crashEvidence, foldedEvidence } from "./folds.js";
import { readCrashesInParallel } from "./parallel.js";
import { readCrashes } from "./read-crashes.js";

export interface AnalyzeOptions {
  /** Keep every goroutine of every crash (default false: counts only, plus the crashing one). */
  keepGoroutines?: boolean;
  onProgress?: (bytes: number) => void;
  /** Threads for reading a big file in parts (default: all the machine has; 1 reads in one piece). */
  threads?: number;
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
  /** What the folds saw of every goroutine: kept to diagnose the crash again (--binary). */
  evidence: Evidence;
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

export async function analyzeInput(
  input: Input,
  options: AnalyzeOptions = {},
): Promise<InputAnalysis> {
  const keepGoroutines = options.keepGoroutines ?? false;
  const { onProgress } = options;
  const parallel =
    input.path !== undefined && input.size !== null
      ? await readCrashesInParallel(input.path, input.size, {
          keepGoroutines,
          onProgress,
          threads: options.threads,
        })
      : null;
  const read = parallel ?? (await readCrashes(input.chunks, { keepGoroutines, onProgress }));
  return {
    input: input.name,
    bytes: read.bytes,
    lines: read.lines,
    crashes: read.crashes.map(({ crash, folds }) => {
      // Not keeping every goroutine, the crash shows the sample its folds kept.
      if (!keepGoroutines && crash.goroutines.length === 0)
        crash.goroutines = folds.sample.result();
      return diagnose(crash, input.name, foldedEvidence(folds));
    }),
    strayCount: read.strayCount,
    stray: read.stray,
    wrappers: read.wrappers,
    truncatedLines: read.truncatedLines,
  };
}

/**
 * What panicscope concludes about a crash, from what its folds saw of every goroutine
 * (by default: of the goroutines the crash holds).
 */
export function diagnose(
  crash: Crash,
  input: string,
  evidence: Evidence = crashEvidence(crash),
): AnalyzedCrash {
  const goVersion = guessGoVersion(crash);
  const diagnosis = buildDiagnosis(crash, evidence, goVersion);
  return {
    crash,
    input,
    category: diagnosis.category,
    rule: diagnosis.rule,
    message: crashMessage(crash),
    site: crashSite(crash),
    goVersion,
    diagnosis,
    evidence,
  };
}
