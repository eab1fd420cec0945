// The pipeline behind `panicscope analyze`: bytes → lines → unwrapped lines → crashes per
// stream → diagnosis. Streaming end to end: goroutines are folded into counts as they are
// parsed and kept only when asked for.

import type { BinaryReport } from "../binary/report.js";
import { buildDiagnosis } from "../diagnose/diagnosis.js";
import { type GoVersionGuess, guessGoVersion } from "../diagnose/go-version.js";
import type { Evidence } from "../diagnose/goroutines.js";
import { crashMessage } from "../diagnose/message.js";
import { type CrashSite, crashSite } from "../diagnose/site.js";
import { type FamilyLink, groupCrash } from "../group/buckets.js";
import { type Fingerprint, fingerprint } from "../group/fingerprint.js";
import type { BucketRemainder } from "../group/fold.js";
import type { Similarity } from "../group/similarity.js";
import type { Input } from "../input/open.js";
import type { WrapperCounts } from "../input/unwrap.js";
import type { Bucket, Category, Crash, Diagnosis, UnparsedLine } from "../model.js";
import { type CrashFolds, foldedEvidence, foldsOfCrash } from "./folds.js";
import { readCrashesInParallel } from "./parallel.js";
import { readCrashes } from "./read-crashes.js";

export interface AnalyzeOptions {
  /** Keep every goroutine of every crash (default false: counts only, plus the crashing one). */
  keepGoroutines?: boolean;
  /** How alike goroutines must be to share a bucket (default `pointers`). */
  similarity?: Similarity;
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
  similarity: Similarity;
  /** Goroutines folded into buckets, what matters first. */
  buckets: Bucket[];
  /** The crashing goroutine's ancestry, its parent first. */
  family: FamilyLink[];
  /** Goroutines whose small buckets were folded away (more distinct buckets than kept). */
  bucketRemainder: BucketRemainder;
  fingerprint: Fingerprint;
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
  const similarity = options.similarity ?? "pointers";
  const { onProgress } = options;
  const parallel =
    input.path !== undefined && input.size !== null
      ? await readCrashesInParallel(input.path, input.size, {
          keepGoroutines,
          similarity,
          onProgress,
          threads: options.threads,
        })
      : null;
  const read =
    parallel ?? (await readCrashes(input.chunks, { keepGoroutines, similarity, onProgress }));
  return {
    input: input.name,
    bytes: read.bytes,
    lines: read.lines,
    crashes: read.crashes.map(({ crash, folds }) => {
      // Not keeping every goroutine, the crash shows the sample its folds kept.
      if (!keepGoroutines && crash.goroutines.length === 0)
        crash.goroutines = folds.sample.result();
      return diagnose(crash, input.name, folds);
    }),
    strayCount: read.strayCount,
    stray: read.stray,
    wrappers: read.wrappers,
    truncatedLines: read.truncatedLines,
  };
}

/**
 * What panicscope concludes about a crash, from the folds its goroutines went through while
 * streaming; without them (a crash parsed whole), its kept goroutines are folded here.
 */
export function diagnose(
  crash: Crash,
  input: string,
  folds: CrashFolds = foldsOfCrash(crash),
): AnalyzedCrash {
  const goVersion = guessGoVersion(crash);
  const evidence = foldedEvidence(folds);
  const diagnosis = buildDiagnosis(crash, evidence, goVersion);
  const grouping = groupCrash(folds.buckets, crash);
  return {
    crash,
    input,
    category: diagnosis.category,
    rule: diagnosis.rule,
    message: crashMessage(crash),
    site: crashSite(crash),
    goVersion,
    similarity: folds.buckets.similarity,
    buckets: grouping.buckets,
    family: grouping.family,
    bucketRemainder: grouping.remainder,
    fingerprint: fingerprint(crash, diagnosis.category, grouping.buckets),
    diagnosis,
    evidence,
  };
}

/**
 * A crash diagnosed again after something filled in its frames (a binary's symbols): its
 * buckets, family and evidence stay those its whole dump was folded into; the rest is
 * recomputed from the frames it now has.
 */
export function rediagnose(analyzed: AnalyzedCrash, crash: Crash): AnalyzedCrash {
  const goVersion = guessGoVersion(crash);
  const diagnosis = buildDiagnosis(crash, analyzed.evidence, goVersion);
  return {
    ...analyzed,
    crash,
    category: diagnosis.category,
    rule: diagnosis.rule,
    message: crashMessage(crash),
    site: crashSite(crash),
    goVersion,
    diagnosis,
    fingerprint: fingerprint(crash, diagnosis.category, analyzed.buckets),
  };
}
