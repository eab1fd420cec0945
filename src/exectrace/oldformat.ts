// The old trace format (Go 1.11-1.21, headers "go 1.11/1.19/1.21 trace"), read well enough
// for the heat map: events are decoded (Go 1.26 src/internal/trace/internal/tracev1/parser.go
// readRawEvent/parseEvent), mapped to the Go 1.22+ events the rest of panicscope reads the
// way Go's own converter maps them (src/internal/trace/tracev1.go: block events become
// GoBlock with a reason), merged by time, then converted as that converter does (convert()).
// Go's ordering checks (per-goroutine sequence numbers) are not applied: where a trace's
// clocks disagree across CPUs the order can differ from Go's; per-P activity needs none
// (each P's batches are in order). The old format must be held in memory whole.

import { TraceEvent } from "./event.js";
import { readUvarint, uvarintEnd } from "./source.js";
import { Ev } from "./spec.js";
import { EvTable } from "./tables.js";

/** Reason strings of tracev1.go, given ids above any the trace uses. */
const REASON_BASE = 2 ** 40;
const REASONS = [
  "forever",
  "runtime.Gosched",
  "preempted",
  "sleep",
  "",
  "chan send",
  "chan receive",
  "select",
  "sync",
  "sync.(*Cond).Wait",
  "network",
  "GC mark assist wait for work",
  "GC mark termination",
  "GC sweep termination",
];
const reason = (s: string): number => REASON_BASE + REASONS.indexOf(s);

/** v1 block-like event types → [v2 type, reason]. */
const STOPS: Record<number, [number, string]> = {
  16: [Ev.GoBlock, "forever"], // GoStop
  17: [Ev.GoStop, "runtime.Gosched"], // GoSched
  18: [Ev.GoStop, "preempted"], // GoPreempt
  19: [Ev.GoBlock, "sleep"], // GoSleep
  20: [Ev.GoBlock, ""], // GoBlock
  22: [Ev.GoBlock, "chan send"],
  23: [Ev.GoBlock, "chan receive"],
  24: [Ev.GoBlock, "select"],
  25: [Ev.GoBlock, "sync"],
  26: [Ev.GoBlock, "sync.(*Cond).Wait"],
  27: [Ev.GoBlock, "network"],
  42: [Ev.GoBlock, "GC mark assist wait for work"], // GoBlockGC
};

/** Event types that carry a stack id as their last argument (EventDescriptions Stack). */
const HAS_STACK = new Set([
  4, 7, 11, 13, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 39, 42, 43, 45, 46, 47, 48,
]);

export interface OldTrace {
  events: TraceEvent[];
  error?: { message: string; offset: number; truncated: boolean };
}

interface Pending {
  typ: number;
  ticks: number;
  p: number;
  g: number;
  args: number[];
  /** The old format's event type it came from. */
  v1: number;
  /** Nanoseconds after `ticks` (the end of a syscall that did not block: 1 ns). */
  plusNs: number;
}

export function readOldTrace(data: Uint8Array, version: number): OldTrace {
  const table = new EvTable();
  REASONS.forEach((s, i) => {
    table.strings.set(REASON_BASE + i, s);
  });
  const out: Pending[] = [];
  let freq = 0;
  let pos = 16;
  let curP = -1;
  let lastTs = 0;
  let lastG = 0;
  const lastGs = new Map<number, number>();
  let stwKind = 0;
  let error: OldTrace["error"];
  let v1 = 0;
  const emit = (typ: number, ticks: number, p: number, g: number, args: number[]): void => {
    out.push({
      typ,
      ticks,
      p,
      g: g === 0 ? -1 : g,
      args: [args[0] ?? 0, args[1] ?? 0, args[2] ?? 0, args[3] ?? 0],
      v1,
      plusNs: 0,
    });
  };
  while (pos < data.length) {
    const at = pos;
    const b = data[pos++] as number;
    const typ = b & 0x3f;
    const narg = (b >> 6) + 1;
    if (typ === 0 || typ > 49 || (typ === 49 && version < 19)) {
      error = { message: `unknown event type ${typ}`, offset: at, truncated: false };
      break;
    }
    const args: number[] = [];
    let bad = false;
    const val = (): number => {
      const v = readUvarint(data, pos, data.length);
      if (uvarintEnd < 0) bad = true;
      else pos = uvarintEnd;
      return v;
    };
    if (typ === 37) {
      const id = val();
      const len = val();
      if (!bad && pos + len <= data.length) {
        table.strings.set(
          id,
          Buffer.from(data.buffer, data.byteOffset + pos, len).toString("utf8"),
        );
        pos += len;
        continue;
      }
      bad = true;
    } else if (typ === 1) {
      const pid = val();
      const ticks = val();
      lastGs.set(curP, lastG);
      curP = pid >= 2 ** 63 ? -1 : pid;
      lastG = lastGs.get(curP) ?? 0;
      lastTs = ticks;
      if (!bad) continue;
    } else if (narg <= 3) {
      for (let i = 0; i < narg; i++) args.push(val());
    } else {
      const len = val();
      const end = pos + len;
      if (len > 2048 || end > data.length) bad = true;
      else {
        while (pos < end && !bad) args.push(val());
        if (typ === 48) {
          const sl = val();
          pos += sl;
          if (pos > data.length) bad = true;
        }
      }
    }
    if (bad) {
      error = {
        message: `malformed or cut event of type ${typ}`,
        offset: at,
        truncated: pos >= data.length - 10,
      };
      break;
    }
    if (typ === 2) {
      freq = args[0] ?? 0;
      continue;
    }
    if (typ === 3) {
      const [id = 0, n = 0] = args;
      const frames = [];
      for (let i = 0; i < n; i++) {
        const k = 2 + i * 4;
        frames.push({
          pc: args[k] ?? 0,
          funcID: args[k + 1] ?? 0,
          fileID: args[k + 2] ?? 0,
          line: args[k + 3] ?? 0,
        });
      }
      if (id !== 0) table.putStack(id, frames);
      continue;
    }
    if (typ === 35 || typ === 49 || typ === 36) continue; // TimerGoroutine, CPUSample, FutileWakeup
    const ticks = lastTs + (args[0] ?? 0);
    lastTs = ticks;
    const a = args.slice(1);
    const stack = HAS_STACK.has(typ) ? (a[a.length - 1] ?? 0) : 0;
    const g = lastG;
    v1 = typ;
    const stop = STOPS[typ];
    if (stop !== undefined) {
      emit(stop[0], ticks, curP, g, [reason(stop[1]), stack]);
      lastG = 0;
      continue;
    }
    switch (typ) {
      case 4:
        emit(Ev.ProcsChange, ticks, curP, g, [a[0] ?? 0, stack]);
        break;
      case 5: // ProcStart [timestamp, thread id]
        emit(Ev.ProcStart, ticks, -1, -1, [curP, a[0] ?? 0]);
        break;
      case 6:
        emit(Ev.ProcStop, ticks, curP, -1, []);
        break;
      case 7:
        emit(Ev.GCBegin, ticks, curP, g, [a[0] ?? 0, stack]);
        break;
      case 8:
        emit(Ev.GCEnd, ticks, curP, g, [0]);
        break;
      case 9:
        stwKind = reason(a[0] === 1 ? "GC sweep termination" : "GC mark termination");
        emit(Ev.STWBegin, ticks, curP, g, [stwKind, 0]);
        break;
      case 10:
        emit(Ev.STWEnd, ticks, curP, g, [stwKind]);
        break;
      case 13:
        emit(Ev.GoCreate, ticks, curP, g, [a[0] ?? 0, a[1] ?? 0, stack]);
        break;
      case 14:
      case 38:
      case 41:
        lastG = a[0] ?? 0;
        emit(Ev.GoStart, ticks, curP, -1, [lastG]);
        if (typ === 41) emit(Ev.GoLabel, ticks, curP, lastG, [a[2] ?? 0]);
        break;
      case 15:
        emit(Ev.GoDestroy, ticks, curP, g, []);
        lastG = 0;
        break;
      case 21:
      case 39:
        emit(Ev.GoUnblock, ticks, curP, g, [a[0] ?? 0, 0, stack]);
        break;
      case 28: // GoSysCall: a syscall began; convert() ends it at once unless GoSysBlock follows.
        emit(Ev.GoSyscallBegin, ticks, curP, g, [0, stack]);
        break;
      case 30: // GoSysBlock: the syscall blocked and the P was handed off.
        emit(Ev.GoSyscallBegin, ticks, curP, g, [0, 0]);
        lastG = 0;
        break;
      case 29:
      case 40:
        emit(Ev.GoSyscallEndBlocked, ticks, -1, a[0] ?? 0, []);
        break;
      case 31:
        emit(Ev.GoStatus, ticks, curP, -1, [a[0] ?? 0, 0, 4]);
        break;
      case 32:
        emit(Ev.GoStatus, ticks, curP, -1, [a[0] ?? 0, 0, 3]);
        break;
      case 33:
        emit(Ev.HeapAlloc, ticks, curP, g, [a[0] ?? 0]);
        break;
      case 34:
        emit(Ev.HeapGoal, ticks, curP, g, [a[0] ?? 0]);
        break;
      case 43:
        emit(Ev.GCMarkAssistBegin, ticks, curP, g, [stack]);
        break;
      case 44:
        emit(Ev.GCMarkAssistEnd, ticks, curP, g, []);
        break;
    }
  }
  if (freq === 0 && error === undefined) {
    error = { message: "no frequency event found", offset: data.length, truncated: true };
  }
  // Go ≤ 1.21 ticks are cputicks/64 on most platforms; 1e9/freq converts them to ns.
  const nsPerTick = freq > 0 ? 1e9 / freq : 1;
  const sorted = out
    .map((e, i) => ({ e, i }))
    .sort((x, y) => x.e.ticks - y.e.ticks || x.i - y.i)
    .map(({ e }) => e);
  const events: TraceEvent[] = [];
  let last = -1;
  let syncs = 0;
  const sync = (time: number) =>
    new TraceEvent(Ev.SyncEvent, time, -1, -1, -1, [++syncs, 0, 0, 0], table);
  const procM = new Map<number, number>();
  for (const e of convert(sorted)) {
    // Times only increase, as Go's reader forces them to (internal/trace/reader.go).
    let time = Math.trunc(e.ticks * nsPerTick) + e.plusNs;
    if (time <= last) time = last + 1;
    if (last < 0) events.push(sync(time - 1));
    last = time;
    const p = e.typ === Ev.ProcStart || e.typ === Ev.ProcStatus ? (e.args[0] ?? -1) : e.p;
    if (e.typ === Ev.ProcStart || e.typ === Ev.ProcStatus) procM.set(p, e.args[1] ?? 0);
    const m = p >= 0 ? (procM.get(p) ?? -1) : -1;
    if (e.typ === Ev.ProcStatus) e.args[1] = e.v1 === 5 ? 1 : 2;
    if (e.typ === Ev.ProcStop || (e.typ === Ev.ProcStatus && e.v1 === 6)) procM.delete(p);
    events.push(new TraceEvent(e.typ, time, m, e.p, e.g, e.args, table));
  }
  if (last >= 0) events.push(sync(last));
  return error !== undefined ? { events, error } : { events };
}

/**
 * What Go's converter of old traces does beyond mapping one event to another (go1.26
 * src/internal/trace/tracev1.go convertEvent): the goroutines the tracer announces at its start
 * (a GoCreate each, before the first Gomaxprocs) are not created but found — running (GoStart),
 * waiting (GoWaiting) or else runnable —, that Gomaxprocs is dropped; each P's first ProcStart
 * or ProcStop is its status; a GoSysCall not followed by the goroutine's GoSysBlock is a
 * syscall of 1 ns, and GoSysBlock itself is no event.
 */
function convert(sorted: Pending[]): Pending[] {
  const converted: Pending[] = [];
  let preInit = true;
  const createdPreInit = new Set<number>();
  const seenProcs = new Set<number>();
  // Goroutine → its GoSysCall, waiting to see whether the syscall blocked.
  const syscalls = new Map<number, Pending>();
  const endSyscall = (begin: Pending) =>
    converted.splice(converted.indexOf(begin) + 1, 0, {
      ...begin,
      typ: Ev.GoSyscallEnd,
      args: [0, 0, 0, 0],
      v1: 0,
      plusNs: 1,
    });
  for (const e of sorted) {
    const pending = e.g >= 0 ? syscalls.get(e.g) : undefined;
    if (pending !== undefined) {
      syscalls.delete(e.g);
      if (e.v1 === 30) continue; // it blocked: the begin stands, GoSysBlock is no event
      endSyscall(pending);
    }
    switch (e.v1) {
      case 13: // GoCreate
        if (preInit) {
          createdPreInit.add(e.args[0] ?? 0);
          continue;
        }
        break;
      case 14:
      case 38: // GoStart, GoStartLocal
        if (preInit) {
          const g = e.args[0] ?? 0;
          createdPreInit.delete(g);
          converted.push({ ...e, typ: Ev.GoStatus, p: e.p, g: -1, args: [g, 0, 2, 0] });
          continue;
        }
        break;
      case 31:
      case 32: // GoWaiting, GoInSyscall
        createdPreInit.delete(e.args[0] ?? 0);
        break;
      case 4: // Gomaxprocs: the first one ends the tracer's announcements
        if (preInit) {
          preInit = false;
          for (const g of createdPreInit)
            converted.push({ ...e, typ: Ev.GoStatus, p: -1, g: -1, args: [g, 0, 1, 0] });
          createdPreInit.clear();
          continue;
        }
        break;
      case 5:
      case 6: {
        // ProcStart (args [p, thread]) or ProcStop (context P)
        const p = e.v1 === 5 ? (e.args[0] ?? -1) : e.p;
        if (!seenProcs.has(p)) {
          seenProcs.add(p);
          converted.push({ ...e, typ: Ev.ProcStatus, args: [p, e.args[1] ?? 0, 0, 0] });
          continue;
        }
        break;
      }
      case 28:
        if (e.g >= 0) syscalls.set(e.g, e);
        break;
    }
    converted.push(e);
  }
  for (const begin of syscalls.values()) endSyscall(begin);
  return converted;
}
