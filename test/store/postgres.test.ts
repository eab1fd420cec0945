// The store suite against a real PostgreSQL server (PANICSCOPE_TEST_PG: an admin URL, as
// scripts/with-postgres.sh sets it; .ci/run runs the tests under it), each store in a fresh
// database; and two `panicscope serve` processes on one database at once.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { gunzipSync } from "node:zlib";
import { PostgresStore } from "../../src/store/postgres.js";
import { type ServeProcess, serveProcess } from "../serve-process.js";
import { freshDatabase } from "./stores.js";
import { documentOf, MAP_WRITES, NIL_DEREF, reportOf, storeSuite } from "./suite.js";

const ADMIN = process.env.PANICSCOPE_TEST_PG;
const skip =
  ADMIN === undefined ? "PANICSCOPE_TEST_PG is not set (scripts/with-postgres.sh sets it)" : false;

if (skip === false) {
  storeSuite("postgres", async () => PostgresStore.open(await freshDatabase()));
}

test("a report's raw text is kept gzipped (text_gzip) and read back whole", { skip }, async () => {
  const store = await PostgresStore.open(await freshDatabase());
  try {
    const nil = await documentOf(NIL_DEREF);
    const { reportId } = await store.ingest(reportOf(nil, { idempotencyKey: "k" }));
    const { rows } = await store.pool.query<{ text_gzip: Buffer }>(
      "SELECT text_gzip FROM reports WHERE id = $1",
      [reportId],
    );
    const stored = rows[0]?.text_gzip ?? Buffer.alloc(0);
    assert.deepEqual([...stored.subarray(0, 2)], [0x1f, 0x8b]);
    assert.equal(gunzipSync(stored).toString("utf8"), nil.text);
    assert.equal((await store.getReport(reportId))?.text, nil.text);
  } finally {
    await store.close();
  }
});

// Two `panicscope serve` processes, started at once on a fresh database (both migrate it: one
// waits for the other's advisory lock), ingest at the same time.
describe("two panicscope serve processes on one PostgreSQL database", { skip }, () => {
  let url: string;
  const servers: ServeProcess[] = [];
  before(async () => {
    url = await freshDatabase();
    servers.push(...(await Promise.all([serveProcess(url, "t"), serveProcess(url, "t")])));
  });
  after(async () => {
    await Promise.all(servers.map((server) => server.stop()));
  });

  test("200 uploads of 2 bugs, half to each, some retried on the other: 2 issues, no count lost", async () => {
    const texts = [readFileSync(NIL_DEREF, "utf8"), readFileSync(MAP_WRITES, "utf8")];
    const post = (server: ServeProcess, i: number) => {
      const id = `report-${i}`;
      return fetch(`${server.url}/api/v1/crashes`, {
        method: "POST",
        headers: {
          authorization: "Bearer t",
          "content-type": "application/json",
          "idempotency-key": id,
        },
        body: JSON.stringify({
          schema: "panicscope/report@1",
          id,
          kind: "crash",
          text: texts[i % 2],
          pid: i,
        }),
      });
    };
    const uploads = [];
    for (let i = 0; i < 200; i++) {
      uploads.push(post(servers[i % 2] as ServeProcess, i));
      // Every tenth report is retried at once on the other server: stored once.
      if (i % 10 === 0) uploads.push(post(servers[(i + 1) % 2] as ServeProcess, i));
    }
    const answers = await Promise.all(
      uploads.map(async (upload) => {
        const r = await upload;
        return [r.status, ((await r.json()) as { report: number }).report];
      }),
    );
    assert.deepEqual([...new Set(answers.map(([status]) => status))], [202]);
    // A retry answers with the report its first upload stored: 200 reports, not 220.
    assert.equal(new Set(answers.map(([, report]) => report)).size, 200);
    const store = await PostgresStore.open(url);
    try {
      const issues = await store.listIssues();
      assert.deepEqual(issues.map((i) => [i.rule, i.count]).sort(), [
        ["concurrent-map-writes", 100],
        ["nil-pointer-dereference", 100],
      ]);
    } finally {
      await store.close();
    }
  });
});
