// The row shapes both SQL stores read, and the one mapping from an issue row to an Issue.

import type { Issue, IssueStatus, ReportSummary } from "./types.js";

export interface IssueRow {
  id: number;
  fingerprint: string;
  fingerprint_version: string;
  category: string;
  rule: string;
  title: string;
  first_seen: string;
  last_seen: string;
  count: number;
  status: IssueStatus;
  resolved_in: string | null;
  regressed: number | boolean;
  merged_into: number | null;
  project_id: number;
}

export interface ReportRow {
  id: number;
  idempotency_key: string | null;
  received_at: string;
  release: string | null;
  environment: string | null;
  host: string | null;
  metadata: string;
  text_gzip: Buffer;
  document: string;
  project_id: number;
}

export function issueFromRow(row: IssueRow, releases: string[], hosts: string[]): Issue {
  return {
    id: row.id,
    projectId: row.project_id,
    fingerprint: row.fingerprint,
    fingerprintVersion: row.fingerprint_version,
    category: row.category,
    rule: row.rule,
    title: row.title,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    count: row.count,
    releases,
    hosts,
    status: row.status,
    resolvedIn: row.resolved_in,
    regressed: row.regressed === 1 || row.regressed === true,
    mergedInto: row.merged_into,
  };
}

/** The columns of a report a summary reads (no text, no document). */
export const SUMMARY_COLUMNS = "id, received_at, release, environment, host, metadata";

export function summaryFromRow(
  row: Omit<ReportRow, "text_gzip" | "document" | "project_id">,
): ReportSummary {
  return {
    id: row.id,
    receivedAt: row.received_at,
    release: row.release,
    environment: row.environment,
    host: row.host,
    metadata: JSON.parse(row.metadata) as Record<string, unknown>,
  };
}
