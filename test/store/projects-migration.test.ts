// Projects came after stores were in use: a database written by the schema before them
// (steps 1, 1001 and 1002, rows as that ingest wrote them) is migrated on open, on SQLite and
// on PostgreSQL. Its issues, reports and tokens become the default project's, and every trigger
// and index the inbox had made on `issues` still works after SQLite rebuilt the table.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import pg from "pg";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeText } from "../../src/pipeline/analyze.js";
import { INBOX_MIGRATIONS } from "../../src/store/inbox-migrations.js";
import { openInbox } from "../../src/store/inbox-open.js";
import { MIGRATIONS, migrationSql } from "../../src/store/migrations.js";
import { PostgresStore } from "../../src/store/postgres.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { filedCrashes, issueTitle, type ReportInput, type Store } from "../../src/store/types.js";
import { freshDatabase } from "./stores.js";
import { NIL_DEREF } from "./suite.js";

const ADMIN = process.env.PANICSCOPE_TEST_PG;
const TEXT = readFileSync(NIL_DEREF, "utf8");
const AT = "2026-12-01T10:00:00.000Z";

/** The statements of a database before projects, in either dialect (`?` for parameters). */
type Run = (sql: string, params?: unknown[]) => Promise<void>;

async function writeOldSchema(run: Run, dialect: "sqlite" | "postgres"): Promise<void> {
  await run("CREATE TABLE migrations (version INTEGER PRIMARY KEY, applied_at TEXT)");
  await run(migrationSql(MIGRATIONS[0] as (typeof MIGRATIONS)[0], dialect));
  await run("INSERT INTO migrations VALUES (1, ?)", [AT]);
  for (const step of INBOX_MIGRATIONS.filter((s) => s.version <= 1002)) {
    await run(step[dialect]);
    await run("INSERT INTO migrations VALUES (?, ?)", [step.version, AT]);
  }
  // One crash, filed as the ingest before projects filed it.
  const document = toDocument(await analyzeText(TEXT, { name: "nil-deref.txt" }));
  const crash = document.crashes[0];
  assert.ok(crash);
  await run(
    `INSERT INTO reports (idempotency_key, received_at, release, environment, host, metadata,
       text_gzip, document, crashes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ["old-1", AT, "1.0.0", "production", "vm-1", "{}", gzipSync(TEXT), JSON.stringify(document), 1],
  );
  await run(
    `INSERT INTO issues (fingerprint, fingerprint_version, category, rule, title, first_seen,
       last_seen, count) VALUES (?, ?, ?, ?, ?, ?, ?, 1)`,
    [crash.fingerprint, "fp1", crash.category, crash.rule, issueTitle(crash), AT, AT],
  );
  await run("INSERT INTO issue_releases VALUES (1, ?)", ["1.0.0"]);
  await run("INSERT INTO occurrences VALUES (1, 0, 1)");
  await run("INSERT INTO ingest_tokens (token_hash, label, created_at) VALUES (?, ?, ?)", [
    "a".repeat(64),
    "old token",
    AT,
  ]);
}

async function checkMigrated(store: Store): Promise<void> {
  const inbox = await openInbox(store);
  const [old] = await store.listIssues();
  assert.deepEqual([old?.id, old?.projectId, old?.count, old?.releases], [1, 1, 1, ["1.0.0"]]);
  assert.equal((await store.getReport(1))?.projectId, 1);
  assert.deepEqual(await inbox.activeIngestTokens(), [{ hash: "a".repeat(64), projectId: 1 }]);
  assert.deepEqual(
    (await inbox.listProjects()).map((p) => [p.id, p.slug, p.name]),
    [[1, "default", "Default"]],
  );
  const document = toDocument(await analyzeText(TEXT, { name: "nil-deref.txt" }));
  const input = (projectId?: number): ReportInput => ({
    ...(projectId === undefined ? {} : { projectId }),
    idempotencyKey: null,
    receivedAt: "2026-12-02T10:00:00.000Z",
    release: "1.1.0",
    environment: "production",
    host: "vm-2",
    metadata: {},
    text: TEXT,
    crashes: filedCrashes(document),
    analysis: { name: "nil-deref.txt" },
  });
  // The same crash again: the old issue, counted; from a new project: an issue of its own.
  assert.deepEqual((await store.ingest(input())).crashes, [
    { issueId: 1, created: false, regressed: false },
  ]);
  const shop = await inbox.createProject("shop", "Shop");
  assert.equal(shop?.id, 2);
  assert.equal(await inbox.createProject("shop", "Again"), null);
  const [filed] = (await store.ingest(input(2))).crashes;
  assert.equal(filed?.created, true);
  assert.notEqual(filed?.issueId, 1);
  assert.equal((await store.getIssue(1))?.count, 2);
  // The full-text index kept the old title and is kept for new ones; rollups still counted.
  const search = (projectId: number) =>
    inbox.listIssues({ projectId, sort: "last-seen", limit: 5, text: "Balance" });
  assert.deepEqual(
    (await search(1)).issues.map((i) => i.id),
    [1],
  );
  assert.deepEqual(
    (await search(2)).issues.map((i) => i.id),
    [filed?.issueId],
  );
  assert.deepEqual(await inbox.facets(1, "release", 5), [
    { value: "1.0.0", count: 1 },
    { value: "1.1.0", count: 1 },
  ]);
  assert.deepEqual(
    (
      await inbox.listIssues({ projectId: 1, sort: "count", limit: 5, release: "1.1.0" })
    ).issues.map((i) => i.id),
    [1],
  );
}

test("a SQLite file from before projects: its data is the default project's", async () => {
  const dir = mkdtempSync(join(tmpdir(), "panicscope-projects-"));
  const path = join(dir, "old.db");
  try {
    const db = new Database(path);
    await writeOldSchema(async (sql, params = []) => {
      if (params.length === 0) db.exec(sql);
      else db.prepare(sql).run(...params);
    }, "sqlite");
    db.close();
    const store = new SqliteStore(path, { writer: "inline" });
    try {
      await checkMigrated(store);
      assert.equal(store.db.pragma("foreign_keys", { simple: true }), 1);
      assert.deepEqual(store.db.pragma("foreign_key_check"), []);
      assert.match(
        store.db
          .prepare("SELECT sql FROM sqlite_schema WHERE name = 'issues_last_seen'")
          .pluck()
          .get() as string,
        /ON issues\(project_id, last_seen, id\)/,
      );
    } finally {
      await store.close();
    }
    // Opened again: nothing migrates twice.
    const again = new SqliteStore(path, { writer: "inline" });
    assert.equal((await again.listIssues()).length, 2);
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a PostgreSQL database from before projects: its data is the default project's", {
  skip: ADMIN === undefined ? "PANICSCOPE_TEST_PG is not set" : false,
}, async () => {
  const url = await freshDatabase();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await writeOldSchema(async (sql, params = []) => {
    let n = 0;
    await client.query(
      sql.replace(/\?/g, () => `$${++n}`),
      params,
    );
  }, "postgres");
  await client.end();
  const store = await PostgresStore.open(url);
  try {
    // The shop is project 2 there: the identity restarted after the default project inserted as 1.
    await checkMigrated(store);
  } finally {
    await store.close();
  }
});
