#!/usr/bin/env node
// N 9.5 MB panic headlines posted at once to one real `panicscope serve` (fresh SQLite store,
// default limits), with a small report (the 2 KB goroutine-panic text) posted every 50 ms while
// they are in flight: the statuses of both, the time until the last answer and the server's
// peak memory (VmHWM, Linux). Run after `npm run build`.
//
//   node bench/hostile-concurrent.mjs [--build DIR] [N]...   (default N: 4 8 16 32)

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const args = process.argv.slice(2);
const at = args.indexOf("--build");
const build = resolve(at >= 0 ? args.splice(at, 2)[1] : ".");
const counts = args.length > 0 ? args.map(Number) : [4, 8, 16, 32];

const nilDeref = readFileSync("testdata/go/go1.26/nil-deref.single.txt", "utf8");
const big = nilDeref.replace("\n", `${"x".repeat(9_500_000)}\n`);
const small = readFileSync("testdata/go/go1.26/goroutine-panic.none.txt", "utf8");

const tally = (statuses) => {
  const counted = new Map();
  for (const status of statuses) counted.set(status, (counted.get(status) ?? 0) + 1);
  return [...counted].map(([status, n]) => `${n}×${status}`).join(" ");
};

for (const n of counts) {
  const dir = mkdtempSync(join(tmpdir(), "panicscope-bench-concurrent-"));
  const server = spawn(
    process.execPath,
    [join(build, "dist/src/cli/main.js"), "serve", "--db", dir, "--port", "0"],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const url = await new Promise((done, fail) => {
    let seen = "";
    server.stderr.on("data", (chunk) => {
      seen += chunk;
      const match = /listening on (\S+)/.exec(seen);
      if (match) done(match[1]);
    });
    server.on("exit", (code) => fail(new Error(`server exited ${code}: ${seen}`)));
  });
  const post = async (body, key) => {
    try {
      const response = await fetch(`${url}/api/v1/crashes`, {
        method: "POST",
        headers: { "content-type": "text/plain", "idempotency-key": key },
        body,
      });
      await response.arrayBuffer();
      return response.status;
    } catch (error) {
      return error.cause?.code ?? "error";
    }
  };
  const start = performance.now();
  let inFlight = true;
  const bigs = Promise.all(Array.from({ length: n }, (_, i) => post(big, `big-${i}`))).finally(
    () => {
      inFlight = false;
    },
  );
  const smalls = [];
  while (inFlight) {
    smalls.push(post(small, `small-${smalls.length}`));
    await new Promise((done) => setTimeout(done, 50));
  }
  const bigStatuses = await bigs;
  const smallStatuses = await Promise.all(smalls);
  const seconds = (performance.now() - start) / 1000;
  const peak = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))?.[1];
  server.kill("SIGTERM");
  await new Promise((done) => server.on("exit", done));
  rmSync(dir, { recursive: true, force: true });
  const load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  console.log(
    `${String(n).padStart(2)} × 9.5 MB: ${tally(bigStatuses)}; small: ${tally(smallStatuses)}; ${seconds.toFixed(1)} s; peak RSS ${(Number(peak) / 1024).toFixed(0)} MB; load ${load}`,
  );
}
