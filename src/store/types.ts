// The crash store: one interface, read by the ingest server and the `issues` command, written
// by ingest only. Implementations: SQLite (sqlite.ts). Every method is async so that a
// network database fits the same shape.

import type { CrashDocument, DocumentCrash } from "../document/types.js";
import type { AnalysisRecipe } from "./document.js";

export type IssueStatus = "open" | "resolved" | "ignored";

export interface Issue {
  id: number;
  /** The project whose token sent its crashes: an issue is one fingerprint in one project. */
  projectId: number;
  /** `fp1:` and 16 hex digits, as the crash document gives it. */
  fingerprint: string;
  /** The fingerprint's algorithm (`fp1`): a later algorithm makes new issues, never regroups. */
  fingerprintVersion: string;
  category: string;
  rule: string;
  /** The message and the culprit function. */
  title: string;
  firstSeen: string;
  lastSeen: string;
  count: number;
  releases: string[];
  hosts: string[];
  status: IssueStatus;
  /** With status `resolved`: the release the fix shipped in, if one was named. */
  resolvedIn: string | null;
  regressed: boolean;
  /** Set when this issue was merged into another: its crashes are filed there. */
  mergedInto: number | null;
}

/** One uploaded report: the raw text and what came with it. */
export interface ReportInput {
  /** The project of the token it came with; the default project (1) when not given. */
  projectId?: number;
  /** A retried upload with the same key is stored once. */
  idempotencyKey: string | null;
  /** When the server received it (ISO 8601). */
  receivedAt: string;
  release: string | null;
  environment: string | null;
  host: string | null;
  /** Everything the client sent but the text (PROTOCOL.md's fields), kept as sent. */
  metadata: Record<string, unknown>;
  text: string;
  /** The crashes of the text's document, in its order (`filedCrashes`); none = unparsed, kept raw. */
  crashes: FiledCrash[];
  /** How the document was read from the text: a stored report's document is read again so. */
  analysis: AnalysisRecipe;
  /** The document's JSON, stored whole, for a text too long to read again (`wholeDocument`). */
  wholeDocument?: string;
}

/** What filing a crash under an issue reads of it: the rest of the document is not stored. */
export interface FiledCrash {
  fingerprint: string;
  category: string;
  rule: string;
  /** `issueTitle`. */
  title: string;
}

export interface IngestResult {
  reportId: number;
  /** True when the idempotency key was already stored: nothing was added. */
  duplicate: boolean;
  /** One per crash in the document, in its order. */
  crashes: { issueId: number; created: boolean; regressed: boolean }[];
}

export interface StoredReport {
  id: number;
  projectId: number;
  idempotencyKey: string | null;
  receivedAt: string;
  release: string | null;
  environment: string | null;
  host: string | null;
  metadata: Record<string, unknown>;
  text: string;
  document: CrashDocument;
}

/** A report without its text and document: what a list shows of an issue's newest crash. */
export interface ReportSummary {
  id: number;
  receivedAt: string;
  release: string | null;
  environment: string | null;
  host: string | null;
  metadata: Record<string, unknown>;
}

export interface Retention {
  /** Reports received before now − maxAgeDays are deleted. */
  maxAgeDays?: number;
  /** Only the newest maxReports reports are kept. */
  maxReports?: number;
}

export interface Store {
  /** Stores the report and files each of its crashes under an issue, in one transaction. */
  ingest(report: ReportInput): Promise<IngestResult>;
  /** Every project's issues, or one project's. */
  listIssues(projectId?: number): Promise<Issue[]>;
  getIssue(id: number): Promise<Issue | null>;
  /** Report ids of an issue's occurrences, newest first. */
  issueReports(issueId: number, limit?: number): Promise<number[]>;
  getReport(id: number): Promise<StoredReport | null>;
  /** The newest report filed under the issue, or null once retention deleted them all. */
  latestReport(issueId: number): Promise<ReportSummary | null>;
  /** Reports in which the library found no crash. */
  unparsedReports(limit?: number): Promise<number[]>;
  countUnparsed(): Promise<number>;
  setStatus(issueId: number, status: IssueStatus, resolvedIn?: string | null): Promise<void>;
  /** Files every crash of `from` under `into` (both of one project); `from` stays, pointing at `into`. */
  merge(from: number, into: number): Promise<void>;
  /** Deletes old reports; issue counts keep their totals. Returns how many were deleted. */
  prune(retention: Retention): Promise<number>;
  close(): Promise<void>;
}

export function filedCrashes(document: CrashDocument): FiledCrash[] {
  return document.crashes.map((crash) => ({
    fingerprint: crash.fingerprint,
    category: crash.category,
    rule: crash.rule,
    title: issueTitle(crash),
  }));
}

/** At most this many characters of the message, and of the function, make an issue's title. */
export const TITLE_PART_MAX = 1000;

/** The issue title: the message and the function to blame, each cut at TITLE_PART_MAX
 * characters. A panic value can be megabytes long; the title is in every list, webhook and
 * log record, and PostgreSQL's search index refuses a text of over 1 MB of words. */
export function issueTitle(crash: DocumentCrash): string {
  const culprit = crash.programFrame?.func ?? crash.frame?.func;
  const message = clip(crash.message || crash.fatal || crash.kind);
  return culprit ? `${message} in ${clip(culprit)}` : message;
}

function clip(text: string): string {
  if (text.length <= TITLE_PART_MAX) return text;
  // Never half a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text[TITLE_PART_MAX - 1] ?? "")
    ? TITLE_PART_MAX - 1
    : TITLE_PART_MAX;
  return `${text.slice(0, end)}…`;
}
