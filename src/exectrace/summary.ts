// The counts of `panicscope trace --json` that must equal what `go tool trace -d=parsed`
// prints: events, events by kind, distinct goroutines/procs/threads, state transitions by
// From->To pair, goroutine transitions by reason, the time span.

import { GO_STATES, stateTransition, type TraceEvent, transitionName } from "./event.js";

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

export class CountFold {
  private events = 0;
  private readonly byKind = new Map<string, number>();
  private readonly gs = new Set<number>();
  private readonly ps = new Set<number>();
  private readonly ms = new Set<number>();
  private readonly goTr = new Map<string, number>();
  private readonly procTr = new Map<string, number>();
  private readonly reasons = new Map<string, number>();
  private start = -1;
  private end = -1;

  add(e: TraceEvent): void {
    this.events++;
    const kind = e.kind;
    this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + 1);
    if (e.g >= 0) this.gs.add(e.g);
    if (e.p >= 0) this.ps.add(e.p);
    if (e.m >= 0) this.ms.add(e.m);
    if (this.start < 0) this.start = e.time;
    this.end = e.time;
    if (kind !== "StateTransition") return;
    const t = stateTransition(e);
    const name = transitionName(t);
    if (t.resource === "goroutine") {
      if (t.id >= 0) this.gs.add(t.id);
      this.goTr.set(name, (this.goTr.get(name) ?? 0) + 1);
      this.reasons.set(t.reason, (this.reasons.get(t.reason) ?? 0) + 1);
    } else {
      if (t.id >= 0) this.ps.add(t.id);
      this.procTr.set(name, (this.procTr.get(name) ?? 0) + 1);
    }
  }

  result(): TraceCounts {
    return {
      events: this.events,
      eventsByKind: sorted(this.byKind),
      goroutines: this.gs.size,
      procs: this.ps.size,
      threads: this.ms.size,
      start: Math.max(0, this.start),
      end: Math.max(0, this.end),
      durationNs: Math.max(0, this.end - this.start),
      transitions: { goroutine: sorted(this.goTr), proc: sorted(this.procTr) },
      reasons: sorted(this.reasons),
    };
  }
}

function sorted(m: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export { GO_STATES };
