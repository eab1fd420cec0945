// The bound of upload bytes held at once, through a real Node server on each store (2 MiB
// bodies, 4 MiB held at once: bodies over 1 MiB share 3.5 MiB). A declared Content-Length is
// held before any byte is read; a chunked body only as it arrives, refused mid-body once it
// would pass the bound; the refused client reads 503, Retry-After 5 and the error; a small
// report is filed meanwhile. Crash texts are real (testdata/), padded; the padding is not Go's.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { type IncomingMessage, request } from "node:http";
import { after, before, describe, test } from "node:test";
import { listen, type RunningServer } from "../../src/server/listen.js";
import type { Store } from "../../src/store/types.js";
import { STORES } from "../store/stores.js";

const MiB = 1024 * 1024;
const NIL_DEREF = readFileSync("testdata/go/go1.26/nil-deref.single.txt", "utf8");
const GOROUTINE_PANIC = readFileSync("testdata/go/go1.26/goroutine-panic.none.txt", "utf8");

/** The nil dereference, its headline padded to `bytes` in all. */
function padded(bytes: number): Buffer {
  return Buffer.from(NIL_DEREF.replace("\n", `${"x".repeat(bytes - NIL_DEREF.length)}\n`));
}

interface Answer {
  status: number;
  retryAfter: string | undefined;
  body: string;
}

/** A POST whose body the test writes itself, and its answer once the server gives it. */
function open(url: string, headers: Record<string, string | number>) {
  let settle: { done: (answer: Answer) => void; fail: (error: Error) => void } | undefined;
  const answer = new Promise<Answer>((done, fail) => {
    settle = { done, fail };
  });
  const req = request(
    `${url}/api/v1/crashes`,
    { method: "POST", headers: { "content-type": "text/plain", ...headers } },
    (res: IncomingMessage) => {
      let body = "";
      res.on("data", (chunk: Buffer) => {
        body += chunk.toString();
      });
      res.on("end", () =>
        settle?.done({ status: res.statusCode ?? 0, retryAfter: res.headers["retry-after"], body }),
      );
    },
  );
  req.on("error", (error) => settle?.fail(error));
  req.flushHeaders();
  return { req, answer };
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const [storeName, makeStore] of STORES) {
  describe(`uploads held at once (${storeName})`, () => {
    let server: RunningServer;
    let store: Store;
    before(async () => {
      store = await makeStore();
      server = await listen({ store, bodyLimit: 2 * MiB, maxHeldBytes: 4 * MiB });
    });
    after(async () => {
      await server.close();
      await store.close();
    });

    test("declared bodies held before reading, chunked ones as they come; small reports filed", async () => {
      // A slow client declares 2 MiB and sends nothing yet: 2 MiB held.
      const slowBody = padded(2 * MiB - 1000);
      const slow = open(server.url, {
        "content-length": slowBody.length,
        "idempotency-key": "slow",
      });
      await tick(200);
      // Another declared 2 MiB would make 4 MiB of big bodies: refused before its body is read.
      const refused = await fetch(`${server.url}/api/v1/crashes`, {
        method: "POST",
        headers: { "content-type": "text/plain", "idempotency-key": "refused" },
        body: padded(2 * MiB - 1000),
      });
      assert.equal(refused.status, 503);
      assert.equal(refused.headers.get("retry-after"), "5");
      assert.deepEqual(await refused.json(), {
        error: `the server holds ${2 * MiB - 1000} bytes of uploads, its bound is ${4 * MiB}; try again later`,
      });
      // A usual report fits beside it.
      const small = await fetch(`${server.url}/api/v1/crashes`, {
        method: "POST",
        headers: { "content-type": "text/plain", "idempotency-key": "small" },
        body: GOROUTINE_PANIC,
      });
      assert.equal(small.status, 202);
      // A chunked body is held as it arrives: 1 MiB fits, the next 1 MiB would pass 3.5 MiB.
      const chunked = open(server.url, { "idempotency-key": "chunked" });
      const chunkedBody = padded(2 * MiB - 1000);
      chunked.req.write(chunkedBody.subarray(0, MiB));
      await tick(200);
      chunked.req.write(chunkedBody.subarray(MiB));
      chunked.req.end();
      const chunkedAnswer = await chunked.answer;
      assert.equal(chunkedAnswer.status, 503);
      assert.equal(chunkedAnswer.retryAfter, "5");
      assert.match(
        chunkedAnswer.body,
        /^\{"error":"the server holds \d+ bytes of uploads, its bound is 4194304; try again later"\}$/,
      );
      // The slow client's body, once sent, is filed; then the refused one, sent again.
      slow.req.end(slowBody);
      assert.equal((await slow.answer).status, 202);
      const again = await fetch(`${server.url}/api/v1/crashes`, {
        method: "POST",
        headers: { "content-type": "text/plain", "idempotency-key": "refused" },
        body: padded(2 * MiB - 1000),
      });
      assert.equal(again.status, 202);
      const issues = (await (await fetch(`${server.url}/api/v1/issues`)).json()) as {
        issues: { count: number; title: string }[];
      };
      assert.deepEqual(
        issues.issues.map((issue) => [issue.count, issue.title.slice(0, 30)]).sort(),
        [
          [1, "cannot handle job 2 (poison-pi"],
          [2, "runtime error: invalid memory "],
        ],
      );
    });
  });
}
