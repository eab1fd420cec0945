// The store's schema, as numbered steps applied once each and recorded in `migrations`.
// Plain SQL: a handful of tables and statements do not need a query builder's types, and the
// hot path (ingest) runs prepared statements. One text for SQLite and PostgreSQL: the two
// words that differ are written {{id}} (an auto-numbered key) and {{bytes}}, and
// `migrationSql` puts in each dialect's own. A step that differs more (2: projects) gives a
// text per dialect.

export interface Migration {
  version: number;
  sql: string;
  /** This dialect's own text instead of `sql`. */
  sqlite?: string;
  postgres?: string;
}

/** The project every crash belonged to before projects existed, and of `serve --token`. */
export const DEFAULT_PROJECT = 1;

/**
 * Projects: a project owns ingest tokens, so a report's project is its token's; an issue is
 * one fingerprint within one project. What was stored before is the default project's.
 * SQLite cannot drop the column's UNIQUE (fingerprint): `sqlite-rebuild.ts` rebuilds `issues`
 * after this text (`ISSUES_V2` is its new shape).
 */
const PROJECTS = (id: string) => `
CREATE TABLE projects (
  id ${id},
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
INSERT INTO projects (id, slug, name, created_at) VALUES (1, 'default', 'Default', '1970-01-01T00:00:00.000Z');
`;

export const ISSUES_V2 = `
CREATE TABLE issues_v2 (
  id INTEGER PRIMARY KEY,
  fingerprint TEXT NOT NULL,
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
  merged_into INTEGER REFERENCES issues(id),
  project_id INTEGER NOT NULL DEFAULT 1 REFERENCES projects(id),
  UNIQUE (project_id, fingerprint)
);
INSERT INTO issues_v2 (id, fingerprint, fingerprint_version, category, rule, title, first_seen,
    last_seen, count, status, resolved_in, regressed, merged_into, project_id)
  SELECT id, fingerprint, fingerprint_version, category, rule, title, first_seen, last_seen,
    count, status, resolved_in, regressed, merged_into, 1 FROM issues;
`;

/**
 * A report's ingest on PostgreSQL in one call, one statement, one round trip: ten round trips
 * a report (each statement parsed and planned again) cost the server 2.8 ms of CPU a report.
 * The same steps as postgres.ts `ingestSteps`, in the same order and under the same row locks,
 * but for the regression rule, which is JavaScript's (release.ts): an issue found resolved
 * raises PSRES and the whole call is undone, for `ingestSteps` to file the report instead.
 * One row per crash (issue_id null for a report without crashes, or a duplicate's).
 */
const PG_INGEST = `
CREATE FUNCTION panicscope_ingest(
  p_key TEXT, p_received_at TEXT, p_release TEXT, p_environment TEXT, p_host TEXT,
  p_metadata TEXT, p_text_gzip BYTEA, p_document TEXT, p_project INTEGER,
  p_fingerprints TEXT[], p_categories TEXT[], p_rules TEXT[], p_titles TEXT[])
RETURNS TABLE (o_report BIGINT, o_duplicate BOOLEAN, o_issue BIGINT, o_created BOOLEAN)
LANGUAGE plpgsql AS $fn$
#variable_conflict use_column
DECLARE
  v_report BIGINT;
  v_issue issues%ROWTYPE;
  v_created BOOLEAN;
  n INTEGER := coalesce(array_length(p_fingerprints, 1), 0);
BEGIN
  INSERT INTO reports (idempotency_key, received_at, release, environment, host, metadata,
      text_gzip, document, crashes, project_id)
    VALUES (p_key, p_received_at, p_release, p_environment, p_host, p_metadata, p_text_gzip,
      p_document, n, p_project)
    ON CONFLICT (idempotency_key) DO NOTHING RETURNING id INTO v_report;
  IF v_report IS NULL THEN
    RETURN QUERY SELECT r.id, TRUE, NULL::BIGINT, FALSE FROM reports r
      WHERE r.idempotency_key = p_key;
    RETURN;
  END IF;
  FOR i IN 1 .. n LOOP
    INSERT INTO issues (fingerprint, fingerprint_version, category, rule, title, first_seen,
        last_seen, count, project_id)
      VALUES (p_fingerprints[i], split_part(p_fingerprints[i], ':', 1), p_categories[i],
        p_rules[i], p_titles[i], p_received_at, p_received_at, 0, p_project)
      ON CONFLICT (project_id, fingerprint) DO NOTHING;
    v_created := FOUND;
    SELECT * INTO v_issue FROM issues
      WHERE project_id = p_project AND fingerprint = p_fingerprints[i] FOR UPDATE;
    WHILE v_issue.merged_into IS NOT NULL LOOP
      SELECT * INTO v_issue FROM issues WHERE id = v_issue.merged_into FOR UPDATE;
    END LOOP;
    IF v_issue.status = 'resolved' THEN
      RAISE EXCEPTION 'issue % is resolved', v_issue.id USING ERRCODE = 'PSRES';
    END IF;
    UPDATE issues SET count = count + 1, last_seen = GREATEST(last_seen, p_received_at),
        first_seen = LEAST(first_seen, p_received_at)
      WHERE id = v_issue.id;
    IF p_release IS NOT NULL THEN
      INSERT INTO issue_releases VALUES (v_issue.id, p_release) ON CONFLICT DO NOTHING;
    END IF;
    IF p_host IS NOT NULL THEN
      INSERT INTO issue_hosts VALUES (v_issue.id, p_host) ON CONFLICT DO NOTHING;
    END IF;
    INSERT INTO occurrences VALUES (v_report, i - 1, v_issue.id);
    IF v_created THEN
      INSERT INTO notifications (event, issue_id, report_id, created_at)
        VALUES ('issue.created', v_issue.id, v_report, p_received_at);
    END IF;
    RETURN QUERY SELECT v_report, FALSE, v_issue.id, v_created;
  END LOOP;
  IF n = 0 THEN
    RETURN QUERY SELECT v_report, FALSE, NULL::BIGINT, FALSE;
  END IF;
END;
$fn$;
`;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    sql: `
CREATE TABLE issues (
  id {{id}},
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
  id {{id}},
  idempotency_key TEXT UNIQUE,
  received_at TEXT NOT NULL,
  release TEXT,
  environment TEXT,
  host TEXT,
  metadata TEXT NOT NULL,
  text_gzip {{bytes}} NOT NULL,
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
  {
    version: 2,
    sql: "",
    // SQLite's column has no foreign key: ADD COLUMN with REFERENCES needs a NULL default.
    sqlite: `${PROJECTS("INTEGER PRIMARY KEY")}
ALTER TABLE reports ADD COLUMN project_id INTEGER NOT NULL DEFAULT 1;`,
    postgres: `${PROJECTS("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")}
ALTER TABLE projects ALTER COLUMN id RESTART WITH 2;
ALTER TABLE reports ADD COLUMN project_id INTEGER NOT NULL DEFAULT 1 REFERENCES projects(id);
ALTER TABLE issues ADD COLUMN project_id INTEGER NOT NULL DEFAULT 1 REFERENCES projects(id);
ALTER TABLE issues DROP CONSTRAINT issues_fingerprint_key;
ALTER TABLE issues ADD CONSTRAINT issues_project_fingerprint UNIQUE (project_id, fingerprint);`,
  },
  {
    // The notifications' outbox (outbox-types.ts): a new issue or a regression is written in
    // the report's own transaction, then sent to each target from `deliveries`, retried with
    // backoff, so a restart loses none.
    version: 3,
    sql: `
CREATE TABLE notifications (
  id {{id}},
  event TEXT NOT NULL,
  issue_id INTEGER NOT NULL,
  report_id INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  body TEXT,
  origin TEXT,
  expanded INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX notifications_waiting ON notifications(expanded, id);
CREATE TABLE deliveries (
  id {{id}},
  notification_id INTEGER NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
  target TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending',
  last_error TEXT,
  UNIQUE (notification_id, target)
);
CREATE INDEX deliveries_due ON deliveries(state, next_at);
`,
  },
  {
    // A project's own webhooks (one URL a line): its new issues and regressions go there too.
    version: 4,
    sql: "ALTER TABLE projects ADD COLUMN webhooks TEXT NOT NULL DEFAULT '';",
  },
  {
    // PostgreSQL: a report's ingest as one function, so one round trip (postgres.ts).
    version: 5,
    sql: "",
    postgres: PG_INGEST,
  },
];

export type Dialect = "sqlite" | "postgres";

export function migrationSql(step: Migration, dialect: Dialect): string {
  const sql = step[dialect] ?? step.sql;
  const id =
    dialect === "sqlite"
      ? "INTEGER PRIMARY KEY"
      : "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
  const bytes = dialect === "sqlite" ? "BLOB" : "BYTEA";
  return sql.replaceAll("{{id}}", id).replaceAll("{{bytes}}", bytes);
}
