// The scheduling heat map: for every P and time window, the share of time spent running
// user code, in the GC (background mark workers, mark assists), in syscalls, and idle; per
// window the goroutines runnable, created and blocked (by reason), the GC and stop-the-world
// time, and the heap against its goal. One pass; memory bounded by bins (see bins.ts).

import { Bins, type Series, type WindowPlan, windowed } from "./bins.js";
import { labelOf, metricOf, rangeOf, stateTransition, type TraceEvent } from "./event.js";

/** What a P spends a moment on. "idle" covers a P held by an M between goroutines. */
export const ACTIVITIES = ["user", "gcMark", "gcAssist", "syscall", "idle"] as const;
export type Activity = (typeof ACTIVITIES)[number];

interface ProcNow {
  activity: Activity;
  since: number;
  g: number;
  series: Record<Activity, Series>;
}

// Go state indexes (event.ts GO_STATES).
const RUNNABLE = 2;
const RUNNING = 3;
const WAITING = 4;
const SYSCALL = 5;
const NOT_EXIST = 1;

export interface HeatMapOptions {
  /** Window width in ns; default: the span split in ~200 windows. */
  windowNs?: number;
  /** Only the last ns of the trace. */
  lastNs?: number;
  windows?: number;
}

export interface HeatMap {
  windowNs: number;
  start: number;
  end: number;
  windows: number;
  procs: Array<{ id: number } & Record<Activity, number[]>>;
  runnableAvg: number[];
  runnableMax: number[];
  created: number[];
  blocked: Record<string, number[]>;
  /** Share of each window with a GC mark phase / a stop-the-world in progress. */
  gc: number[];
  stw: number[];
  heapInUse: number[];
  heapGoal: number[];
  /** GC and stop-the-world periods, ns. */
  periods: Array<{ name: string; start: number; end: number }>;
}

export class HeatFold {
  private readonly bins = new Bins();
  private readonly procs = new Map<number, ProcNow>();
  private readonly gcLabel = new Set<number>();
  private readonly assisting = new Set<number>();
  private readonly goState = new Map<number, number>();
  private runnable = 0;
  private runnableSince = -1;
  private readonly runnableSum = this.bins.series("sum");
  private readonly runnableMax = this.bins.series("max");
  private readonly created = this.bins.series("sum");
  private readonly blocked = new Map<string, Series>();
  private readonly gcTime = this.bins.series("sum");
  private readonly stwTime = this.bins.series("sum");
  private readonly heap = this.bins.series("last");
  private readonly goal = this.bins.series("last");
  private gcSince = -1;
  private readonly stwSince = new Map<string, number>();
  readonly periods: Array<{ name: string; start: number; end: number }> = [];
  private first = -1;
  private last = 0;

  add(e: TraceEvent): void {
    const t = e.time;
    if (this.first < 0) this.first = t;
    this.last = t;
    this.bins.index(t);
    switch (e.kind) {
      case "StateTransition":
        this.transition(e);
        break;
      case "Label":
        if (labelOf(e).startsWith("GC (")) {
          this.gcLabel.add(e.g);
          this.refresh(e.p, t);
        }
        break;
      case "RangeBegin":
      case "RangeActive":
      case "RangeEnd":
        this.range(e);
        break;
      case "Metric": {
        const m = metricOf(e);
        if (m.name === "/memory/classes/heap/objects:bytes") this.bins.add(this.heap, t, m.value);
        else if (m.name === "/gc/heap/goal:bytes") this.bins.add(this.goal, t, m.value);
        break;
      }
    }
  }

  private proc(p: number, t: number): ProcNow {
    let now = this.procs.get(p);
    if (now === undefined) {
      const series = {} as Record<Activity, Series>;
      for (const a of ACTIVITIES) series[a] = this.bins.series("sum");
      now = { activity: "idle", since: t, g: -1, series };
      this.procs.set(p, now);
    }
    return now;
  }

  /** Closes the P's current stretch at t and starts a new one. */
  private set(p: number, t: number, activity: Activity, g: number): void {
    if (p < 0) return;
    const now = this.proc(p, t);
    this.bins.addSpan(now.series[now.activity], now.since, t);
    now.activity = activity;
    now.since = t;
    now.g = g;
  }

  private runningActivity(g: number): Activity {
    if (this.assisting.has(g)) return "gcAssist";
    if (this.gcLabel.has(g)) return "gcMark";
    return "user";
  }

  /** Re-classifies a P after its goroutine changed what it does (label, assist). */
  private refresh(p: number, t: number): void {
    const now = p >= 0 ? this.procs.get(p) : undefined;
    if (now === undefined || now.g < 0 || now.activity === "syscall") return;
    this.set(p, t, this.runningActivity(now.g), now.g);
  }

  private setRunnable(t: number, delta: number): void {
    if (this.runnableSince >= 0)
      this.bins.addSpan(this.runnableSum, this.runnableSince, t, this.runnable);
    this.runnable += delta;
    this.runnableSince = t;
    this.bins.add(this.runnableMax, t, this.runnable);
  }

  private transition(e: TraceEvent): void {
    const s = stateTransition(e);
    const t = e.time;
    if (s.resource === "proc") {
      // Running (2) or Idle (3): a P that starts has no goroutine yet.
      if (s.to === 3) this.set(s.id, t, "idle", -1);
      else if (s.to === 2 && s.from !== 2) this.set(s.id, t, "idle", -1);
      return;
    }
    const g = s.id;
    this.goState.set(g, s.to);
    if (s.from === RUNNABLE && s.to !== RUNNABLE) this.setRunnable(t, -1);
    if (s.to === RUNNABLE && s.from !== RUNNABLE) this.setRunnable(t, +1);
    if (s.from === NOT_EXIST) this.bins.add(this.created, t, 1);
    if (s.to === NOT_EXIST) this.goState.delete(g);
    if (s.to === WAITING && s.from === RUNNING) {
      const reason = s.reason === "" ? "unknown" : s.reason;
      let series = this.blocked.get(reason);
      if (series === undefined) {
        series = this.bins.series("sum");
        this.blocked.set(reason, series);
      }
      this.bins.add(series, t, 1);
    }
    if (s.to === RUNNING) {
      this.set(e.p, t, this.runningActivity(g), g);
    } else if (s.to === SYSCALL && s.from === RUNNING) {
      this.set(e.p, t, "syscall", g);
    } else if (s.from === RUNNING || (s.from === SYSCALL && e.p >= 0)) {
      this.gcLabel.delete(g);
      const now = e.p >= 0 ? this.procs.get(e.p) : undefined;
      if (now !== undefined && now.g === g) this.set(e.p, t, "idle", -1);
    }
  }

  private range(e: TraceEvent): void {
    const r = rangeOf(e);
    const t = e.time;
    const begin = e.kind !== "RangeEnd";
    if (r.name === "GC mark assist") {
      if (begin) this.assisting.add(r.scopeID);
      else this.assisting.delete(r.scopeID);
      for (const [p, now] of this.procs) if (now.g === r.scopeID) this.refresh(p, t);
    } else if (r.name === "GC concurrent mark phase") {
      if (begin && this.gcSince < 0) this.gcSince = t;
      else if (!begin && this.gcSince >= 0) {
        this.bins.addSpan(this.gcTime, this.gcSince, t);
        this.periods.push({ name: "GC", start: this.gcSince, end: t });
        this.gcSince = -1;
      }
    } else if (r.name.startsWith("stop-the-world")) {
      if (begin) this.stwSince.set(r.name, t);
      else {
        const since = this.stwSince.get(r.name);
        if (since !== undefined) {
          this.bins.addSpan(this.stwTime, since, t);
          this.periods.push({ name: r.name, start: since, end: t });
          this.stwSince.delete(r.name);
        }
      }
    }
  }

  /** Goroutine states at the end of the trace (by Go state index). */
  states(): ReadonlyMap<number, number> {
    return this.goState;
  }

  result(options: HeatMapOptions = {}): HeatMap {
    const end = this.last;
    // Close every open stretch at the end of the trace.
    for (const [p, now] of this.procs) this.set(p, end, now.activity, now.g);
    this.setRunnable(end, 0);
    if (this.gcSince >= 0) {
      this.bins.addSpan(this.gcTime, this.gcSince, end);
      this.periods.push({ name: "GC", start: this.gcSince, end });
    }
    const b = this.bins;
    const lastBin = b.length;
    const firstBin =
      options.lastNs !== undefined
        ? Math.max(0, Math.floor((end - options.lastNs - b.origin) / b.width))
        : 0;
    const span = (lastBin - firstBin) * b.width;
    const wanted = options.windowNs ?? span / (options.windows ?? 200);
    const binsPerWindow = Math.max(1, Math.round(wanted / b.width));
    const plan: WindowPlan = { first: firstBin, last: lastBin, binsPerWindow };
    const windowNs = binsPerWindow * b.width;
    const share = (s: Series): number[] => windowed(s, plan).map((v) => round(v / windowNs));
    const procs = [...this.procs.keys()]
      .sort((x, y) => x - y)
      .map((id) => {
        const now = this.procs.get(id) as ProcNow;
        const row = { id } as { id: number } & Record<Activity, number[]>;
        for (const a of ACTIVITIES) row[a] = share(now.series[a]);
        return row;
      });
    const blocked: Record<string, number[]> = {};
    for (const [reason, s] of [...this.blocked].sort(([x], [y]) => (x < y ? -1 : 1)))
      blocked[reason] = windowed(s, plan);
    const start = b.origin + firstBin * b.width;
    return {
      windowNs,
      start,
      end,
      windows: procs[0]?.user.length ?? windowed(this.created, plan).length,
      procs,
      runnableAvg: share(this.runnableSum),
      runnableMax: fill(windowed(this.runnableMax, plan), 0),
      created: windowed(this.created, plan),
      blocked,
      gc: share(this.gcTime),
      stw: share(this.stwTime),
      heapInUse: fill(windowed(this.heap, plan), lastBefore(this.heap, firstBin)),
      heapGoal: fill(windowed(this.goal, plan), lastBefore(this.goal, firstBin)),
      periods: this.periods.filter((p) => p.end >= start),
    };
  }
}

/** A gauge's value when the windows begin: its last sample before them. */
function lastBefore(s: Series, bin: number): number {
  for (let i = Math.min(bin, s.values.length) - 1; i >= 0; i--) {
    const v = s.values[i];
    if (v !== undefined && !Number.isNaN(v)) return v;
  }
  return Number.NaN;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/** Windows without a sample keep the previous value (a gauge holds between updates). */
function fill(values: number[], initial: number): number[] {
  let prev = initial;
  return values.map((v) => {
    if (!Number.isNaN(v) && v !== Number.NEGATIVE_INFINITY) prev = v;
    return Number.isNaN(prev) ? 0 : prev;
  });
}
