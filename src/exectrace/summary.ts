// The counts of `panicscope trace --json` that must equal what `go tool trace -d=parsed`
// prints: events, events by kind, distinct goroutines/procs/threads, state transitions by
// From->To pair, goroutine transitions by reason, the time span.

import { stateTransition, type TraceEvent, transitionName } from "./event.js";
import type { EventKind } from "./spec.js";

export interface TraceCounts {
  events: number;
  eventsByKind: Record<string, number>;
  goroutines: number;
  procs: number;
  threads: number;
  /** First and last event time, ns on the trace clock. */
  start: number;
  end: number;
  durationNs: number;
  transitions: { goroutine: Record<string, number>; proc: Record<string, number> };
  reasons: Record<string, number>;
}

const KINDS: EventKind[] = [
  "Sync",
  "Metric",
  "Label",
  "StackSample",
  "RangeBegin",
  "RangeActive",
  "RangeEnd",
  "TaskBegin",
  "TaskEnd",
  "RegionBegin",
  "RegionEnd",
  "Log",
  "StateTransition",
  "Experimental",
];
const KIND_INDEX = new Map(KINDS.map((k, i) => [k, i]));

export class CountFold {
  private events = 0;
  private readonly byKind = new Array<number>(KINDS.length).fill(0);
  private readonly gs = new Set<number>();
  private readonly ps = new Set<number>();
  private readonly ms = new Set<number>();
  /** Counts by from*8+to. */
  private readonly goTr = new Array<number>(64).fill(0);
  private readonly procTr = new Array<number>(64).fill(0);
  private readonly reasons = new Map<string, number>();
  private start = -1;
  private end = -1;

  add(e: TraceEvent): void {
    this.events++;
    const kind = e.kind;
    this.byKind[KIND_INDEX.get(kind) as number]++;
    if (e.g >= 0) this.gs.add(e.g);
    if (e.p >= 0) this.ps.add(e.p);
    if (e.m >= 0) this.ms.add(e.m);
    if (this.start < 0) this.start = e.time;
    this.end = e.time;
    if (kind !== "StateTransition") return;
    const t = stateTransition(e);
    const key = t.from * 8 + t.to;
    if (t.resource === "goroutine") {
      if (t.id >= 0) this.gs.add(t.id);
      this.goTr[key] = (this.goTr[key] as number) + 1;
      this.reasons.set(t.reason, (this.reasons.get(t.reason) ?? 0) + 1);
    } else {
      if (t.id >= 0) this.ps.add(t.id);
      this.procTr[key] = (this.procTr[key] as number) + 1;
    }
  }

  result(): TraceCounts {
    const kinds = new Map<string, number>();
    KINDS.forEach((k, i) => {
      if ((this.byKind[i] as number) > 0) kinds.set(k, this.byKind[i] as number);
    });
    return {
      events: this.events,
      eventsByKind: sorted(kinds),
      goroutines: this.gs.size,
      procs: this.ps.size,
      threads: this.ms.size,
      start: Math.max(0, this.start),
      end: Math.max(0, this.end),
      durationNs: Math.max(0, this.end - this.start),
      transitions: { goroutine: pairs(this.goTr, "goroutine"), proc: pairs(this.procTr, "proc") },
      reasons: sorted(this.reasons),
    };
  }
}

function pairs(counts: number[], resource: "goroutine" | "proc"): Record<string, number> {
  const m = new Map<string, number>();
  counts.forEach((n, key) => {
    if (n > 0)
      m.set(
        transitionName({ resource, id: 0, from: key >> 3, to: key & 7, reason: "", stackID: 0 }),
        n,
      );
  });
  return sorted(m);
}

function sorted(m: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
