// Every goroutine's state through the trace: what it waits on and since when, the stack it
// blocked with, and for the goroutines asked about (the one that crashed) a timeline of
// what it did — ran, blocked on what, woken by whom — in its last moments.

import { GO_STATES, stateTransition, type TraceEvent } from "./event.js";
import type { Frame } from "./tables.js";

const WAITING = 4;
const NOT_EXIST = 1;
/** Timeline entries kept per followed goroutine: the most recent ones. */
const TIMELINE_LIMIT = 400;

export interface GoroutineNow {
  id: number;
  state: number;
  reason: string;
  since: number;
  stack: Frame[];
  createdBy: Frame[];
  creator: number;
}

export interface TimelineEntry {
  time: number;
  from: string;
  to: string;
  reason: string;
  /** The goroutine whose action caused it (the waker of an unblock, the creator). */
  by: number;
  proc: number;
  stack: Frame[];
}

export class GoroutineFold {
  private readonly now = new Map<number, GoroutineNow>();
  readonly timelines = new Map<number, TimelineEntry[]>();

  constructor(follow: readonly number[] = []) {
    for (const id of follow) this.timelines.set(id, []);
  }

  add(e: TraceEvent): void {
    if (e.kind !== "StateTransition") return;
    const s = stateTransition(e);
    if (s.resource !== "goroutine") return;
    let g = this.now.get(s.id);
    if (g === undefined) {
      g = {
        id: s.id,
        state: s.to,
        reason: "",
        since: e.time,
        stack: [],
        createdBy: [],
        creator: -1,
      };
      this.now.set(s.id, g);
    }
    const stack = s.stackID !== 0 ? e.table.frames(s.stackID) : undefined;
    if (s.from === NOT_EXIST) {
      g.createdBy = e.table.frames(e.stackID());
      g.creator = e.g;
      if (stack !== undefined) g.stack = stack;
    }
    if (s.to !== g.state || s.from === s.to) {
      if (s.to !== s.from) g.since = e.time;
      g.state = s.to;
    }
    if (s.to === WAITING) {
      if (s.from !== WAITING && s.from !== 0) g.reason = s.reason;
      // Status events at a generation's start repeat the stack of long-blocked goroutines.
      if (stack !== undefined && (s.from !== WAITING || g.stack.length === 0)) g.stack = stack;
    } else if (stack !== undefined) {
      g.stack = stack;
    }
    if (s.to === NOT_EXIST) this.now.delete(s.id);
    const line = this.timelines.get(s.id);
    if (line !== undefined && s.from !== s.to) {
      line.push({
        time: e.time,
        from: GO_STATES[s.from] ?? "Bad",
        to: GO_STATES[s.to] ?? "Bad",
        reason: s.reason,
        by: e.g === s.id ? -1 : e.g,
        proc: e.p,
        stack: stack ?? [],
      });
      if (line.length > TIMELINE_LIMIT * 2) line.splice(0, line.length - TIMELINE_LIMIT);
    }
  }

  /** Goroutines waiting when the trace ends. */
  blockedAtEnd(): GoroutineNow[] {
    return [...this.now.values()].filter((g) => g.state === WAITING).sort((a, b) => a.id - b.id);
  }

  get(id: number): GoroutineNow | undefined {
    return this.now.get(id);
  }

  stateCounts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const g of this.now.values()) {
      const name = GO_STATES[g.state] ?? "Bad";
      out[name] = (out[name] ?? 0) + 1;
    }
    return out;
  }
}
