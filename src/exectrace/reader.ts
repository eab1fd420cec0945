// The Go 1.22+ trace as Go's own reader yields it (Go 1.26 src/internal/trace/reader.go):
// generation by generation, a Sync event first, then events in the order the ordering
// allows, CPU samples merged by time, times forced to increase; a final Sync at the end.
// Only the current generation is held in memory.

import { BatchCursor, heapInsert, heapRemove, heapUpdate } from "./cursor.js";
import { TraceEvent } from "./event.js";
import {
  type CpuSample,
  type Generation,
  GenerationReader,
  type TraceError,
} from "./generation.js";
import { Ordering } from "./order.js";
import type { ByteSource } from "./source.js";
import { Ev } from "./spec.js";
import { EvTable } from "./tables.js";

export type SyncModel = "generation-start" | "generation-end";

export class TraceReader {
  readonly order = new Ordering();
  private readonly gens: GenerationReader;
  private gen: Generation | undefined;
  private frontier: BatchCursor[] = [];
  private samples: CpuSample[] = [];
  private sampleAt = 0;
  private syncs = 0;
  private lastTs = 0;
  private done = false;
  private pendingError: TraceError | undefined;
  /** Set once reading stopped on bad input. */
  error: TraceError | undefined;
  /** Generations read so far and their bytes. */
  generations = 0;
  bytesRead = 0;
  onGeneration: ((g: Generation) => void) | undefined;

  private endSyncDone = true;

  /**
   * syncAt: where Sync events go. Go 1.25+ readers (internal/trace/reader.go) emit one at the
   * start of every generation and one at the end of the trace; Go 1.22-1.24 readers one at
   * the end of every generation. The events are otherwise the same.
   */
  constructor(
    src: ByteSource,
    version: number,
    readonly syncAt: SyncModel = "generation-start",
  ) {
    this.gens = new GenerationReader(src, version);
  }

  /** The next event, or undefined at the end or on an error (see error). */
  next(): TraceEvent | undefined {
    const e = this.read();
    if (e === undefined) return undefined;
    if (this.error === undefined) {
      const bad = badTableID(e);
      if (bad !== undefined) {
        this.fail({ message: bad, offset: -1, truncated: false });
        return undefined;
      }
    }
    if (e.time <= this.lastTs) e.time = this.lastTs + 1;
    this.lastTs = e.time;
    return e;
  }

  /** The input was cut short, even if the error surfaced later (in the partial generation). */
  truncated(): boolean {
    return this.error?.truncated === true || this.gens.cutShort || this.gens.atEnd;
  }

  private fail(err: TraceError): void {
    this.error = err;
    this.done = true;
  }

  private read(): TraceEvent | undefined {
    if (this.done) return undefined;
    const queued = this.order.next();
    if (queued !== undefined) return queued;
    if (this.frontier.length === 0 && this.sampleAt >= this.samples.length) {
      const endModel = this.syncAt === "generation-end";
      if (endModel && this.gen !== undefined && !this.endSyncDone) {
        this.endSyncDone = true;
        return this.sync(this.gen.table, this.lastTs);
      }
      if (this.pendingError !== undefined) {
        this.fail(this.pendingError);
        return undefined;
      }
      if (this.gen !== undefined && this.gens.exhausted()) return this.finish();
      const r = this.gens.next();
      if ("done" in r) return this.finish();
      if ("error" in r) {
        this.gen = undefined;
        if (endModel) {
          this.fail(r.error);
          return undefined;
        }
        // Go 1.25+ emits a Sync for what was read, then reports the error.
        this.pendingError = r.error;
        return this.sync(undefined, this.lastTs);
      }
      const bad = this.install(r.gen);
      if (bad !== undefined) return this.broken(bad);
      if (endModel) {
        this.endSyncDone = false;
        return this.read();
      }
      return this.sync(r.gen.table, Math.trunc(r.gen.minTs * r.gen.table.freq));
    }
    const gen = this.gen as Generation;
    if (this.sampleAt < this.samples.length) {
      const s = this.samples[this.sampleAt] as CpuSample;
      if (this.frontier.length === 0 || s.time < (this.frontier[0] as BatchCursor).ev.time) {
        this.sampleAt++;
        return new TraceEvent(Ev.CPUSample, s.time, s.m, s.p, s.g, [s.stack, 0, 0, 0], gen.table);
      }
    }
    const first = this.tryAdvance(0);
    if (typeof first === "string") return this.broken(first);
    if (!first) {
      this.frontier.sort((a, b) => a.ev.time - b.ev.time);
      let success = false;
      for (let i = 1; i < this.frontier.length; i++) {
        const r = this.tryAdvance(i);
        if (typeof r === "string") return this.broken(r);
        if (r) {
          success = true;
          break;
        }
      }
      if (!success)
        return this.broken(`broken trace: failed to advance: frontier (gen=${gen.gen})`);
    }
    return this.order.next();
  }

  private tryAdvance(i: number): boolean | string {
    const bc = this.frontier[i] as BatchCursor;
    const gen = this.gen as Generation;
    const ok = this.order.advance(bc.ev, gen.table, bc.m, gen.gen);
    if (ok !== true) return ok;
    const more = bc.next(gen.table.freq);
    if (typeof more === "string") return more;
    if (more) heapUpdate(this.frontier, i);
    else heapRemove(this.frontier, i);
    return true;
  }

  private broken(message: string): undefined {
    this.fail({ message, offset: -1, truncated: false });
    return undefined;
  }

  private install(g: Generation): string | undefined {
    this.gen = g;
    this.generations++;
    this.bytesRead += g.bytes;
    this.samples = g.cpuSamples;
    this.sampleAt = 0;
    this.frontier = [];
    for (const m of g.batchMs) {
      const bc = new BatchCursor(m, g.batches.get(m) ?? []);
      const ok = bc.next(g.table.freq);
      if (typeof ok === "string") return ok;
      if (ok) heapInsert(this.frontier, bc);
    }
    this.onGeneration?.(g);
    return undefined;
  }

  /** The end: Go 1.25+ readers emit a last Sync, Go 1.22-1.24 readers just stop. */
  private finish(): TraceEvent | undefined {
    this.done = true;
    this.gen = undefined;
    return this.syncAt === "generation-end" ? undefined : this.sync(undefined, this.lastTs);
  }

  private sync(table: EvTable | undefined, time: number): TraceEvent {
    this.syncs++;
    const t = table ?? (this.gen?.table as EvTable);
    return new TraceEvent(
      Ev.SyncEvent,
      time,
      -1,
      -1,
      -1,
      [this.syncs, 0, 0, 0],
      t ?? new EvTable(),
    );
  }
}

/** event.go validateTableIDs: stack and string ids must exist in the generation's tables. */
function badTableID(e: TraceEvent): string | undefined {
  if (e.typ === Ev.SyncEvent || e.typ === Ev.CPUSample) return undefined;
  const t = e.table;
  const a = e.args;
  const own = e.stackID();
  if (own !== 0 && !t.stacks.has(own))
    return `found invalid stack ID ${own} for event type ${e.typ}`;
  if (e.typ === Ev.GoCreate || e.typ === Ev.GoCreateBlocked) {
    const started = a[1] as number;
    if (started !== 0 && !t.stacks.has(started))
      return `found invalid stack ID ${started} for event type ${e.typ}`;
  }
  const strings = STRING_ARGS[e.typ];
  if (strings === undefined) return undefined;
  for (const i of strings) {
    if (t.string(a[i] as number) === undefined)
      return `found invalid string ID ${a[i]} for event type ${e.typ}`;
  }
  return undefined;
}

/** tracev2 StringIDs, as indexes after dt. */
const STRING_ARGS: Array<number[] | undefined> = [];
STRING_ARGS[Ev.GoStop] = [0];
STRING_ARGS[Ev.GoBlock] = [0];
STRING_ARGS[Ev.STWBegin] = [0];
STRING_ARGS[Ev.GoLabel] = [0];
STRING_ARGS[Ev.UserTaskBegin] = [2];
STRING_ARGS[Ev.UserRegionBegin] = [1];
STRING_ARGS[Ev.UserRegionEnd] = [1];
STRING_ARGS[Ev.UserLog] = [1, 2];
