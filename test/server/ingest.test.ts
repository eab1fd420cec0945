// POST /api/v1/crashes over real HTTP on 127.0.0.1, with reports shaped as PROTOCOL.md
// (panicscope/report@1) around real crash texts from testdata/.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, test } from "node:test";
import { gzipSync } from "node:zlib";
import { listen, type RunningServer } from "../../src/server/listen.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/types.js";
import { STORES } from "../store/stores.js";

const TOKEN = "s3cret-token";
const MAP_WRITES = readFileSync("testdata/go/go1.26/concurrent-map-writes.single.txt", "utf8");
const NIL_DEREF = readFileSync("testdata/go/go1.26/nil-deref.single.txt", "utf8");

function report(text: string, id: string, fields: Record<string, unknown> = {}) {
  return {
    schema: "panicscope/report@1",
    id,
    kind: "crash",
    text,
    time: "2026-12-06T03:46:57.802587858Z",
    release: "1.4.2",
    environment: "test",
    host: "vm",
    pid: 4820,
    processStart: "2026-12-06T03:46:57.777953392Z",
    uptimeSeconds: 0.024,
    build: { goVersion: "go1.26.8", main: { path: "example.com/app" } },
    context: { tags: { region: "eu-west-1" } },
    futureField: { ignored: true },
    ...fields,
  };
}

for (const [storeName, makeStore] of STORES) {
  describe(`POST /api/v1/crashes (${storeName})`, () => {
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
          "content-type": "application/json",
          ...headers,
        },
        body,
      });
    }

    test("a gzipped report as the Go module sends it: 202, filed under an issue", async () => {
      const id = "b982c41f-a75c-44ea-ab3a-1ff5bd30b1d3";
      const response = await post(gzipSync(JSON.stringify(report(MAP_WRITES, id))), {
        "content-encoding": "gzip",
        "idempotency-key": id,
        "user-agent": "panicscope-go/0.1.0",
      });
      assert.equal(response.status, 202);
      const answer = (await response.json()) as {
        report: number;
        issues: number[];
        duplicate: boolean;
      };
      assert.equal(answer.duplicate, false);
      assert.equal(answer.issues.length, 1);
      const issue = await store.getIssue(answer.issues[0] ?? 0);
      assert.equal(issue?.category, "concurrent-map");
      assert.equal(issue?.rule, "concurrent-map-writes");
      assert.equal(issue?.title, "concurrent map writes in main.(*Cache).Put");
      assert.deepEqual(issue?.releases, ["1.4.2"]);
      assert.deepEqual(issue?.hosts, ["vm"]);
      const stored = await store.getReport(answer.report);
      assert.equal(stored?.text, MAP_WRITES);
      assert.equal(stored?.idempotencyKey, id);
      assert.deepEqual(stored?.metadata.build, {
        goVersion: "go1.26.8",
        main: { path: "example.com/app" },
      });
      assert.deepEqual(stored?.metadata.context, { tags: { region: "eu-west-1" } });
      assert.equal(stored?.metadata.text, undefined);
    });

    test("the same Idempotency-Key again: 202, stored once", async () => {
      const id = "086d4358-54e7-4c8f-890c-ecc3ba88b3fd";
      const body = JSON.stringify(report(NIL_DEREF, id));
      const first = await post(body, { "idempotency-key": id });
      const second = await post(gzipSync(body), {
        "idempotency-key": id,
        "content-encoding": "gzip",
      });
      assert.equal(first.status, 202);
      assert.equal(second.status, 202);
      const a = (await first.json()) as { report: number; issues: number[] };
      const b = (await second.json()) as { report: number; duplicate: boolean };
      assert.equal(b.report, a.report);
      assert.equal(b.duplicate, true);
      assert.equal((await store.getIssue(a.issues[0] ?? 0))?.count, 1);
    });

    test("a text with no crash: 202, kept raw as unparsed", async () => {
      const text = 'level=info msg="shutting down"\n';
      const response = await post(
        JSON.stringify(report(text, "1e0e4b9a-0000-4000-8000-000000000001")),
      );
      assert.equal(response.status, 202);
      const answer = (await response.json()) as {
        report: number;
        unparsed: boolean;
        issues: number[];
      };
      assert.equal(answer.unparsed, true);
      assert.deepEqual(answer.issues, []);
      assert.equal((await store.getReport(answer.report))?.text, text);
    });

    async function refused(response: Response, status: number, error: RegExp) {
      assert.equal(response.status, status);
      const body = (await response.json()) as { error: string };
      assert.match(body.error, error);
    }

    test("no token, a wrong token, a malformed header: 401 with a JSON error", async () => {
      const body = JSON.stringify(report(NIL_DEREF, "k-401"));
      await refused(await post(body, { authorization: "" }), 401, /missing Authorization/);
      await refused(await post(body, { authorization: `Bearer ${TOKEN}x` }), 401, /wrong token/);
      await refused(await post(body, { authorization: TOKEN }), 401, /Bearer TOKEN/);
    });

    test("bad JSON, a wrong schema, no text, id unlike the key: 400", async () => {
      await refused(await post('{"schema":'), 400, /not JSON/);
      await refused(await post("[1,2]"), 400, /one JSON object/);
      await refused(
        await post(JSON.stringify(report(NIL_DEREF, "x", { schema: "other@2" }))),
        400,
        /schema must be/,
      );
      await refused(await post(JSON.stringify(report("", "x"))), 400, /text must be/);
      await refused(
        await post(JSON.stringify(report(NIL_DEREF, "x", { release: 3 }))),
        400,
        /release must be/,
      );
      await refused(
        await post(JSON.stringify(report(NIL_DEREF, "a")), { "idempotency-key": "b" }),
        400,
        /differs from the Idempotency-Key/,
      );
      await refused(
        await post(Buffer.from("not gzip"), { "content-encoding": "gzip" }),
        400,
        /not valid gzip/,
      );
      await refused(await post("[".repeat(200_000)), 400, /^body nests deeper than 32 levels$/);
    });

    test("an unknown encoding: 415; a form content type (curl -d): read as JSON", async () => {
      const body = JSON.stringify(report(NIL_DEREF, "k-415"));
      await refused(
        await post(body, { "content-encoding": "zstd" }),
        415,
        /^Content-Encoding zstd is not supported \(gzip, br, deflate or none\)$/,
      );
      const form = await post(body, { "content-type": "application/x-www-form-urlencoded" });
      assert.equal(form.status, 202);
    });

    test("over the limit as sent, or once gunzipped (a gzip bomb): 413", async () => {
      const big = JSON.stringify(report("x".repeat(2 * 1024 * 1024), "k-413"));
      await refused(await post(big), 413, /over the limit of 1048576 bytes/);
      // Chunked, with no Content-Length: cut off while it streams.
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 40) controller.enqueue(chunk);
          else controller.close();
        },
      });
      const chunked = await fetch(`${server.url}/api/v1/crashes`, {
        method: "POST",
        headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
        body: stream,
        duplex: "half",
      } as RequestInit);
      await refused(chunked, 413, /^body is over the limit of 1048576 bytes$/);
      const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
      assert.ok(bomb.length < 1024 * 1024);
      await refused(
        await post(bomb, { "content-encoding": "gzip" }),
        413,
        /gunzipped body is over/,
      );
    });

    test("150 crashes in one body: the first 100 filed, all counted", async () => {
      const body = JSON.stringify(report(NIL_DEREF.repeat(150), "k-many", { release: "9.9.9" }));
      const response = await post(body);
      assert.equal(response.status, 202);
      const answer = (await response.json()) as {
        report: number;
        issues: number[];
        crashes: number;
      };
      assert.equal(answer.crashes, 150);
      assert.equal(answer.issues.length, 1);
      const issue = await store.getIssue(answer.issues[0] ?? 0);
      assert.equal(issue?.count, 102);
      const stored = await store.getReport(answer.report);
      assert.equal(stored?.document.crashes.length, 100);
      assert.equal(stored?.document.inputs[0]?.crashes, 150);
    });

    test("invalid UTF-8 in the body: replaced, the crash still found", async () => {
      // Bytes that are not UTF-8 inside the text, before its first line.
      const json = JSON.stringify(report(NIL_DEREF, "k-utf8"));
      const at = json.indexOf("panic: ");
      const body = Buffer.concat([
        Buffer.from(json.slice(0, at)),
        Buffer.from([0xff, 0xc3]),
        Buffer.from(String.raw`\n`),
        Buffer.from(json.slice(at)),
      ]);
      const response = await post(body);
      assert.equal(response.status, 202);
      const answer = (await response.json()) as { issues: number[] };
      assert.equal(answer.issues.length, 1);
    });

    test("GET /api/v1/issues lists issues as panicscope/issues@1", async () => {
      const unauthorized = await fetch(`${server.url}/api/v1/issues`);
      assert.equal(unauthorized.status, 401);
      const response = await fetch(`${server.url}/api/v1/issues`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(response.status, 200);
      const body = (await response.json()) as {
        schema: string;
        issues: { rule: string; count: number }[];
        unparsedReports: number;
      };
      assert.equal(body.schema, "panicscope/issues@1");
      assert.deepEqual(body.issues.map((issue) => [issue.rule, issue.count]).sort(), [
        ["concurrent-map-writes", 1],
        ["nil-pointer-dereference", 103],
      ]);
      assert.equal(body.unparsedReports, 1);
    });

    test("GET /api/v1/issues/ID and /api/v1/reports/ID: the issue, its reports, a report whole", async () => {
      const get = (path: string) =>
        fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
      const issues = (await (await get("/api/v1/issues")).json()) as {
        issues: { id: number; rule: string }[];
      };
      const map = issues.issues.find((i) => i.rule === "concurrent-map-writes");
      const one = (await (await get(`/api/v1/issues/${map?.id}`)).json()) as {
        issue: { count: number };
        reports: number[];
      };
      assert.equal(one.issue.count, 1);
      assert.equal(one.reports.length, 1);
      const stored = (await (await get(`/api/v1/reports/${one.reports[0]}`)).json()) as {
        report: { text: string; idempotencyKey: string; document: { crashes: { rule: string }[] } };
      };
      assert.equal(stored.report.text, MAP_WRITES);
      assert.equal(stored.report.idempotencyKey, "b982c41f-a75c-44ea-ab3a-1ff5bd30b1d3");
      assert.equal(stored.report.document.crashes[0]?.rule, "concurrent-map-writes");
      await refused(await get("/api/v1/reports/99999"), 404, /no report 99999/);
      await refused(await get("/api/v1/issues/x"), 404, /no issue x/);
    });

    test("a release, environment and host of 3 000 words: 202, listed by their first 200 characters", async () => {
      // PostgreSQL refused an index row this long: 503, at every retry.
      const long = (name: string) =>
        Array.from({ length: 3000 }, (_, i) => `${name}${i}`).join(" ");
      const fields = { release: long("r"), environment: long("e"), host: long("h") };
      const response = await post(
        JSON.stringify(report(NIL_DEREF, "9a3c5e0f-0000-4000-8000-000000000002", fields)),
      );
      assert.equal(response.status, 202);
      const answer = (await response.json()) as { report: number; issues: number[] };
      const stored = await store.getReport(answer.report);
      assert.deepEqual(
        [stored?.release, stored?.environment, stored?.host],
        [fields.release.slice(0, 200), fields.environment.slice(0, 200), fields.host.slice(0, 200)],
      );
      assert.equal(stored?.metadata.release, fields.release);
      assert.equal(stored?.metadata.host, fields.host);
      const issue = await store.getIssue(answer.issues[0] ?? 0);
      assert.ok(issue?.releases.includes(fields.release.slice(0, 200)));
    });
  });
}

test("a store that fails: 503 with Retry-After, so the module keeps the report", async () => {
  const store = new SqliteStore(":memory:");
  const server = await listen({ store });
  await store.close();
  try {
    const response = await fetch(`${server.url}/api/v1/crashes`, {
      method: "POST",
      body: JSON.stringify(report(NIL_DEREF, "k-503")),
    });
    assert.equal(response.status, 503);
    assert.equal(response.headers.get("retry-after"), "30");
    assert.match(((await response.json()) as { error: string }).error, /try again later/);
  } finally {
    await server.close();
  }
});

test("analysed on the event loop (analysisThreads 0) or on threads: the same answer and issue", async () => {
  const answers: unknown[] = [];
  const issues: unknown[] = [];
  for (const analysisThreads of [0, 1, 2]) {
    const store = new SqliteStore(":memory:");
    const server = await listen({ store, analysisThreads });
    try {
      const response = await fetch(`${server.url}/api/v1/crashes`, {
        method: "POST",
        body: JSON.stringify(report(MAP_WRITES, "k-threads")),
      });
      assert.equal(response.status, 202);
      answers.push(await response.json());
      issues.push((await store.listIssues()).map(({ firstSeen, lastSeen, ...issue }) => issue));
    } finally {
      await server.close();
      await store.close();
    }
  }
  assert.deepEqual(answers[0], {
    report: 1,
    duplicate: false,
    issues: [1],
    crashes: 1,
    unparsed: false,
  });
  assert.deepEqual(answers.slice(1), [answers[0], answers[0]]);
  assert.equal((issues[0] as { rule: string }[])[0]?.rule, "concurrent-map-writes");
  assert.deepEqual(issues.slice(1), [issues[0], issues[0]]);
});
