// The inbox on the SQLite store's database (the same connection: one writer, WAL).

import type Database from "better-sqlite3";
import { INBOX_MIGRATIONS } from "./inbox-migrations.js";
import { fts5Query, searchWords } from "./inbox-search.js";
import { FEW_ISSUES, SORT_COLUMN } from "./inbox-sort.js";
import type {
  FacetKind,
  InboxStore,
  IngestToken,
  IssuePage,
  IssueQuery,
  Occurrence,
  Project,
  Role,
  Session,
  User,
} from "./inbox-types.js";
import { compareReleases } from "./release.js";
import { type IssueRow, issueFromRow } from "./rows.js";
import type { Issue } from "./types.js";

export interface OccurrenceRow {
  report_id: number;
  crash_index: number;
  received_at: string;
  release: string | null;
  environment: string | null;
  host: string | null;
  metadata: string;
}

export class SqliteInbox implements InboxStore {
  constructor(private readonly db: Database.Database) {
    migrate(db);
  }

  async countUsers(): Promise<number> {
    return (this.db.prepare("SELECT count(*) AS n FROM users").get() as { n: number }).n;
  }

  async createUser(name: string, password: string, role: Role, onlyIfNone = false) {
    const result = this.db
      .prepare(
        `INSERT INTO users (name, password, role, created_at) SELECT ?, ?, ?, ?
         WHERE NOT ? OR NOT EXISTS (SELECT 1 FROM users) ON CONFLICT (name) DO NOTHING`,
      )
      .run(name, password, role, new Date().toISOString(), onlyIfNone ? 1 : 0);
    if (result.changes === 0) return null;
    return { id: Number(result.lastInsertRowid), name, role, password };
  }

  async findUser(name: string): Promise<User | null> {
    return (
      (this.db.prepare("SELECT id, name, role, password FROM users WHERE name = ?").get(name) as
        | User
        | undefined) ?? null
    );
  }

  async listUsers(): Promise<User[]> {
    return this.db
      .prepare("SELECT id, name, role, password FROM users ORDER BY id")
      .all() as User[];
  }

  async createSession(tokenHash: string, userId: number, csrf: string, expiresAt: string) {
    // Expired sessions go when a new one comes: the table stays the size of the signed-in.
    this.db.prepare("DELETE FROM sessions WHERE expires_at < ?").run(new Date().toISOString());
    this.db
      .prepare("INSERT INTO sessions (token_hash, user_id, csrf, expires_at) VALUES (?, ?, ?, ?)")
      .run(tokenHash, userId, csrf, expiresAt);
  }

  async getSession(tokenHash: string, now: string): Promise<Session | null> {
    const row = this.db
      .prepare(
        `SELECT s.csrf, s.expires_at, u.id, u.name, u.role, u.password FROM sessions s
         JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ?`,
      )
      .get(tokenHash, now) as (User & { csrf: string; expires_at: string }) | undefined;
    if (row === undefined) return null;
    const { csrf, expires_at, ...user } = row;
    return { user, csrf, expiresAt: expires_at };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.db.prepare("DELETE FROM sessions WHERE token_hash = ?").run(tokenHash);
  }

  async listProjects(): Promise<Project[]> {
    const rows = this.db
      .prepare("SELECT id, slug, name, created_at AS createdAt, webhooks FROM projects ORDER BY id")
      .all() as ProjectRow[];
    return rows.map(projectFromRow);
  }

  async setProjectWebhooks(id: number, urls: string[]): Promise<void> {
    this.db.prepare("UPDATE projects SET webhooks = ? WHERE id = ?").run(urls.join("\n"), id);
  }

  async createProject(slug: string, name: string): Promise<Project | null> {
    const createdAt = new Date().toISOString();
    const result = this.db
      .prepare(
        "INSERT INTO projects (slug, name, created_at) VALUES (?, ?, ?) ON CONFLICT (slug) DO NOTHING",
      )
      .run(slug, name, createdAt);
    if (result.changes === 0) return null;
    return { id: Number(result.lastInsertRowid), slug, name, createdAt, webhooks: [] };
  }

  async createIngestToken(tokenHash: string, label: string, projectId: number) {
    const createdAt = new Date().toISOString();
    const id = Number(
      this.db
        .prepare(
          "INSERT INTO ingest_tokens (token_hash, label, created_at, project_id) VALUES (?, ?, ?, ?)",
        )
        .run(tokenHash, label, createdAt, projectId).lastInsertRowid,
    );
    return { id, projectId, label, createdAt, revokedAt: null };
  }

  async listIngestTokens(): Promise<IngestToken[]> {
    return this.db
      .prepare(
        `SELECT id, project_id AS projectId, label, created_at AS createdAt,
           revoked_at AS revokedAt FROM ingest_tokens ORDER BY id DESC`,
      )
      .all() as IngestToken[];
  }

  async revokeIngestToken(id: number): Promise<void> {
    this.db
      .prepare("UPDATE ingest_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
      .run(new Date().toISOString(), id);
  }

  async activeIngestTokens() {
    return this.db
      .prepare(
        "SELECT token_hash AS hash, project_id AS projectId FROM ingest_tokens WHERE revoked_at IS NULL",
      )
      .all() as { hash: string; projectId: number }[];
  }

  async listIssues(query: IssueQuery): Promise<IssuePage> {
    const where = ["project_id = ?", "merged_into IS NULL"];
    const params: (string | number)[] = [query.projectId];
    if (query.status !== undefined) {
      where.push("status = ?");
      params.push(query.status);
    }
    if (query.category !== undefined) {
      where.push("category = ?");
      params.push(query.category);
    }
    if (query.release !== undefined) {
      // SQLite does not weigh a value's frequency: a release of few issues is read from its
      // index (IN), a common one by walking the sorted issues until a page is full (EXISTS).
      const common =
        this.db
          .prepare(
            `SELECT count(*) AS n FROM (SELECT 1 FROM issue_releases WHERE release = ? LIMIT ${FEW_ISSUES})`,
          )
          .pluck()
          .get(query.release) === FEW_ISSUES;
      where.push(
        common
          ? "EXISTS (SELECT 1 FROM issue_releases r WHERE r.issue_id = issues.id AND r.release = ?)"
          : "id IN (SELECT issue_id FROM issue_releases WHERE release = ?)",
      );
      params.push(query.release);
    }
    if (query.environment !== undefined) {
      // EXISTS, not IN: an environment is usually broad (most issues), so walking the sorted
      // index and stopping at a page beats listing every issue of the environment first.
      where.push(
        "EXISTS (SELECT 1 FROM issue_facets f WHERE f.issue_id = issues.id AND f.kind = 'environment' AND f.value = ?)",
      );
      params.push(query.environment);
    }
    const words = searchWords(query.text ?? "");
    if (words.length > 0) {
      where.push("id IN (SELECT rowid FROM issues_fts WHERE issues_fts MATCH ?)");
      params.push(fts5Query(words));
    }
    const column = SORT_COLUMN[query.sort];
    if (query.after !== undefined) {
      where.push(`(${column}, id) < (?, ?)`);
      params.push(query.after.value, query.after.id);
    }
    const rows = this.db
      .prepare(
        `SELECT * FROM issues WHERE ${where.join(" AND ")} ORDER BY ${column} DESC, id DESC LIMIT ?`,
      )
      .all(...params, query.limit + 1) as IssueRow[];
    const more = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      issues: this.withReleasesAndHosts(page),
      next: more && last !== undefined ? { value: last[column], id: last.id } : null,
    };
  }

  /** Issues with their releases and hosts, two queries for the whole page. */
  private withReleasesAndHosts(rows: IssueRow[]): Issue[] {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const marks = ids.map(() => "?").join(",");
    const releases = group(
      this.db
        .prepare(`SELECT issue_id, release AS v FROM issue_releases WHERE issue_id IN (${marks})`)
        .all(...ids) as { issue_id: number; v: string }[],
    );
    const hosts = group(
      this.db
        .prepare(`SELECT issue_id, host AS v FROM issue_hosts WHERE issue_id IN (${marks})`)
        .all(...ids) as { issue_id: number; v: string }[],
    );
    return rows.map((row) =>
      issueFromRow(
        row,
        (releases.get(row.id) ?? []).sort(compareReleases),
        (hosts.get(row.id) ?? []).sort(),
      ),
    );
  }

  async dailyCounts(issueIds: number[], since: string) {
    if (issueIds.length === 0) return new Map<number, Map<string, number>>();
    const rows = this.db
      .prepare(
        `SELECT issue_id, day, count FROM issue_days
         WHERE issue_id IN (${issueIds.map(() => "?").join(",")}) AND day >= ?`,
      )
      .all(...issueIds, since) as { issue_id: number; day: string; count: number }[];
    return byDay(rows);
  }

  async facets(issueId: number, kind: FacetKind, limit: number) {
    return this.db
      .prepare(
        `SELECT value, count FROM issue_facets WHERE issue_id = ? AND kind = ? AND count > 0
         ORDER BY count DESC, value LIMIT ?`,
      )
      .all(issueId, kind, limit) as { value: string; count: number }[];
  }

  async occurrences(issueId: number, limit: number, before?: number): Promise<Occurrence[]> {
    // Newest first straight from the (issue_id, report_id) index; a report's later crashes of
    // the same issue are skipped one by one.
    const rows = this.db
      .prepare(
        `SELECT o.report_id, o.crash_index, r.received_at, r.release, r.environment, r.host,
           r.metadata
         FROM occurrences o JOIN reports r ON r.id = o.report_id
         WHERE o.issue_id = ? AND o.report_id < ?
           AND NOT EXISTS (SELECT 1 FROM occurrences p WHERE p.report_id = o.report_id
             AND p.issue_id = o.issue_id AND p.crash_index < o.crash_index)
         ORDER BY o.report_id DESC LIMIT ?`,
      )
      .all(issueId, before ?? Number.MAX_SAFE_INTEGER, limit) as OccurrenceRow[];
    return rows.map(occurrenceFromRow);
  }

  async occurrence(issueId: number, reportId: number): Promise<Occurrence | null> {
    const row = this.db
      .prepare(
        `SELECT o.report_id, min(o.crash_index) AS crash_index, r.received_at, r.release,
           r.environment, r.host, r.metadata
         FROM occurrences o JOIN reports r ON r.id = o.report_id
         WHERE o.issue_id = ? AND o.report_id = ? GROUP BY o.report_id`,
      )
      .get(issueId, reportId) as OccurrenceRow | undefined;
    return row === undefined ? null : occurrenceFromRow(row);
  }
}

export type ProjectRow = Omit<Project, "webhooks"> & { webhooks: string };

/** A project's row: its webhooks are one URL a line. */
export function projectFromRow(row: ProjectRow): Project {
  return { ...row, webhooks: row.webhooks === "" ? [] : row.webhooks.split("\n") };
}

export function occurrenceFromRow(row: OccurrenceRow): Occurrence {
  return {
    reportId: row.report_id,
    crashIndex: row.crash_index,
    receivedAt: row.received_at,
    release: row.release,
    environment: row.environment,
    host: row.host,
    metadata: JSON.parse(row.metadata) as Record<string, unknown>,
  };
}

/** Day counts by issue. */
export function byDay(rows: { issue_id: number; day: string; count: number }[]) {
  const counts = new Map<number, Map<string, number>>();
  for (const row of rows) {
    const days = counts.get(row.issue_id) ?? new Map<string, number>();
    days.set(row.day, row.count);
    counts.set(row.issue_id, days);
  }
  return counts;
}

export function group(rows: { issue_id: number; v: string }[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const { issue_id, v } of rows) {
    const list = out.get(issue_id);
    if (list === undefined) out.set(issue_id, [v]);
    else list.push(v);
  }
  return out;
}

function migrate(db: Database.Database): void {
  const done = new Set(
    (db.prepare("SELECT version FROM migrations").all() as { version: number }[]).map(
      (r) => r.version,
    ),
  );
  for (const step of INBOX_MIGRATIONS) {
    if (done.has(step.version)) continue;
    db.transaction(() => {
      db.exec(step.sqlite);
      db.prepare("INSERT INTO migrations VALUES (?, ?)").run(
        step.version,
        new Date().toISOString(),
      );
    })();
  }
}
