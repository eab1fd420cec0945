#!/usr/bin/env node
// Ingest throughput: a `panicscope serve` process on a fresh SQLite store, and a bounded
// loopback client posting real crash texts of 2–50 KB from testdata/ (panicscope/report@1,
// each with a new id) for a fixed time. Run after `npm run build`.
//
//   node bench/ingest.mjs [--seconds 20] [--warmup 10] [--concurrency 16] [--gzip] [--db postgres://…]
//                         [--profile DIR]   (the server's CPU profile, node --cpu-prof, in DIR)
//                         [--client http|fetch] [--analysis-threads N] (passed to serve)
//
// With --db the server uses that store (a PostgreSQL URL: scripts/with-postgres.sh sh -c
// 'node bench/ingest.mjs --db "$PANICSCOPE_TEST_PG"').
//
// Prints reports/s (answered 202) and latency percentiles; any other status is counted. The
// first --warmup seconds are not measured: a fresh server's JIT takes ~3 000 reports to settle
// (CPU per report 3.9 ms over the first 250, 2.0 at 500–1 000, 1.0 after 3 000), and the target
// is the throughput it sustains; their rate is printed apart.

import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const seconds = option("seconds", 20);
const warmup = option("warmup", 10);
const concurrency = option("concurrency", 16);
const gzip = args.includes("--gzip");
const dbAt = args.indexOf("--db");
const profileAt = args.indexOf("--profile");
const profile = profileAt >= 0 ? ["--cpu-prof", "--cpu-prof-dir", args[profileAt + 1]] : [];
// The client: node:http on kept-alive sockets (the default), or fetch (undici), which took
// 1.4–1.6 ms of CPU per upload to node:http's 0.3–0.4 on the cores the server runs on (its CPU
// per report is printed).
const clientAt = args.indexOf("--client");
const useHttp = clientAt < 0 || args[clientAt + 1] !== "fetch";
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
function postHttp(target, headers, body) {
  return new Promise((resolve, reject) => {
    const request = httpRequest(target, { method: "POST", headers, agent }, (response) => {
      response.on("data", () => {});
      response.on("end", () => resolve(response.statusCode));
    });
    request.on("error", reject);
    request.end(body);
  });
}

const texts = [];
for (const dir of readdirSync("testdata/go")) {
  const path = join("testdata/go", dir);
  if (!statSync(path).isDirectory()) continue;
  for (const name of readdirSync(path)) {
    if (!name.endsWith(".txt")) continue;
    const size = statSync(join(path, name)).size;
    if (size >= 2048 && size <= 50 * 1024) texts.push(readFileSync(join(path, name), "utf8"));
  }
}

const textsJson = texts.map((text) => JSON.stringify(text));

const dataDir = mkdtempSync(join(tmpdir(), "panicscope-bench-ingest-"));
const server = spawn(
  process.execPath,
  [
    ...profile,
    "dist/src/cli/main.js",
    "serve",
    "--db",
    dbAt >= 0 ? args[dbAt + 1] : dataDir,
    "--port",
    "0",
    "--token",
    "bench",
    ...(args.includes("--analysis-threads")
      ? ["--analysis-threads", String(option("analysis-threads", 0))]
      : []),
  ],
  { stdio: ["ignore", "inherit", "pipe"] },
);
const url = await new Promise((resolve, reject) => {
  let seen = "";
  server.stderr.on("data", (chunk) => {
    seen += chunk;
    const match = /listening on (\S+)/.exec(seen);
    if (match) resolve(match[1]);
  });
  server.on("exit", (code) => reject(new Error(`server exited ${code}: ${seen}`)));
});

let latencies = [];
let statuses = new Map();
let deadline = 0;
let next = 0;
async function client() {
  while (performance.now() < deadline) {
    const id = randomUUID();
    // JSON.stringify of the report, with its text's JSON made once: the client shares the
    // server's two cores.
    const json = `{"schema":"panicscope/report@1","id":"${id}","kind":"crash","text":${textsJson[next++ % texts.length]},"time":"${new Date().toISOString()}","release":"1.0.0","host":"bench","pid":1}`;
    const headers = {
      authorization: "Bearer bench",
      "content-type": "application/json",
      "idempotency-key": id,
    };
    if (gzip) headers["content-encoding"] = "gzip";
    const body = gzip ? gzipSync(json) : json;
    const start = performance.now();
    let status;
    if (useHttp) status = await postHttp(`${url}/api/v1/crashes`, headers, body);
    else {
      const response = await fetch(`${url}/api/v1/crashes`, { method: "POST", headers, body });
      await response.arrayBuffer();
      status = response.status;
    }
    latencies.push(performance.now() - start);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
}
// CPU the server spent, all threads and its main thread alone (Linux): per report, the figure
// other work on the machine changes least.
const ticks = (path) => {
  const fields = readFileSync(path, "utf8").split(") ")[1].split(" ");
  return Number(fields[11]) + Number(fields[12]); // utime + stime, in 1/100 s
};
/** Each thread's CPU so far, by task id. */
const serverTicks = () =>
  new Map(
    readdirSync(`/proc/${server.pid}/task`).map((task) => [
      task,
      ticks(`/proc/${server.pid}/task/${task}/stat`),
    ]),
  );
/** CPU of every PostgreSQL process on the machine (its backends work for the server). */
const postgresTicks = () => {
  let sum = 0;
  for (const pid of readdirSync("/proc")) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/comm`, "utf8").trim() === "postgres")
        sum += ticks(`/proc/${pid}/stat`);
    } catch {
      // Gone meanwhile.
    }
  }
  return sum;
};
let warmupNote = "no warm-up";
if (warmup > 0) {
  const start = performance.now();
  deadline = start + warmup * 1000;
  await Promise.all(Array.from({ length: concurrency }, client));
  const warmed = statuses.get(202) ?? 0;
  warmupNote = `warm-up ${warmup} s: ${(warmed / ((performance.now() - start) / 1000)).toFixed(0)} reports/s (${warmed} reports, not measured)`;
  latencies = [];
  statuses = new Map();
}
const ticksBefore = serverTicks();
const postgresBefore = dbAt >= 0 ? postgresTicks() : 0;
const began = performance.now();
deadline = began + seconds * 1000;
const clientCpu = process.cpuUsage();
await Promise.all(Array.from({ length: concurrency }, client));
const elapsed = (performance.now() - began) / 1000;
const clientUsed = process.cpuUsage(clientCpu);
const ticksAfter = serverTicks();
const postgresUsed = dbAt >= 0 ? postgresTicks() - postgresBefore : 0;
const used = (task) => (ticksAfter.get(task) ?? 0) - (ticksBefore.get(task) ?? 0);
const cpu = {
  all: [...ticksAfter.keys()].reduce((sum, task) => sum + used(task), 0),
  main: used(String(server.pid)),
};
// Each thread's share, the busiest first (Node names its threads alike: the analysis and
// writer threads are the busiest besides the main one; the rest are V8's and libuv's).
const threads = [...ticksAfter.keys()]
  .map((task) => [task === String(server.pid) ? "main" : task, used(task)])
  .sort((a, b) => b[1] - a[1]);
server.kill("SIGTERM");
await new Promise((resolve) => server.on("exit", resolve));
rmSync(dataDir, { recursive: true, force: true });

latencies.sort((a, b) => a - b);
const at = (q) =>
  latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
const accepted = statuses.get(202) ?? 0;
console.log(
  `${dbAt >= 0 ? "postgres" : "sqlite"}, ${texts.length} texts of 2–50 KB, ${concurrency} in flight, ${gzip ? "gzip" : "plain JSON"}, ${elapsed.toFixed(1)} s: ` +
    `${(accepted / elapsed).toFixed(0)} reports/s accepted; latency p50 ${at(0.5)} ms, p99 ${at(0.99)} ms; ` +
    `statuses ${JSON.stringify(Object.fromEntries(statuses))}; ` +
    `client (${useHttp ? "node:http" : "fetch"}) CPU ${((clientUsed.user + clientUsed.system) / 1000 / accepted).toFixed(2)} ms/report; ` +
    `server CPU ${((cpu.all * 10) / accepted).toFixed(2)} ms/report (main thread ${((cpu.main * 10) / accepted).toFixed(2)}); ` +
    `by thread ${threads
      .filter(([, t]) => t > 0)
      .map(([name, t]) => `${name} ${((t * 10) / accepted).toFixed(2)}`)
      .join(
        ", ",
      )}; ${dbAt >= 0 ? `PostgreSQL's processes CPU ${((postgresUsed * 10) / accepted).toFixed(2)} ms/report; ` : ""}${warmupNote}; load average ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`,
);
