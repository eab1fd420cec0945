// The store's test suite, for any implementation: call storeSuite with a factory that
// returns a fresh, empty store.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import type { CrashDocument } from "../../src/document/types.js";
import { analyzeText } from "../../src/pipeline/analyze.js";
import type { AnalysisRecipe } from "../../src/store/document.js";
import { filedCrashes, type ReportInput, type Store } from "../../src/store/types.js";

export const NIL_DEREF = "testdata/go/go1.26/nil-deref.single.txt";
export const MAP_WRITES = "testdata/go/go1.26/concurrent-map-writes.single.txt";

/** A crash text, its document and how it was read: what ingest gives a store. */
export interface Analysed {
  text: string;
  document: CrashDocument;
  analysis: AnalysisRecipe;
}

export async function documentOf(path: string): Promise<Analysed> {
  const text = readFileSync(path, "utf8");
  const analysis = { name: path, maxCrashes: 100 };
  return { text, document: toDocument(await analyzeText(text, analysis)), analysis };
}

/** An upload of `of` as a store takes it, with `fields` set. */
export function reportOf(of: Analysed, fields: Partial<ReportInput> = {}): ReportInput {
  return {
    idempotencyKey: null,
    receivedAt: "2026-12-06T04:00:00.000Z",
    release: null,
    environment: null,
    host: null,
    metadata: {},
    text: of.text,
    crashes: filedCrashes(of.document),
    analysis: of.analysis,
    ...fields,
  };
}

export function storeSuite(name: string, makeStore: () => Promise<Store>): void {
  describe(`store: ${name}`, () => {
    let nil: Analysed;
    let map: Analysed;
    before(async () => {
      nil = await documentOf(NIL_DEREF);
      map = await documentOf(MAP_WRITES);
    });

    const stores: Store[] = [];
    async function fresh(): Promise<Store> {
      const store = await makeStore();
      stores.push(store);
      return store;
    }
    after(async () => {
      for (const store of stores) await store.close();
    });

    test("the same bug twice is one issue with count 2, releases and hosts", async () => {
      const store = await fresh();
      const first = await store.ingest(
        reportOf(nil, { release: "1.4.2", host: "a", receivedAt: "2026-12-06T04:00:00.000Z" }),
      );
      const second = await store.ingest(
        reportOf(nil, { release: "1.4.10", host: "b", receivedAt: "2026-12-06T04:01:00.000Z" }),
      );
      assert.equal(first.crashes.length, 1);
      assert.equal(first.crashes[0]?.created, true);
      assert.equal(second.crashes[0]?.created, false);
      assert.equal(second.crashes[0]?.issueId, first.crashes[0]?.issueId);
      const issues = await store.listIssues();
      assert.equal(issues.length, 1);
      const issue = issues[0];
      assert.equal(issue?.fingerprint, "fp1:c4da77724527c2f7");
      assert.equal(issue?.fingerprintVersion, "fp1");
      assert.equal(issue?.category, "nil-deref");
      assert.equal(issue?.rule, "nil-pointer-dereference");
      assert.equal(
        issue?.title,
        "runtime error: invalid memory address or nil pointer dereference in main.(*Account).Balance",
      );
      assert.equal(issue?.count, 2);
      assert.deepEqual(issue?.releases, ["1.4.2", "1.4.10"]);
      assert.deepEqual(issue?.hosts, ["a", "b"]);
      assert.equal(issue?.firstSeen, "2026-12-06T04:00:00.000Z");
      assert.equal(issue?.lastSeen, "2026-12-06T04:01:00.000Z");
      assert.equal(issue?.status, "open");
      assert.equal(issue?.regressed, false);
    });

    test("a later fingerprint algorithm files a new issue, never one of the older", async () => {
      const store = await fresh();
      await store.ingest(reportOf(nil));
      // The same digits under another algorithm's version (what a later fp3 could give).
      const later = filedCrashes(nil.document).map((crash) => ({
        ...crash,
        fingerprint: crash.fingerprint.replace(/^fp1:/, "fp3:"),
      }));
      await store.ingest(reportOf(nil, { crashes: later }));
      const issues = await store.listIssues();
      assert.deepEqual(
        issues.map((issue) => [issue.fingerprint, issue.fingerprintVersion, issue.count]).sort(),
        [
          ["fp1:c4da77724527c2f7", "fp1", 1],
          ["fp3:c4da77724527c2f7", "fp3", 1],
        ],
      );
    });

    test("an idempotency key stores a report once", async () => {
      const store = await fresh();
      const key = "086d4358-54e7-4c8f-890c-ecc3ba88b3fd";
      const a = await store.ingest(reportOf(nil, { idempotencyKey: key }));
      const b = await store.ingest(reportOf(nil, { idempotencyKey: key }));
      assert.equal(a.duplicate, false);
      assert.equal(b.duplicate, true);
      assert.equal(b.reportId, a.reportId);
      assert.equal((await store.listIssues())[0]?.count, 1);
    });

    test("a report keeps its raw text, metadata and document", async () => {
      const store = await fresh();
      const metadata = {
        schema: "panicscope/report@1",
        pid: 4820,
        build: { goVersion: "go1.26.8" },
      };
      const { reportId } = await store.ingest(
        reportOf(map, { metadata, environment: "test", release: "2.0.0" }),
      );
      const stored = await store.getReport(reportId);
      assert.equal(stored?.text, map.text);
      assert.deepEqual(stored?.metadata, metadata);
      // Read again from the text as ingest read it: the same document, byte for byte as JSON.
      assert.equal(JSON.stringify(stored?.document), JSON.stringify(map.document));
      assert.equal(stored?.environment, "test");
      assert.equal(stored?.release, "2.0.0");
      const issue = (await store.listIssues())[0];
      assert.equal(issue?.category, map.document.crashes[0]?.category);
      assert.deepEqual(await store.issueReports(issue?.id ?? 0), [reportId]);
    });

    test("an issue's latest report: the newest one's metadata, without its text", async () => {
      const store = await fresh();
      const first = await store.ingest(reportOf(nil, { release: "1.0.0", metadata: { pid: 1 } }));
      const second = await store.ingest(
        reportOf(nil, {
          release: "1.1.0",
          host: "vm",
          environment: "prod",
          receivedAt: "2026-12-06T04:02:00.000Z",
          metadata: { pid: 2, context: { requestId: "req-9" } },
        }),
      );
      assert.deepEqual(await store.latestReport(first.crashes[0]?.issueId ?? 0), {
        id: second.reportId,
        receivedAt: "2026-12-06T04:02:00.000Z",
        release: "1.1.0",
        environment: "prod",
        host: "vm",
        metadata: { pid: 2, context: { requestId: "req-9" } },
      });
      assert.equal(await store.latestReport(9999), null);
    });

    test("a text with no crash is kept raw as unparsed", async () => {
      const store = await fresh();
      const text = "level=info msg=started\nlevel=info msg=stopping\n";
      const document = toDocument(await analyzeText(text, { name: "log" }));
      assert.equal(document.crashes.length, 0);
      const result = await store.ingest(reportOf({ text, document, analysis: { name: "log" } }));
      assert.deepEqual(result.crashes, []);
      assert.deepEqual(await store.unparsedReports(), [result.reportId]);
      const stored = await store.getReport(result.reportId);
      assert.equal(stored?.text, text);
      assert.equal(JSON.stringify(stored?.document), JSON.stringify(document));
      assert.deepEqual(await store.listIssues(), []);
    });

    test("resolved in 1.5.0: a crash from 1.4.9 does not reopen, one from 1.5.0 does", async () => {
      const store = await fresh();
      const { crashes } = await store.ingest(reportOf(nil, { release: "1.4.0" }));
      const id = crashes[0]?.issueId ?? 0;
      await store.setStatus(id, "resolved", "1.5.0");
      const older = await store.ingest(reportOf(nil, { release: "1.4.9" }));
      assert.equal(older.crashes[0]?.regressed, false);
      let issue = await store.getIssue(id);
      assert.equal(issue?.status, "resolved");
      assert.equal(issue?.resolvedIn, "1.5.0");
      assert.equal(issue?.count, 2);
      const same = await store.ingest(reportOf(nil, { release: "v1.5.0" }));
      assert.equal(same.crashes[0]?.regressed, true);
      issue = await store.getIssue(id);
      assert.equal(issue?.status, "open");
      assert.equal(issue?.regressed, true);
      assert.equal(issue?.resolvedIn, null);
    });

    test("semver order, prereleases before the release; text order otherwise", async () => {
      const store = await fresh();
      const { crashes } = await store.ingest(reportOf(nil));
      const id = crashes[0]?.issueId ?? 0;
      await store.setStatus(id, "resolved", "1.10.0");
      assert.equal(
        (await store.ingest(reportOf(nil, { release: "1.9.99" }))).crashes[0]?.regressed,
        false,
      );
      assert.equal(
        (await store.ingest(reportOf(nil, { release: "1.10.0-rc.1" }))).crashes[0]?.regressed,
        false,
      );
      assert.equal(
        (await store.ingest(reportOf(nil, { release: "1.10.1" }))).crashes[0]?.regressed,
        true,
      );
      await store.setStatus(id, "resolved", "2026-05-01");
      assert.equal(
        (await store.ingest(reportOf(nil, { release: "2026-04-30" }))).crashes[0]?.regressed,
        false,
      );
      assert.equal(
        (await store.ingest(reportOf(nil, { release: "2026-05-02" }))).crashes[0]?.regressed,
        true,
      );
    });

    test("resolved with no release: any new crash reopens; ignored stays ignored", async () => {
      const store = await fresh();
      const { crashes } = await store.ingest(reportOf(nil));
      const id = crashes[0]?.issueId ?? 0;
      await store.setStatus(id, "resolved");
      assert.equal(
        (await store.ingest(reportOf(nil, { release: "0.1.0" }))).crashes[0]?.regressed,
        true,
      );
      await store.setStatus(id, "ignored");
      assert.equal((await store.ingest(reportOf(nil))).crashes[0]?.regressed, false);
      const issue = await store.getIssue(id);
      assert.equal(issue?.status, "ignored");
      assert.equal(issue?.count, 3);
    });

    test("merge files both issues' crashes under one, and later ones too", async () => {
      const store = await fresh();
      const a = await store.ingest(
        reportOf(nil, { release: "1.0.0", receivedAt: "2026-12-06T04:00:00.000Z" }),
      );
      const b = await store.ingest(
        reportOf(map, { release: "2.0.0", receivedAt: "2026-12-06T05:00:00.000Z" }),
      );
      const from = a.crashes[0]?.issueId ?? 0;
      const into = b.crashes[0]?.issueId ?? 0;
      await store.merge(from, into);
      const later = await store.ingest(reportOf(nil, { receivedAt: "2026-12-06T06:00:00.000Z" }));
      assert.equal(later.crashes[0]?.issueId, into);
      const issues = await store.listIssues();
      assert.equal(issues.length, 1);
      assert.equal(issues[0]?.id, into);
      assert.equal(issues[0]?.count, 3);
      assert.deepEqual(issues[0]?.releases, ["1.0.0", "2.0.0"]);
      assert.equal(issues[0]?.firstSeen, "2026-12-06T04:00:00.000Z");
      assert.equal(issues[0]?.lastSeen, "2026-12-06T06:00:00.000Z");
      assert.deepEqual(await store.issueReports(into), [later.reportId, b.reportId, a.reportId]);
      assert.equal((await store.getIssue(from))?.mergedInto, into);
      await assert.rejects(store.merge(into, into));
    });

    test("retention by count and by age deletes reports, not issue totals", async () => {
      const store = await fresh();
      const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
      const now = new Date().toISOString();
      await store.ingest(reportOf(nil, { receivedAt: old }));
      const ids: number[] = [];
      for (let i = 0; i < 4; i++)
        ids.push((await store.ingest(reportOf(nil, { receivedAt: now }))).reportId);
      assert.equal(await store.prune({ maxAgeDays: 30 }), 1);
      assert.equal(await store.prune({ maxReports: 2 }), 2);
      const issue = (await store.listIssues())[0];
      assert.equal(issue?.count, 5);
      assert.deepEqual(await store.issueReports(issue?.id ?? 0), [ids[3], ids[2]]);
    });
  });
}
