// POST /api/v1/crashes with the crash text itself as the body (text/plain, gzip optional) and
// its metadata in headers: the same limits, idempotency and 202 as the JSON report.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { gzipSync } from "node:zlib";
import { listen, type RunningServer } from "../../src/server/listen.js";
import type { Store } from "../../src/store/types.js";
import { STORES } from "../store/stores.js";

const TOKEN = "s3cret-token";
const MAP_WRITES = readFileSync("testdata/go/go1.26/concurrent-map-writes.single.txt", "utf8");
const NIL_DEREF = readFileSync("testdata/go/go1.26/nil-deref.single.txt", "utf8");

for (const [storeName, makeStore] of STORES) {
  describe(`POST /api/v1/crashes, text/plain (${storeName})`, () => {
    let server: RunningServer;
    let store: Store;
    before(async () => {
      store = await makeStore();
      server = await listen({ store, token: TOKEN, bodyLimit: 1024 * 1024 });
    });
    after(async () => {
      await server.close();
      await store.close();
    });

    function post(body: Buffer | string, headers: Record<string, string> = {}) {
      return fetch(`${server.url}/api/v1/crashes`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${TOKEN}`,
          "content-type": "text/plain; charset=utf-8",
          ...headers,
        },
        body,
      });
    }

    async function refused(response: Response, status: number, error: RegExp) {
      assert.equal(response.status, status);
      assert.match(((await response.json()) as { error: string }).error, error);
    }

    test("gzipped text with every header: 202, the text and metadata stored", async () => {
      const response = await post(gzipSync(MAP_WRITES), {
        "content-encoding": "gzip",
        "idempotency-key": "text-1",
        "panicscope-release": "1.4.2",
        "panicscope-environment": "prod",
        "panicscope-host": "web-3",
        "panicscope-kind": "crash",
        "panicscope-time": "2026-12-06T03:46:57.802587858Z",
        "panicscope-request-id": "req-17",
        "panicscope-route": "GET /orders/{id}",
        "panicscope-tags": "region=eu-west-1, tier = web",
        traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
      });
      assert.equal(response.status, 202);
      const answer = (await response.json()) as { report: number; issues: number[] };
      assert.equal(answer.issues.length, 1);
      const issue = await store.getIssue(answer.issues[0] ?? 0);
      assert.equal(issue?.rule, "concurrent-map-writes");
      assert.deepEqual(issue?.releases, ["1.4.2"]);
      assert.deepEqual(issue?.hosts, ["web-3"]);
      const stored = await store.getReport(answer.report);
      assert.equal(stored?.text, MAP_WRITES);
      assert.equal(stored?.idempotencyKey, "text-1");
      assert.equal(stored?.environment, "prod");
      assert.deepEqual(stored?.metadata, {
        id: "text-1",
        release: "1.4.2",
        environment: "prod",
        host: "web-3",
        kind: "crash",
        time: "2026-12-06T03:46:57.802587858Z",
        context: {
          traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
          spanId: "00f067aa0ba902b7",
          requestId: "req-17",
          route: "GET /orders/{id}",
          tags: { region: "eu-west-1", tier: "web" },
        },
      });
    });

    test("the same Idempotency-Key again: 202, stored once; no headers: a bare report", async () => {
      const first = await post(NIL_DEREF, { "idempotency-key": "text-2" });
      const second = await post(gzipSync(NIL_DEREF), {
        "idempotency-key": "text-2",
        "content-encoding": "gzip",
      });
      const a = (await first.json()) as { report: number; issues: number[] };
      const b = (await second.json()) as { report: number; duplicate: boolean };
      assert.equal(first.status, 202);
      assert.equal(second.status, 202);
      assert.equal(b.report, a.report);
      assert.equal(b.duplicate, true);
      assert.equal((await store.getIssue(a.issues[0] ?? 0))?.count, 1);
      const bare = await post(NIL_DEREF);
      assert.equal(bare.status, 202);
      const stored = await store.getReport(((await bare.json()) as { report: number }).report);
      assert.deepEqual(stored?.metadata, {});
      assert.equal(stored?.idempotencyKey, null);
    });

    test("invalid UTF-8 before the crash: replaced, the crash still found", async () => {
      const body = Buffer.concat([Buffer.from([0xff, 0xc3, 0x0a]), Buffer.from(NIL_DEREF)]);
      const response = await post(body);
      assert.equal(response.status, 202);
      const answer = (await response.json()) as { report: number; issues: number[] };
      assert.equal(answer.issues.length, 1);
      assert.equal((await store.getReport(answer.report))?.text, `\ufffd\ufffd\n${NIL_DEREF}`);
    });

    test("an empty body, a bad traceparent, bad tags, a long header, no token: 4xx", async () => {
      await refused(await post(""), 400, /^body must be a non-empty crash text$/);
      await refused(
        await post(NIL_DEREF, { traceparent: "00-xyz-00f067aa0ba902b7-01" }),
        400,
        /^traceparent must be W3C trace context/,
      );
      await refused(
        await post(NIL_DEREF, {
          traceparent: "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        }),
        400,
        /^traceparent must be/,
      );
      await refused(
        await post(NIL_DEREF, { "panicscope-tags": "region=eu, oops" }),
        400,
        /^panicscope-tags: "oops" is not key=value$/,
      );
      await refused(
        await post(NIL_DEREF, { "panicscope-release": "1".repeat(1025) }),
        400,
        /^panicscope-release is longer than 1024 characters$/,
      );
      await refused(
        await post(NIL_DEREF, { "idempotency-key": "k".repeat(201) }),
        400,
        /^Idempotency-Key must be 1 to 200 characters$/,
      );
      await refused(await post(NIL_DEREF, { authorization: "" }), 401, /missing Authorization/);
    });

    test("over the limit as sent or once gunzipped: 413", async () => {
      await refused(await post("x".repeat(1024 * 1024 + 1)), 413, /over the limit of 1048576/);
      const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
      await refused(
        await post(bomb, { "content-encoding": "gzip" }),
        413,
        /gunzipped body is over/,
      );
    });
  });
}
