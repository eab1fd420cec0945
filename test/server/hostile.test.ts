// Hostile bodies against the default limits (10 MB): each refused with its status or stored
// within bounds. Crash texts are real (testdata/), repeated or padded; the padding is not Go's.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { gzipSync } from "node:zlib";
import { listen, type RunningServer } from "../../src/server/listen.js";
import type { Store } from "../../src/store/types.js";
import { STORES } from "../store/stores.js";

// What GOTRACEBACK=none prints of a goroutine's panic: 41 bytes, so 10⁵ fit in 10 MB.
const TINY = readFileSync("testdata/go/go1.26/goroutine-panic.none.txt", "utf8");
const NIL_DEREF = readFileSync("testdata/go/go1.26/nil-deref.single.txt", "utf8");
const CUSTOM = readFileSync("testdata/go/go1.26/goroutine-panic.single.txt", "utf8");

for (const [storeName, makeStore] of STORES) {
  describe(`hostile bodies (${storeName})`, () => {
    let server: RunningServer;
    let store: Store;
    before(async () => {
      store = await makeStore();
      server = await listen({ store });
    });
    after(async () => {
      await server.close();
      await store.close();
    });

    function post(path: string, body: Buffer | string, headers: Record<string, string> = {}) {
      return fetch(`${server.url}${path}`, { method: "POST", headers, body });
    }

    async function answer(response: Response, status: number) {
      assert.equal(response.status, status);
      return (await response.json()) as Record<string, unknown>;
    }

    test("10⁵ crashes in one body: 202, the first 100 filed, all counted", async () => {
      const body = `${TINY}\n`.repeat(100_000);
      assert.equal(body.length, 4_200_000);
      const reply = await answer(
        await post("/api/v1/crashes", body, { "content-type": "text/plain" }),
        202,
      );
      assert.equal(reply.crashes, 100_000);
      const issues = reply.issues as number[];
      assert.equal(issues.length, 1);
      assert.equal((await store.getIssue(issues[0] ?? 0))?.count, 100);
      const stored = await store.getReport(reply.report as number);
      assert.equal(stored?.document.crashes.length, 100);
      assert.equal(stored?.document.inputs[0]?.crashes, 100_000);
      assert.equal(stored?.text.length, body.length);
    });

    test("JSON nested 10⁵ deep, valid or not: 400 before it is parsed", async () => {
      const deep = `${"[".repeat(100_000)}0${"]".repeat(100_000)}`;
      const report = `{"schema":"panicscope/report@1","text":${JSON.stringify(NIL_DEREF)},"x":${deep}}`;
      const json = { "content-type": "application/json" };
      assert.deepEqual(await answer(await post("/api/v1/crashes", report, json), 400), {
        error: "body nests deeper than 32 levels",
      });
      const unclosed = `{"context":${'{"a":'.repeat(100_000)}`;
      assert.deepEqual(await answer(await post("/api/v1/crashes", unclosed, json), 400), {
        error: "body nests deeper than 32 levels",
      });
      // Brackets inside strings do not count.
      const quoted = JSON.stringify({
        schema: "panicscope/report@1",
        text: `${NIL_DEREF}${"[{".repeat(1000)}\n`,
      });
      assert.equal((await post("/api/v1/crashes", quoted, json)).status, 202);
      const envelope = `{}\n{"type":"event"}\n{"exception":${deep}}\n`;
      assert.deepEqual(await answer(await post("/api/1/envelope/", envelope), 400), {
        error: "item 1 (event) nests deeper than 64 levels",
      });
    });

    test("a line of 9 MB: 202, kept whole; a headline of 9 MB: its crash filed", async () => {
      const line = "x".repeat(9_000_000);
      const plain = await answer(
        await post("/api/v1/crashes", line, { "content-type": "text/plain" }),
        202,
      );
      assert.equal(plain.unparsed, true);
      assert.equal((await store.getReport(plain.report as number))?.text.length, 9_000_000);
      const headline = NIL_DEREF.replace("\n", `${line}\n`);
      const crash = await answer(
        await post("/api/v1/crashes", headline, { "content-type": "text/plain" }),
        202,
      );
      assert.equal((crash.issues as number[]).length, 1);
    });

    test("a headline of 9 MB, or of a million words: a title of its first 1 000 characters", async () => {
      // Each on a store of its own: the title is the one of the issue's first crash. On
      // PostgreSQL, the search index of titles refused a million words (a tsvector over 1 MB):
      // 503, for every retry.
      // A program's own value: a runtime error's is fixed, and text glued after it is cut off as
      // the program's output (src/traceback/signal-value-glue.ts).
      const message = "cannot handle job 2 (poison-pill)";
      const words = Array.from({ length: 1_000_000 }, (_, i) => `w${i}`).join(" ");
      const cases = [
        [`${"x".repeat(9_000_000)}`, `${message}${"x".repeat(1000 - message.length)}`],
        [` ${words}`, `${message} ${words}`.slice(0, 1000)],
      ];
      for (const [padding, kept] of cases) {
        const own = await makeStore();
        const ownServer = await listen({ store: own });
        try {
          const response = await fetch(`${ownServer.url}/api/v1/crashes`, {
            method: "POST",
            headers: { "content-type": "text/plain" },
            body: CUSTOM.replace("\n", `${padding}\n`),
          });
          const crash = await answer(response, 202);
          const issue = await own.getIssue((crash.issues as number[])[0] ?? 0);
          assert.equal(issue?.title, `${kept}… in main.(*Worker).handle`);
        } finally {
          await ownServer.close();
          await own.close();
        }
      }
    });

    test("10 MB + 1 byte, and gzip bombs on every route: 413", async () => {
      const over = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
      for (const path of ["/api/v1/crashes", "/api/1/envelope/", "/api/1/store/"]) {
        assert.equal((await post(path, over)).status, 413);
        const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024, 0x20));
        assert.deepEqual(
          await answer(await post(path, bomb, { "content-encoding": "gzip" }), 413),
          {
            error: "gunzipped body is over the limit of 10485760 bytes",
          },
        );
      }
    });
  });
}
