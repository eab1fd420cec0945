import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { gunzipSync } from "node:zlib";
import { filingOf } from "../../src/server/filing.js";
import { KEEP_WHOLE_ABOVE, readDocument } from "../../src/store/document.js";
import { type PreparedReport, SqliteStore } from "../../src/store/sqlite.js";
import { packBatch, unpackBatch } from "../../src/store/sqlite-writer.js";
import { filedCrashes } from "../../src/store/types.js";
import { documentOf, NIL_DEREF, reportOf, storeSuite } from "./suite.js";

storeSuite("sqlite :memory:", async () => new SqliteStore(":memory:"));

const dir = mkdtempSync(join(tmpdir(), "panicscope-store-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
storeSuite("sqlite file", async () => new SqliteStore(join(dir, `s${n++}`, "panicscope.db")));
storeSuite(
  "sqlite file, inline writer",
  async () => new SqliteStore(join(dir, `s${n++}`, "panicscope.db"), { writer: "inline" }),
);

test("the writer thread: 200 reports at once, every one committed, close waits for them", async () => {
  const path = join(dir, "thread.db");
  const { text, document, analysis } = await documentOf(NIL_DEREF);
  const store = new SqliteStore(path);
  const report = (i: number) => ({
    idempotencyKey: `k${i % 150}`, // 50 retried uploads among them
    receivedAt: "2026-12-06T04:00:00.000Z",
    release: null,
    environment: null,
    host: null,
    metadata: { i },
    text,
    crashes: filedCrashes(document),
    analysis,
  });
  const results = await Promise.all(Array.from({ length: 200 }, (_, i) => store.ingest(report(i))));
  assert.equal(results.filter((r) => r.duplicate).length, 50);
  assert.equal(new Set(results.map((r) => r.reportId)).size, 150);
  const late = store.ingest({ ...report(0), idempotencyKey: "late" });
  await store.close();
  assert.equal((await late).duplicate, false);
  const reopened = new SqliteStore(path);
  assert.equal((await reopened.listIssues())[0]?.count, 151);
  await reopened.close();
});

test("a reopened file keeps its issues and does not migrate twice", async () => {
  const path = join(dir, "reopen.db");
  const { text, document, analysis } = await documentOf(NIL_DEREF);
  const first = new SqliteStore(path);
  await first.ingest({
    idempotencyKey: "k",
    receivedAt: "2026-12-06T04:00:00.000Z",
    release: null,
    environment: null,
    host: null,
    metadata: {},
    text,
    crashes: filedCrashes(document),
    analysis,
  });
  await first.close();
  const second = new SqliteStore(path);
  const issues = await second.listIssues();
  assert.equal(issues.length, 1);
  assert.equal(issues[0]?.count, 1);
  await second.close();
});

test("a batch crosses to the writer thread as one buffer, unchanged", () => {
  const reports: PreparedReport[] = [
    {
      projectId: 1,
      idempotencyKey: null,
      receivedAt: "2026-12-06T04:00:00.000Z",
      release: "1.0.0",
      environment: null,
      host: "h",
      metadata: '{"tags":{"zone":"é"}}',
      text: "panic: 世界\n\u0000\ufffd",
      document: '{"crashes":[]}',
      crashes: [{ fingerprint: "fp1:0", category: "other", rule: "r", title: "t 世" }],
    },
    {
      projectId: 2,
      idempotencyKey: "k",
      receivedAt: "x",
      release: null,
      environment: "e",
      host: null,
      metadata: "{}",
      text: "",
      document: "",
      crashes: [],
    },
  ];
  const unpacked = unpackBatch(packBatch(reports));
  // Texts come back as their UTF-8 bytes, which the writer gzips as they are.
  assert.ok(unpacked.every((report) => report.text instanceof Uint8Array));
  const texts = unpacked.map((report) => ({
    ...report,
    text: Buffer.from(report.text).toString(),
  }));
  assert.deepEqual(texts, reports);
});

test("a report's raw text is kept gzipped (text_gzip) and read back whole", async () => {
  const store = new SqliteStore(":memory:");
  const nil = await documentOf(NIL_DEREF);
  const { reportId } = await store.ingest(reportOf(nil, { idempotencyKey: "k" }));
  const row = store.db.prepare("SELECT text_gzip FROM reports WHERE id = ?").get(reportId) as {
    text_gzip: Buffer;
  };
  assert.deepEqual([...row.text_gzip.subarray(0, 2)], [0x1f, 0x8b]);
  assert.equal(gunzipSync(row.text_gzip).toString("utf8"), nil.text);
  assert.equal((await store.getReport(reportId))?.text, nil.text);
  await store.close();
});

test("the document column holds how the text was read; an older row's whole document reads as stored", async () => {
  const store = new SqliteStore(":memory:");
  const nil = await documentOf(NIL_DEREF);
  const { reportId } = await store.ingest(reportOf(nil, { idempotencyKey: "k" }));
  const column = (id: number) =>
    (store.db.prepare("SELECT document FROM reports WHERE id = ?").get(id) as { document: string })
      .document;
  assert.equal(column(reportId), `{"rebuild":{"name":"${NIL_DEREF}","maxCrashes":100}}`);
  // A row written before documents were read again: its whole document, which is returned as
  // it was stored (here marked, to tell it from a document read again).
  const older = { ...nil.document, inputs: [] };
  store.db
    .prepare("UPDATE reports SET document = ? WHERE id = ?")
    .run(JSON.stringify(older), reportId);
  assert.equal(JSON.stringify((await store.getReport(reportId))?.document), JSON.stringify(older));
  await store.close();
});

test("a dump too long to read again on every view keeps its document whole", async () => {
  const path = "testdata/go/go1.26/many-goroutines.all.txt";
  const text = readFileSync(path, "utf8");
  assert.ok(text.length > KEEP_WHOLE_ABOVE);
  const analysis = { name: path, maxCrashes: 100 };
  const filing = await filingOf(text, analysis);
  const store = new SqliteStore(":memory:");
  const { reportId } = await store.ingest({
    idempotencyKey: null,
    receivedAt: "2026-12-06T04:00:00.000Z",
    release: null,
    environment: null,
    host: null,
    metadata: {},
    text,
    crashes: filing.crashes,
    analysis,
    ...(filing.wholeDocument === undefined ? {} : { wholeDocument: filing.wholeDocument }),
  });
  const column = store.db.prepare("SELECT document FROM reports WHERE id = ?").get(reportId) as {
    document: string;
  };
  const document = await readDocument(text, analysis);
  assert.equal(column.document, JSON.stringify(document));
  assert.equal(JSON.stringify((await store.getReport(reportId))?.document), column.document);
  await store.close();
});
