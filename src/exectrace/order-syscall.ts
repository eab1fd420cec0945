// The ordering rules of system calls (Go 1.26 src/internal/trace/order.go): a goroutine
// enters a syscall with its P, leaves it with the P or without (the P was stolen: the
// ProcSteal must be ordered first), and cgo callbacks create and destroy goroutines on
// threads in a syscall.

import { NO_ID } from "./event.js";
import type { Advance, Ordering, WireEvent } from "./order.js";
import {
  type Ctx,
  GoStatus,
  GState,
  ProcStatus,
  succeeds,
  USER_GO_REQS,
  validateCtx,
} from "./order-state.js";
import { Ev } from "./spec.js";
import type { EvTable } from "./tables.js";

type Handler = (o: Ordering, ev: WireEvent, t: EvTable, gen: number, cur: Ctx) => Advance;

export const orderSyscall: Array<Handler | undefined> = [];

orderSyscall[Ev.GoSyscallBegin] = (o, ev, t, gen, cur) => {
  const bad = validateCtx(cur, USER_GO_REQS);
  if (bad !== undefined) return bad;
  const state = o.gStates.get(cur.g);
  if (state === undefined)
    return `event GoSyscallBegin for goroutine (${cur.g}) that doesn't exist`;
  if (state.status !== GoStatus.Running)
    return "GoSyscallBegin event for goroutine that's not Running";
  state.status = GoStatus.Syscall;
  const ps = o.pStates.get(cur.p);
  if (ps === undefined) return `uninitialized proc ${cur.p} found during GoSyscallBegin`;
  ps.status = ProcStatus.Syscall;
  const pSeq = { gen, seq: ev.args[0] as number };
  if (!succeeds(pSeq, ps.seq)) {
    return `failed to advance GoSyscallBegin: can't make sequence: ${ps.seq.seq} -> ${pSeq.seq}`;
  }
  ps.seq = pSeq;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  return cur;
};

orderSyscall[Ev.GoSyscallEnd] = (o, ev, t, _gen, cur) => {
  const bad = validateCtx(cur, USER_GO_REQS);
  if (bad !== undefined) return bad;
  const state = o.gStates.get(cur.g);
  if (state === undefined) return `event GoSyscallEnd for goroutine (${cur.g}) that doesn't exist`;
  if (state.status !== GoStatus.Syscall)
    return "GoSyscallEnd event for goroutine that's not Syscall";
  state.status = GoStatus.Running;
  const ps = o.pStates.get(cur.p);
  if (ps === undefined) return `uninitialized proc ${cur.p} found during GoSyscallEnd`;
  if (ps.status !== ProcStatus.Syscall)
    return `expected proc ${cur.p} in state Syscall, but got ${ps.status} instead`;
  ps.status = ProcStatus.Running;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  return cur;
};

orderSyscall[Ev.GoSyscallEndBlocked] = (o, ev, t, _gen, cur) => {
  if (cur.p !== NO_ID) {
    const ps = o.pStates.get(cur.p);
    if (ps === undefined) return `uninitialized proc ${cur.p} found during GoSyscallEndBlocked`;
    // The P is still ours until the ProcSteal that took it is ordered.
    if (ps.status === ProcStatus.Syscall) return false;
  }
  const bad = validateCtx(cur, [2, 1, 2]);
  if (bad !== undefined) return bad;
  const state = o.gStates.get(cur.g);
  if (state === undefined)
    return `event GoSyscallEndBlocked for goroutine (${cur.g}) that doesn't exist`;
  if (state.status !== GoStatus.Syscall)
    return "GoSyscallEndBlocked event for goroutine that's not Syscall";
  state.status = GoStatus.Runnable;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  cur.g = NO_ID;
  return cur;
};

orderSyscall[Ev.GoCreateSyscall] = (o, ev, t, gen, cur) => {
  const bad = validateCtx(cur, [2, 1, 0]);
  if (bad !== undefined) return bad;
  const newg = ev.args[0] as number;
  if (o.gStates.has(newg))
    return `tried to create goroutine (${newg}) in syscall that already exists`;
  o.gStates.set(newg, new GState(newg, GoStatus.Syscall, { gen, seq: 0 }));
  o.push(t, cur, ev.typ, ev.time, ev.args);
  cur.g = newg;
  return cur;
};

orderSyscall[Ev.GoDestroySyscall] = (o, ev, t, _gen, cur) => {
  const bad = validateCtx(cur, [2, 1, 2]);
  if (bad !== undefined) return bad;
  const state = o.gStates.get(cur.g);
  if (state === undefined)
    return `event GoDestroySyscall for goroutine (${cur.g}) that doesn't exist`;
  if (state.status !== GoStatus.Syscall)
    return "GoDestroySyscall event for goroutine that's not Syscall";
  o.gStates.delete(cur.g);
  const next = { ...cur, g: NO_ID };
  if (cur.p !== NO_ID) {
    const ps = o.pStates.get(cur.p);
    if (ps === undefined) return `found invalid proc ${cur.p} during GoDestroySyscall`;
    if (ps.status !== ProcStatus.Syscall)
      return `proc ${cur.p} in unexpected state during GoDestroySyscall`;
    ps.status = ProcStatus.SyscallAbandoned;
    next.p = NO_ID;
    // Go emits a steal of the P in syscall before the destroy.
    o.push(t, cur, Ev.ProcSteal, ev.time, [cur.p, 0, 0, ProcStatus.Syscall]);
  }
  o.push(t, cur, ev.typ, ev.time, ev.args);
  return next;
};
