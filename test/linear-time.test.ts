// Near-linear time on the shapes that were not: 8× the input must cost well under 8² the time.
// CPU time (this process, median of three runs) rather than wall time, so that other work on
// the machine does not count; the bound, 12×, is far below a quadratic 64× and below the
// n^1.38 of issue 11 (10⁵ nested panics took 2.6× the time at 2× the input: 17.6× at 8×).

import assert from "node:assert/strict";
import { test } from "node:test";
import { grammarText } from "./fuzz/grammar.js";
import { Prng } from "./fuzz/prng.js";
import { documentOf, runInput } from "./fuzz/run-input.js";

const BOUND = 12;

async function cpuMs(run: () => Promise<unknown>): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const before = process.cpuUsage();
    await run();
    const used = process.cpuUsage(before);
    runs.push((used.user + used.system) / 1000);
  }
  return runs.sort((a, b) => a - b)[1] as number;
}

async function ratio(make: (k: number) => Buffer, run: (b: Buffer) => Promise<unknown>) {
  const small = make(1);
  const large = make(8);
  await run(small); // compiled before it is timed
  const a = await cpuMs(() => run(small));
  const b = await cpuMs(() => run(large));
  return { a, b, ratio: b / a };
}

test("8× the nested recovered panics, through every renderer: under 12× the CPU time", async (t) => {
  const chain = (k: number) => {
    const lines: string[] = [];
    for (let i = 0; i < 25_000 * k; i++) lines.push(`panic: v${i} [recovered]`);
    return Buffer.from(`${lines.join("\n")}\n`);
  };
  const r = await ratio(chain, (b) => runInput(b, 65_536));
  const figures = `${r.a.toFixed(0)} ms → ${r.b.toFixed(0)} ms (${r.ratio.toFixed(1)}×)`;
  t.diagnostic(figures);
  assert.ok(r.ratio < BOUND, figures);
});

test("a grammar-made dump 8× longer, read one byte at a time: under 12× the CPU time", async (t) => {
  // The fuzz slice's slowest shape: goroutine blocks under one headline, one-byte chunks.
  // The first grammar text (seed by seed) with 15 KB of goroutine blocks after its headline.
  let text = "";
  let cut = -1;
  for (let seed = 1; cut < 0 || text.length - cut < 15_000; seed++) {
    text = grammarText(new Prng(seed)).toString("latin1");
    cut = text.indexOf("\ngoroutine ") + 1;
    if (cut === 0) cut = -1;
  }
  const dump = (k: number) => Buffer.from(text.slice(0, cut) + text.slice(cut).repeat(k), "latin1");
  const r = await ratio(dump, (b) => documentOf(b, 1));
  const figures = `${r.a.toFixed(0)} ms → ${r.b.toFixed(0)} ms (${r.ratio.toFixed(1)}×)`;
  t.diagnostic(figures);
  assert.ok(r.ratio < BOUND, figures);
});
