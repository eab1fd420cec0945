#!/usr/bin/env node
// Ingest's CPU per report, in process: the app (`createApp`) on a fresh SQLite file store takes
// the same real crash texts as bench/ingest.mjs through `app.fetch` — no socket, no client on
// the same cores — and the process's CPU time (all threads: the writer, V8's collector) is read
// around it. Builds are compared in rounds whose order alternates, each build a fresh process,
// so that the load of the shared machine hits all alike. Run after `npm run build`.
//
//   node bench/ingest-cpu.mjs [--reports 1500] [--warmup 200] [--rounds 3] [--build DIR]...
//
// --build names a checkout's root (its dist/ and node_modules/); default this one. Prints, per
// build, the CPU ms per report of each round and their median, and the load average. The
// first --warmup reports are not measured: the JIT settles after ~3 000 (--warmup 3000 for the
// sustained cost; the default 200 keeps the figures of bench/README.md comparable).

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const builds = args.flatMap((arg, i) => (args[i - 1] === "--build" ? [resolve(arg)] : []));
if (builds.length === 0) builds.push(process.cwd());

if (process.env.PANICSCOPE_BENCH_CHILD) {
  await child(process.env.PANICSCOPE_BENCH_CHILD, option("reports", 1500), option("warmup", 200));
} else {
  const rounds = option("rounds", 3);
  const results = new Map(builds.map((build) => [build, []]));
  const load = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  const started = load();
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? builds : [...builds].reverse();
    for (const build of order) {
      const run = spawnSync(process.execPath, [import.meta.filename, ...args], {
        env: { ...process.env, PANICSCOPE_BENCH_CHILD: build },
        encoding: "utf8",
      });
      if (run.status !== 0) throw new Error(`${build}: ${run.stderr}`);
      results.get(build).push(JSON.parse(run.stdout));
    }
  }
  for (const [build, runs] of results) {
    const cpu = runs.map((r) => r.cpuMsPerReport).sort((a, b) => a - b);
    console.log(
      `${build}: CPU ${cpu.map((c) => c.toFixed(2)).join(" / ")} ms/report (median ${cpu[Math.floor(cpu.length / 2)].toFixed(2)}), ` +
        `${runs[0].reports} reports a round, statuses ${JSON.stringify(runs[0].statuses)}`,
    );
  }
  console.log(`load average ${started} at the start, ${load()} at the end`);
}

async function child(build, measured, measuredFrom) {
  const count = measuredFrom + measured;
  const { mkdtempSync, readdirSync, rmSync, statSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const { randomUUID } = await import("node:crypto");
  const { createApp } = await import(join(build, "dist/src/server/app.js"));
  const { SqliteStore } = await import(join(build, "dist/src/store/sqlite.js"));
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
  const dir = mkdtempSync(join(tmpdir(), "panicscope-bench-ingest-cpu-"));
  const store = new SqliteStore(join(dir, "panicscope.db"));
  const app = createApp({ store, token: "bench" });
  const bodies = Array.from({ length: count }, (_, i) => {
    const id = randomUUID();
    const text = texts[i % texts.length];
    return { id, json: JSON.stringify({ schema: "panicscope/report@1", id, kind: "crash", text }) };
  });
  const statuses = {};
  let next = 0;
  const post = async (until) => {
    while (next < until) {
      const { id, json } = bodies[next++];
      const response = await app.fetch(
        new Request("http://bench/api/v1/crashes", {
          method: "POST",
          headers: {
            authorization: "Bearer bench",
            "content-type": "application/json",
            "idempotency-key": id,
          },
          body: json,
        }),
      );
      await response.arrayBuffer();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    }
  };
  // A warm-up, then the measured rest; 16 in flight.
  await Promise.all(Array.from({ length: 16 }, () => post(measuredFrom)));
  const before = process.cpuUsage();
  await Promise.all(Array.from({ length: 16 }, () => post(bodies.length)));
  await store.close();
  const used = process.cpuUsage(before);
  rmSync(dir, { recursive: true, force: true });
  const reports = measured;
  process.stdout.write(
    JSON.stringify({
      reports,
      statuses,
      cpuMsPerReport: (used.user + used.system) / 1000 / reports,
    }),
  );
}
