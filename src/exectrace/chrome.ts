// Chrome trace-event JSON (the format Perfetto and chrome://tracing open): one track per P
// with a slice for every goroutine's stint on it (named by goroutine and its function),
// GC and stop-the-world slices, and counters for the heap and runnable goroutines.
// Written as it is read, so a large trace never sits in memory as JSON.

import { closeSync, openSync, writeSync } from "node:fs";
import { readTrace } from "./analyze.js";
import { metricOf, rangeOf, stateTransition, type TraceEvent } from "./event.js";

const PID = 1;
const GLOBAL_TID = 1_000_000;

class ChromeFold {
  private readonly running = new Map<number, { g: number; since: number; name: string }>();
  private readonly names = new Map<number, string>();
  private readonly seenProcs = new Set<number>();
  private readonly open = new Map<string, number>();
  private first = true;
  private runnable = 0;
  private origin = -1;

  constructor(private readonly fd: number) {
    this.raw('{"displayTimeUnit":"ns","traceEvents":[\n');
    this.emit({ ph: "M", name: "process_name", pid: PID, args: { name: "Go execution trace" } });
    this.emit({
      ph: "M",
      name: "thread_name",
      pid: PID,
      tid: GLOBAL_TID,
      args: { name: "GC / STW" },
    });
  }

  private raw(s: string): void {
    writeSync(this.fd, s);
  }

  private emit(o: Record<string, unknown>): void {
    this.raw(`${this.first ? "" : ",\n"}${JSON.stringify(o)}`);
    this.first = false;
  }

  private us(t: number): number {
    return (t - this.origin) / 1000;
  }

  add(e: TraceEvent): void {
    if (this.origin < 0) this.origin = e.time;
    if (e.kind === "StateTransition") this.transition(e);
    else if (e.kind === "RangeBegin" || e.kind === "RangeEnd") this.range(e);
    else if (e.kind === "Metric") {
      const m = metricOf(e);
      if (m.name !== "/sched/gomaxprocs:threads") {
        this.emit({
          ph: "C",
          name: m.name,
          pid: PID,
          ts: this.us(e.time),
          args: { bytes: m.value },
        });
      }
    }
  }

  private transition(e: TraceEvent): void {
    const s = stateTransition(e);
    if (s.resource !== "goroutine") return;
    if (s.from === 1 && s.stackID !== 0) {
      const f = e.table.frames(s.stackID)[0];
      if (f !== undefined) this.names.set(s.id, f.func);
    }
    const before = this.runnable;
    if (s.to === 2 && s.from !== 2) this.runnable++;
    if (s.from === 2 && s.to !== 2) this.runnable--;
    if (before !== this.runnable) {
      this.emit({
        ph: "C",
        name: "runnable goroutines",
        pid: PID,
        ts: this.us(e.time),
        args: { n: this.runnable },
      });
    }
    if (s.to === 3 && e.p >= 0) {
      this.stop(e.p, e.time);
      this.proc(e.p);
      this.running.set(e.p, {
        g: s.id,
        since: e.time,
        name: `G${s.id} ${this.names.get(s.id) ?? ""}`.trim(),
      });
    } else if (s.from === 3 && e.p >= 0) {
      const r = s.reason !== "" ? ` (${s.reason})` : "";
      this.stop(
        e.p,
        e.time,
        s.to === 5 ? "syscall" : `${["", "exit", "runnable", "", "blocked", ""][s.to]}${r}`,
      );
    }
  }

  private proc(p: number): void {
    if (this.seenProcs.has(p)) return;
    this.seenProcs.add(p);
    this.emit({ ph: "M", name: "thread_name", pid: PID, tid: p, args: { name: `P${p}` } });
  }

  private stop(p: number, t: number, then = ""): void {
    const r = this.running.get(p);
    if (r === undefined) return;
    this.running.delete(p);
    this.emit({
      ph: "X",
      name: r.name,
      cat: "goroutine",
      pid: PID,
      tid: p,
      ts: this.us(r.since),
      dur: (t - r.since) / 1000,
      args: { goroutine: r.g, ...(then !== "" ? { then } : {}) },
    });
  }

  private range(e: TraceEvent): void {
    const r = rangeOf(e);
    if (r.name === "GC mark assist" || r.name === "GC incremental sweep") return;
    if (e.kind === "RangeBegin") this.open.set(r.name, e.time);
    else {
      const since = this.open.get(r.name);
      if (since === undefined) return;
      this.open.delete(r.name);
      this.emit({
        ph: "X",
        name: r.name,
        cat: "gc",
        pid: PID,
        tid: GLOBAL_TID,
        ts: this.us(since),
        dur: (e.time - since) / 1000,
      });
    }
  }

  finish(end: number): void {
    for (const p of [...this.running.keys()]) this.stop(p, end);
    this.raw("\n]}\n");
  }
}

/** Writes path; returns the read's warnings (or throws on an unreadable trace). */
export function writeChromeTrace(trace: string, path: string): string[] {
  const fd = openSync(path, "w");
  try {
    const fold = new ChromeFold(fd);
    const r = readTrace(trace, { folds: [fold] });
    if ("error" in r) throw new Error(r.error);
    fold.finish(r.counts.end);
    return r.warnings;
  } finally {
    closeSync(fd);
  }
}
