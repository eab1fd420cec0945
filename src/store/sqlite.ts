// The SQLite store (better-sqlite3, synchronous under an async interface). WAL journal with
// synchronous=FULL: a transaction that returned has been fsynced, so a 202 survives kill -9
// and power loss alike.

import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import Database from "better-sqlite3";
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
import { rebuildIssues } from "./sqlite-rebuild.js";
import { SqliteWriter } from "./sqlite-writer.js";
import type {
  FiledCrash,
  IngestResult,
  Issue,
  IssueStatus,
  ReportInput,
  ReportSummary,
  Retention,
  Store,
  StoredReport,
} from "./types.js";

/** A report as the writer stores it: JSON already written, only what filing reads. */
export interface PreparedReport {
  projectId: number;
  idempotencyKey: string | null;
  receivedAt: string;
  release: string | null;
  environment: string | null;
  host: string | null;
  metadata: string;
  /** A string, or its UTF-8 bytes on the writer thread (sqlite-writer.ts `unpackBatch`). */
  text: string | Uint8Array;
  /** The `document` column: how the text was read (document.ts). */
  document: string;
  crashes: FiledCrash[];
}

export function prepareReport(report: ReportInput): PreparedReport {
  return {
    projectId: report.projectId ?? DEFAULT_PROJECT,
    idempotencyKey: report.idempotencyKey,
    receivedAt: report.receivedAt,
    release: report.release,
    environment: report.environment,
    host: report.host,
    metadata: JSON.stringify(report.metadata),
    text: report.text,
    document: report.wholeDocument ?? recipeColumn(report.analysis),
    crashes: report.crashes,
  };
}

/** One report's outcome in a batch: its result, or why it could not be stored. */
export type BatchOutcome = { result: IngestResult } | { error: string };

export interface SqliteOptions {
  /**
   * Where ingest writes: `thread` (the default for a file) commits on a worker thread of its
   * own, so the fsync and the inserts never hold up the event loop; `inline` on this one (the
   * only choice for `:memory:`, which one connection alone sees).
   */
  writer?: "thread" | "inline";
}

export class SqliteStore implements Store {
  /** Also read by the inbox (inbox-sqlite.ts). */
  readonly db: Database.Database;
  private readonly ingestTransaction: Database.Transaction<
    (report: PreparedReport) => IngestResult
  >;
  private readonly ingestBatch: Database.Transaction<(reports: PreparedReport[]) => IngestResult[]>;
  private pending: {
    report: PreparedReport;
    resolve: (result: IngestResult) => void;
    reject: (error: unknown) => void;
  }[] = [];
  private readonly threaded: boolean;
  private writer: SqliteWriter | undefined;

  /** `path` is the database file (`:memory:` for tests); its folder is created. */
  constructor(
    private readonly path: string,
    options: SqliteOptions = {},
  ) {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    this.threaded = path !== ":memory:" && (options.writer ?? "thread") === "thread";
    this.db = new Database(path);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.pragma("busy_timeout = 5000");
    // Off while migrating (better-sqlite3 turns them on by default): a step that rebuilds a
    // table drops it while others still reference it.
    this.db.pragma("foreign_keys = OFF");
    migrate(this.db);
    this.db.pragma("foreign_keys = ON");
    this.ingestTransaction = this.db.transaction((report: PreparedReport) =>
      this.ingestNow(report),
    );
    this.ingestBatch = this.db.transaction((reports: PreparedReport[]) =>
      reports.map((report) => this.ingestNow(report)),
    );
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** A prepared statement, prepared once per store. */
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (statement === undefined) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  async ingest(report: ReportInput): Promise<IngestResult> {
    const prepared = prepareReport(report);
    if (this.threaded) {
      // Started on the first upload: a store opened only to read never starts a thread.
      this.writer ??= new SqliteWriter(this.path);
      return this.writer.ingest(prepared);
    }
    // Group commit: reports that arrive while one commit is pending share its transaction,
    // so one fsync covers all of them; each caller still resolves only after the commit.
    return new Promise((resolve, reject) => {
      this.pending.push({ report: prepared, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.commitPending());
    });
  }

  private commitPending(): void {
    const batch = this.pending;
    this.pending = [];
    const outcomes = this.commitBatch(batch.map((p) => p.report));
    for (const [i, p] of batch.entries()) {
      const outcome = outcomes[i] as BatchOutcome;
      if ("result" in outcome) p.resolve(outcome.result);
      else p.reject(new Error(outcome.error));
    }
  }

  /** Stores a batch in one transaction (one fsync); the writer thread calls it too. */
  commitBatch(reports: PreparedReport[]): BatchOutcome[] {
    try {
      // IMMEDIATE: take the write lock first, so two processes never both miss a key.
      return this.ingestBatch.immediate(reports).map((result) => ({ result }));
    } catch {
      // One bad report must not fail the others: each alone, in its own transaction.
      return reports.map((report) => {
        try {
          return { result: this.ingestTransaction.immediate(report) };
        } catch (error) {
          return { error: (error as Error).message };
        }
      });
    }
  }

  private ingestNow(report: PreparedReport): IngestResult {
    if (report.idempotencyKey !== null) {
      const existing = this.sql("SELECT id FROM reports WHERE idempotency_key = ?").get(
        report.idempotencyKey,
      ) as { id: number } | undefined;
      if (existing) return { reportId: existing.id, duplicate: true, crashes: [] };
    }
    const { crashes } = report;
    const reportId = Number(
      this.sql(
        `INSERT INTO reports (idempotency_key, received_at, release, environment, host,
             metadata, text_gzip, document, crashes, project_id)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        report.idempotencyKey,
        report.receivedAt,
        report.release,
        report.environment,
        report.host,
        report.metadata,
        // Level 1: twice as fast as the default, a fifth larger; the text is read rarely.
        gzipSync(report.text, { level: 1 }),
        report.document,
        crashes.length,
        report.projectId,
      ).lastInsertRowid,
    );
    const result: IngestResult = { reportId, duplicate: false, crashes: [] };
    crashes.forEach((crash, index) => {
      const filed = this.fileCrash(report, crash);
      this.sql("INSERT INTO occurrences (report_id, crash_index, issue_id) VALUES (?, ?, ?)").run(
        reportId,
        index,
        filed.issueId,
      );
      if (filed.created || filed.regressed) {
        // The outbox, in this transaction: a notification is never lost to a restart.
        this.sql(
          "INSERT INTO notifications (event, issue_id, report_id, created_at) VALUES (?, ?, ?, ?)",
        ).run(
          filed.created ? "issue.created" : "issue.regressed",
          filed.issueId,
          reportId,
          report.receivedAt,
        );
      }
      result.crashes.push(filed);
    });
    return result;
  }

  private fileCrash(
    report: PreparedReport,
    { fingerprint, category, rule, title }: PreparedReport["crashes"][number],
  ): IngestResult["crashes"][number] {
    const at = report.receivedAt;
    let row = this.sql("SELECT * FROM issues WHERE project_id = ? AND fingerprint = ?").get(
      report.projectId,
      fingerprint,
    ) as IssueRow | undefined;
    // A merged issue's crashes go to the issue it was merged into.
    while (row?.merged_into != null) {
      row = this.sql("SELECT * FROM issues WHERE id = ?").get(row.merged_into) as IssueRow;
    }
    let created = false;
    let regressed = false;
    let issueId: number;
    if (!row) {
      issueId = Number(
        this.sql(
          `INSERT INTO issues (fingerprint, fingerprint_version, category, rule, title,
               first_seen, last_seen, count, project_id) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)`,
        ).run(
          fingerprint,
          fingerprint.split(":")[0],
          category,
          rule,
          title,
          at,
          at,
          report.projectId,
        ).lastInsertRowid,
      );
      created = true;
    } else {
      issueId = row.id;
      regressed = row.status === "resolved" && reopens(row.resolved_in, report.release);
      this.sql(
        `UPDATE issues SET count = count + 1, last_seen = max(last_seen, ?),
           first_seen = min(first_seen, ?),
           status = CASE WHEN ? THEN 'open' ELSE status END,
           resolved_in = CASE WHEN ? THEN NULL ELSE resolved_in END,
           regressed = CASE WHEN ? THEN 1 ELSE regressed END
         WHERE id = ?`,
      ).run(at, at, regressed ? 1 : 0, regressed ? 1 : 0, regressed ? 1 : 0, issueId);
    }
    if (report.release !== null) {
      this.sql("INSERT OR IGNORE INTO issue_releases VALUES (?, ?)").run(issueId, report.release);
    }
    if (report.host !== null) {
      this.sql("INSERT OR IGNORE INTO issue_hosts VALUES (?, ?)").run(issueId, report.host);
    }
    return { issueId, created, regressed };
  }

  async listIssues(projectId?: number): Promise<Issue[]> {
    const rows = this.sql(
      `SELECT * FROM issues WHERE merged_into IS NULL AND (? IS NULL OR project_id = ?)
       ORDER BY last_seen DESC, id DESC`,
    ).all(projectId ?? null, projectId ?? null) as IssueRow[];
    return rows.map((row) => this.issueFrom(row));
  }

  async getIssue(id: number): Promise<Issue | null> {
    const row = this.sql("SELECT * FROM issues WHERE id = ?").get(id) as IssueRow | undefined;
    return row ? this.issueFrom(row) : null;
  }

  private issueFrom(row: IssueRow): Issue {
    const releases = (
      this.sql("SELECT release FROM issue_releases WHERE issue_id = ?").all(row.id) as {
        release: string;
      }[]
    )
      .map((r) => r.release)
      .sort(compareReleases);
    const hosts = (
      this.sql("SELECT host FROM issue_hosts WHERE issue_id = ? ORDER BY host").all(row.id) as {
        host: string;
      }[]
    ).map((r) => r.host);
    return issueFromRow(row, releases, hosts);
  }

  async issueReports(issueId: number, limit = 100): Promise<number[]> {
    const rows = this.sql(
      "SELECT DISTINCT report_id FROM occurrences WHERE issue_id = ? ORDER BY report_id DESC LIMIT ?",
    ).all(issueId, limit) as { report_id: number }[];
    return rows.map((r) => r.report_id);
  }

  async unparsedReports(limit = 100): Promise<number[]> {
    const rows = this.sql("SELECT id FROM reports WHERE crashes = 0 ORDER BY id DESC LIMIT ?").all(
      limit,
    ) as { id: number }[];
    return rows.map((r) => r.id);
  }

  async countUnparsed(): Promise<number> {
    const row = this.sql("SELECT count(*) AS n FROM reports WHERE crashes = 0").get() as {
      n: number;
    };
    return row.n;
  }

  async getReport(id: number): Promise<StoredReport | null> {
    const row = this.sql("SELECT * FROM reports WHERE id = ?").get(id) as ReportRow | undefined;
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
    const row = this.sql(
      `SELECT ${SUMMARY_COLUMNS} FROM reports
       WHERE id = (SELECT max(report_id) FROM occurrences WHERE issue_id = ?)`,
    ).get(issueId) as ReportRow | undefined;
    return row ? summaryFromRow(row) : null;
  }

  async setStatus(issueId: number, status: IssueStatus, resolvedIn: string | null = null) {
    this.sql("UPDATE issues SET status = ?, resolved_in = ?, regressed = 0 WHERE id = ?").run(
      status,
      status === "resolved" ? resolvedIn : null,
      issueId,
    );
  }

  async merge(from: number, into: number): Promise<void> {
    if (from === into) throw new Error(`cannot merge issue ${from} into itself`);
    const db = this.db;
    db.transaction(() => {
      const a = this.sql("SELECT * FROM issues WHERE id = ?").get(from) as IssueRow | undefined;
      const b = this.sql("SELECT * FROM issues WHERE id = ?").get(into) as IssueRow | undefined;
      if (!a || !b) throw new Error(`no issue ${a ? into : from}`);
      if (a.merged_into !== null || b.merged_into !== null) {
        throw new Error(`issue ${a.merged_into !== null ? from : into} is already merged`);
      }
      if (a.project_id !== b.project_id)
        throw new Error(`issues ${from} and ${into}: two projects`);
      this.sql("UPDATE occurrences SET issue_id = ? WHERE issue_id = ?").run(into, from);
      this.sql(
        "INSERT OR IGNORE INTO issue_releases SELECT ?, release FROM issue_releases WHERE issue_id = ?",
      ).run(into, from);
      this.sql(
        "INSERT OR IGNORE INTO issue_hosts SELECT ?, host FROM issue_hosts WHERE issue_id = ?",
      ).run(into, from);
      this.sql(
        `UPDATE issues SET count = count + ?, first_seen = min(first_seen, ?),
           last_seen = max(last_seen, ?) WHERE id = ?`,
      ).run(a.count, a.first_seen, a.last_seen, into);
      this.sql("UPDATE issues SET merged_into = ? WHERE id = ?").run(into, from);
    })();
  }

  async prune({ maxAgeDays, maxReports }: Retention): Promise<number> {
    const db = this.db;
    return db.transaction(() => {
      let deleted = 0;
      if (maxAgeDays !== undefined) {
        const cutoff = new Date(Date.now() - maxAgeDays * 86_400_000).toISOString();
        deleted += this.sql("DELETE FROM reports WHERE received_at < ?").run(cutoff).changes;
      }
      if (maxReports !== undefined) {
        deleted += this.sql(
          "DELETE FROM reports WHERE id NOT IN (SELECT id FROM reports ORDER BY id DESC LIMIT ?)",
        ).run(maxReports).changes;
      }
      return deleted;
    })();
  }

  async close(): Promise<void> {
    await this.writer?.close();
    this.db.close();
  }
}

function migrate(db: Database.Database): void {
  db.exec("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, applied_at TEXT)");
  const done = new Set(
    (db.prepare("SELECT version FROM migrations").all() as { version: number }[]).map(
      (r) => r.version,
    ),
  );
  for (const step of MIGRATIONS) {
    if (done.has(step.version)) continue;
    db.transaction(() => {
      db.exec(migrationSql(step, "sqlite"));
      if (step.version === 2) rebuildIssues(db);
      db.prepare("INSERT INTO migrations VALUES (?, ?)").run(
        step.version,
        new Date().toISOString(),
      );
    })();
  }
}
