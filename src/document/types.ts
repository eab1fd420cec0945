// The crash document: `panicscope/analysis@1`, the one result every front end reads — the
// JSON output, the terminal, the HTML report, and the store and inbox after them. Plain data
// only (what JSON can carry), so that a stored document renders as a fresh one does.
// schema/analysis-1.json is generated from these types (scripts/schema.mjs). Fields are
// added, never renamed, within a schema version.

import type { BinaryReport } from "../binary/report.js";
import type { Diagnosis } from "../diagnose/types.js";
import type { FamilyLink } from "../group/buckets.js";
import type { Fingerprint } from "../group/fingerprint.js";
import type { BucketRemainder } from "../group/fold.js";
import type { Similarity } from "../group/similarity.js";
import type {
  Bucket,
  Category,
  CrashKind,
  Frame,
  Goroutine,
  Panic,
  RaceReport,
  SignalInfo,
  TestRef,
  UnparsedLine,
} from "../model.js";

export const ANALYSIS_SCHEMA = "panicscope/analysis@1";

export interface CrashDocument {
  schema: typeof ANALYSIS_SCHEMA;
  /** Every crash found, input by input, each in input order. */
  crashes: DocumentCrash[];
  /** What was read. */
  inputs: DocumentInput[];
  /**
   * Data races by their pair of access sites (their fingerprint): one entry per distinct
   * race, in the order first reported; absent when no race was found.
   */
  races?: RaceGroup[];
}

/** One distinct data race and the reports of it (the same pair of racing lines). */
export interface RaceGroup {
  fingerprint: string;
  /** How many reports of this race the input holds. */
  count: number;
  /** The reports: indexes into `crashes`, the first one shown. */
  crashes: number[];
  /** The first report's access and previous (conflicting) access. */
  access: DocumentSite | null;
  previous: DocumentSite | null;
}

/** A place in the code: a frame's function, file and line. */
export interface DocumentSite {
  func: string;
  file: string;
  line: number;
}

export interface DocumentCrash {
  /** The input the crash was found in. */
  input: string;
  kind: CrashKind;
  category: Category;
  /** The catalogue rule the crash matched (for a chain, the link that decides the category). */
  rule: string;
  /** The final panic value or fatal error. */
  message: string;
  /**
   * The chain, oldest first. A chain longer than 200 links keeps its first 100 and last 100
   * (`panicsOmitted` says how many were left out between them; `diagnosis.chain` likewise,
   * with `diagnosis.chainOmitted`).
   */
  panics: Panic[];
  /** Links left out of the middle of `panics` (absent when none were). */
  panicsOmitted?: number;
  fatal: string | null;
  signal: SignalInfo | null;
  /** Id of the crashing goroutine (a race: the first access's), or null. */
  goroutine: number | null;
  goroutineCount: number;
  /** The crash site: the first frame of the crashing goroutine that is not the runtime's own. */
  frame: DocumentSite | null;
  /** The same for the first panic of a chain. */
  origin: DocumentSite | null;
  /** The first frame in the program's own code. */
  programFrame: DocumentSite | null;
  /** `go1.22.1`, `go1.22`, `go1.26+`, `go1.19–go1.23`, `≤go1.16`; null when the text gives no clue. */
  goVersion: string | null;
  goVersionSource: "path" | "runtime-lines" | "format" | null;
  /** `fp1:` (`fp2:` for data races) and 16 hex digits: the same for the same bug crashing again. */
  fingerprint: string;
  fingerprintBasis: Fingerprint["basis"];
  /** Where the crash is in the input: 1-based lines, inclusive (0-0: read from a core file). */
  span: { startLine: number; endLine: number };
  crashing: Goroutine | null;
  /** Goroutine counts by wait reason. */
  states: Record<string, number>;
  similarity: Similarity;
  /** Goroutines folded into buckets, in the order shown. */
  buckets: Bucket[];
  /** The crashing goroutine's ancestry, its parent first. */
  family: FamilyLink[];
  /** Lines around the headline that explain it (`runtime: …`). */
  notes: { line: number; text: string }[];
  /** How many lines inside the crash were not understood. */
  unparsed: number;
  unparsedLines: UnparsedLine[];
  diagnosis: Diagnosis;
  systemStacks?: Frame[][];
  tests?: { failed: TestRef[]; running: TestRef[] };
  race?: RaceReport;
  registers?: Record<string, string>;
  threads?: Goroutine[];
  exitStatus?: number;
  recoveredBy?: string;
  /** The trace's lines were pasted in reverse order (the headline last, or first above them) and read bottom-up. */
  readReversed?: boolean;
  stream?: string;
  /** Every goroutine with its frames (asked for: `--goroutines`). */
  goroutines?: Goroutine[];
  /** What the binary that crashed added. */
  binary?: BinaryReport;
  /**
   * More distinct buckets than are kept (a dump of all-different goroutines): the smallest were
   * folded into this count. Absent when nothing was folded.
   */
  bucketRemainder?: BucketRemainder;
}

export interface DocumentInput {
  name: string;
  bytes: number;
  lines: number;
  /** Crashes found: `crashes` of the document may hold fewer (`maxCrashes`). */
  crashes: number;
  /** Lines outside any crash. */
  strayLines: number;
  /** Lines longer than the line limit, cut. */
  truncatedLines: number;
  /** Log wrappers removed, by kind: how many lines each. */
  wrappers: Record<string, number>;
}
