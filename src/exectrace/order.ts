// Go's ordering of a generation's events (Go 1.26 src/internal/trace/order.go), ported rule
// for rule: an event may advance only when its goroutine's, proc's or GC's sequence number
// is the next one and the M's context allows it; advancing updates the emulated scheduler
// and queues the events Go's reader emits (sometimes more than one, e.g. GoSwitch).
// Handlers return the M's new context, false (not yet: try another M), or an error string.

import { NO_ID, TraceEvent } from "./event.js";
import { orderAnnotation } from "./order-annotations.js";
import {
  type Ctx,
  GoStatus,
  GState,
  type MState,
  ProcStatus,
  PState,
  succeeds,
  USER_GO_REQS,
  validateCtx,
} from "./order-state.js";
import { orderSyscall } from "./order-syscall.js";
import { Ev, specOf } from "./spec.js";
import type { EvTable } from "./tables.js";

/** A decoded wire event: type, time in ns, arguments after dt. */
export interface WireEvent {
  typ: number;
  time: number;
  args: number[];
}

export type Advance = Ctx | false | string;
type Handler = (o: Ordering, ev: WireEvent, t: EvTable, gen: number, cur: Ctx) => Advance;

export class Ordering {
  readonly gStates = new Map<number, GState>();
  readonly pStates = new Map<number, PState>();
  readonly mStates = new Map<number, MState>();
  readonly activeTasks = new Map<number, { name: string; parent: number }>();
  gcSeq = 0;
  /** 0 undetermined, 1 not running, 2 running. */
  gcState = 0;
  initialGen = 0;
  private queue: TraceEvent[] = [];
  private head = 0;

  /** order.go Advance: true when ev was ordered (and queued), false to try another M. */
  advance(ev: WireEvent, table: EvTable, m: number, gen: number): boolean | string {
    if (this.initialGen === 0) this.initialGen = gen;
    let ms: MState | undefined;
    const cur: Ctx = { g: NO_ID, p: NO_ID, m };
    if (m !== NO_ID) {
      ms = this.mStates.get(m);
      if (ms === undefined) {
        ms = { g: NO_ID, p: NO_ID };
        this.mStates.set(m, ms);
      }
      cur.p = ms.p;
      cur.g = ms.g;
    }
    const f = handlers[ev.typ];
    if (f === undefined) return `bad event type found while ordering: ${ev.typ}`;
    const r = f(this, ev, table, gen, cur);
    if (typeof r === "string") return r;
    if (r === false) return false;
    if (ms !== undefined) {
      ms.p = r.p;
      ms.g = r.g;
    }
    return true;
  }

  push(table: EvTable, ctx: Ctx, typ: number, time: number, args: number[]): void {
    this.queue.push(new TraceEvent(typ, time, ctx.m, ctx.p, ctx.g, args.slice(), table));
  }

  next(): TraceEvent | undefined {
    if (this.head >= this.queue.length) return undefined;
    const e = this.queue[this.head++];
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    }
    return e;
  }

  evName(typ: number): string {
    return specOf(typ)?.name ?? `Invalid(${typ})`;
  }
}

const handlers: Array<Handler | undefined> = [];

handlers[Ev.ProcStatus] = (o, ev, t, gen, cur) => {
  const pid = ev.args[0] as number;
  const status = ev.args[1] as number;
  if (status < 1 || status > 4) return `invalid status for proc ${pid}: ${status}`;
  let oldState = [0, 2, 3, 2, 3][status] as number;
  const s = o.pStates.get(pid);
  if (s !== undefined) {
    if (status === ProcStatus.SyscallAbandoned && s.status === ProcStatus.Syscall) {
      oldState = 2;
      ev.args[1] = ProcStatus.Syscall;
    } else if (status === ProcStatus.SyscallAbandoned && s.status === ProcStatus.SyscallAbandoned) {
      oldState = 3;
      ev.args[1] = ProcStatus.SyscallAbandoned;
    } else if (s.status !== status) {
      return `inconsistent status for proc ${pid}: old ${s.status} vs. new ${status}`;
    }
    s.seq = { gen, seq: 0 };
  } else {
    o.pStates.set(pid, new PState(pid, status, { gen, seq: 0 }));
    oldState = gen === o.initialGen ? 0 : 1;
  }
  ev.args[2] = oldState;
  const next = { ...cur };
  if (status === ProcStatus.Running || status === ProcStatus.Syscall) next.p = pid;
  let ctx = cur;
  if (status === ProcStatus.SyscallAbandoned && oldState === 2) {
    // The proc is about to be stolen: attribute the event to the M that has it.
    let found = false;
    for (const [mid, ms] of o.mStates) {
      if (ms.p === pid) {
        ctx = { m: mid, p: pid, g: ms.g };
        found = true;
      }
    }
    if (!found) return `failed to find sched context for proc ${pid} that's about to be stolen`;
  }
  o.push(t, ctx, ev.typ, ev.time, ev.args);
  return next;
};

handlers[Ev.ProcStart] = (o, ev, t, gen, cur) => {
  const pid = ev.args[0] as number;
  const seq = { gen, seq: ev.args[1] as number };
  const state = o.pStates.get(pid);
  if (
    state === undefined ||
    state.status !== ProcStatus.Idle ||
    !succeeds(seq, state.seq) ||
    cur.p !== NO_ID
  ) {
    return false;
  }
  const bad = validateCtx(cur, [2, 0, 1]);
  if (bad !== undefined) return bad;
  state.status = ProcStatus.Running;
  state.seq = seq;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  cur.p = pid;
  return cur;
};

handlers[Ev.ProcStop] = (o, ev, t, _gen, cur) => {
  const state = o.pStates.get(cur.p);
  if (state === undefined) return `event ProcStop for proc (${cur.p}) that doesn't exist`;
  if (state.status !== ProcStatus.Running && state.status !== ProcStatus.Syscall) {
    return "ProcStop event for proc that's not Running or Syscall";
  }
  const bad = validateCtx(cur, [2, 2, 1]);
  if (bad !== undefined) return bad;
  state.status = ProcStatus.Idle;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  cur.p = NO_ID;
  return cur;
};

handlers[Ev.ProcSteal] = (o, ev, t, gen, cur) => {
  const pid = ev.args[0] as number;
  const seq = { gen, seq: ev.args[1] as number };
  const state = o.pStates.get(pid);
  if (
    state === undefined ||
    (state.status !== ProcStatus.Syscall && state.status !== ProcStatus.SyscallAbandoned) ||
    !succeeds(seq, state.seq)
  ) {
    return false;
  }
  const bad = validateCtx(cur, [2, 1, 1]);
  if (bad !== undefined) return bad;
  const oldStatus = state.status;
  ev.args[3] = oldStatus;
  state.status = ProcStatus.Idle;
  state.seq = seq;
  if (oldStatus === ProcStatus.SyscallAbandoned) {
    o.push(t, cur, ev.typ, ev.time, ev.args);
    return cur;
  }
  const mid = ev.args[2] as number;
  const victim = mid >= 2 ** 63 ? NO_ID : mid;
  if (victim === cur.m) {
    if (cur.p !== pid)
      return `tried to self-steal proc ${pid} (thread ${victim}), but got proc ${cur.p} instead`;
    o.push(t, cur, ev.typ, ev.time, ev.args);
    cur.p = NO_ID;
    return cur;
  }
  const ms = o.mStates.get(victim);
  if (ms === undefined) return `stole proc from non-existent thread ${victim}`;
  if (ms.p !== pid)
    return `tried to steal proc ${pid} from thread ${victim}, but got proc ${ms.p} instead`;
  ms.p = NO_ID;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  return cur;
};

function advanceGoStatus(o: Ordering, ev: WireEvent, t: EvTable, gen: number, cur: Ctx): Advance {
  const gid = ev.args[0] as number;
  const rawM = ev.args[1] as number;
  const mid = rawM >= 2 ** 63 ? NO_ID : rawM;
  const status = ev.args[2] as number;
  if (status < 1 || status > 4) return `invalid status for goroutine ${gid}: ${status}`;
  let oldState = [0, 2, 3, 5, 4][status] as number;
  const s = o.gStates.get(gid);
  if (s !== undefined) {
    if (s.status !== status)
      return `inconsistent status for goroutine ${gid}: old ${s.status} vs. new ${status}`;
    s.seq = { gen, seq: 0 };
  } else if (gen === o.initialGen) {
    o.gStates.set(gid, new GState(gid, status, { gen, seq: 0 }));
    oldState = 0;
  } else {
    return `found goroutine status for new goroutine after the first generation: id=${gid} status=${status}`;
  }
  ev.args[2] = oldState * 2 ** 32 + status;
  const next = { ...cur };
  let ctx = cur;
  if (status === GoStatus.Running) {
    next.g = gid;
  } else if (status === GoStatus.Syscall) {
    if (mid === NO_ID) return `found goroutine ${gid} in syscall without a thread`;
    if (mid === cur.m) {
      if (gen !== o.initialGen && cur.g !== gid) {
        return `inconsistent thread for syscalling goroutine ${gid}: thread has goroutine ${cur.g}`;
      }
      next.g = gid;
    } else {
      ctx = { ...cur };
      const ms = o.mStates.get(mid);
      if (ms !== undefined) {
        if (ms.g !== gid)
          return `inconsistent thread for syscalling goroutine ${gid}: thread has goroutine ${ms.g}`;
        ctx.g = ms.g;
      } else {
        o.mStates.set(mid, { g: gid, p: NO_ID });
      }
      ctx.m = mid;
    }
  }
  o.push(t, ctx, ev.typ, ev.time, ev.args);
  return next;
}
handlers[Ev.GoStatus] = advanceGoStatus;
handlers[Ev.GoStatusStack] = advanceGoStatus;

function advanceGoCreate(o: Ordering, ev: WireEvent, t: EvTable, gen: number, cur: Ctx): Advance {
  const bad = validateCtx(cur, [2, 2, 1]);
  if (bad !== undefined) return bad;
  const creator = o.gStates.get(cur.g);
  if (creator !== undefined && creator.status !== GoStatus.Running) {
    return `${o.evName(ev.typ)} event for goroutine that's not Running`;
  }
  const newg = ev.args[0] as number;
  if (o.gStates.has(newg)) return `tried to create goroutine (${newg}) that already exists`;
  const status = ev.typ === Ev.GoCreateBlocked ? GoStatus.Waiting : GoStatus.Runnable;
  o.gStates.set(newg, new GState(newg, status, { gen, seq: 0 }));
  o.push(t, cur, ev.typ, ev.time, ev.args);
  return cur;
}
handlers[Ev.GoCreate] = advanceGoCreate;
handlers[Ev.GoCreateBlocked] = advanceGoCreate;

/** GoDestroy, GoStop, GoBlock: the running goroutine leaves its M. */
function advanceGoStopExec(
  o: Ordering,
  ev: WireEvent,
  t: EvTable,
  _gen: number,
  cur: Ctx,
): Advance {
  const bad = validateCtx(cur, USER_GO_REQS);
  if (bad !== undefined) return bad;
  const state = o.gStates.get(cur.g);
  if (state === undefined)
    return `event ${o.evName(ev.typ)} for goroutine (${cur.g}) that doesn't exist`;
  if (state.status !== GoStatus.Running)
    return `${o.evName(ev.typ)} event for goroutine that's not Running`;
  if (ev.typ === Ev.GoDestroy) o.gStates.delete(cur.g);
  else state.status = ev.typ === Ev.GoStop ? GoStatus.Runnable : GoStatus.Waiting;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  cur.g = NO_ID;
  return cur;
}
handlers[Ev.GoDestroy] = advanceGoStopExec;
handlers[Ev.GoStop] = advanceGoStopExec;
handlers[Ev.GoBlock] = advanceGoStopExec;

handlers[Ev.GoStart] = (o, ev, t, gen, cur) => {
  const gid = ev.args[0] as number;
  const seq = { gen, seq: ev.args[1] as number };
  const state = o.gStates.get(gid);
  if (state === undefined || state.status !== GoStatus.Runnable || !succeeds(seq, state.seq))
    return false;
  const bad = validateCtx(cur, [2, 2, 0]);
  if (bad !== undefined) return bad;
  state.status = GoStatus.Running;
  state.seq = seq;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  cur.g = gid;
  return cur;
};

handlers[Ev.GoUnblock] = (o, ev, t, gen, cur) => {
  const gid = ev.args[0] as number;
  const seq = { gen, seq: ev.args[1] as number };
  const state = o.gStates.get(gid);
  if (state === undefined || state.status !== GoStatus.Waiting || !succeeds(seq, state.seq))
    return false;
  state.status = GoStatus.Runnable;
  state.seq = seq;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  return cur;
};

/** GoSwitch, GoSwitchDestroy (iter.Pull coroutines): Go emits the switch, a block or
 * destroy of the current goroutine, and a start of the next. */
function advanceGoSwitch(o: Ordering, ev: WireEvent, t: EvTable, gen: number, cur: Ctx): Advance {
  const bad = validateCtx(cur, USER_GO_REQS);
  if (bad !== undefined) return bad;
  const curG = o.gStates.get(cur.g);
  if (curG === undefined)
    return `event ${o.evName(ev.typ)} for goroutine (${cur.g}) that doesn't exist`;
  if (curG.status !== GoStatus.Running)
    return `${o.evName(ev.typ)} event for goroutine that's not Running`;
  const nextg = ev.args[0] as number;
  const seq = { gen, seq: ev.args[1] as number };
  const nextG = o.gStates.get(nextg);
  if (nextG === undefined || nextG.status !== GoStatus.Waiting || !succeeds(seq, nextG.seq))
    return false;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  if (ev.typ === Ev.GoSwitch) {
    curG.status = GoStatus.Waiting;
    o.push(t, cur, Ev.GoBlock, ev.time, [0, 0, 0, 0]);
  } else {
    o.gStates.delete(cur.g);
    o.push(t, cur, Ev.GoDestroy, ev.time, [0, 0, 0, 0]);
  }
  nextG.status = GoStatus.Running;
  nextG.seq = seq;
  o.push(t, { ...cur, g: NO_ID }, Ev.GoStart, ev.time, [nextg, ev.args[1] as number, 0, 0]);
  cur.g = nextg;
  return cur;
}
handlers[Ev.GoSwitch] = advanceGoSwitch;
handlers[Ev.GoSwitchDestroy] = advanceGoSwitch;

// The other rules live in order-syscall.ts and order-annotations.ts.
for (let typ = 0; typ < 256; typ++) {
  handlers[typ] ??= orderSyscall[typ] ?? orderAnnotation[typ];
}
