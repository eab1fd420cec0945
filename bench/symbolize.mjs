#!/usr/bin/env node
// Benchmark: panicscope symbolize against `go tool addr2line` on a large Go binary (cmd/compile,
// built here with DWARF, ≈33 MB with Go 1.26), fed the same 10^6 random PCs in the same run.
//
//   npm run build && npm run bench:symbolize -- [--pcs N] [--go GO]
//
// Measures, each as wall time of a fresh process (median of 3 runs where cheap):
//   - time to first answer: one PC, process start to exit, for both tools;
//   - end to end for N PCs on stdin, output to a file, for both tools (outputs must be identical);
//   - in-process: open + parse time, and lookups per second (addr2line-style, and with inlined
//     frames expanded) over the same N PCs.
// Writes bench/out/symbolize.json.

import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: { pcs: { type: "string", default: "1000000" }, go: { type: "string", default: "go" } },
});
const N = Number(values.pcs);
const go = values.go;
const env = {
  ...process.env,
  GOENV: "off",
  GOTOOLCHAIN: "local",
  GOFLAGS: "-buildvcs=false",
  CGO_ENABLED: "0",
};
const data = join(root, "bench", "data");
const out = join(root, "bench", "out");
mkdirSync(data, { recursive: true });
mkdirSync(out, { recursive: true });

const goVersion = execFileSync(go, ["env", "GOVERSION"], { env, encoding: "utf8" }).trim();
const bin = join(data, `compile-${goVersion}`);
if (!existsSync(bin)) {
  process.stderr.write(`building cmd/compile with ${goVersion} (a minute or two, once)…\n`);
  execFileSync(go, ["build", "-o", bin, "cmd/compile"], { env, stdio: "inherit" });
}
const size = statSync(bin).size;

const { GoBinary } = await import(join(root, "dist/src/binary/gobinary.js"));

// Random PCs over the text the pclntab covers (mulberry32, fixed seed).
let a = 12345;
const rand = () => {
  a = (a + 0x6d2b79f5) >>> 0;
  let t = a;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const t0 = performance.now();
const probe = GoBinary.open(bin);
const openMs = performance.now() - t0;
const { minPC, maxPC, nfunc } = probe.pclntab;
const pcs = Array.from({ length: N }, () => minPC + Math.floor(rand() * (maxPC - minPC)));
const pcsFile = join(data, `pcs-${N}.txt`);
writeFileSync(pcsFile, pcs.map((pc) => `0x${pc.toString(16)}\n`).join(""));

// In-process lookups.
let t = performance.now();
let sink = 0;
for (const pc of pcs) sink += probe.addr2line(pc)?.line ?? 0;
const lookupMs = performance.now() - t;
t = performance.now();
let inlinedPCs = 0;
for (const pc of pcs) {
  const f = probe.frames(pc);
  if (f.length > 1) inlinedPCs++;
  sink += f.length;
}
const framesMs = performance.now() - t;
probe.close();

/** Runs cmd with stdin from a file and stdout to a file (as a shell redirect would), timing it. */
function wall(cmd, args, inFile, outFile) {
  const fin = openSync(inFile, "r");
  const fout = openSync(outFile, "w");
  const start = performance.now();
  const r = spawnSync(cmd, args, { stdio: [fin, fout, "pipe"], env });
  const ms = performance.now() - start;
  closeSync(fin);
  closeSync(fout);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")}: ${r.stderr}`);
  return { ms, stdout: readFileSync(outFile) };
}
const median = (xs) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const cli = join(root, "dist/src/cli/main.js");
const oneFile = join(data, "one-pc.txt");
writeFileSync(oneFile, `0x${pcs[0].toString(16)}\n`);
const one = oneFile;
const scratch = join(out, "one-answer.txt");

// Warm both (go tool may build and cache addr2line on first use; the OS caches the file).
wall(go, ["tool", "addr2line", bin], one, scratch);
wall(process.execPath, [cli, "symbolize", "--binary", bin, "--addr2line"], one, scratch);
const firstGo = median([0, 1, 2].map(() => wall(go, ["tool", "addr2line", bin], one, scratch).ms));
const firstUs = median(
  [0, 1, 2].map(
    () =>
      wall(process.execPath, [cli, "symbolize", "--binary", bin, "--addr2line"], one, scratch).ms,
  ),
);

const goRun = wall(go, ["tool", "addr2line", bin], pcsFile, join(out, "addr2line.go.txt"));
const usRun = wall(
  process.execPath,
  [cli, "symbolize", "--binary", bin, "--addr2line"],
  pcsFile,
  join(out, "addr2line.panicscope.txt"),
);
const hash = (b) => createHash("sha256").update(b).digest("hex");
const identical = hash(goRun.stdout) === hash(usRun.stdout);

const result = {
  goVersion,
  binary: { file: bin, bytes: size, functions: nfunc },
  pcs: N,
  node: process.version,
  firstAnswerMs: { panicscope: Math.round(firstUs), goToolAddr2line: Math.round(firstGo) },
  endToEndMs: { panicscope: Math.round(usRun.ms), goToolAddr2line: Math.round(goRun.ms) },
  speedup: Number((goRun.ms / usRun.ms).toFixed(2)),
  outputsIdentical: identical,
  inProcess: {
    openMs: Math.round(openMs),
    addr2linePerSec: Math.round(N / (lookupMs / 1000)),
    framesPerSec: Math.round(N / (framesMs / 1000)),
    pcsWithInlinedFrames: inlinedPCs,
  },
};
writeFileSync(join(out, "symbolize.json"), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
if (!identical) {
  console.error("outputs differ: compare bench/out/addr2line.*.txt");
  process.exitCode = 1;
}
void sink;
