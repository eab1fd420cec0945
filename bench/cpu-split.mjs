#!/usr/bin/env node
// Where the CPU time of one `analyze` run goes, from the V8 profiles of its threads (issue 16,
// scaling). Profile with the modules tsc wrote, not the bundle (whose minified lines name no
// module), and with every worker thread:
//
//   PANICSCOPE_NO_BUNDLE=1 node --cpu-prof --cpu-prof-dir=DIR dist/src/cli/main.js \
//     analyze --json --threads N FILE > /dev/null
//   node bench/cpu-split.mjs DIR
//
// Each sample goes to one phase: a phase its stack passes through (merging the parts' folds,
// building the document and writing the JSON, counting lines to split the file, loading
// modules) wins, then the first module from the leaf up that belongs to a phase (so a fold
// called by the fast path is the folds' time). Prints one row per thread and a total, in
// CPU seconds; idle time is left out.
//
//   node bench/cpu-split.mjs DIR --spans
//
// prints instead, per thread, when each phase ran: its first and last sample, in ms from the
// first thread's start (the profiles of one process share one clock), and its seconds; idle
// (a worker waiting for a message, the main thread for the workers) is a phase here.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Phases a whole subtree belongs to, by function name (the first found from the root). */
const SUBTREES = [
  ["merge", /^(mergeFolds|foldsFromData|join|joinCrash|restore|nextMessage)$/],
  ["document+JSON", /^(toDocument|renderJson|writeJson|writeDocument)$/],
  ["read+split", /^(partStarts|countLines)$/],
  ["start-up", /^(compileSourceTextModule|compileFunction|loadESM|importModuleDynamically)$/],
];

/** Phases by module, from the leaf up. */
const MODULES = [
  ["fast path", /\/pipeline\/fast-blocks\.js$/],
  ["folds", /\/(group|names|diagnose)\/|\/pipeline\/(folds|sample-fold)\.js$|goroutine-fold\.js$/],
  ["slow parse", /\/(traceback|input)\/|\/pipeline\/read-crashes\.js$/],
  ["document+JSON", /\/(document|render)\//],
  ["start-up", /^node:internal\/(modules|bootstrap)|^node:vm$/],
  ["read+split", /^node:(fs|internal\/fs\/streams|internal\/streams\/)/],
];

const PHASES = [
  "read+split",
  "fast path",
  "slow parse",
  "folds",
  "merge",
  "document+JSON",
  "GC",
  "start-up",
  "other",
];

function split(file) {
  const p = JSON.parse(readFileSync(file, "utf8"));
  const { byId, parent } = tree(p);
  const self = new Map();
  for (let i = 0; i < p.samples.length; i++) {
    const id = p.samples[i];
    self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  }
  const out = Object.fromEntries(PHASES.map((k) => [k, 0]));
  for (const [id, us] of self) {
    const leaf = byId.get(id).callFrame;
    if (leaf.functionName === "(idle)") continue;
    out[phaseOf(id, byId, parent)] += us / 1e6;
  }
  return out;
}

function tree(p) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return { byId, parent };
}

/** Each phase's first and last sample (µs on the profiles' clock) and its sampled µs. */
function spans(p) {
  const { byId, parent } = tree(p);
  const memo = new Map();
  const out = new Map();
  let t = p.startTime;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i] ?? 0;
    const id = p.samples[i];
    let phase = memo.get(id);
    if (phase === undefined) {
      phase = byId.get(id).callFrame.functionName === "(idle)" ? "idle" : phaseOf(id, byId, parent);
      memo.set(id, phase);
    }
    const span = out.get(phase) ?? { first: t, last: t, us: 0 };
    span.last = t;
    span.us += p.timeDeltas[i] ?? 0;
    out.set(phase, span);
  }
  return out;
}

function phaseOf(id, byId, parent) {
  const leaf = byId.get(id).callFrame.functionName;
  if (leaf === "(garbage collector)") return "GC";
  const stack = [];
  for (let at = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at).callFrame);
  for (let k = stack.length - 1; k >= 0; k--) {
    for (const [phase, name] of SUBTREES) if (name.test(stack[k].functionName)) return phase;
  }
  for (const frame of stack) {
    for (const [phase, url] of MODULES) if (url.test(frame.url)) return phase;
  }
  return "other";
}

const dir = process.argv[2];
if (dir === undefined) {
  console.error("usage: node bench/cpu-split.mjs DIR [--spans]   (DIR: a --cpu-prof-dir)");
  process.exit(2);
}
// Node names a thread's profile CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: 0 is main.
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".cpuprofile"))
  .sort((a, b) => Number(a.split(".")[4]) - Number(b.split(".")[4]));
const threadName = (f) => (f.split(".")[4] === "0" ? "main" : `worker ${f.split(".")[4]}`);
if (process.argv.includes("--spans")) {
  const profiles = files.map((f) => [f, JSON.parse(readFileSync(path.join(dir, f), "utf8"))]);
  const t0 = Math.min(...profiles.map(([, p]) => p.startTime));
  const ms = (us) => ((us - t0) / 1000).toFixed(0);
  console.log("| thread | phase | first sample (ms) | last sample (ms) | sampled (s) |");
  console.log("| --- | --- | ---: | ---: | ---: |");
  for (const [f, p] of profiles) {
    console.log(`| ${threadName(f)} | profile | ${ms(p.startTime)} | ${ms(p.endTime)} | |`);
    const phases = [...spans(p)].sort((a, b) => a[1].first - b[1].first);
    for (const [phase, s] of phases)
      console.log(`| | ${phase} | ${ms(s.first)} | ${ms(s.last)} | ${(s.us / 1e6).toFixed(2)} |`);
  }
  process.exit(0);
}
const total = Object.fromEntries(PHASES.map((k) => [k, 0]));
console.log(`| thread | ${PHASES.join(" | ")} | sum |`);
console.log(`| --- |${" ---: |".repeat(PHASES.length + 1)}`);
const row = (name, t) =>
  console.log(
    `| ${name} | ${PHASES.map((k) => t[k].toFixed(2)).join(" | ")} | ${PHASES.reduce((s, k) => s + t[k], 0).toFixed(2)} |`,
  );
for (const f of files) {
  const t = split(path.join(dir, f));
  for (const k of PHASES) total[k] += t[k];
  row(threadName(f), t);
}
row("all", total);
