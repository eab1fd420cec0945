// `panicscope/issues@1`: the issue list as `GET /api/v1/issues` and `issues --json` print it.
// Each issue carries a summary of its newest report, so a list shows which build crashed and
// in what context without fetching every report.

import type { Issue, ReportSummary, Store } from "../store/types.js";

export const ISSUES_SCHEMA = "panicscope/issues@1";

/** The newest report of an issue, as sent: PROTOCOL.md's `build` and `context` untouched. */
export interface LatestReport {
  report: number;
  receivedAt: string;
  /** `crash`, `recovered` (the Go module), `logged` (a Sentry event), or null if not said. */
  kind: string | null;
  release: string | null;
  environment: string | null;
  host: string | null;
  build: Record<string, unknown> | null;
  context: Record<string, unknown> | null;
}

export type ListedIssue = Issue & { latest: LatestReport | null };

export interface IssuesDocument {
  schema: typeof ISSUES_SCHEMA;
  issues: ListedIssue[];
  /** Reports in which no crash was found, kept raw. */
  unparsedReports: number;
}

export function issuesDocument(issues: ListedIssue[], unparsedReports: number): IssuesDocument {
  return { schema: ISSUES_SCHEMA, issues, unparsedReports };
}

/** Every issue of the store (or of one project) with its newest report. */
export async function listIssues(store: Store, projectId?: number): Promise<IssuesDocument> {
  const issues = await store.listIssues(projectId);
  const listed = await Promise.all(issues.map((issue) => withLatest(store, issue)));
  return issuesDocument(listed, await store.countUnparsed());
}

export async function withLatest(store: Store, issue: Issue): Promise<ListedIssue> {
  const summary = await store.latestReport(issue.id);
  return { ...issue, latest: summary === null ? null : latestReport(summary) };
}

function latestReport(summary: ReportSummary): LatestReport {
  const { metadata } = summary;
  return {
    report: summary.id,
    receivedAt: summary.receivedAt,
    kind: typeof metadata.kind === "string" ? metadata.kind : null,
    release: summary.release,
    environment: summary.environment,
    host: summary.host,
    build: objectOrNull(metadata.build),
    context: objectOrNull(metadata.context),
  };
}

function objectOrNull(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}
