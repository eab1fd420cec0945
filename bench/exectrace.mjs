#!/usr/bin/env node
// Benchmark: `panicscope trace --json` against `go tool trace -d=parsed > /dev/null` on the same
// execution trace of at least 100 MB, written by testdata/exectrace/steady (a steady workload:
// channels, a mutex, syscalls, sleeps, GC, tasks/regions/logs) with the machine's Go.
//
//   npm run build && node bench/exectrace.mjs [--seconds 12] [--go go]
//
// The trace is cached in $TMPDIR (panicscope-bench-trace). For each tool: wall time and peak
// RSS of a fresh process (/usr/bin/time -f %M), MB/s and events/s (events: what both count).
// Writes bench/out/exectrace.json.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: { seconds: { type: "string", default: "12" }, go: { type: "string", default: "go" } },
});
const go = values.go;
const env = {
  ...process.env,
  GOENV: "off",
  GOTOOLCHAIN: "local",
  GOFLAGS: "-buildvcs=false",
  CGO_ENABLED: "0",
};
const dir = join(tmpdir(), "panicscope-bench-trace");
mkdirSync(dir, { recursive: true });
const version = spawnSync(go, ["env", "GOVERSION"], { encoding: "utf8", env }).stdout.trim();
const trace = join(dir, `steady-${version}-${values.seconds}s.trace`);
if (!existsSync(trace)) {
  const bin = join(dir, "steady");
  const b = spawnSync(go, ["build", "-o", bin, "./steady"], {
    cwd: join(root, "testdata", "exectrace"),
    env,
    stdio: "inherit",
  });
  if (b.status !== 0) process.exit(1);
  console.error(`writing a ${values.seconds}s trace with ${version} …`);
  const r = spawnSync(bin, [`${trace}.tmp`, `${values.seconds}s`], { env, stdio: "inherit" });
  if (r.status !== 0) process.exit(1);
  spawnSync("mv", [`${trace}.tmp`, trace]);
}
const bytes = statSync(trace).size;
if (bytes < 100e6)
  console.error(`warning: the trace is ${(bytes / 1e6).toFixed(1)} MB (< 100 MB): raise --seconds`);

function measure(argv, stdout) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "%M %U %S", ...argv], {
    env,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    stdio: ["ignore", stdout ? "pipe" : "ignore", "pipe"],
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${argv.join(" ")}: ${r.stderr}`);
  const lines = r.stderr.trim().split("\n");
  const [rss, user, sys] = (lines[lines.length - 1] ?? "").split(" ").map(Number);
  return { seconds, cpuSeconds: user + sys, peakRssMB: rss / 1024, stdout: r.stdout };
}

// The machine is shared: the load average says how much the wall times are inflated; CPU
// seconds (user + system) are what each tool itself spent.
const loadBefore = loadavg().map((l) => Number(l.toFixed(2)));
const ours = measure(
  [process.execPath, join(root, "dist", "src", "cli", "main.js"), "trace", trace, "--json"],
  true,
);
const doc = JSON.parse(ours.stdout);
const theirs = measure([go, "tool", "trace", "-d=parsed", trace], false);
const loadAfter = loadavg().map((l) => Number(l.toFixed(2)));
const mb = bytes / 1e6;
const result = {
  trace,
  go: version,
  node: process.version,
  megabytes: Number(mb.toFixed(1)),
  events: doc.events,
  generations: doc.generations,
  loadAverage: { before: loadBefore, after: loadAfter },
  panicscope: {
    seconds: Number(ours.seconds.toFixed(2)),
    cpuSeconds: Number(ours.cpuSeconds.toFixed(2)),
    mbPerSecond: Number((mb / ours.seconds).toFixed(1)),
    eventsPerSecond: Math.round(doc.events / ours.seconds),
    peakRssMB: Math.round(ours.peakRssMB),
  },
  goToolTrace: {
    seconds: Number(theirs.seconds.toFixed(2)),
    cpuSeconds: Number(theirs.cpuSeconds.toFixed(2)),
    mbPerSecond: Number((mb / theirs.seconds).toFixed(1)),
    eventsPerSecond: Math.round(doc.events / theirs.seconds),
    peakRssMB: Math.round(theirs.peakRssMB),
  },
};
mkdirSync(join(root, "bench", "out"), { recursive: true });
writeFileSync(join(root, "bench", "out", "exectrace.json"), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
