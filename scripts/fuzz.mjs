#!/usr/bin/env node
// `npm run fuzz -- --count 1000000 [--seed 1] [--out fuzz-failures] [--binary]`
//
// Runs the fuzzer of test/fuzz (built into dist/ by `npm run build`) in one worker thread,
// in-process: text inputs through analysis, JSON, terminal and HTML (or, with --binary,
// damaged executables through symbolize and buildinfo). Prints inputs/s as it goes and saves
// every failing input, minimised, under --out (one .txt/.bin and one .json per failure; at
// most three per distinct failure). A watchdog restarts the worker past an input that stalls
// it (saved as a timeout): 60 s of CPU on one input (the process's CPU time, the worker's
// included: a niced run on a busy machine waits for a core without stalling), or 15 minutes of
// wall time. Exit status 1 when anything failed.

import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

const HERE = import.meta.dirname;
const DIST = join(HERE, "..", "dist", "test", "fuzz");
const STALL_CPU_MS = 60_000;
const STALL_WALL_MS = 15 * 60_000;
const KEEP_PER_SIGNATURE = 3;

/** CPU ms of this process: the worker thread's included. */
function cpuMs() {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

if (isMainThread) await main();
else await work(workerData);

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "100000" },
      seed: { type: "string", default: "1" },
      out: { type: "string", default: "fuzz-failures" },
      cuts: { type: "string" },
      binary: { type: "boolean", default: false },
    },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  const out = resolve(values.out);
  // Every cut of the smallest texts: a tenth of the run, at most 100 000 inputs.
  const cuts =
    values.cuts === undefined ? Math.min(100_000, Math.floor(count / 10)) : Number(values.cuts);
  mkdirSync(out, { recursive: true });
  const kinds = values.binary
    ? [
        "exception",
        "exit-2",
        "no-offset",
        "raw-control",
        "buildinfo-stops-symbolize",
        "not-refused",
        "refused",
        "differs",
        "timeout",
      ]
    : ["exception", "schema", "raw-control", "chunking", "timeout"];
  const failures = Object.fromEntries(kinds.map((k) => [k, 0]));
  const current = new Int32Array(new SharedArrayBuffer(8));
  let done = 0;
  let bytes = 0;
  const began = performance.now();
  let next = 0;
  const mode = values.binary ? "binary" : "text";
  console.log(
    `fuzz ${mode}: seed ${seed}, ${count} inputs (${values.binary ? "" : `${cuts} cuts, `}failures to ${out})`,
  );

  const report = (final) => {
    const seconds = (performance.now() - began) / 1000;
    const rate = done / seconds;
    const parts = kinds.map((k) => `${failures[k]} ${k}`).join(", ");
    console.log(
      `${final ? "done" : "…"} ${done} inputs in ${seconds.toFixed(0)} s, ${rate.toFixed(0)} inputs/s, ${(bytes / 1e6).toFixed(1)} MB; ${parts}`,
    );
  };
  const timer = setInterval(() => report(false), 30_000);

  while (next < count) {
    const start = next;
    current[0] = start;
    current[1] = 0;
    const result = await new Promise((resolveRun) => {
      const worker = new Worker(new URL(import.meta.url), {
        workerData: {
          mode,
          seed,
          start,
          count: count - start,
          cuts,
          out,
          current,
          keep: KEEP_PER_SIGNATURE,
        },
      });
      let last = { index: current[0], at: Date.now(), cpu: cpuMs() };
      const watchdog = setInterval(() => {
        const index = Atomics.load(current, 0);
        if (index !== last.index) last = { index, at: Date.now(), cpu: cpuMs() };
        else if (cpuMs() - last.cpu > STALL_CPU_MS || Date.now() - last.at > STALL_WALL_MS) {
          clearInterval(watchdog);
          worker.terminate();
          resolveRun({ stalledAt: index });
        }
      }, 1000);
      worker.on("message", (m) => {
        if (m.type === "progress") {
          done += m.inputs;
          bytes += m.bytes;
        } else if (m.type === "failure") failures[m.kind]++;
      });
      worker.on("error", (error) => {
        clearInterval(watchdog);
        console.error(`fuzz: worker died: ${error.stack ?? error}`);
        resolveRun({ stalledAt: Atomics.load(current, 0) });
      });
      worker.on("exit", () => {
        clearInterval(watchdog);
        resolveRun({ finished: true });
      });
    });
    if (result.stalledAt !== undefined) {
      failures.timeout++;
      done++;
      const { saveStalled } = await import(
        join(DIST, mode === "binary" ? "binary-harness.js" : "harness.js")
      );
      saveStalled?.(seed, result.stalledAt, cuts, out);
      console.log(
        `fuzz: input ${result.stalledAt} ran over ${STALL_CPU_MS / 1000} s of CPU (or ${STALL_WALL_MS / 60_000} min): saved, going on after it`,
      );
      next = result.stalledAt + 1;
    } else next = count;
  }
  clearInterval(timer);
  report(true);
  process.exit(Object.values(failures).some((n) => n > 0) ? 1 : 0);
}

async function work({ mode, seed, start, count, cuts, out, current, keep }) {
  const saved = new Map();
  let inputs = 0;
  let bytes = 0;
  const flush = () => {
    parentPort.postMessage({ type: "progress", inputs, bytes });
    inputs = 0;
    bytes = 0;
  };
  const save = async (failure, signature, minimiseFailure) => {
    parentPort.postMessage({ type: "failure", kind: failure.kind });
    const n = saved.get(signature) ?? 0;
    saved.set(signature, n + 1);
    if (n >= keep) return;
    const minimised = await minimiseFailure(failure);
    const base = join(out, `${failure.kind}-${seed}-${failure.input.index}`);
    writeFileSync(`${base}.${mode === "binary" ? "bin" : "txt"}`, minimised);
    writeFileSync(
      `${base}.json`,
      `${JSON.stringify({ kind: failure.kind, seed, index: failure.input.index, how: failure.input.how, bytes: failure.input.bytes.length, minimisedBytes: minimised.length, message: failure.message }, null, 2)}\n`,
    );
  };
  let flushed = Date.now();
  const onInput = (index, size) => {
    Atomics.store(current, 0, index);
    inputs++;
    bytes += size ?? 0;
    // The loop runs on microtasks: a timer would never fire, so progress is sent from here.
    if (Date.now() - flushed > 1000) {
      flushed = Date.now();
      flush();
    }
  };
  if (mode === "binary") {
    const { fuzzBinaries, minimiseBinaryFailure, binarySignature } = await import(
      join(DIST, "binary-harness.js")
    );
    await fuzzBinaries({
      seed,
      start,
      count,
      onInput,
      onFailure: (f) => save(f, binarySignature(f), minimiseBinaryFailure),
    });
  } else {
    const { fuzzText, minimiseFailure, failureSignature } = await import(join(DIST, "harness.js"));
    await fuzzText({
      seed,
      start,
      count,
      cuts,
      onInput: (index, size) => onInput(index, size),
      onFailure: (f) => save(f, failureSignature(f), minimiseFailure),
    });
  }
  flush();
}
