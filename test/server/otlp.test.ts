// --otlp: new issues as OpenTelemetry log records over OTLP/HTTP protobuf. The request body
// panicscope encodes by hand is decoded with the official OTLP definitions
// (go.opentelemetry.io/proto/otlp, in test/server/testdata/otlp-decode, built here), which
// also refuse any field they do not know.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { listen } from "../../src/server/listen.js";
import { otlpLogsUrl } from "../../src/server/otlp.js";
import { Webhooks } from "../../src/server/webhooks.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { tempDir } from "../temp-dir.js";

const ROOT = resolve(import.meta.dirname, "../../..");
const DECODER = join(ROOT, "test", "server", "testdata", "otlp-decode");
const MAP_WRITES = readFileSync("testdata/go/go1.26/concurrent-map-writes.single.txt", "utf8");
const NIL_DEREF = readFileSync("testdata/go/go1.26/nil-deref.single.txt", "utf8");

const goVersion = spawnSync("go", ["env", "GOVERSION"], { encoding: "utf8" });
const noGo = goVersion.status === 0 ? false : "no go command on PATH";
if (noGo && process.env.CI) throw new Error(noGo);

test("otlpLogsUrl adds /v1/logs to a collector's URL", () => {
  assert.equal(otlpLogsUrl("http://collector:4318"), "http://collector:4318/v1/logs");
  assert.equal(otlpLogsUrl("http://collector:4318/"), "http://collector:4318/v1/logs");
  assert.equal(otlpLogsUrl("http://c:4318/v1/logs"), "http://c:4318/v1/logs");
});

test("a new issue is one OTLP log record, with the report's trace id", { skip: noGo }, async () => {
  const dir = tempDir("panicscope-otlp-");
  const decoder = join(dir, "otlp-decode");
  const built = spawnSync("go", ["build", "-o", decoder, "."], {
    cwd: DECODER,
    env: { ...process.env, GOFLAGS: "", GOTOOLCHAIN: "local" },
    encoding: "utf8",
  });
  assert.equal(built.status, 0, built.stderr);

  const received: { url: string; type: string; body: Buffer }[] = [];
  const collector = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({
        url: request.url ?? "",
        type: request.headers["content-type"] ?? "",
        body: Buffer.concat(chunks),
      });
      response.writeHead(200, { "content-type": "application/x-protobuf" }).end();
    });
  });
  await new Promise<void>((done) => collector.listen(0, "127.0.0.1", done));
  const port = (collector.address() as AddressInfo).port;
  const store = new SqliteStore(":memory:");
  const webhooks = new Webhooks({
    store,
    urls: [],
    otlp: [`http://127.0.0.1:${port}`],
    version: "9.9.9",
  });
  const server = await listen({ store, webhooks });
  try {
    const post = (text: string, headers: Record<string, string>) =>
      fetch(`${server.url}/api/v1/crashes`, {
        method: "POST",
        headers: { "content-type": "text/plain", ...headers },
        body: text,
      }).then((r) => r.status);
    assert.equal(
      await post(MAP_WRITES, {
        traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "panicscope-release": "1.4.2",
        "panicscope-host": "web-3",
      }),
      202,
    );
    assert.equal(await post(MAP_WRITES, {}), 202); // the same issue: no event
    assert.equal(await post(NIL_DEREF, {}), 202);
    await webhooks.drain();
    assert.deepEqual(
      received.map((r) => [r.url, r.type]),
      [
        ["/v1/logs", "application/x-protobuf"],
        ["/v1/logs", "application/x-protobuf"],
      ],
    );
    const decoded = received.map((r) => {
      const out = spawnSync(decoder, [], { input: r.body, encoding: "utf8" });
      assert.equal(out.status, 0, out.stderr);
      return JSON.parse(out.stdout) as {
        resourceLogs: { scopeLogs: { logRecords: Record<string, unknown>[] }[] }[];
      };
    });
    const issues = await store.listIssues();
    const map = issues.find((i) => i.rule === "concurrent-map-writes");
    const nil = issues.find((i) => i.rule === "nil-pointer-dereference");
    const records = decoded.map((d) => {
      const record = d.resourceLogs[0]?.scopeLogs[0]?.logRecords[0] ?? {};
      assert.match(String(record.observedTimeUnixNano), /^\d{19}$/);
      return { ...record, observedTimeUnixNano: "" };
    });
    const attributes = (
      issue: typeof map,
      count: number,
      report: number,
      extra: Record<string, unknown>[],
    ) => [
      { key: "panicscope.event", value: { stringValue: "issue.created" } },
      { key: "panicscope.issue.id", value: { intValue: String(issue?.id) } },
      { key: "panicscope.issue.title", value: { stringValue: issue?.title } },
      { key: "panicscope.issue.fingerprint", value: { stringValue: issue?.fingerprint } },
      { key: "panicscope.issue.category", value: { stringValue: issue?.category } },
      { key: "panicscope.issue.rule", value: { stringValue: issue?.rule } },
      { key: "panicscope.issue.count", value: { intValue: String(count) } },
      { key: "panicscope.issue.status", value: { stringValue: "open" } },
      { key: "panicscope.report.id", value: { intValue: String(report) } },
      ...extra,
    ];
    assert.deepEqual(records, [
      {
        timeUnixNano: `${Date.parse(map?.firstSeen ?? "")}000000`,
        observedTimeUnixNano: "",
        severityNumber: "SEVERITY_NUMBER_ERROR",
        severityText: "ERROR",
        body: { stringValue: "issue.created: concurrent map writes in main.(*Cache).Put" },
        attributes: attributes(map, 1, 1, [
          { key: "panicscope.report.release", value: { stringValue: "1.4.2" } },
          { key: "panicscope.report.host", value: { stringValue: "web-3" } },
        ]),
        traceId: Buffer.from("4bf92f3577b34da6a3ce929d0e0e4736", "hex").toString("base64"),
        spanId: Buffer.from("00f067aa0ba902b7", "hex").toString("base64"),
        eventName: "panicscope.issue.created",
      },
      {
        timeUnixNano: `${Date.parse(nil?.firstSeen ?? "")}000000`,
        observedTimeUnixNano: "",
        severityNumber: "SEVERITY_NUMBER_ERROR",
        severityText: "ERROR",
        body: {
          stringValue:
            "issue.created: runtime error: invalid memory address or nil pointer dereference in main.(*Account).Balance",
        },
        attributes: attributes(nil, 1, 3, []),
        eventName: "panicscope.issue.created",
      },
    ]);
    const first = decoded[0]?.resourceLogs[0] as unknown as {
      resource: unknown;
      scopeLogs: { scope: unknown }[];
    };
    assert.deepEqual(first.resource, {
      attributes: [{ key: "service.name", value: { stringValue: "panicscope" } }],
    });
    assert.deepEqual(first.scopeLogs[0]?.scope, { name: "panicscope", version: "9.9.9" });
  } finally {
    await server.close();
    await store.close();
    collector.close();
  }
});
