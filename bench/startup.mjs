#!/usr/bin/env node
// Start-up benchmark: `panicscope FILE` on one small crash, next to `node -e 0` (the floor:
// starting Node itself), in the same run. Issue 16's target: within 40 ms of `node -e 0`.
//
//   node bench/startup.mjs [--runs N] [--panicscope JS]... [--out FILE] [CRASH]
//
// Each round runs every command once, in an order that rotates from round to round, so that
// the load of a shared machine hits all of them alike. Wall time is measured around
// spawnSync (the same spawn cost for every row); CPU time (user + sys) is the children's
// time from /proc/self/stat, in 10 ms ticks, so only its mean over the rounds is meaningful.
// `--panicscope` may be given several times (e.g. the build before a change and the build
// after it, from two worktrees); each build is one row, and every build's output must be the
// same as the first's. The Markdown table goes to stdout, the report with every run to
// bench/out/startup.json (or --out). See bench/README.md.

import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);

const USAGE = `usage: node bench/startup.mjs [options] [CRASH]

  CRASH             the crash text (default testdata/go/go1.26/nil-deref.single.txt)
  --runs N          rounds; every command runs once per round (default 20)
  --panicscope JS   a build of the CLI to measure (default: package.json's bin,
                    dist/src/cli/main.cjs); repeat it to compare builds, e.g.
                    --panicscope /tmp/old/dist/src/cli/main.js --panicscope dist/src/cli/main.cjs
  --out FILE        the JSON report (default bench/out/startup.json)
`;

function parseArgs(argv) {
  const opts = {
    runs: 20,
    builds: [],
    crash: path.join(root, "testdata/go/go1.26/nil-deref.single.txt"),
    out: path.join(benchDir, "out", "startup.json"),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--runs") {
      opts.runs = Number(value());
      if (!Number.isInteger(opts.runs) || opts.runs < 1) throw new Error("bad --runs");
    } else if (arg === "--panicscope") opts.builds.push(path.resolve(value()));
    else if (arg === "--out") opts.out = path.resolve(value());
    else if (arg === "-h" || arg === "--help") {
      process.stdout.write(USAGE);
      return undefined;
    } else if (arg.startsWith("-")) throw new Error(`unknown argument ${arg}`);
    else opts.crash = path.resolve(arg);
  }
  if (opts.builds.length === 0) {
    const bin = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).bin.panicscope;
    opts.builds.push(path.join(root, bin));
  }
  return opts;
}

/** The CPU time (user + sys, ms) of this process's children that have been waited for. */
function childrenCpuMs() {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // Fields after the command name (which may hold spaces), from field 3 on.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // cutime + cstime, USER_HZ
  } catch {
    return Number.NaN;
  }
}

function runOnce(command) {
  const cpu = childrenCpuMs();
  const start = process.hrtime.bigint();
  const r = spawnSync(command.argv[0], command.argv.slice(1), {
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 1 << 26,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  return { wall, cpu: childrenCpuMs() - cpu, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.ceil(at)] - s[lo]) * (at - lo);
}
const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) : "—");
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

export function main(argv) {
  const opts = parseArgs(argv);
  if (opts === undefined) return 0;
  const bytes = statSync(opts.crash).size;
  const label = (build) => {
    const rel = path.relative(root, build);
    return rel.startsWith("..") ? build : rel;
  };
  const commands = [
    { id: "node", label: "node -e 0", argv: [process.execPath, "-e", "0"] },
    ...opts.builds.map((build, i) => ({
      id: `panicscope-${i + 1}`,
      label: `panicscope CRASH (${label(build)})`,
      build,
      argv: [process.execPath, build, opts.crash],
    })),
  ];
  const loadBefore = load();
  process.stderr.write(
    `startup: ${opts.runs} rounds of ${commands.length} commands, load ${loadBefore}\n`,
  );
  for (const c of commands) c.runs = [];
  let reference;
  for (let round = 0; round < opts.runs; round++) {
    for (let k = 0; k < commands.length; k++) {
      const command = commands[(round + k) % commands.length];
      const run = runOnce(command);
      if (run.status !== 0 && command.id !== "node" && !command.failed) {
        // Exit 1 is "nothing recognised": a crash file must be recognised.
        command.failed = `exit ${run.status}: ${String(run.stderr).split("\n")[0]}`;
      }
      if (command.build !== undefined) {
        const out = run.stdout.toString("utf8");
        if (reference === undefined) reference = { out, label: command.label };
        else if (out !== reference.out) command.differs = `output differs from ${reference.label}`;
      }
      command.runs.push({ round, wall: run.wall, cpu: run.cpu });
    }
  }
  const loadAfter = load();
  const node = commands[0];
  const rows = commands.map((c) => {
    const walls = c.runs.map((r) => r.wall);
    // Paired with node -e 0 in the same round: what this command adds to starting Node.
    const added = c.runs.map((r) => r.wall - node.runs[r.round].wall);
    return {
      id: c.id,
      label: c.label,
      build: c.build,
      medianWallMs: median(walls),
      p25WallMs: quantile(walls, 0.25),
      p75WallMs: quantile(walls, 0.75),
      meanCpuMs: c.runs.reduce((s, r) => s + r.cpu, 0) / c.runs.length,
      overNodeMedianMs: c.id === "node" ? 0 : median(added),
      overNodeWithinTarget: c.id === "node" ? undefined : median(added) <= 40,
      failed: c.failed,
      differs: c.differs,
      runs: c.runs,
    };
  });
  const report = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${os.platform()} ${os.release()}`,
    node: process.version,
    crash: path.relative(root, opts.crash),
    crashBytes: bytes,
    rounds: opts.runs,
    loadBefore,
    loadAfter,
    targetOverNodeMs: 40,
    rows,
  };
  const lines = [
    `Start-up on one small crash: ${report.crash} (${bytes} bytes), ${opts.runs} rounds, Node ${process.version}, ${report.machine}`,
    `load average (1, 5, 15 min) ${loadBefore} at the start, ${loadAfter} at the end`,
    "",
    "| command | median wall ms | p25–p75 ms | mean CPU ms | median − node -e 0, same round (target ≤ 40 ms) | result |",
    "| --- | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.label} | ${ms(r.medianWallMs)} | ${ms(r.p25WallMs)}–${ms(r.p75WallMs)} | ${ms(r.meanCpuMs)} | ${
        r.id === "node" ? "—" : `${ms(r.overNodeMedianMs)}${r.overNodeWithinTarget ? " ✓" : ""}`
      } | ${r.failed ?? r.differs ?? "ok"} |`,
    );
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  mkdirSync(path.dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);
  process.stderr.write(`report: ${path.relative(process.cwd(), opts.out)}\n`);
  return rows.some((r) => r.failed || r.differs) ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`startup: ${error instanceof Error ? error.message : error}\n${USAGE}`);
    process.exitCode = 2;
  }
}
