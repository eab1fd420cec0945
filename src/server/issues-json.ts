// `panicscope/issues@1`: the issue list as `GET /api/v1/issues` and `issues --json` print it.

import type { Issue } from "../store/types.js";

export const ISSUES_SCHEMA = "panicscope/issues@1";

export interface IssuesDocument {
  schema: typeof ISSUES_SCHEMA;
  issues: Issue[];
  /** Reports in which no crash was found, kept raw. */
  unparsedReports: number;
}

export function issuesDocument(issues: Issue[], unparsedReports: number): IssuesDocument {
  return { schema: ISSUES_SCHEMA, issues, unparsedReports };
}
