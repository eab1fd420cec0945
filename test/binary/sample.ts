// Deterministic samples of PCs from a binary: function entries, PCs inside functions, and PCs
// inside inlined calls, plus a few outside any function.

import type { GoBinary } from "../../src/binary/gobinary.js";

/** mulberry32: a small deterministic PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Sample {
  pcs: number[];
  entries: number;
  middles: number;
  inlined: number;
}

export function samplePCs(bin: GoBinary, want = 1200, seed = 1): Sample {
  const tab = bin.pclntab;
  const next = rng(seed);
  const pcs: number[] = [];
  let entries = 0;
  let middles = 0;
  let inlined = 0;
  const step = Math.max(1, Math.floor(tab.nfunc / Math.ceil(want / 3)));
  for (let i = 0; i < tab.nfunc; i += step) {
    const f = tab.func(i);
    pcs.push(f.entry);
    entries++;
    if (f.end > f.entry + 1) {
      pcs.push(f.entry + 1 + Math.floor(next() * (f.end - f.entry - 1)));
      middles++;
    }
  }
  // Inlined code: the start of every range whose inline index is >= 0, in functions that have some.
  const quota = Math.ceil(want / 3);
  for (let i = 0; i < tab.nfunc && inlined < quota; i++) {
    const f = tab.func((i * 7919) % tab.nfunc);
    const inl = tab.inlineTable(f);
    let start = 0;
    for (let k = 0; k < inl.ends.length && inlined < quota; k++) {
      if (inl.values[k]! >= 0 && start < f.end - f.entry) {
        pcs.push(f.entry + start);
        inlined++;
      }
      start = inl.ends[k]!;
    }
  }
  while (pcs.length < want) {
    const f = tab.func(Math.floor(next() * tab.nfunc));
    pcs.push(f.entry + Math.floor(next() * Math.max(1, f.end - f.entry)));
    middles++;
  }
  // Outside the table.
  pcs.push(0, tab.minPC - 1, tab.maxPC, tab.maxPC - 1);
  return { pcs, entries, middles, inlined };
}

export function hexLines(pcs: number[]): string {
  return pcs.map((pc) => `0x${pc.toString(16)}\n`).join("");
}
