// `panicscope serve --otlp` against a real OpenTelemetry Collector: the official OTLP receiver
// takes the log record panicscope encodes by hand, and the official OTLP/HTTP exporter sends
// what the collector understood of it, as OTLP JSON, to a listener here. The collector is
// built by scripts/otelcol.sh (its path in PANICSCOPE_OTELCOL; .ci/run sets it).

import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { test } from "node:test";
import { tempDir } from "../temp-dir.js";

const COLLECTOR = process.env.PANICSCOPE_OTELCOL;
const skip = COLLECTOR ? false : "PANICSCOPE_OTELCOL is not set (scripts/otelcol.sh builds it)";
if (skip && process.env.CI) throw new Error(skip);
const MAP_WRITES = readFileSync("testdata/go/go1.26/concurrent-map-writes.single.txt", "utf8");
const VERSION = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;

/** A port free a moment ago, for a program that must be told its port. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** Starts a program; resolves with it once its standard error has printed `ready`. */
function started(command: string, args: string[], ready: RegExp): Promise<[ChildProcess, string]> {
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(
      () => reject(new Error(`${command} never got ready: ${seen}`)),
      30_000,
    );
    child.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk;
      const match = ready.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve([child, match[1] ?? ""]);
      }
    });
    child.on("exit", (code) => reject(new Error(`${command} exited ${code}: ${seen}`)));
  });
}

test("serve --otlp → a real OpenTelemetry Collector: the record arrives exactly", {
  skip,
}, async () => {
  const dir = tempDir("panicscope-otelcol-");
  const exported: { url: string; type: string; body: string }[] = [];
  const sink: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk;
    });
    request.on("end", () => {
      exported.push({ url: request.url ?? "", type: request.headers["content-type"] ?? "", body });
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((done) => sink.listen(0, "127.0.0.1", done));
  const sinkPort = (sink.address() as AddressInfo).port;
  const receiverPort = await freePort();
  writeFileSync(
    join(dir, "collector.yaml"),
    `receivers:
  otlp:
    protocols:
      http:
        endpoint: 127.0.0.1:${receiverPort}
exporters:
  otlphttp:
    endpoint: http://127.0.0.1:${sinkPort}
    encoding: json
    compression: none
service:
  telemetry:
    metrics:
      level: none
  pipelines:
    logs:
      receivers: [otlp]
      exporters: [otlphttp]
`,
  );
  const children: ChildProcess[] = [];
  try {
    const [collector] = await started(
      COLLECTOR as string,
      ["--config", join(dir, "collector.yaml")],
      /Everything is ready()/,
    );
    children.push(collector);
    const [server, url] = await started(
      process.execPath,
      [
        "dist/src/cli/main.js",
        "serve",
        "--db",
        join(dir, "data"),
        "--port",
        "0",
        "--token",
        "t",
        "--otlp",
        `http://127.0.0.1:${receiverPort}`,
      ],
      /listening on (\S+)/,
    );
    children.push(server);
    const upload = await fetch(`${url}/api/v1/crashes`, {
      method: "POST",
      headers: {
        authorization: "Bearer t",
        "content-type": "text/plain",
        traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "panicscope-release": "1.4.2",
        "panicscope-host": "web-3",
      },
      body: MAP_WRITES,
    });
    assert.equal(upload.status, 202);
    const { issues } = (await upload.json()) as { issues: number[] };
    assert.deepEqual(issues, [1]);
    const { issue } = (await (
      await fetch(`${url}/api/v1/issues/1`, { headers: { authorization: "Bearer t" } })
    ).json()) as {
      issue: { title: string; fingerprint: string; lastSeen: string };
    };
    for (let waited = 0; exported.length === 0 && waited < 30_000; waited += 100) {
      await new Promise((done) => setTimeout(done, 100));
    }
    assert.deepEqual(
      exported.map((e) => [e.url, e.type]),
      [["/v1/logs", "application/json"]],
    );
    const request = JSON.parse(exported[0]?.body ?? "{}");
    // The collector's clock, not panicscope's: only its form is known.
    const record = request.resourceLogs[0].scopeLogs[0].logRecords[0];
    assert.match(record.observedTimeUnixNano, /^\d{19}$/);
    record.observedTimeUnixNano = "";
    assert.deepEqual(request, {
      resourceLogs: [
        {
          resource: { attributes: [{ key: "service.name", value: { stringValue: "panicscope" } }] },
          scopeLogs: [
            {
              scope: { name: "panicscope", version: VERSION },
              logRecords: [
                {
                  timeUnixNano: `${Date.parse(issue.lastSeen)}000000`,
                  observedTimeUnixNano: "",
                  severityNumber: 17,
                  severityText: "ERROR",
                  body: { stringValue: `issue.created: ${issue.title}` },
                  attributes: [
                    { key: "panicscope.event", value: { stringValue: "issue.created" } },
                    { key: "panicscope.issue.id", value: { intValue: "1" } },
                    { key: "panicscope.issue.title", value: { stringValue: issue.title } },
                    {
                      key: "panicscope.issue.fingerprint",
                      value: { stringValue: issue.fingerprint },
                    },
                    { key: "panicscope.issue.category", value: { stringValue: "concurrent-map" } },
                    {
                      key: "panicscope.issue.rule",
                      value: { stringValue: "concurrent-map-writes" },
                    },
                    { key: "panicscope.issue.count", value: { intValue: "1" } },
                    { key: "panicscope.issue.status", value: { stringValue: "open" } },
                    { key: "panicscope.report.id", value: { intValue: "1" } },
                    { key: "panicscope.report.release", value: { stringValue: "1.4.2" } },
                    { key: "panicscope.report.host", value: { stringValue: "web-3" } },
                  ],
                  traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
                  spanId: "00f067aa0ba902b7",
                  eventName: "panicscope.issue.created",
                },
              ],
            },
          ],
        },
      ],
    });
    assert.equal(issue.title, "concurrent map writes in main.(*Cache).Put");
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(
      children.map((child) =>
        child.exitCode === null ? new Promise((done) => child.on("exit", done)) : null,
      ),
    );
    sink.close();
  }
});
