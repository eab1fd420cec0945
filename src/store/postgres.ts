// The PostgreSQL store (`pg`): the same schema and behaviour as the SQLite store, safe with
// several servers on one database. Issues are created with INSERT … ON CONFLICT (fingerprint)
// and then updated under a row lock, so concurrent servers never make two issues of one
// fingerprint nor lose a count; an idempotency key is a unique column, so a retried upload
// racing its first attempt is stored once.

import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { recipeColumn, storedDocument } from "./document.js";
import { DEFAULT_PROJECT, MIGRATIONS, migrationSql } from "./migrations.js";
import { compareReleases, reopens } from "./release.js";
import {
  type IssueRow,
  issueFromRow,
  type ReportRow,
  SUMMARY_COLUMNS,
  summaryFromRow,
} from "./rows.js";
import type {
  IngestResult,
  Issue,
  IssueStatus,
  ReportInput,
  ReportSummary,
  Retention,
  Store,
  StoredReport,
} from "./types.js";

// Ids and counts are BIGINT; they stay far below 2^53, so numbers, not strings.
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === 20 ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A row of `panicscope_ingest`: one per crash filed. */
interface IngestRow {
  o_report: number;
  o_duplicate: boolean;
  o_issue: number | null;
  o_created: boolean;
}

/** Lock id for migrations: two servers starting at once migrate once. */
const MIGRATION_LOCK = 0x70616e6963;

export class PostgresStore implements Store {
  /** `pool` is also read by the inbox (inbox-postgres.ts). */
  private constructor(readonly pool: pg.Pool) {}

  static async open(url: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, types, max: 8 });
    const store = new PostgresStore(pool);
    await store.transaction(async (client) => {
      await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      await client.query(
        "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, applied_at TEXT)",
      );
      const done = new Set(
        (await client.query<{ version: number }>("SELECT version FROM migrations")).rows.map(
          (r) => r.version,
        ),
      );
      for (const step of MIGRATIONS) {
        if (done.has(step.version)) continue;
        await client.query(migrationSql(step, "postgres"));
        await client.query("INSERT INTO migrations VALUES ($1, $2)", [
          step.version,
          new Date().toISOString(),
        ]);
      }
    });
    return store;
  }

  /** Runs `work` in a transaction, again on a deadlock or serialization failure. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(client);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        const code = (error as { code?: string }).code;
        if (attempt < 5 && (code === "40P01" || code === "40001")) continue;
        throw error;
      } finally {
        client.release();
      }
    }
  }

  /**
   * One call of `panicscope_ingest` (migrations.ts): the report and its crashes filed in one
   * statement, one round trip. A crash of an issue that is resolved undoes the call (PSRES):
   * whether it reopens is release.ts's rule, so `ingestSteps` files that report.
   */
  async ingest(report: ReportInput): Promise<IngestResult> {
    const { crashes } = report;
    // Level 1: twice as fast as the default, a fifth larger; the text is read rarely.
    const textGzip = gzipSync(report.text, { level: 1 });
    const values = [
      ...reportColumns(report, textGzip),
      report.projectId ?? DEFAULT_PROJECT,
      crashes.map((crash) => crash.fingerprint),
      crashes.map((crash) => crash.category),
      crashes.map((crash) => crash.rule),
      crashes.map((crash) => crash.title),
    ];
    for (let attempt = 1; ; attempt++) {
      try {
        const { rows } = await this.pool.query<IngestRow>({
          // Named: prepared once per connection.
          name: "panicscope_ingest",
          text: "SELECT * FROM panicscope_ingest($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
          values,
        });
        const first = rows[0] as IngestRow;
        return {
          reportId: first.o_report,
          duplicate: first.o_duplicate,
          crashes: rows
            .filter((row) => row.o_issue !== null)
            .map((row) => ({
              issueId: row.o_issue as number,
              created: row.o_created,
              regressed: false,
            })),
        };
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code === "PSRES") return this.ingestSteps(report, textGzip);
        if (attempt < 5 && (code === "40P01" || code === "40001")) continue;
        throw error;
      }
    }
  }

  /** A report filed statement by statement: the regression rule needs JavaScript. */
  private ingestSteps(report: ReportInput, textGzip: Buffer): Promise<IngestResult> {
    return this.transaction(async (client) => {
      const { crashes } = report;
      const project = report.projectId ?? DEFAULT_PROJECT;
      const inserted = await client.query<{ id: number }>(
        `INSERT INTO reports (idempotency_key, received_at, release, environment, host,
           metadata, text_gzip, document, crashes, project_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
        [...reportColumns(report, textGzip), crashes.length, project],
      );
      const reportId = inserted.rows[0]?.id;
      if (reportId === undefined) {
        const existing = await client.query<{ id: number }>(
          "SELECT id FROM reports WHERE idempotency_key = $1",
          [report.idempotencyKey],
        );
        return { reportId: existing.rows[0]?.id ?? 0, duplicate: true, crashes: [] };
      }
      const result: IngestResult = { reportId, duplicate: false, crashes: [] };
      for (const [index, crash] of crashes.entries()) {
        const at = report.receivedAt;
        const created = await client.query(
          `INSERT INTO issues (fingerprint, fingerprint_version, category, rule, title,
             first_seen, last_seen, count, project_id) VALUES ($1, $2, $3, $4, $5, $6, $6, 0, $7)
           ON CONFLICT (project_id, fingerprint) DO NOTHING`,
          [
            crash.fingerprint,
            crash.fingerprint.split(":")[0],
            crash.category,
            crash.rule,
            crash.title,
            at,
            project,
          ],
        );
        let row = (
          await client.query<IssueRow>(
            "SELECT * FROM issues WHERE project_id = $1 AND fingerprint = $2 FOR UPDATE",
            [project, crash.fingerprint],
          )
        ).rows[0] as IssueRow;
        while (row.merged_into !== null) {
          row = (
            await client.query<IssueRow>("SELECT * FROM issues WHERE id = $1 FOR UPDATE", [
              row.merged_into,
            ])
          ).rows[0] as IssueRow;
        }
        const regressed = row.status === "resolved" && reopens(row.resolved_in, report.release);
        await client.query(
          `UPDATE issues SET count = count + 1, last_seen = GREATEST(last_seen, $1),
             first_seen = LEAST(first_seen, $1),
             status = CASE WHEN $2 THEN 'open' ELSE status END,
             resolved_in = CASE WHEN $2 THEN NULL ELSE resolved_in END,
             regressed = CASE WHEN $2 THEN 1 ELSE regressed END
           WHERE id = $3`,
          [at, regressed, row.id],
        );
        if (report.release !== null) {
          await client.query("INSERT INTO issue_releases VALUES ($1, $2) ON CONFLICT DO NOTHING", [
            row.id,
            report.release,
          ]);
        }
        if (report.host !== null) {
          await client.query("INSERT INTO issue_hosts VALUES ($1, $2) ON CONFLICT DO NOTHING", [
            row.id,
            report.host,
          ]);
        }
        await client.query("INSERT INTO occurrences VALUES ($1, $2, $3)", [
          reportId,
          index,
          row.id,
        ]);
        if (created.rowCount === 1 || regressed) {
          // The outbox, in this transaction: a notification is never lost to a restart.
          await client.query(
            `INSERT INTO notifications (event, issue_id, report_id, created_at)
             VALUES ($1, $2, $3, $4)`,
            [created.rowCount === 1 ? "issue.created" : "issue.regressed", row.id, reportId, at],
          );
        }
        result.crashes.push({ issueId: row.id, created: created.rowCount === 1, regressed });
      }
      return result;
    });
  }

  async listIssues(projectId?: number): Promise<Issue[]> {
    const { rows } = await this.pool.query<IssueRow>(
      `SELECT * FROM issues WHERE merged_into IS NULL AND ($1::integer IS NULL OR project_id = $1)
       ORDER BY last_seen DESC, id DESC`,
      [projectId ?? null],
    );
    return Promise.all(rows.map((row) => this.issueFrom(row)));
  }

  async getIssue(id: number): Promise<Issue | null> {
    const { rows } = await this.pool.query<IssueRow>("SELECT * FROM issues WHERE id = $1", [id]);
    return rows[0] ? this.issueFrom(rows[0]) : null;
  }

  private async issueFrom(row: IssueRow): Promise<Issue> {
    const releases = (
      await this.pool.query<{ release: string }>(
        "SELECT release FROM issue_releases WHERE issue_id = $1",
        [row.id],
      )
    ).rows
      .map((r) => r.release)
      .sort(compareReleases);
    const hosts = (
      await this.pool.query<{ host: string }>(
        "SELECT host FROM issue_hosts WHERE issue_id = $1 ORDER BY host",
        [row.id],
      )
    ).rows.map((r) => r.host);
    return issueFromRow(row, releases, hosts);
  }

  async issueReports(issueId: number, limit = 100): Promise<number[]> {
    const { rows } = await this.pool.query<{ report_id: number }>(
      "SELECT DISTINCT report_id FROM occurrences WHERE issue_id = $1 ORDER BY report_id DESC LIMIT $2",
      [issueId, limit],
    );
    return rows.map((r) => r.report_id);
  }

  async unparsedReports(limit = 100): Promise<number[]> {
    const { rows } = await this.pool.query<{ id: number }>(
      "SELECT id FROM reports WHERE crashes = 0 ORDER BY id DESC LIMIT $1",
      [limit],
    );
    return rows.map((r) => r.id);
  }

  async countUnparsed(): Promise<number> {
    const { rows } = await this.pool.query<{ n: number }>(
      "SELECT count(*) AS n FROM reports WHERE crashes = 0",
    );
    return rows[0]?.n ?? 0;
  }

  async getReport(id: number): Promise<StoredReport | null> {
    const { rows } = await this.pool.query<ReportRow>("SELECT * FROM reports WHERE id = $1", [id]);
    const row = rows[0];
    if (!row) return null;
    const text = gunzipSync(row.text_gzip).toString("utf8");
    return {
      id: row.id,
      projectId: row.project_id,
      idempotencyKey: row.idempotency_key,
      receivedAt: row.received_at,
      release: row.release,
      environment: row.environment,
      host: row.host,
      metadata: JSON.parse(row.metadata) as Record<string, unknown>,
      text,
      document: await storedDocument(row.document, text),
    };
  }

  async latestReport(issueId: number): Promise<ReportSummary | null> {
    const { rows } = await this.pool.query<ReportRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM reports
       WHERE id = (SELECT max(report_id) FROM occurrences WHERE issue_id = $1)`,
      [issueId],
    );
    return rows[0] ? summaryFromRow(rows[0]) : null;
  }

  async setStatus(issueId: number, status: IssueStatus, resolvedIn: string | null = null) {
    await this.pool.query(
      "UPDATE issues SET status = $1, resolved_in = $2, regressed = 0 WHERE id = $3",
      [status, status === "resolved" ? resolvedIn : null, issueId],
    );
  }

  async merge(from: number, into: number): Promise<void> {
    if (from === into) throw new Error(`cannot merge issue ${from} into itself`);
    await this.transaction(async (client) => {
      const locked = await client.query<IssueRow>(
        "SELECT * FROM issues WHERE id = ANY($1) ORDER BY id FOR UPDATE",
        [[from, into]],
      );
      const a = locked.rows.find((r) => r.id === from);
      const b = locked.rows.find((r) => r.id === into);
      if (!a || !b) throw new Error(`no issue ${a ? into : from}`);
      if (a.merged_into !== null || b.merged_into !== null) {
        throw new Error(`issue ${a.merged_into !== null ? from : into} is already merged`);
      }
      if (a.project_id !== b.project_id)
        throw new Error(`issues ${from} and ${into}: two projects`);
      await client.query("UPDATE occurrences SET issue_id = $1 WHERE issue_id = $2", [into, from]);
      await client.query(
        `INSERT INTO issue_releases SELECT $1, release FROM issue_releases WHERE issue_id = $2
         ON CONFLICT DO NOTHING`,
        [into, from],
      );
      await client.query(
        `INSERT INTO issue_hosts SELECT $1, host FROM issue_hosts WHERE issue_id = $2
         ON CONFLICT DO NOTHING`,
        [into, from],
      );
      await client.query(
        `UPDATE issues SET count = count + $1, first_seen = LEAST(first_seen, $2),
           last_seen = GREATEST(last_seen, $3) WHERE id = $4`,
        [a.count, a.first_seen, a.last_seen, into],
      );
      await client.query("UPDATE issues SET merged_into = $1 WHERE id = $2", [into, from]);
    });
  }

  async prune({ maxAgeDays, maxReports }: Retention): Promise<number> {
    return this.transaction(async (client) => {
      let deleted = 0;
      if (maxAgeDays !== undefined) {
        const cutoff = new Date(Date.now() - maxAgeDays * 86_400_000).toISOString();
        deleted +=
          (await client.query("DELETE FROM reports WHERE received_at < $1", [cutoff])).rowCount ??
          0;
      }
      if (maxReports !== undefined) {
        deleted +=
          (
            await client.query(
              "DELETE FROM reports WHERE id NOT IN (SELECT id FROM reports ORDER BY id DESC LIMIT $1)",
              [maxReports],
            )
          ).rowCount ?? 0;
      }
      return deleted;
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** The columns of a report's row both filing paths write first, in the same order. */
function reportColumns(report: ReportInput, textGzip: Buffer): unknown[] {
  return [
    report.idempotencyKey,
    report.receivedAt,
    report.release,
    report.environment,
    report.host,
    JSON.stringify(report.metadata),
    textGzip,
    report.wholeDocument ?? recipeColumn(report.analysis),
  ];
}
