// The inbox's tables, as numbered steps in the store's `migrations` table (versions from 1001,
// apart from the ingest schema's own). Accounts and sessions; per-day and per-release/host/
// environment counts kept by triggers on `occurrences`, so the ingest code stays as it is and
// the list and issue pages read small rollups, never 10⁶ occurrences; full-text search over
// issue titles (SQLite FTS5, PostgreSQL tsvector). Counts keep their totals when retention
// deletes reports, like the issue's own count.

export interface InboxMigration {
  version: number;
  sqlite: string;
  postgres: string;
}

const ACCOUNTS = (id: string) => `
CREATE TABLE users (
  id ${id},
  name TEXT NOT NULL UNIQUE,
  password TEXT NOT NULL,
  role TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE TABLE issue_days (
  issue_id INTEGER NOT NULL REFERENCES issues(id),
  day TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (issue_id, day)
);
CREATE TABLE issue_facets (
  issue_id INTEGER NOT NULL REFERENCES issues(id),
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (issue_id, kind, value)
);
CREATE INDEX issue_facets_value ON issue_facets(kind, value, issue_id);
CREATE INDEX issues_last_seen ON issues(last_seen, id);
CREATE INDEX issues_first_seen ON issues(first_seen, id);
CREATE INDEX issues_count ON issues(count, id);
CREATE INDEX issues_status_last_seen ON issues(status, last_seen, id);
CREATE INDEX issue_releases_release ON issue_releases(release, issue_id);
`;

/** The rollups of the occurrences already stored (a store that ran before the inbox). */
const BACKFILL = `
INSERT INTO issue_days (issue_id, day, count)
  SELECT o.issue_id, substr(r.received_at, 1, 10), count(*) FROM occurrences o
  JOIN reports r ON r.id = o.report_id GROUP BY o.issue_id, substr(r.received_at, 1, 10);
INSERT INTO issue_facets (issue_id, kind, value, count)
  SELECT o.issue_id, 'release', r.release, count(*) FROM occurrences o
  JOIN reports r ON r.id = o.report_id WHERE r.release IS NOT NULL GROUP BY o.issue_id, r.release;
INSERT INTO issue_facets (issue_id, kind, value, count)
  SELECT o.issue_id, 'environment', r.environment, count(*) FROM occurrences o
  JOIN reports r ON r.id = o.report_id WHERE r.environment IS NOT NULL GROUP BY o.issue_id, r.environment;
INSERT INTO issue_facets (issue_id, kind, value, count)
  SELECT o.issue_id, 'host', r.host, count(*) FROM occurrences o
  JOIN reports r ON r.id = o.report_id WHERE r.host IS NOT NULL GROUP BY o.issue_id, r.host;
`;

/** SQLite: one statement list per trigger; `n` is +1 for a new occurrence, −1 for one moved away. */
function sqliteCounts(row: "NEW" | "OLD", n: string): string {
  const facet = (kind: string) => `
  INSERT INTO issue_facets (issue_id, kind, value, count)
    SELECT ${row}.issue_id, '${kind}', ${kind}, ${n} FROM reports
    WHERE id = ${row}.report_id AND ${kind} IS NOT NULL
    ON CONFLICT (issue_id, kind, value) DO UPDATE SET count = count + ${n};`;
  return `
  INSERT INTO issue_days (issue_id, day, count)
    SELECT ${row}.issue_id, substr(received_at, 1, 10), ${n} FROM reports WHERE id = ${row}.report_id
    ON CONFLICT (issue_id, day) DO UPDATE SET count = count + ${n};${facet("release")}${facet("environment")}${facet("host")}`;
}

const SQLITE_TRIGGERS = `
CREATE TRIGGER occurrences_counted AFTER INSERT ON occurrences BEGIN${sqliteCounts("NEW", "1")}
END;
CREATE TRIGGER occurrences_moved AFTER UPDATE OF issue_id ON occurrences BEGIN${sqliteCounts("OLD", "-1")}${sqliteCounts("NEW", "1")}
END;
CREATE VIRTUAL TABLE issues_fts USING fts5(title, rule, content='issues', content_rowid='id');
INSERT INTO issues_fts (issues_fts) VALUES ('rebuild');
CREATE TRIGGER issues_fts_insert AFTER INSERT ON issues BEGIN
  INSERT INTO issues_fts (rowid, title, rule) VALUES (NEW.id, NEW.title, NEW.rule);
END;
CREATE TRIGGER issues_fts_update AFTER UPDATE OF title, rule ON issues BEGIN
  INSERT INTO issues_fts (issues_fts, rowid, title, rule) VALUES ('delete', OLD.id, OLD.title, OLD.rule);
  INSERT INTO issues_fts (rowid, title, rule) VALUES (NEW.id, NEW.title, NEW.rule);
END;
CREATE TRIGGER issues_fts_delete AFTER DELETE ON issues BEGIN
  INSERT INTO issues_fts (issues_fts, rowid, title, rule) VALUES ('delete', OLD.id, OLD.title, OLD.rule);
END;
`;

/** The text searched, as PostgreSQL indexes it: words of letters and digits only. */
export const PG_SEARCH_VECTOR =
  "to_tsvector('simple', regexp_replace(title || ' ' || rule, '[^[:alnum:]]+', ' ', 'g'))";

const PG_TRIGGERS = `
CREATE FUNCTION panicscope_count_occurrence(issue BIGINT, report BIGINT, n INTEGER)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE r RECORD;
BEGIN
  SELECT received_at, release, environment, host INTO r FROM reports WHERE id = report;
  INSERT INTO issue_days (issue_id, day, count) VALUES (issue, substr(r.received_at, 1, 10), n)
    ON CONFLICT (issue_id, day) DO UPDATE SET count = issue_days.count + n;
  IF r.release IS NOT NULL THEN
    INSERT INTO issue_facets VALUES (issue, 'release', r.release, n)
      ON CONFLICT (issue_id, kind, value) DO UPDATE SET count = issue_facets.count + n;
  END IF;
  IF r.environment IS NOT NULL THEN
    INSERT INTO issue_facets VALUES (issue, 'environment', r.environment, n)
      ON CONFLICT (issue_id, kind, value) DO UPDATE SET count = issue_facets.count + n;
  END IF;
  IF r.host IS NOT NULL THEN
    INSERT INTO issue_facets VALUES (issue, 'host', r.host, n)
      ON CONFLICT (issue_id, kind, value) DO UPDATE SET count = issue_facets.count + n;
  END IF;
END $$;
CREATE FUNCTION panicscope_occurrence_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD.issue_id = NEW.issue_id THEN RETURN NULL; END IF;
    PERFORM panicscope_count_occurrence(OLD.issue_id, OLD.report_id, -1);
  END IF;
  PERFORM panicscope_count_occurrence(NEW.issue_id, NEW.report_id, 1);
  RETURN NULL;
END $$;
CREATE TRIGGER occurrences_counted AFTER INSERT OR UPDATE OF issue_id ON occurrences
  FOR EACH ROW EXECUTE FUNCTION panicscope_occurrence_counted();
CREATE INDEX issues_search ON issues USING GIN (${PG_SEARCH_VECTOR});
`;

/** Ingest tokens made in the inbox (beside `serve --token`): only their SHA-256 is kept. */
const TOKENS = (id: string) => `
CREATE TABLE ingest_tokens (
  id ${id},
  token_hash TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
`;

/**
 * Projects (the store's migration 2): a token belongs to one, and the list's orders start
 * with the project, so a small project's page never walks a large one's issues.
 */
const PROJECT_INDEXES = `
DROP INDEX issues_last_seen;
DROP INDEX issues_first_seen;
DROP INDEX issues_count;
DROP INDEX issues_status_last_seen;
CREATE INDEX issues_last_seen ON issues(project_id, last_seen, id);
CREATE INDEX issues_first_seen ON issues(project_id, first_seen, id);
CREATE INDEX issues_count ON issues(project_id, count, id);
CREATE INDEX issues_status_last_seen ON issues(project_id, status, last_seen, id);
`;

export const INBOX_MIGRATIONS: InboxMigration[] = [
  {
    version: 1001,
    sqlite: ACCOUNTS("INTEGER PRIMARY KEY") + BACKFILL + SQLITE_TRIGGERS,
    postgres:
      ACCOUNTS("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY") + BACKFILL + PG_TRIGGERS,
  },
  {
    version: 1002,
    sqlite: TOKENS("INTEGER PRIMARY KEY"),
    postgres: TOKENS("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
  },
  {
    version: 1003,
    // SQLite: ADD COLUMN with REFERENCES needs a NULL default, so the column has no key.
    sqlite: `ALTER TABLE ingest_tokens ADD COLUMN project_id INTEGER NOT NULL DEFAULT 1;${PROJECT_INDEXES}`,
    postgres: `ALTER TABLE ingest_tokens ADD COLUMN project_id INTEGER NOT NULL DEFAULT 1 REFERENCES projects(id);${PROJECT_INDEXES}`,
  },
];
