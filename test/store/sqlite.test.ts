import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { SqliteStore } from "../../src/store/sqlite.js";
import { documentOf, NIL_DEREF, storeSuite } from "./suite.js";

storeSuite("sqlite :memory:", async () => new SqliteStore(":memory:"));

const dir = mkdtempSync(join(tmpdir(), "panicscope-store-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
storeSuite("sqlite file", async () => new SqliteStore(join(dir, `s${n++}`, "panicscope.db")));

test("a reopened file keeps its issues and does not migrate twice", async () => {
  const path = join(dir, "reopen.db");
  const { text, document } = await documentOf(NIL_DEREF);
  const first = new SqliteStore(path);
  await first.ingest({
    idempotencyKey: "k",
    receivedAt: "2026-12-06T04:00:00.000Z",
    release: null,
    environment: null,
    host: null,
    metadata: {},
    text,
    document,
  });
  await first.close();
  const second = new SqliteStore(path);
  const issues = await second.listIssues();
  assert.equal(issues.length, 1);
  assert.equal(issues[0]?.count, 1);
  await second.close();
});
