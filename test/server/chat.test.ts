// Slack- and Lark/Feishu-compatible chat webhooks over real HTTP: a new issue and its
// regression each post one message with a link to the inbox, in each service's JSON; a
// crash's markup reaches Slack escaped, as Slack's formatting asks.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";
import { listen } from "../../src/server/listen.js";
import { Webhooks } from "../../src/server/webhooks.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { hostileCrashText } from "../render/hostile.js";

const NIL_DEREF = readFileSync("testdata/go/go1.26/nil-deref.single.txt", "utf8");

test("a new issue and a regression reach Slack and Lark as one line with a link", async () => {
  const received: { path: string; body: unknown }[] = [];
  const receiver = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk.toString();
    });
    request.on("end", () => {
      received.push({ path: request.url ?? "", body: JSON.parse(body) });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  const store = new SqliteStore(":memory:");
  const webhooks = new Webhooks({
    store,
    urls: [],
    slack: [`${base}/slack`],
    lark: [`${base}/lark`],
    inboxUrl: "https://crashes.example.com/",
    backoffMs: 10,
  });
  const server = await listen({ store, token: "t", webhooks });
  const send = async (text: string, release: string) => {
    const response = await fetch(`${server.url}/api/v1/crashes`, {
      method: "POST",
      headers: { authorization: "Bearer t", "content-type": "application/json" },
      body: JSON.stringify({ schema: "panicscope/report@1", kind: "crash", text, release }),
    });
    assert.equal(response.status, 202);
    return ((await response.json()) as { issues: number[] }).issues[0] as number;
  };
  try {
    const id = await send(NIL_DEREF, "1.4.2");
    await store.setStatus(id, "resolved", "1.5.0");
    await send(NIL_DEREF, "1.5.0");
    const hostile = await send(hostileCrashText(), "1.5.0");
    await webhooks.drain();
    const title =
      "runtime error: invalid memory address or nil pointer dereference in main.(*Account).Balance";
    assert.deepEqual(received.slice(0, 4), [
      {
        path: "/slack",
        body: {
          text: `panicscope new issue #${id} [nil-deref] ${title} (1× · 1.4.2) https://crashes.example.com/issues/${id}`,
        },
      },
      {
        path: "/lark",
        body: {
          msg_type: "text",
          content: {
            text: `panicscope new issue #${id} [nil-deref] ${title} (1× · 1.4.2) https://crashes.example.com/issues/${id}`,
          },
        },
      },
      {
        path: "/slack",
        body: {
          text: `panicscope regressed #${id} [nil-deref] ${title} (2× · 1.5.0) https://crashes.example.com/issues/${id}`,
        },
      },
      {
        path: "/lark",
        body: {
          msg_type: "text",
          content: {
            text: `panicscope regressed #${id} [nil-deref] ${title} (2× · 1.5.0) https://crashes.example.com/issues/${id}`,
          },
        },
      },
    ]);
    const slack = received[4]?.body as { text: string };
    assert.equal(received[4]?.path, "/slack");
    assert.ok(
      slack.text.startsWith(
        `panicscope new issue #${hostile} [custom-panic] &lt;script&gt;window.__pwned = 1&lt;/script&gt;`,
      ),
      slack.text,
    );
    assert.ok(!/[<>]/.test(slack.text));
    assert.equal(received.length, 6);
  } finally {
    await server.close();
    await store.close();
    receiver.close();
  }
});
