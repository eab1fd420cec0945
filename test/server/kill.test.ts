// kill -9 of `panicscope serve` in the middle of a stream of uploads loses no report that was
// answered 202: every one is in the store when it is opened again. Then the server is started
// again on the same store and every upload is sent once more with its idempotency key, as the
// Go module retries what was not acknowledged: each report is stored exactly once, so the
// issues count exactly as many crashes as were uploaded.
//   PANICSCOPE_KILL_UPLOADS=5000 node --test dist/test/server/kill.test.js

import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { IssuesDocument } from "../../src/server/issues-json.js";
import { sqlitePath } from "../../src/store/open.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { tempDir } from "../temp-dir.js";

const MAIN = join(import.meta.dirname, "..", "..", "src", "cli", "main.js");
const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata", "go", "go1.26");
// One crash each.
const TEXTS = [
  "nil-deref.single.txt",
  "concurrent-map-writes.single.txt",
  "goroutine-panic.all.txt",
].map((name) => readFileSync(join(TESTDATA, name), "utf8"));
const UPLOADS = Number(process.env.PANICSCOPE_KILL_UPLOADS ?? 600);
const CLIENTS = 8;

/** `panicscope serve` on the store in dir, and its URL once it listens. */
async function serve(dir: string): Promise<{ server: ChildProcess; url: string }> {
  const server = spawn(
    process.execPath,
    [MAIN, "serve", "--db", dir, "--port", "0", "--token", "t"],
    {
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let seen = "";
    server.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /listening on (\S+)/.exec(seen);
      if (match) resolve(match[1] as string);
    });
    server.on("exit", (code) => reject(new Error(`serve exited ${code}: ${seen}`)));
  });
  return { server, url };
}

interface Answer {
  status: number;
  report: number;
  duplicate: boolean;
}

async function upload(url: string, i: number): Promise<Answer> {
  const id = `kill-${i}`;
  const response = await fetch(`${url}/api/v1/crashes`, {
    method: "POST",
    headers: {
      authorization: "Bearer t",
      "content-type": "application/json",
      "idempotency-key": id,
    },
    body: JSON.stringify({ schema: "panicscope/report@1", id, kind: "crash", text: TEXTS[i % 3] }),
  });
  const body = (await response.json()) as { report: number; duplicate: boolean };
  return { status: response.status, report: body.report, duplicate: body.duplicate };
}

/** Runs each(i) for i = 0…UPLOADS-1, CLIENTS at a time. */
async function stream(each: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  async function client() {
    while (next < UPLOADS) await each(next++);
  }
  await Promise.all(Array.from({ length: CLIENTS }, client));
}

test(`kill -9 during ${UPLOADS} uploads: every 202 survives; retried, each is stored once`, async (t) => {
  const dir = tempDir("panicscope-kill-");
  const first = await serve(dir);
  const exited = new Promise((resolve) => first.server.on("exit", resolve));
  const accepted = new Map<number, number>(); // upload → report id
  let failed = 0;
  const killAt = Math.floor(UPLOADS / 2);
  await stream(async (i) => {
    if (i === killAt) first.server.kill("SIGKILL");
    try {
      const answer = await upload(first.url, i);
      if (answer.status === 202) accepted.set(i, answer.report);
    } catch {
      failed++;
    }
  });
  await exited;
  assert.ok(accepted.size > 0, "some uploads were accepted before the kill");
  assert.ok(failed > 0, "the kill interrupted the stream");

  // The store as the kill left it: every 202 is there.
  const store = new SqliteStore(sqlitePath(dir));
  let stored: number;
  try {
    for (const [i, reportId] of accepted) {
      assert.equal((await store.getReport(reportId))?.idempotencyKey, `kill-${i}`);
    }
    stored = (await store.listIssues()).reduce((sum, issue) => sum + issue.count, 0);
  } finally {
    await store.close();
  }
  assert.ok(stored >= accepted.size, `${stored} crashes filed, ${accepted.size} accepted`);

  // Restarted, the server takes every upload again: those it had are duplicates of the same
  // report, the others are stored now.
  const second = await serve(dir);
  let duplicates = 0;
  try {
    await stream(async (i) => {
      const answer = await upload(second.url, i);
      assert.equal(answer.status, 202);
      const before = accepted.get(i);
      if (before !== undefined) {
        assert.equal(answer.duplicate, true, `upload ${i} was answered 202 before the kill`);
        assert.equal(answer.report, before);
      }
      if (answer.duplicate) duplicates++;
    });
    const response = await fetch(`${second.url}/api/v1/issues`, {
      headers: { authorization: "Bearer t" },
    });
    const listed = (await response.json()) as IssuesDocument;
    assert.equal(listed.issues.length, 3);
    assert.equal(
      listed.issues.reduce((sum, issue) => sum + issue.count, 0),
      UPLOADS,
    );
    assert.equal(duplicates, stored);
  } finally {
    const done = new Promise((resolve) => second.server.on("exit", resolve));
    second.server.kill("SIGTERM");
    await done;
  }
  t.diagnostic(
    `${accepted.size} answered 202 before the kill, all stored (${stored} in the store); ` +
      `${failed} failed; after the restart ${duplicates} retries were duplicates, ` +
      `${UPLOADS - duplicates} stored, ${UPLOADS} in all`,
  );
});
