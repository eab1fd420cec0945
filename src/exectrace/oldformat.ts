// The old trace format (Go 1.11-1.21) as the events of Go's reader: the ordered v1 stream of
// old-order.ts converted one event at a time the way Go 1.26 converts it
// (src/internal/trace/tracev1.go convertEvent), with a Sync first and last
// (internal/trace/reader.go). Checked line by line against `go tool trace -d=parsed` in
// test/exectrace/old-format.test.ts.

import { TraceEvent } from "./event.js";
import { hasStack, V1, type V1Event } from "./old-decode.js";
import { parseOldTrace } from "./old-order.js";
import type { V1Store } from "./old-store.js";
import { Ev, specOf } from "./spec.js";
import { EvTable } from "./tables.js";

export interface OldTrace {
  /** How many events were handed over. */
  events: number;
  error?: { message: string; offset: number; truncated: boolean };
  /** Where Go's reader would have refused the trace and panicscope read on. */
  inconsistencies: string[];
}

/** Strings the converter adds (tracev1.go addBuiltin), at ids above any the trace uses. */
const BUILTIN_BASE = 2 ** 40;
const INLINE_BASE = 2 ** 41;
const BUILTINS = [
  "forever",
  "preempted",
  "runtime.Gosched",
  "sleep",
  "chan send",
  "chan receive",
  "network",
  "sync",
  "sync.(*Cond).Wait",
  "select",
  "",
  "GC mark assist wait for work",
];
/** STW reasons of the old parser (tracev1 STWReason), in order from STWUnknown. */
const STW_REASONS = [
  "",
  "GC mark termination",
  "GC sweep termination",
  "write heap dump",
  "goroutine profile",
  "goroutine profile cleanup",
  "all goroutine stack trace",
  "read mem stats",
  "AllThreadsSyscall",
  "GOMAXPROCS",
  "start trace",
  "stop trace",
  "CountPagesInUse (test)",
  "ReadMetricsSlow (test)",
  "ReadMemStatsSlow (test)",
  "PageCachePagesLeaked (test)",
  "ResetDebugLog (test)",
];
const builtin = (s: string): number => BUILTIN_BASE + BUILTINS.indexOf(s);
const stw = (i: number): number => BUILTIN_BASE + BUILTINS.length + i;

/** v1 block-like events → [v2 type, reason]. */
const STOPS: Record<number, [number, string]> = {
  [V1.GoStop]: [Ev.GoBlock, "forever"],
  [V1.GoSched]: [Ev.GoStop, "runtime.Gosched"],
  [V1.GoPreempt]: [Ev.GoStop, "preempted"],
  [V1.GoSleep]: [Ev.GoBlock, "sleep"],
  [V1.GoBlock]: [Ev.GoBlock, ""],
  [V1.GoBlockSend]: [Ev.GoBlock, "chan send"],
  [V1.GoBlockRecv]: [Ev.GoBlock, "chan receive"],
  [V1.GoBlockSelect]: [Ev.GoBlock, "select"],
  [V1.GoBlockSync]: [Ev.GoBlock, "sync"],
  [V1.GoBlockCond]: [Ev.GoBlock, "sync.(*Cond).Wait"],
  [V1.GoBlockNet]: [Ev.GoBlock, "network"],
  [V1.GoBlockGC]: [Ev.GoBlock, "GC mark assist wait for work"],
};

/** Types that map one to one, their arguments kept. */
const SAME: Record<number, number> = {
  [V1.GCStart]: Ev.GCBegin,
  [V1.GCDone]: Ev.GCEnd,
  [V1.GCSweepStart]: Ev.GCSweepBegin,
  [V1.GCSweepDone]: Ev.GCSweepEnd,
  [V1.GoEnd]: Ev.GoDestroy,
  [V1.GoUnblock]: Ev.GoUnblock,
  [V1.GoSysExit]: Ev.GoSyscallEndBlocked,
  [V1.HeapAlloc]: Ev.HeapAlloc,
  [V1.HeapGoal]: Ev.HeapGoal,
  [V1.GCMarkAssistStart]: Ev.GCMarkAssistBegin,
  [V1.GCMarkAssistDone]: Ev.GCMarkAssistEnd,
};

const NO_TASK = 2 ** 64;

/** v2 event before it is given its table: type, time, context and arguments. */
interface Out {
  typ: number;
  time: number;
  m: number;
  p: number;
  g: number;
  args: number[];
}

/** Hands the trace's events to onEvent one at a time, as they are converted. */
export function readOldTrace(
  data: Uint8Array,
  version: number,
  onEvent: (e: TraceEvent) => void,
): OldTrace {
  const v1 = parseOldTrace(data, version);
  const table = new EvTable();
  for (const [id, s] of v1.strings) table.strings.set(id, s);
  BUILTINS.forEach((s, i) => {
    table.strings.set(BUILTIN_BASE + i, s);
  });
  STW_REASONS.forEach((s, i) => {
    table.strings.set(stw(i), s);
  });
  v1.inlineStrings.forEach((s, i) => {
    table.strings.set(INLINE_BASE + i, s);
  });
  for (const [id, frames] of v1.stacks)
    table.putStack(
      id,
      frames.map((f) => ({ pc: f.pc, funcID: f.fn, fileID: f.file, line: f.line })),
    );
  let events = 0;
  let syncs = 0;
  const sync = (time: number) => {
    events++;
    onEvent(new TraceEvent(Ev.SyncEvent, time, -1, -1, -1, [++syncs, 0, 0, 0], table));
  };
  const first = v1.order[0];
  if (first !== undefined) sync((v1.store.ts[first] as number) - 1);
  let lastTs = -1;
  new Converter(v1.store, v1.order, version, table, (o) => {
    // Two events may not share a time in the new API (tracev1.go next).
    if (o.time <= lastTs) o.time = lastTs + 1;
    lastTs = o.time;
    events++;
    onEvent(new TraceEvent(o.typ, o.time, o.m, o.p, o.g, o.args, table));
  }).run();
  sync(lastTs + 1);
  return {
    events,
    inconsistencies: v1.inconsistencies,
    ...(v1.error !== undefined ? { error: v1.error } : {}),
  };
}

class Converter {
  private preInit = true;
  private readonly createdPreInit = new Set<number>();
  private readonly seenProcs = new Set<number>();
  private readonly procMs = new Map<number, number>();
  private readonly tasks = new Map<number, { name: string; parent: number }>();
  private lastStwReason = 0;
  /** For each event, the index of the next event of the same goroutine (-1: none). */
  private readonly nextOfG: Int32Array;

  constructor(
    private readonly store: V1Store,
    private readonly order: Uint32Array,
    private readonly version: number,
    private readonly table: EvTable,
    private readonly emit: (o: Out) => void,
  ) {
    this.nextOfG = new Int32Array(order.length).fill(-1);
    const after = new Map<number, number>();
    for (let i = order.length - 1; i >= 0; i--) {
      const g = store.g[order[i] as number] as number;
      this.nextOfG[i] = after.get(g) ?? -1;
      after.set(g, i);
    }
  }

  run(): void {
    for (let k = 0; k < this.order.length; k++)
      this.convert(this.store.at(this.order[k] as number), k);
  }

  private ctx(ev: V1Event, typ: number, args: number[]): Out {
    return {
      typ,
      time: ev.ts,
      m: this.procMs.get(ev.p) ?? -1,
      p: ev.p,
      g: ev.g === 0 ? -1 : ev.g,
      args,
    };
  }

  /** convertEvent: zero, one or two events (the extra one right after the first). */
  private convert(ev: V1Event, at: number): void {
    const a = [ev.a0, ev.a1, ev.a2, ev.a3] as const;
    let typ: number;
    let args: number[] = [a[0], a[1], a[2], a[3]];
    const stop = STOPS[ev.type];
    const same = SAME[ev.type];
    if (stop !== undefined) {
      typ = stop[0];
      args = [builtin(stop[1]), ev.stk, 0, 0];
    } else if (same !== undefined) {
      typ = same;
    } else {
      switch (ev.type) {
        case V1.Gomaxprocs:
          typ = Ev.ProcsChange;
          if (this.preInit) {
            // The first Gomaxprocs ends the tracer's announcement of the goroutines alive at
            // trace start: those neither running, waiting nor in a syscall were runnable.
            this.preInit = false;
            for (const g of [...this.createdPreInit].sort((x, y) => x - y))
              this.emit({
                typ: Ev.GoStatus,
                time: ev.ts,
                m: -1,
                p: -1,
                g: -1,
                args: [g, -1, 1, 0],
              });
            this.createdPreInit.clear();
            return;
          }
          break;
        case V1.ProcStart:
          this.procMs.set(ev.p, a[0]);
          if (this.seenProcs.has(ev.p)) {
            typ = Ev.ProcStart;
            args = [ev.p, 0, 0, 0];
          } else {
            this.seenProcs.add(ev.p);
            typ = Ev.ProcStatus;
            args = [ev.p, 1, 0, 0];
          }
          break;
        case V1.ProcStop:
          if (this.seenProcs.has(ev.p)) {
            typ = Ev.ProcStop;
            args = [ev.p, 0, 0, 0];
          } else {
            this.seenProcs.add(ev.p);
            typ = Ev.ProcStatus;
            args = [ev.p, 2, 0, 0];
          }
          break;
        case V1.STWStart:
          this.lastStwReason = stw(stwReason(this.version, a[0]));
          typ = Ev.STWBegin;
          args = [this.lastStwReason, 0, 0, 0];
          break;
        case V1.STWDone:
          typ = Ev.STWEnd;
          args = [this.lastStwReason, 0, 0, 0];
          break;
        case V1.GoCreate:
          if (this.preInit) {
            this.createdPreInit.add(a[0]);
            return;
          }
          typ = Ev.GoCreate;
          break;
        case V1.GoStart:
          if (this.preInit) {
            typ = Ev.GoStatus;
            args = [a[0], -1, 2, 0];
            this.createdPreInit.delete(a[0]);
          } else typ = Ev.GoStart;
          break;
        case V1.GoStartLabel: {
          const start = this.ctx(ev, Ev.GoStart, args);
          this.emit(start);
          this.emit({ ...start, typ: Ev.GoLabel, args: [a[2], 0, 0, 0] });
          return;
        }
        case V1.GoSysCall: {
          const next = this.nextOfG[at] as number;
          const blocked =
            next >= 0 && this.store.type[this.order[next] as number] === V1.GoSysBlock;
          if (blocked) {
            typ = Ev.GoSyscallBegin;
            args = [0, ev.stk, 0, 0];
            break;
          }
          // An instantaneous syscall becomes a begin and an end 1 ns later.
          const begin = this.ctx(ev, Ev.GoSyscallBegin, [0, ev.stk, 0, 0]);
          this.emit(begin);
          this.emit({ ...begin, typ: Ev.GoSyscallEnd, time: ev.ts + 1, args: [0, 0, 0, 0] });
          return;
        }
        case V1.GoSysBlock:
          return;
        case V1.GoWaiting:
        case V1.GoInSyscall:
          typ = Ev.GoStatus;
          args = [a[0], -1, ev.type === V1.GoWaiting ? 4 : 3, 0];
          this.createdPreInit.delete(a[0]);
          break;
        case V1.UserTaskCreate: {
          typ = Ev.UserTaskBegin;
          const parent = a[1] === 0 ? NO_TASK : a[1];
          args = [a[0], parent, a[2], ev.stk];
          this.tasks.set(a[0], { name: this.table.string(a[2]) ?? "", parent: a[1] });
          break;
        }
        case V1.UserTaskEnd: {
          typ = Ev.UserTaskEnd;
          // Event.Task reads the parent and name smuggled into the end's extra arguments.
          const t = this.tasks.get(a[0]);
          this.tasks.delete(a[0]);
          args = [a[0], a[1], t?.parent ?? NO_TASK, this.table.addExtraString(t?.name ?? "")];
          break;
        }
        case V1.UserRegion:
          if (a[1] === 0) typ = Ev.UserRegionBegin;
          else if (a[1] === 1) typ = Ev.UserRegionEnd;
          else return;
          args = [a[0], a[2], ev.stk, 0];
          break;
        case V1.UserLog:
          typ = Ev.UserLog;
          args = [a[0], a[1], INLINE_BASE + a[3], ev.stk];
          break;
        case V1.CPUSample:
          this.emit({
            typ: Ev.CPUSample,
            time: ev.ts,
            m: -1,
            p: ev.p,
            g: ev.g === 0 ? -1 : ev.g,
            args: [ev.stk, -1, ev.p, ev.g],
          });
          return;
        default:
          return;
      }
    }
    if (hasStack(ev.type)) {
      const at2 = specOf(typ)?.stackArg ?? -1;
      if (at2 >= 0) args[at2] = ev.stk;
    }
    const out = this.ctx(ev, typ, args);
    if (ev.p === -1) out.m = -1;
    if (ev.type === V1.ProcStop) this.procMs.delete(ev.p);
    this.emit(out);
  }
}

/** tracev1 Trace.STWReason: Go 1.21 numbers every reason, older traces know two. */
function stwReason(version: number, kind: number): number {
  if (version < 21) return kind === 0 || kind === 1 ? kind + 1 : 0;
  if (version === 21) return kind < STW_REASONS.length ? kind : 0;
  return 0;
}
