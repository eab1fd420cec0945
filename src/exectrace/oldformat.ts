// The old trace format (Go 1.11-1.21, headers "go 1.11/1.19/1.21 trace"), read well enough
// for the heat map: events are decoded (Go 1.26 src/internal/trace/internal/tracev1/parser.go
// readRawEvent/parseEvent), mapped to the Go 1.22+ events the rest of panicscope reads the
// way Go's own converter maps them (src/internal/trace/tracev1.go: block events become
// GoBlock with a reason), and merged by time. Go's ordering checks (per-goroutine sequence
// numbers) are not applied, so counts are not go tool trace's; per-P activity needs none
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
  const emit = (typ: number, ticks: number, p: number, g: number, args: number[]): void => {
    out.push({
      typ,
      ticks,
      p,
      g: g === 0 ? -1 : g,
      args: [args[0] ?? 0, args[1] ?? 0, args[2] ?? 0, args[3] ?? 0],
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
      case 5:
        emit(Ev.ProcStart, ticks, -1, -1, [curP]);
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
  const events = out
    .map((e, i) => ({ e, i }))
    .sort((x, y) => x.e.ticks - y.e.ticks || x.i - y.i)
    .map(
      ({ e }) =>
        new TraceEvent(e.typ, Math.trunc(e.ticks * nsPerTick), -1, e.p, e.g, e.args, table),
    );
  return error !== undefined ? { events, error } : { events };
}
