// The events of Go's own reader (Go 1.26 src/internal/trace/event.go): a wire event, the
// scheduling context (M, P, G) the ordering gave it, and what it means — its kind, state
// transition, range, metric, task, region, log or label.

import { Ev, type EventKind, EXPERIMENT_NAMES, specOf } from "./spec.js";
import type { EvTable, Frame } from "./tables.js";

export const NO_ID = -1;

/** resources.go GoState, printed names. */
export const GO_STATES = [
  "Undetermined",
  "NotExist",
  "Runnable",
  "Running",
  "Waiting",
  "Syscall",
] as const;
export type GoState = (typeof GO_STATES)[number];
/** resources.go ProcState, printed names. */
export const PROC_STATES = ["Undetermined", "NotExist", "Running", "Idle"] as const;
export type ProcState = (typeof PROC_STATES)[number];

/** tracev2 GoStatus (1 Runnable, 2 Running, 3 Syscall, 4 Waiting) → GoState index. */
export const GO_STATUS_TO_STATE = [0, 2, 3, 5, 4];
/** tracev2 ProcStatus (1 Running, 2 Idle, 3 Syscall, 4 SyscallAbandoned) → ProcState index. */
export const PROC_STATUS_TO_STATE = [0, 2, 3, 2, 3];

export class TraceEvent {
  /** stateTransition(this), computed once for every fold that asks. */
  transition: StateTransition | undefined;

  constructor(
    readonly typ: number,
    public time: number,
    readonly m: number,
    readonly p: number,
    readonly g: number,
    /** Arguments after dt, with what the ordering smuggled in (old states, task names). */
    readonly args: number[],
    readonly table: EvTable,
  ) {}

  get kind(): EventKind {
    if (this.typ === Ev.SyncEvent) return "Sync";
    if (this.typ === Ev.CPUSample) return "StackSample";
    return specOf(this.typ)?.kind ?? "Experimental";
  }

  /** The event's own stack id (0: none). */
  stackID(): number {
    if (this.typ === Ev.SyncEvent) return 0;
    if (this.typ === Ev.CPUSample) return this.args[0] as number;
    const at = specOf(this.typ)?.stackArg ?? -1;
    return at < 0 ? 0 : (this.args[at] as number);
  }

  stack(): Frame[] {
    return this.table.frames(this.stackID());
  }
}

export interface StateTransition {
  resource: "goroutine" | "proc";
  id: number;
  from: number;
  to: number;
  reason: string;
  /** The stack of the resource that changed state (0: none). */
  stackID: number;
}

/** event.go StateTransition(), for events of kind StateTransition. */
export function stateTransition(e: TraceEvent): StateTransition {
  if (e.transition === undefined) e.transition = computeTransition(e);
  return e.transition;
}

function computeTransition(e: TraceEvent): StateTransition {
  const a = e.args;
  const go = (id: number, from: number, to: number, reason = "", stackID = 0): StateTransition => ({
    resource: "goroutine",
    id,
    from,
    to,
    reason,
    stackID,
  });
  const proc = (id: number, from: number, to: number): StateTransition => ({
    resource: "proc",
    id,
    from,
    to,
    reason: "",
    stackID: 0,
  });
  const str = (id: number): string => e.table.string(id) ?? "";
  switch (e.typ) {
    case Ev.ProcStart:
      return proc(a[0] as number, 3, 2);
    case Ev.ProcStop:
      return proc(e.p, 2, 3);
    case Ev.ProcSteal:
      return proc(a[0] as number, a[3] === 4 ? 3 : 2, 3);
    case Ev.ProcStatus:
      return proc(a[0] as number, a[2] as number, PROC_STATUS_TO_STATE[a[1] as number] ?? 0);
    case Ev.GoCreate:
      return go(a[0] as number, 1, 2, "", a[1] as number);
    case Ev.GoCreateBlocked:
      return go(a[0] as number, 1, 4, "", a[1] as number);
    case Ev.GoCreateSyscall:
      return go(a[0] as number, 1, 5);
    case Ev.GoStart:
      return go(a[0] as number, 2, 3);
    case Ev.GoDestroy:
      return go(e.g, 3, 1);
    case Ev.GoDestroySyscall:
      return go(e.g, 5, 1);
    case Ev.GoStop:
      return go(e.g, 3, 2, str(a[0] as number), a[1] as number);
    case Ev.GoBlock:
      return go(e.g, 3, 4, str(a[0] as number), a[1] as number);
    case Ev.GoUnblock:
    case Ev.GoSwitch:
    case Ev.GoSwitchDestroy:
      return go(a[0] as number, 4, 2);
    case Ev.GoSyscallBegin:
      return go(e.g, 3, 5, "", a[1] as number);
    case Ev.GoSyscallEnd:
      return go(e.g, 5, 3);
    case Ev.GoSyscallEndBlocked:
      return go(e.g, 5, 2);
    default: {
      // GoStatus, GoStatusStack: the ordering packed old<<32 | new status into args[2].
      const packed = a[2] as number;
      const from = Math.floor(packed / 2 ** 32);
      const to = GO_STATUS_TO_STATE[packed % 2 ** 32] ?? 0;
      return go(a[0] as number, from, to, "", e.typ === Ev.GoStatusStack ? (a[3] as number) : 0);
    }
  }
}

export function transitionName(t: StateTransition): string {
  const names: readonly string[] = t.resource === "goroutine" ? GO_STATES : PROC_STATES;
  return `${names[t.from] ?? "Bad"}->${names[t.to] ?? "Bad"}`;
}

export interface RangeInfo {
  name: string;
  scope: "goroutine" | "proc" | "none";
  scopeID: number;
}

/** event.go Range(). */
export function rangeOf(e: TraceEvent): RangeInfo {
  switch (e.typ) {
    case Ev.STWBegin:
    case Ev.STWEnd:
      return {
        name: `stop-the-world (${e.table.string(e.args[0] as number) ?? ""})`,
        scope: "goroutine",
        scopeID: e.g,
      };
    case Ev.GCBegin:
    case Ev.GCActive:
    case Ev.GCEnd:
      return { name: "GC concurrent mark phase", scope: "none", scopeID: NO_ID };
    case Ev.GCSweepBegin:
    case Ev.GCSweepActive:
    case Ev.GCSweepEnd:
      return {
        name: "GC incremental sweep",
        scope: "proc",
        scopeID: e.typ === Ev.GCSweepActive ? (e.args[0] as number) : e.p,
      };
    default:
      return {
        name: "GC mark assist",
        scope: "goroutine",
        scopeID: e.typ === Ev.GCMarkAssistActive ? (e.args[0] as number) : e.g,
      };
  }
}

/** event.go Metric(). */
export function metricOf(e: TraceEvent): { name: string; value: number } {
  const value = e.args[0] as number;
  if (e.typ === Ev.ProcsChange) return { name: "/sched/gomaxprocs:threads", value };
  if (e.typ === Ev.HeapAlloc) return { name: "/memory/classes/heap/objects:bytes", value };
  return { name: "/gc/heap/goal:bytes", value };
}

export function labelOf(e: TraceEvent): string {
  return e.table.string(e.args[0] as number) ?? "";
}

export function taskOf(e: TraceEvent): { id: number; parent: number; type: string } {
  if (e.typ === Ev.UserTaskBegin) {
    return {
      id: e.args[0] as number,
      parent: e.args[1] as number,
      type: e.table.string(e.args[2] as number) ?? "",
    };
  }
  return {
    id: e.args[0] as number,
    parent: e.args[2] as number,
    type: e.table.extraString(e.args[3] as number),
  };
}

export function regionOf(e: TraceEvent): { task: number; type: string } {
  return { task: e.args[0] as number, type: e.table.string(e.args[1] as number) ?? "" };
}

export function logOf(e: TraceEvent): { task: number; category: string; message: string } {
  return {
    task: e.args[0] as number,
    category: e.table.string(e.args[1] as number) ?? "",
    message: e.table.string(e.args[2] as number) ?? "",
  };
}

export function experimentalOf(e: TraceEvent): { name: string; experiment: string } {
  return {
    name: specOf(e.typ)?.name ?? `Invalid(${e.typ})`,
    experiment: EXPERIMENT_NAMES[1] as string,
  };
}
