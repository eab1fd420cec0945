// Sentry compatibility: the envelopes a real sentry-go program sent (test/server/testdata/
// sentry-go, kept byte for byte) posted to /api/<project>/envelope/ and /store/; then the
// program itself, built here, reporting one bug through sentry-go and through panicscope's
// Go module to one server: one issue.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { brotliCompressSync, constants, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { listIssues } from "../../src/server/issues-json.js";
import { listen, type RunningServer } from "../../src/server/listen.js";
import type { Store } from "../../src/store/types.js";
import { STORES } from "../store/stores.js";
import { tempDir } from "../temp-dir.js";

const ROOT = resolve(import.meta.dirname, "../../..");
const PROGRAM = join(ROOT, "test", "server", "testdata", "sentry-go");
const PANIC = readFileSync(join(PROGRAM, "panic.envelope"));
const MESSAGE = readFileSync(join(PROGRAM, "message.envelope"));
// 64 MB of spaces, brotli-compressed once before any server starts: compressing blocks the
// process for seconds on a loaded machine, longer than a kept-alive connection of an earlier
// test stays open, and a POST on a connection the server just closed fails ("fetch failed")
// rather than being retried.
const BROTLI_BOMB = brotliCompressSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
const KEY = "k3y"; // the DSN key the envelopes were sent with
const AUTH = `Sentry sentry_version=7, sentry_client=sentry.go/0.50.0, sentry_key=${KEY}`;

const PANIC_TEXT = `runtime error: index out of range [3] with length 3
main.order
\texample.com/sentrygo/main.go:99
main.process
\texample.com/sentrygo/main.go:95
main.checkout
\texample.com/sentrygo/main.go:93
main.viaSentry
\texample.com/sentrygo/main.go:56
main.main
\texample.com/sentrygo/main.go:27
`;

for (const [storeName, makeStore] of STORES) {
  describe(`Sentry envelopes from sentry-go (${storeName})`, () => {
    let server: RunningServer;
    let store: Store;
    before(async () => {
      store = await makeStore();
      server = await listen({ store, token: KEY, bodyLimit: 1024 * 1024 });
    });
    after(async () => {
      await server.close();
      await store.close();
    });

    function post(path: string, body: Buffer | string, headers: Record<string, string> = {}) {
      return fetch(`${server.url}${path}`, {
        method: "POST",
        headers: {
          "content-type": "application/x-sentry-envelope",
          "x-sentry-auth": AUTH,
          ...headers,
        },
        body,
      });
    }

    async function refused(response: Response, status: number, error: RegExp) {
      assert.equal(response.status, status);
      assert.match(((await response.json()) as { error: string }).error, error);
    }

    test("a recovered panic: 200 with the event id, a logged crash under an issue", async () => {
      const response = await post("/api/42/envelope/", PANIC);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { id: "15528d3665ec45c19f8b5eff3e414e4d" });
      const listed = await listIssues(store);
      assert.equal(listed.issues.length, 1);
      const issue = listed.issues[0];
      assert.equal(issue?.rule, "index-out-of-range");
      assert.equal(
        issue?.title,
        "runtime error: index out of range [3] with length 3 in main.order",
      );
      assert.equal(issue?.fingerprint, "fp1:a97489919cd01ab6");
      assert.deepEqual(issue?.releases, ["2.0.0"]);
      assert.deepEqual(issue?.hosts, ["sentry-host"]);
      assert.deepEqual(issue?.latest && { ...issue.latest, receivedAt: "" }, {
        report: 1,
        receivedAt: "",
        kind: "logged",
        release: "2.0.0",
        environment: "test",
        host: "sentry-host",
        build: { goVersion: "go1.26.8" },
        context: {
          traceId: "582a6ef2941ba37d372dacb59ab86c36",
          spanId: "1cd10fb4dcd2abaa",
          tags: { region: "eu-west-1" },
        },
      });
      const stored = await store.getReport(1);
      assert.equal(stored?.text, PANIC_TEXT);
      assert.equal(stored?.idempotencyKey, "sentry:15528d3665ec45c19f8b5eff3e414e4d");
      assert.equal(stored?.document.crashes[0]?.kind, "logged");
      assert.deepEqual(stored?.document.crashes[0]?.frame, {
        func: "main.order",
        file: "example.com/sentrygo/main.go",
        line: 99,
      });
      const event = stored?.metadata.sentry as { event_id: string; exception: unknown[] };
      assert.equal(event.event_id, "15528d3665ec45c19f8b5eff3e414e4d");
      assert.equal(event.exception.length, 1);
    });

    test("the same envelope again is stored once; the store endpoint takes the bare event", async () => {
      assert.equal((await post("/api/42/envelope/", PANIC)).status, 200);
      const event = PANIC.toString("utf8").split("\n")[2] as string;
      const unauthorized = await post("/api/42/store/", event, {
        "content-type": "application/json",
        "x-sentry-auth": "",
      });
      assert.equal(unauthorized.status, 401);
      const byQuery = await fetch(`${server.url}/api/42/store/?sentry_key=${KEY}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: event,
      });
      assert.equal(byQuery.status, 200);
      assert.equal((await listIssues(store)).issues[0]?.count, 1);
    });

    test("compressed as SDKs send it (br, gzip, deflate): read alike; a brotli bomb: 413", async () => {
      assert.ok(BROTLI_BOMB.length < 1024);
      // sentry-python: brotli at quality 4 when the brotli module is there, else gzip -9
      // (sentry_sdk/transport.py); deflate, zlib-wrapped or raw, is HTTP's other encoding.
      const bodies: [string, Buffer][] = [
        ["br", brotliCompressSync(PANIC, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } })],
        ["gzip", gzipSync(PANIC, { level: 9 })],
        ["deflate", deflateSync(PANIC)],
        ["deflate", deflateRawSync(PANIC)],
      ];
      for (const [encoding, body] of bodies) {
        const response = await post("/api/42/envelope/", body, { "content-encoding": encoding });
        assert.equal(response.status, 200, encoding);
        assert.deepEqual(await response.json(), { id: "15528d3665ec45c19f8b5eff3e414e4d" });
      }
      // The same event each time: stored once.
      assert.equal((await listIssues(store)).issues[0]?.count, 1);
      await refused(
        await post("/api/42/envelope/", BROTLI_BOMB, { "content-encoding": "br" }),
        413,
        /^decompressed \(br\) body is over the limit of 1048576 bytes$/,
      );
      await refused(
        await post("/api/42/envelope/", Buffer.from("not brotli"), { "content-encoding": "br" }),
        400,
        /^body is not valid br: /,
      );
    });

    test("a message with its stack (the current thread): a logged custom panic", async () => {
      const response = await post("/api/42/envelope", MESSAGE);
      assert.equal(response.status, 200);
      const { id } = (await response.json()) as { id: string };
      const issue = (await listIssues(store)).issues.find((i) => i.rule === "custom-panic");
      assert.equal(issue?.title, "inventory below zero in main.viaSentryMessage");
      const stored = await store.getReport(issue?.latest?.report ?? 0);
      assert.equal(stored?.idempotencyKey, `sentry:${id}`);
      assert.equal(
        stored?.text,
        "inventory below zero\nmain.viaSentryMessage\n\texample.com/sentrygo/main.go:72\nmain.main\n\texample.com/sentrygo/main.go:31\n",
      );
    });

    test("a wrong or missing key: 401; a broken envelope: 400", async () => {
      await refused(
        await post("/api/42/envelope/", PANIC, { "x-sentry-auth": "Sentry sentry_key=nope" }),
        401,
        /^wrong sentry_key$/,
      );
      await refused(
        await post("/api/42/envelope/", PANIC, { "x-sentry-auth": "" }),
        401,
        /^missing sentry_key/,
      );
      await refused(
        await post("/api/42/envelope/", "{not json\n"),
        400,
        /envelope header is not JSON/,
      );
      await refused(
        await post("/api/42/envelope/", '{}\n{"type":"event","length":500}\n{}'),
        400,
        /^item 1's length runs past the end of the envelope$/,
      );
      await refused(
        await post("/api/42/envelope/", '{}\n{"type":"event"}\n[1]\n'),
        400,
        /^item 1 \(event\) must be a JSON object$/,
      );
      await refused(
        await post("/api/42/envelope/", `{}\n${'{"type":"session"}\n{}\n'.repeat(101)}`),
        400,
        /^envelope has over 100 items$/,
      );
      const other = await post("/api/42/envelope/", '{}\n{"type":"client_report"}\n{"x":1}\n');
      assert.equal(other.status, 200);
      assert.deepEqual(await other.json(), {});
    });
  });
}

const goVersion = spawnSync("go", ["env", "GOVERSION"], { encoding: "utf8" });
const noGo = goVersion.status === 0 ? false : "no go command on PATH";
if (noGo && process.env.CI) throw new Error(noGo);

for (const [storeName, makeStore] of STORES) {
  test(`a real sentry-go program and the Go module report one bug: one issue (${storeName})`, {
    skip: noGo,
  }, async () => {
    const dir = tempDir("panicscope-sentry-go-");
    const bin = join(dir, "sentry-go");
    const built = spawnSync("go", ["build", "-trimpath", "-o", bin, "."], {
      cwd: PROGRAM,
      env: { ...process.env, GOFLAGS: "", GOTOOLCHAIN: "local" },
      encoding: "utf8",
    });
    assert.equal(built.status, 0, built.stderr);
    const store = await makeStore();
    const server = await listen({ store, token: "t0k" });
    try {
      const run = (mode: string) =>
        new Promise<number | null>((done) => {
          const child = spawn(bin, [mode], {
            env: {
              ...process.env,
              SENTRY_DSN: `${server.url.replace("http://", "http://t0k@")}/7`,
              PANICSCOPE_SERVER: server.url,
              PANICSCOPE_TOKEN: "t0k",
              PANICSCOPE_SPOOL: join(dir, "spool"),
            },
            stdio: "ignore",
          });
          child.on("close", done);
        });
      assert.equal(await run("sentry"), 0);
      assert.equal(await run("module"), 0);
      const { issues } = await listIssues(store);
      assert.deepEqual(
        issues.map((i) => [i.rule, i.fingerprint, i.count, i.hosts.length]),
        [["index-out-of-range", "fp1:a97489919cd01ab6", 2, 2]],
      );
      const reports = await store.issueReports(issues[0]?.id ?? 0);
      const kinds = [];
      for (const id of reports.reverse()) {
        const report = await store.getReport(id);
        kinds.push([report?.metadata.kind, report?.document.crashes[0]?.kind]);
      }
      assert.deepEqual(kinds, [
        ["logged", "logged"],
        ["recovered", "panic"],
      ]);
      assert.equal((await store.getReport(reports[0] ?? 0))?.metadata.project, "7");
    } finally {
      await server.close();
      await store.close();
    }
  });
}
