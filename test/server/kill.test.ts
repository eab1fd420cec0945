// kill -9 of `panicscope serve` in the middle of a stream of uploads loses no report that was
// answered 202: every one is in the store when it is opened again.

import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { sqlitePath } from "../../src/store/open.js";
import { SqliteStore } from "../../src/store/sqlite.js";

const MAIN = join(import.meta.dirname, "..", "..", "src", "cli", "main.js");
const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata", "go", "go1.26");
const TEXTS = [
  "nil-deref.single.txt",
  "concurrent-map-writes.single.txt",
  "goroutine-panic.all.txt",
].map((name) => readFileSync(join(TESTDATA, name), "utf8"));
const UPLOADS = Number(process.env.PANICSCOPE_KILL_UPLOADS ?? 600);

test(`kill -9 during ${UPLOADS} uploads: every 202 survives`, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), "panicscope-kill-"));
  try {
    const server = spawn(
      process.execPath,
      [MAIN, "serve", "--db", dir, "--port", "0", "--token", "t"],
      {
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    const exited = new Promise((resolve) => server.on("exit", resolve));
    const url = await new Promise<string>((resolve, reject) => {
      let seen = "";
      server.stderr?.on("data", (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /listening on (\S+)/.exec(seen);
        if (match) resolve(match[1] as string);
      });
      server.on("exit", (code) => reject(new Error(`serve exited ${code}: ${seen}`)));
    });
    const accepted = new Map<string, number>();
    let next = 0;
    let failed = 0;
    const killAt = Math.floor(UPLOADS / 2);
    async function client() {
      while (next < UPLOADS) {
        const i = next++;
        if (i === killAt) server.kill("SIGKILL");
        const id = `kill-${i}`;
        try {
          const response = await fetch(`${url}/api/v1/crashes`, {
            method: "POST",
            headers: {
              authorization: "Bearer t",
              "content-type": "application/json",
              "idempotency-key": id,
            },
            body: JSON.stringify({
              schema: "panicscope/report@1",
              id,
              kind: "crash",
              text: TEXTS[i % 3],
            }),
          });
          const body = (await response.json()) as { report: number };
          if (response.status === 202) accepted.set(id, body.report);
        } catch {
          failed++;
        }
      }
    }
    await Promise.all(Array.from({ length: 8 }, client));
    await exited;
    assert.ok(accepted.size > 0, "some uploads were accepted before the kill");
    assert.ok(failed > 0, "the kill interrupted the stream");
    const store = new SqliteStore(sqlitePath(dir));
    try {
      for (const [id, reportId] of accepted) {
        const report = await store.getReport(reportId);
        assert.equal(report?.idempotencyKey, id);
      }
      const total = (await store.listIssues()).reduce((sum, issue) => sum + issue.count, 0);
      t.diagnostic(
        `${accepted.size} answered 202 before the kill, all stored; ${failed} refused after`,
      );
      assert.ok(total >= accepted.size, `${total} crashes filed, ${accepted.size} accepted`);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
