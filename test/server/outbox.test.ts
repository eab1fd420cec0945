// Notifications kept in the store (the outbox): a server stopped while a webhook is down, and
// one stopped between a report's commit and its event's description, lose nothing — the next
// server on the same database sends both; a refused event is given up and said so. On a SQLite
// file and, with PANICSCOPE_TEST_PG, on PostgreSQL.

import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { listen } from "../../src/server/listen.js";
import { type WebhookEvent, Webhooks } from "../../src/server/webhooks.js";
import { readDocument } from "../../src/store/document.js";
import { openOutbox } from "../../src/store/outbox-open.js";
import { PostgresStore } from "../../src/store/postgres.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { filedCrashes, type Store } from "../../src/store/types.js";
import { freshDatabase } from "../store/stores.js";

const NIL_DEREF = readFileSync("testdata/go/go1.26/nil-deref.single.txt", "utf8");
const MAP_WRITES = readFileSync("testdata/go/go1.26/concurrent-map-writes.single.txt", "utf8");
const INDEX = readFileSync("testdata/go/go1.26/index-out-of-range.single.txt", "utf8");

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("waited 5 s in vain");
}

function outboxSuite(
  name: string,
  place: () => Promise<{ open: () => Promise<Store>; done: () => void }>,
  skip: string | false,
) {
  test(`${name}: a restart loses no notification; a refused one is given up`, {
    skip,
  }, async () => {
    let answer = 503;
    const received: WebhookEvent[] = [];
    const receiver = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      request.on("end", () => {
        if (answer < 300) received.push(JSON.parse(body) as WebhookEvent);
        response.writeHead(answer).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    const { open, done } = await place();
    try {
      // The first server: the webhook is down, the event waits for its second attempt.
      const first = await open();
      const early = new Webhooks({ store: first, urls: [hook], backoffMs: 300 });
      const server = await listen({ store: first, webhooks: early });
      const posted = await fetch(`${server.url}/api/v1/crashes`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ schema: "panicscope/report@1", text: NIL_DEREF, release: "1.0.0" }),
      });
      const nil = ((await posted.json()) as { issues: number[] }).issues[0] as number;
      const outbox = openOutbox(first);
      await until(async () => (await outbox.deliveries())[0]?.attempts === 1);
      await early.stop();
      await server.close();
      // Filed but never described: the server stopped between the commit and the description.
      const map = (
        await first.ingest({
          idempotencyKey: null,
          receivedAt: new Date().toISOString(),
          release: "1.0.0",
          environment: null,
          host: null,
          metadata: {},
          text: MAP_WRITES,
          crashes: filedCrashes(await readDocument(MAP_WRITES, { name: "map.txt" })),
          analysis: { name: "map.txt" },
        })
      ).crashes[0]?.issueId as number;
      assert.deepEqual(
        (await openOutbox(first).deliveries()).map((d) => [
          d.event,
          d.issueId,
          d.state,
          d.attempts,
        ]),
        [["issue.created", nil, "pending", 1]],
      );
      await first.close();
      assert.equal(received.length, 0);

      // The next server on the same database: the webhook is up, both are sent.
      answer = 204;
      const second = await open();
      const lines: string[] = [];
      const later = new Webhooks({
        store: second,
        urls: [hook],
        backoffMs: 300,
        describeGraceMs: 0,
        log: (line) => lines.push(line),
      });
      later.wake();
      await later.drain();
      // In either order: the retry of the first waits for its backoff, the second goes at once.
      assert.deepEqual(
        received
          .map((e) => [e.event, e.issue.id, e.issue.count, e.issue.releases])
          .sort((x, y) => (x[1] as number) - (y[1] as number)),
        [
          ["issue.created", nil, 1, ["1.0.0"]],
          ["issue.created", map, 1, ["1.0.0"]],
        ],
      );
      assert.deepEqual(
        (await openOutbox(second).deliveries()).map((d) => [d.issueId, d.state, d.attempts]),
        [
          [nil, "sent", 2],
          [map, "sent", 1],
        ],
      );
      // A 400 is not retried: given up at once, and logged.
      answer = 400;
      const refusing = await listen({ store: second, webhooks: later });
      await fetch(`${refusing.url}/api/v1/crashes`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ schema: "panicscope/report@1", text: INDEX }),
      });
      await later.drain();
      const last = (await openOutbox(second).deliveries()).at(-1);
      assert.deepEqual([last?.state, last?.attempts, last?.lastError], ["failed", 1, "HTTP 400"]);
      assert.equal(lines.length, 1);
      assert.match(
        lines[0] ?? "",
        /^webhook http:\/\/127\.0\.0\.1:\d+\/hook: issue\.created of issue \d+ not delivered \(HTTP 400\)$/,
      );
      await later.stop();
      await refusing.close();
      await second.close();
    } finally {
      receiver.close();
      done();
    }
  });
}

outboxSuite(
  "SQLite file",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "panicscope-outbox-"));
    const path = join(dir, "store.db");
    return {
      open: async () => new SqliteStore(path),
      done: () => rmSync(dir, { recursive: true, force: true }),
    };
  },
  false,
);

outboxSuite(
  "PostgreSQL",
  async () => {
    const url = await freshDatabase();
    return { open: () => PostgresStore.open(url), done: () => {} };
  },
  process.env.PANICSCOPE_TEST_PG === undefined ? "PANICSCOPE_TEST_PG is not set" : false,
);
