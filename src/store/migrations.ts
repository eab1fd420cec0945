// The store's schema, as numbered steps applied once each and recorded in `migrations`.
// Plain SQL: a handful of tables and statements do not need a query builder's types, and the
// hot path (ingest) runs prepared statements.

export const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE TABLE issues (
  id INTEGER PRIMARY KEY,
  fingerprint TEXT NOT NULL UNIQUE,
  fingerprint_version TEXT NOT NULL,
  category TEXT NOT NULL,
  rule TEXT NOT NULL,
  title TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  count INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'open',
  resolved_in TEXT,
  regressed INTEGER NOT NULL DEFAULT 0,
  merged_into INTEGER REFERENCES issues(id)
);
CREATE TABLE issue_releases (
  issue_id INTEGER NOT NULL REFERENCES issues(id),
  release TEXT NOT NULL,
  PRIMARY KEY (issue_id, release)
);
CREATE TABLE issue_hosts (
  issue_id INTEGER NOT NULL REFERENCES issues(id),
  host TEXT NOT NULL,
  PRIMARY KEY (issue_id, host)
);
CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  idempotency_key TEXT UNIQUE,
  received_at TEXT NOT NULL,
  release TEXT,
  environment TEXT,
  host TEXT,
  metadata TEXT NOT NULL,
  text_gzip BLOB NOT NULL,
  document TEXT NOT NULL,
  crashes INTEGER NOT NULL
);
CREATE INDEX reports_received ON reports(received_at);
CREATE TABLE occurrences (
  report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  crash_index INTEGER NOT NULL,
  issue_id INTEGER NOT NULL REFERENCES issues(id),
  PRIMARY KEY (report_id, crash_index)
);
CREATE INDEX occurrences_issue ON occurrences(issue_id, report_id);
`,
  },
];
