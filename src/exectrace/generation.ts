// Reads the trace one generation at a time (Go 1.26 src/internal/trace/generation.go):
// Go 1.26+ ends each generation with an EndOfGeneration byte; older formats end one when a
// batch of the next generation appears, which is kept ("spilled") for the next call.

import { type Batch, readBatch } from "./batch.js";
import { type ByteSource, readUvarint, uvarintEnd } from "./source.js";
import { Ev } from "./spec.js";
import { EvTable } from "./tables.js";

export interface CpuSample {
  m: number;
  p: number;
  g: number;
  /** Nanoseconds once the generation is read (ticks before). */
  time: number;
  stack: number;
}

export interface Generation {
  gen: number;
  /** Event batches by M, in file order, and the Ms in order of first appearance. */
  batches: Map<number, Batch[]>;
  batchMs: number[];
  cpuSamples: CpuSample[];
  minTs: number;
  table: EvTable;
  /** Bytes of the file this generation spans. */
  bytes: number;
}

export interface TraceError {
  message: string;
  offset: number;
  /** The input ended early: everything before is usable. */
  truncated: boolean;
}

export type GenerationResult = { gen: Generation } | { done: true } | { error: TraceError };

export class GenerationReader {
  private spill: Batch | undefined;
  private pendingError: TraceError | undefined;
  /** A batch was cut by the end of the input. */
  cutShort = false;
  /** The input ended while reading the current generation (Go 1.22-1.25). */
  atEnd = false;

  constructor(
    private readonly src: ByteSource,
    readonly version: number,
  ) {}

  next(): GenerationResult {
    return this.version >= 26 ? this.readDelimited() : this.readWithSpill();
  }

  private newGeneration(): Generation {
    return {
      gen: 0,
      batches: new Map(),
      batchMs: [],
      cpuSamples: [],
      minTs: 0,
      table: new EvTable(),
      bytes: 0,
    };
  }

  /** readGeneration: Go 1.26+. EOF with batches pending is a truncated trace. */
  private readDelimited(): GenerationResult {
    const g = this.newGeneration();
    const start = this.src.offset();
    let sawBatch = false;
    for (;;) {
      const r = readBatch(this.src);
      if ("eof" in r) {
        if (sawBatch) {
          this.cutShort = true;
          return {
            error: {
              message: "incomplete generation found; trace likely truncated",
              offset: this.src.offset(),
              truncated: true,
            },
          };
        }
        return { done: true };
      }
      if ("error" in r) {
        if (r.truncated) this.cutShort = true;
        return { error: { message: r.error, offset: r.offset, truncated: r.truncated } };
      }
      const b = r.batch;
      if (b.endOfGeneration) break;
      sawBatch = true;
      if (g.gen === 0) g.gen = b.gen;
      if (b.gen === 0) return { error: this.err(`invalid generation number ${b.gen}`, b) };
      if (b.gen !== g.gen) {
        return {
          error: this.err(
            "broken trace: missing end-of-generation event, or generations are interleaved",
            b,
          ),
        };
      }
      if (g.minTs === 0 || b.time < g.minTs) g.minTs = b.time;
      const e = processBatch(g, b, this.version);
      if (e !== undefined) return { error: this.err(e, b) };
    }
    return this.finish(g, start);
  }

  /** readGenerationWithSpill: Go 1.22-1.25. */
  private readWithSpill(): GenerationResult {
    if (this.pendingError !== undefined) {
      const error = this.pendingError;
      this.pendingError = undefined;
      return { error };
    }
    const g = this.newGeneration();
    const start = this.spill?.offset ?? this.src.offset();
    if (this.spill !== undefined) {
      const b = this.spill;
      this.spill = undefined;
      g.gen = b.gen;
      g.minTs = b.time;
      const e = processBatch(g, b, this.version);
      if (e !== undefined) return { error: this.err(e, b) };
    }
    for (;;) {
      const r = readBatch(this.src);
      if ("eof" in r) {
        // Before Go 1.26 nothing marks a generation's end: a cut between two batches shows
        // only as a last generation that is incomplete (its tables come last).
        this.atEnd = true;
        break;
      }
      if ("error" in r) {
        const error = { message: r.error, offset: r.offset, truncated: r.truncated };
        if (r.truncated) this.cutShort = true;
        // Like Go, a generation cut short is still read; the error comes after it.
        if (g.gen !== 0) {
          this.pendingError = error;
          break;
        }
        return { error };
      }
      const b = r.batch;
      if (b.endOfGeneration) return { error: this.err("unexpected end-of-generation event", b) };
      if (b.gen === 0) return { error: this.err(`invalid generation number ${b.gen}`, b) };
      if (g.gen === 0) g.gen = b.gen;
      if (b.gen === g.gen + 1) {
        this.spill = b;
        break;
      }
      if (b.gen !== g.gen) return { error: this.err("generations out of order", b) };
      if (g.minTs === 0 || b.time < g.minTs) g.minTs = b.time;
      const e = processBatch(g, b, this.version);
      if (e !== undefined) return { error: this.err(e, b) };
    }
    if (g.gen === 0) return { done: true };
    return this.finish(g, start);
  }

  /** True when the previous generation was the last one (nothing spilled, nothing pending). */
  exhausted(): boolean {
    return this.version < 26 && this.spill === undefined && this.pendingError === undefined;
  }

  private finish(g: Generation, start: number): GenerationResult {
    const at = { offset: start, truncated: false };
    if (g.table.freq === 0) return { error: { message: "no frequency event found", ...at } };
    if (this.version >= 25 && !g.table.hasClockSnapshot) {
      return { error: { message: "no clock snapshot event found", ...at } };
    }
    const bad = g.table.validate();
    if (bad !== undefined) return { error: { message: bad, ...at } };
    for (const s of g.cpuSamples) s.time = Math.trunc(s.time * g.table.freq);
    g.cpuSamples.sort((a, b) => a.time - b.time);
    g.bytes = this.src.offset() - start;
    return { gen: g };
  }

  private err(message: string, b: Batch): TraceError {
    return { message, offset: b.offset, truncated: false };
  }
}

function processBatch(g: Generation, b: Batch, version: number): string | undefined {
  const first = b.data.length > 0 && b.exp === 0 ? (b.data[0] as number) : -1;
  if (first === Ev.Strings) return g.table.addStrings(b);
  if (first === Ev.Stacks) return g.table.addStacks(b);
  if (first === Ev.CPUSamples) return addCPUSamples(g, b);
  if ((first === Ev.Frequency && version < 25) || (first === Ev.Sync && version >= 25)) {
    return setSync(g.table, b, version);
  }
  if (b.exp !== 0) {
    const list = g.table.expBatches.get(b.exp) ?? [];
    list.push({ thread: b.m, data: b.data });
    g.table.expBatches.set(b.exp, list);
    return undefined;
  }
  let list = g.batches.get(b.m);
  if (list === undefined) {
    list = [];
    g.batches.set(b.m, list);
    g.batchMs.push(b.m);
  }
  list.push(b);
  return undefined;
}

function addCPUSamples(g: Generation, b: Batch): string | undefined {
  const d = b.data;
  let p = 1;
  while (p < d.length) {
    if (d[p] !== Ev.CPUSample) return `expected CPU sample event, got ${d[p]}`;
    p++;
    const v: number[] = [];
    for (let i = 0; i < 5; i++) {
      v.push(readUvarint(d, p, d.length));
      if (uvarintEnd < 0) return "bad CPU sample";
      p = uvarintEnd;
    }
    const [time, m, proc, goid, stack] = v as [number, number, number, number, number];
    g.cpuSamples.push({
      time,
      m: m >= 2 ** 63 ? -1 : m,
      p: proc >= 2 ** 63 ? -1 : proc,
      g: goid === 0 || goid >= 2 ** 63 ? -1 : goid,
      stack,
    });
  }
  return undefined;
}

/** setSyncBatch: the frequency, and from Go 1.25 the clock snapshot. */
function setSync(t: EvTable, b: Batch, version: number): string | undefined {
  const d = b.data;
  let p = version >= 25 ? 1 : 0;
  let lastTs = b.time;
  while (p < d.length) {
    const ev = d[p++];
    if (ev === Ev.Frequency) {
      if (t.freq !== 0) return "found multiple frequency events";
      const f = readUvarint(d, p, d.length);
      if (uvarintEnd < 0) return "bad frequency";
      p = uvarintEnd;
      t.freq = 1.0 / (f / 1e9);
    } else if (ev === Ev.ClockSnapshot && version >= 25) {
      if (t.hasClockSnapshot) return "found multiple clock snapshot events";
      t.hasClockSnapshot = true;
      const v: number[] = [];
      for (let i = 0; i < 4; i++) {
        v.push(readUvarint(d, p, d.length));
        if (uvarintEnd < 0) return "bad clock snapshot";
        p = uvarintEnd;
      }
      lastTs += v[0] as number;
      t.snapTime = lastTs;
      t.snapMono = v[1] as number;
      t.snapWallSec = v[2] as number;
      t.snapWallNsec = v[3] as number;
    } else {
      return `expected frequency or clock snapshot event, got ${ev}`;
    }
  }
  return undefined;
}
