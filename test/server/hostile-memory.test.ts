// Eight 9.5 MB panic headlines posted at once to a real `panicscope serve`: every one is
// answered 202 and filed, and the server's peak memory (VmHWM) stays under 1 200 MB. Filing one
// such text peaks at about 350 MB; before big texts took turns (src/server/text-budget.ts)
// eight at once peaked at 1 682 MB, now at about 770 (bench/README.md, "Hostile bodies").

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { serveProcess } from "../serve-process.js";
import { tempDir } from "../temp-dir.js";

const NIL_DEREF = readFileSync("testdata/go/go1.26/nil-deref.single.txt", "utf8");

test("eight 9.5 MB headlines at once: all 202, filed, peak memory under 1 200 MB", {
  skip: process.platform === "linux" ? false : "VmHWM is read from /proc",
}, async (t) => {
  const server = await serveProcess(join(tempDir("panicscope-hostile-memory-"), "data"), "t");
  try {
    const body = NIL_DEREF.replace("\n", `${"x".repeat(9_500_000)}\n`);
    const statuses = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const response = await fetch(`${server.url}/api/v1/crashes`, {
          method: "POST",
          headers: {
            authorization: "Bearer t",
            "content-type": "text/plain",
            "idempotency-key": `headline-${i}`,
          },
          body,
        });
        await response.arrayBuffer();
        return response.status;
      }),
    );
    assert.deepEqual(statuses, Array(8).fill(202));
    const listed = (await (
      await fetch(`${server.url}/api/v1/issues`, { headers: { authorization: "Bearer t" } })
    ).json()) as { issues: { count: number; title: string }[] };
    // The title keeps the message's first 1 000 characters (hostile.test.ts).
    const message = "runtime error: invalid memory address or nil pointer dereference";
    const kept = `${message}${"x".repeat(1000 - message.length)}`;
    assert.deepEqual(
      listed.issues.map((issue) => [issue.count, issue.title]),
      [[8, `${kept}… in main.(*Account).Balance`]],
    );
    const status = readFileSync(`/proc/${server.pid}/status`, "utf8");
    const peakMB = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
    t.diagnostic(`peak ${peakMB.toFixed(0)} MB`);
    assert.ok(peakMB > 300 && peakMB < 1200, `peak ${peakMB.toFixed(0)} MB`);
  } finally {
    await server.stop();
  }
});
