// The inbox on the PostgreSQL store's pool: the same queries as inbox-sqlite.ts, with the
// full-text index of inbox-migrations.ts (PG_SEARCH_VECTOR) instead of FTS5.

import type pg from "pg";
import { INBOX_MIGRATIONS, PG_SEARCH_VECTOR } from "./inbox-migrations.js";
import { searchWords, tsQuery } from "./inbox-search.js";
import { SORT_COLUMN } from "./inbox-sort.js";
import {
  byDay,
  group,
  type OccurrenceRow,
  occurrenceFromRow,
  type ProjectRow,
  projectFromRow,
} from "./inbox-sqlite.js";
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

/** The same advisory lock as the ingest store's migrations: one server migrates at a time. */
const MIGRATION_LOCK = 0x70616e6963;

export class PostgresInbox implements InboxStore {
  private constructor(private readonly pool: pg.Pool) {}

  static async open(pool: pg.Pool): Promise<PostgresInbox> {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      const done = new Set(
        (await client.query<{ version: number }>("SELECT version FROM migrations")).rows.map(
          (r) => r.version,
        ),
      );
      for (const step of INBOX_MIGRATIONS) {
        if (done.has(step.version)) continue;
        await client.query(step.postgres);
        await client.query("INSERT INTO migrations VALUES ($1, $2)", [
          step.version,
          new Date().toISOString(),
        ]);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
    return new PostgresInbox(pool);
  }

  async countUsers(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>("SELECT count(*) AS n FROM users");
    return rows[0]?.n ?? 0;
  }

  async createUser(name: string, password: string, role: Role, onlyIfNone = false) {
    // The first admin: a table lock makes "no user yet" and the insert one step.
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("LOCK TABLE users IN EXCLUSIVE MODE");
      const { rows } = await client.query<{ id: number }>(
        `INSERT INTO users (name, password, role, created_at) SELECT $1, $2, $3, $4
         WHERE NOT $5 OR NOT EXISTS (SELECT 1 FROM users) ON CONFLICT (name) DO NOTHING
         RETURNING id`,
        [name, password, role, new Date().toISOString(), onlyIfNone],
      );
      await client.query("COMMIT");
      const id = rows[0]?.id;
      return id === undefined ? null : { id, name, role, password };
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  async findUser(name: string): Promise<User | null> {
    const { rows } = await this.pool.query<User>(
      "SELECT id, name, role, password FROM users WHERE name = $1",
      [name],
    );
    return rows[0] ?? null;
  }

  async listUsers(): Promise<User[]> {
    return (await this.pool.query<User>("SELECT id, name, role, password FROM users ORDER BY id"))
      .rows;
  }

  async createSession(tokenHash: string, userId: number, csrf: string, expiresAt: string) {
    // Expired sessions go when a new one comes: the table stays the size of the signed-in.
    await this.pool.query("DELETE FROM sessions WHERE expires_at < $1", [new Date().toISOString()]);
    await this.pool.query(
      "INSERT INTO sessions (token_hash, user_id, csrf, expires_at) VALUES ($1, $2, $3, $4)",
      [tokenHash, userId, csrf, expiresAt],
    );
  }

  async getSession(tokenHash: string, now: string): Promise<Session | null> {
    const { rows } = await this.pool.query<User & { csrf: string; expires_at: string }>(
      `SELECT s.csrf, s.expires_at, u.id, u.name, u.role, u.password FROM sessions s
       JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > $2`,
      [tokenHash, now],
    );
    const row = rows[0];
    if (row === undefined) return null;
    const { csrf, expires_at, ...user } = row;
    return { user, csrf, expiresAt: expires_at };
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.pool.query("DELETE FROM sessions WHERE token_hash = $1", [tokenHash]);
  }

  async listProjects(): Promise<Project[]> {
    const { rows } = await this.pool.query<ProjectRow>(
      `SELECT id, slug, name, created_at AS "createdAt", webhooks FROM projects ORDER BY id`,
    );
    return rows.map(projectFromRow);
  }

  async setProjectWebhooks(id: number, urls: string[]): Promise<void> {
    await this.pool.query("UPDATE projects SET webhooks = $1 WHERE id = $2", [urls.join("\n"), id]);
  }

  async createProject(slug: string, name: string): Promise<Project | null> {
    const createdAt = new Date().toISOString();
    const { rows } = await this.pool.query<{ id: number }>(
      `INSERT INTO projects (slug, name, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (slug) DO NOTHING RETURNING id`,
      [slug, name, createdAt],
    );
    const id = rows[0]?.id;
    return id === undefined ? null : { id, slug, name, createdAt, webhooks: [] };
  }

  async createIngestToken(tokenHash: string, label: string, projectId: number) {
    const createdAt = new Date().toISOString();
    const { rows } = await this.pool.query<{ id: number }>(
      `INSERT INTO ingest_tokens (token_hash, label, created_at, project_id)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [tokenHash, label, createdAt, projectId],
    );
    return { id: rows[0]?.id as number, projectId, label, createdAt, revokedAt: null };
  }

  async listIngestTokens(): Promise<IngestToken[]> {
    return (
      await this.pool.query<IngestToken>(
        `SELECT id, project_id AS "projectId", label, created_at AS "createdAt",
           revoked_at AS "revokedAt" FROM ingest_tokens ORDER BY id DESC`,
      )
    ).rows;
  }

  async revokeIngestToken(id: number): Promise<void> {
    await this.pool.query(
      "UPDATE ingest_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
      [new Date().toISOString(), id],
    );
  }

  async activeIngestTokens() {
    const { rows } = await this.pool.query<{ hash: string; projectId: number }>(
      `SELECT token_hash AS hash, project_id AS "projectId" FROM ingest_tokens
       WHERE revoked_at IS NULL`,
    );
    return rows;
  }

  async listIssues(query: IssueQuery): Promise<IssuePage> {
    const params: (string | number)[] = [];
    const param = (value: string | number) => `$${params.push(value)}`;
    const where = [`project_id = ${param(query.projectId)}`, "merged_into IS NULL"];
    if (query.status !== undefined) where.push(`status = ${param(query.status)}`);
    if (query.category !== undefined) where.push(`category = ${param(query.category)}`);
    if (query.release !== undefined) {
      where.push(
        `id IN (SELECT issue_id FROM issue_releases WHERE release = ${param(query.release)})`,
      );
    }
    if (query.environment !== undefined) {
      where.push(
        `id IN (SELECT issue_id FROM issue_facets WHERE kind = 'environment' AND value = ${param(query.environment)})`,
      );
    }
    const words = searchWords(query.text ?? "");
    if (words.length > 0) {
      where.push(`${PG_SEARCH_VECTOR} @@ to_tsquery('simple', ${param(tsQuery(words))})`);
    }
    const column = SORT_COLUMN[query.sort];
    if (query.after !== undefined) {
      const value = param(query.after.value);
      where.push(`(${column}, id) < (${value}, ${param(query.after.id)})`);
    }
    const { rows } = await this.pool.query<IssueRow>(
      `SELECT * FROM issues WHERE ${where.join(" AND ")} ORDER BY ${column} DESC, id DESC
       LIMIT ${param(query.limit + 1)}`,
      params,
    );
    const more = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      issues: await this.withReleasesAndHosts(page),
      next: more && last !== undefined ? { value: last[column], id: last.id } : null,
    };
  }

  private async withReleasesAndHosts(rows: IssueRow[]): Promise<Issue[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [releases, hosts] = await Promise.all([
      this.pool.query<{ issue_id: number; v: string }>(
        "SELECT issue_id, release AS v FROM issue_releases WHERE issue_id = ANY($1)",
        [ids],
      ),
      this.pool.query<{ issue_id: number; v: string }>(
        "SELECT issue_id, host AS v FROM issue_hosts WHERE issue_id = ANY($1)",
        [ids],
      ),
    ]);
    const byRelease = group(releases.rows);
    const byHost = group(hosts.rows);
    return rows.map((row) =>
      issueFromRow(
        row,
        (byRelease.get(row.id) ?? []).sort(compareReleases),
        (byHost.get(row.id) ?? []).sort(),
      ),
    );
  }

  async dailyCounts(issueIds: number[], since: string) {
    if (issueIds.length === 0) return new Map<number, Map<string, number>>();
    const { rows } = await this.pool.query<{ issue_id: number; day: string; count: number }>(
      "SELECT issue_id, day, count FROM issue_days WHERE issue_id = ANY($1) AND day >= $2",
      [issueIds, since],
    );
    return byDay(rows);
  }

  async facets(issueId: number, kind: FacetKind, limit: number) {
    const { rows } = await this.pool.query<{ value: string; count: number }>(
      `SELECT value, count FROM issue_facets WHERE issue_id = $1 AND kind = $2 AND count > 0
       ORDER BY count DESC, value LIMIT $3`,
      [issueId, kind, limit],
    );
    return rows;
  }

  async occurrences(issueId: number, limit: number, before?: number): Promise<Occurrence[]> {
    // Newest first straight from the (issue_id, report_id) index, no GROUP BY over all of a
    // hot issue's rows (a report's later crashes of the same issue are skipped one by one),
    // and the page cut before the join: else the planner may merge-join every report.
    const { rows } = await this.pool.query<OccurrenceRow>(
      `SELECT o.report_id, o.crash_index, r.received_at, r.release, r.environment, r.host,
         r.metadata
       FROM (SELECT report_id, crash_index FROM occurrences o
             WHERE o.issue_id = $1 AND ($2::bigint IS NULL OR o.report_id < $2)
               AND NOT EXISTS (SELECT 1 FROM occurrences p WHERE p.report_id = o.report_id
                 AND p.issue_id = o.issue_id AND p.crash_index < o.crash_index)
             ORDER BY o.report_id DESC LIMIT $3) o
       JOIN reports r ON r.id = o.report_id
       ORDER BY o.report_id DESC`,
      [issueId, before ?? null, limit],
    );
    return rows.map(occurrenceFromRow);
  }

  async occurrence(issueId: number, reportId: number): Promise<Occurrence | null> {
    const { rows } = await this.pool.query<OccurrenceRow>(
      `SELECT o.report_id, min(o.crash_index) AS crash_index, r.received_at, r.release,
         r.environment, r.host, r.metadata
       FROM occurrences o JOIN reports r ON r.id = o.report_id
       WHERE o.issue_id = $1 AND o.report_id = $2 GROUP BY o.report_id, r.id`,
      [issueId, reportId],
    );
    return rows[0] === undefined ? null : occurrenceFromRow(rows[0]);
  }
}
