// The store suite against a real PostgreSQL server (PANICSCOPE_TEST_PG: an admin URL, as
// scripts/with-postgres.sh sets it; .ci/run runs the tests under it), each store in a fresh
// database; and two ingest servers on one database at once.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { listen, type RunningServer } from "../../src/server/listen.js";
import { PostgresStore } from "../../src/store/postgres.js";
import { freshDatabase } from "./stores.js";
import { MAP_WRITES, NIL_DEREF, storeSuite } from "./suite.js";

const ADMIN = process.env.PANICSCOPE_TEST_PG;
const skip =
  ADMIN === undefined ? "PANICSCOPE_TEST_PG is not set (scripts/with-postgres.sh sets it)" : false;

if (skip === false) {
  storeSuite("postgres", async () => PostgresStore.open(await freshDatabase()));
}

describe("two servers on one PostgreSQL database", { skip }, () => {
  let url: string;
  const stores: PostgresStore[] = [];
  const servers: RunningServer[] = [];
  before(async () => {
    url = await freshDatabase();
    for (let i = 0; i < 2; i++) {
      const store = await PostgresStore.open(url);
      stores.push(store);
      servers.push(await listen({ store, token: "t" }));
    }
  });
  after(async () => {
    for (const server of servers) await server.close();
    for (const store of stores) await store.close();
  });

  test("200 uploads of 2 bugs, half to each, some retried on the other: 2 issues, no count lost", async () => {
    const texts = [readFileSync(NIL_DEREF, "utf8"), readFileSync(MAP_WRITES, "utf8")];
    const post = (server: RunningServer, i: number) => {
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
      uploads.push(post(servers[i % 2] as RunningServer, i));
      // Every tenth report is retried at once on the other server: stored once.
      if (i % 10 === 0) uploads.push(post(servers[(i + 1) % 2] as RunningServer, i));
    }
    const statuses = (await Promise.all(uploads)).map((r) => r.status);
    assert.deepEqual([...new Set(statuses)], [202]);
    const issues = await (stores[0] as PostgresStore).listIssues();
    assert.deepEqual(issues.map((i) => [i.rule, i.count]).sort(), [
      ["concurrent-map-writes", 100],
      ["nil-pointer-dereference", 100],
    ]);
  });
});
