// The pipeline behind `panicscope analyze`: bytes → lines → unwrapped lines → crashes per
// stream → diagnosis. Streaming end to end: goroutines are folded into counts as they are
// parsed and kept only when asked for.

import type { BinaryReport } from "../binary/report.js";
import { buildDiagnosis } from "../diagnose/diagnosis.js";
import { guessGoVersion } from "../diagnose/go-version.js";
import type { Evidence } from "../diagnose/goroutines.js";
import { crashMessage } from "../diagnose/message.js";
import { type CrashSite, crashSite } from "../diagnose/site.js";
import { stuckTestGoroutine } from "../diagnose/stuck-test.js";
import type { Diagnosis } from "../diagnose/types.js";
import type { GoVersionGuess } from "../goversion/guess.js";
import { type FamilyLink, groupCrash } from "../group/buckets.js";
import { type Fingerprint, fingerprint } from "../group/fingerprint.js";
import type { BucketRemainder } from "../group/fold.js";
import type { Similarity } from "../group/similarity.js";
import { CHUNK_BYTES, gunzipIfCompressed, type Input, openInput } from "../input/open.js";
import type { WrapperCounts } from "../input/unwrap.js";
import type { Bucket, Category, Crash, UnparsedLine } from "../model.js";
import { type CrashFolds, foldedEvidence, foldsOfCrash } from "./folds.js";
import { PARALLEL_MIN_BYTES, readCrashes } from "./read-crashes.js";

export interface AnalyzeOptions {
  /** Keep every goroutine of every crash (default false: counts only, plus the crashing one). */
  keepGoroutines?: boolean;
  /** How alike goroutines must be to share a bucket (default `pointers`). */
  similarity?: Similarity;
  /** Bytes read so far, for a progress bar. */
  onProgress?: (bytes: number) => void;
  /** Threads for reading a big file in parts (default: all the machine has; 1 reads in one piece). */
  threads?: number;
  /** The input's name in the result (default: the path, `-` for a stream, `text`). */
  name?: string;
  /** Crashes diagnosed, at most (default: all): later ones are read and counted only. */
  maxCrashes?: number;
}

/** A crash with what panicscope concluded about it: the pipeline's own record. */
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
  /** What the binary added (withBinary): build info, whether it is the binary that crashed, the fault. */
  binary?: BinaryReport;
}

/** What one input held: its crashes, and what was read around them. */
export interface Analysis {
  input: string;
  bytes: number;
  lines: number;
  crashes: AnalyzedCrash[];
  /** Crashes found past `maxCrashes`: counted, not kept. */
  omittedCrashes?: number;
  /** Lines outside any crash: how many, and the first few. */
  strayCount: number;
  stray: UnparsedLine[];
  wrappers: WrapperCounts;
  truncatedLines: number;
  /** What a person should know about the reading (a cut gzip stream, a binary that does not match). */
  warnings: string[];
}

/** Crash text already in memory (plain or gzip-compressed). */
export function analyzeText(
  text: string | Uint8Array,
  options: AnalyzeOptions = {},
): Promise<Analysis> {
  const bytes = typeof text === "string" ? Buffer.from(text) : text;
  return analyzeStream(
    (async function* () {
      // In the pieces a file is read in, so that text and file give the same analysis.
      for (let at = 0; at < bytes.length; at += CHUNK_BYTES)
        yield bytes.subarray(at, at + CHUNK_BYTES);
    })(),
    { ...options, name: options.name ?? "text" },
  );
}

/** Crash text as it arrives (a pipe, a socket, an upload; plain or gzip-compressed). */
export async function analyzeStream(
  stream: AsyncIterable<Uint8Array>,
  options: AnalyzeOptions = {},
): Promise<Analysis> {
  const warnings: string[] = [];
  const chunks = gunzipIfCompressed(stream, (warning) => warnings.push(warning));
  return analyze({ name: options.name ?? "-", size: null, chunks }, options, warnings);
}

/**
 * A file (plain or gzip-compressed); a big plain file is read in parts on all cores. Throws
 * `InputError` (one line) when the file cannot be read.
 */
export async function analyzeFile(path: string, options: AnalyzeOptions = {}): Promise<Analysis> {
  const warnings: string[] = [];
  const input = await openInput(path, (warning) => warnings.push(warning));
  return analyze(
    options.name === undefined ? input : { ...input, name: options.name },
    options,
    warnings,
  );
}

/** Standard input (`-`) or a file, as the command line names them. */
export async function analyzeInputNamed(
  name: string,
  options: AnalyzeOptions = {},
): Promise<Analysis> {
  if (name !== "-") return analyzeFile(name, options);
  return analyzeStream(process.stdin, { ...options, name: "-" });
}

async function analyze(
  input: Input,
  options: AnalyzeOptions,
  warnings: string[],
): Promise<Analysis> {
  const keepGoroutines = options.keepGoroutines ?? false;
  const similarity = options.similarity ?? "pointers";
  const { onProgress } = options;
  const { maxCrashes } = options;
  // The parallel reader and its worker threads are loaded for big files only.
  const parallel =
    input.path !== undefined &&
    input.size !== null &&
    input.size >= PARALLEL_MIN_BYTES &&
    maxCrashes === undefined
      ? await (await import("./parallel.js")).readCrashesInParallel(input.path, input.size, {
          keepGoroutines,
          similarity,
          onProgress,
          threads: options.threads,
        })
      : null;
  const read =
    parallel ??
    (await readCrashes(input.chunks, { keepGoroutines, similarity, onProgress, maxCrashes }));
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
    omittedCrashes: read.omitted,
    strayCount: read.strayCount,
    stray: read.stray,
    wrappers: read.wrappers,
    truncatedLines: read.truncatedLines,
    warnings,
  };
}

/**
 * What panicscope concludes about a crash, from the folds its goroutines went through while
 * streaming; without them (a crash parsed whole), its kept goroutines are folded here.
 */
export function diagnose(
  crash: Crash,
  input: string,
  folds: CrashFolds = foldsOfCrash(crash, { similarity: "pointers" }),
): AnalyzedCrash {
  const goVersion = guessGoVersion(crash);
  const evidence = foldedEvidence(folds);
  if (crash.kind === "test-timeout") {
    // The crash a person names is where the running test is stuck, not testing's alarm.
    const stuck = stuckTestGoroutine(crash.tests?.running ?? [], evidence.tests);
    if (stuck !== null) crash.crashing = stuck;
  }
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
