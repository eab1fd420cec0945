// Webhooks and Loki pushes over real HTTP: a new issue and a regression are posted once each,
// after a 503 is retried; a repeat and a crash from an older release are not posted.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { listen } from "../../src/server/listen.js";
import { type WebhookEvent, Webhooks } from "../../src/server/webhooks.js";
import { SqliteStore } from "../../src/store/sqlite.js";

const NIL_DEREF = readFileSync("testdata/go/go1.26/nil-deref.single.txt", "utf8");

test("issue.created and issue.regressed reach the webhook, a 503 retried", async () => {
  const received: WebhookEvent[] = [];
  const pushed: { streams: { stream: Record<string, string>; values: [string, string][] }[] }[] =
    [];
  let requests = 0;
  const receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on("end", () => {
      requests++;
      if (requests === 1) {
        response.writeHead(503).end();
        return;
      }
      if (request.url === "/loki/api/v1/push") pushed.push(JSON.parse(body));
      else received.push(JSON.parse(body) as WebhookEvent);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const store = new SqliteStore(":memory:");
  const loki = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;
  const webhooks = new Webhooks({ store, urls: [hook], loki: [loki], backoffMs: 10 });
  const server = await listen({ store, webhooks });
  try {
    const post = (id: string, release: string) =>
      fetch(`${server.url}/api/v1/crashes`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ schema: "panicscope/report@1", id, text: NIL_DEREF, release }),
      }).then((r) => r.json() as Promise<{ issues: number[] }>);
    const first = await post("a", "1.0.0");
    await post("b", "1.0.1");
    const issueId = first.issues[0] ?? 0;
    await store.setStatus(issueId, "resolved", "2.0.0");
    await post("c", "1.9.0");
    await post("d", "2.1.0");
    await webhooks.drain();
    assert.equal(requests, 5);
    assert.deepEqual(
      received.map((e) => [
        e.schema,
        e.event,
        e.issue.id,
        e.issue.rule,
        e.issue.count,
        e.issue.status,
      ]),
      [
        ["panicscope/webhook@1", "issue.created", issueId, "nil-pointer-dereference", 1, "open"],
        ["panicscope/webhook@1", "issue.regressed", issueId, "nil-pointer-dereference", 4, "open"],
      ],
    );
    assert.equal(received[1]?.issue.regressed, true);
    assert.deepEqual(
      pushed.map(({ streams }) => streams.map((s) => [s.stream, s.values.length])),
      [
        [[{ service_name: "panicscope", event: "issue.created", category: "nil-deref" }, 1]],
        [[{ service_name: "panicscope", event: "issue.regressed", category: "nil-deref" }, 1]],
      ],
    );
    const [nanoseconds, line] = pushed[1]?.streams[0]?.values[0] ?? ["", ""];
    assert.equal(nanoseconds, `${Date.parse(received[1]?.issue.lastSeen ?? "")}000000`);
    assert.deepEqual(JSON.parse(line), received[1]);
  } finally {
    await server.close();
    await store.close();
    receiver.close();
  }
});
