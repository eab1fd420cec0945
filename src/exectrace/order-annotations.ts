// The ordering rules for everything that is not a goroutine or proc state change: the GC
// cycle (global sequence), sweeps and mark assists and stop-the-world ranges, user tasks,
// regions, logs, labels and metrics (Go 1.26 src/internal/trace/order.go).

import { NO_ID } from "./event.js";
import type { Advance, Ordering, WireEvent } from "./order.js";
import { type Ctx, makeRangeType, type Reqs, USER_GO_REQS, validateCtx } from "./order-state.js";
import { Ev } from "./spec.js";
import type { EvTable } from "./tables.js";

type Handler = (o: Ordering, ev: WireEvent, t: EvTable, gen: number, cur: Ctx) => Advance;

export const orderAnnotation: Array<Handler | undefined> = [];

/** Events that only need a context: push them as they are. */
function plain(reqs: Reqs): Handler {
  return (o, ev, t, _gen, cur) => {
    const bad = validateCtx(cur, reqs);
    if (bad !== undefined) return bad;
    o.push(t, cur, ev.typ, ev.time, ev.args);
    return cur;
  };
}

orderAnnotation[Ev.ProcsChange] = plain(USER_GO_REQS);
orderAnnotation[Ev.GoLabel] = plain(USER_GO_REQS);
orderAnnotation[Ev.UserLog] = plain(USER_GO_REQS);
orderAnnotation[Ev.HeapAlloc] = plain([2, 2, 1]);
orderAnnotation[Ev.HeapGoal] = plain([2, 2, 1]);
for (let typ = 128; typ <= 136; typ++) orderAnnotation[typ] = plain([2, 1, 1]);

orderAnnotation[Ev.GCActive] = (o, ev, t, gen, cur) => {
  const seq = ev.args[0] as number;
  if (gen === o.initialGen) {
    if (o.gcState !== 0) return "GCActive in the first generation isn't first GC event";
    o.gcSeq = seq;
    o.gcState = 2;
    o.push(t, cur, ev.typ, ev.time, ev.args);
    return cur;
  }
  if (seq !== o.gcSeq + 1) return false;
  if (o.gcState !== 2) return "encountered GCActive while GC was not in progress";
  o.gcSeq = seq;
  const bad = validateCtx(cur, USER_GO_REQS);
  if (bad !== undefined) return bad;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  return cur;
};

orderAnnotation[Ev.GCBegin] = (o, ev, t, _gen, cur) => {
  const seq = ev.args[0] as number;
  if (o.gcState === 0) {
    o.gcSeq = seq;
    o.gcState = 2;
    o.push(t, cur, ev.typ, ev.time, ev.args);
    return cur;
  }
  if (seq !== o.gcSeq + 1) return false;
  if (o.gcState === 2) return "encountered GCBegin while GC was already in progress";
  o.gcSeq = seq;
  o.gcState = 2;
  const bad = validateCtx(cur, USER_GO_REQS);
  if (bad !== undefined) return bad;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  return cur;
};

orderAnnotation[Ev.GCEnd] = (o, ev, t, _gen, cur) => {
  const seq = ev.args[0] as number;
  if (seq !== o.gcSeq + 1) return false;
  if (o.gcState === 1) return "encountered GCEnd when GC was not in progress";
  if (o.gcState === 0) return "encountered GCEnd when GC was in an undetermined state";
  o.gcSeq = seq;
  o.gcState = 1;
  const bad = validateCtx(cur, USER_GO_REQS);
  if (bad !== undefined) return bad;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  return cur;
};

orderAnnotation[Ev.GCSweepBegin] = (o, ev, t, _gen, cur) => {
  const bad = validateCtx(cur, [2, 2, 1]);
  if (bad !== undefined) return bad;
  const ps = o.pStates.get(cur.p);
  if (ps === undefined) return `GCSweepBegin on unknown proc ${cur.p}`;
  const e = ps.begin(makeRangeType(ev.typ, 0));
  if (e !== undefined) return e;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  return cur;
};

orderAnnotation[Ev.GCSweepActive] = (o, ev, t, gen, cur) => {
  const pid = ev.args[0] as number;
  const ps = o.pStates.get(pid);
  if (ps === undefined) return `encountered GCSweepActive for unknown proc ${pid}`;
  const e = ps.active(makeRangeType(ev.typ, 0), gen === o.initialGen);
  if (e !== undefined) return e;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  return cur;
};

orderAnnotation[Ev.GCSweepEnd] = (o, ev, t, _gen, cur) => {
  const bad = validateCtx(cur, [2, 2, 1]);
  if (bad !== undefined) return bad;
  const ps = o.pStates.get(cur.p);
  if (ps === undefined) return `GCSweepEnd on unknown proc ${cur.p}`;
  const r = ps.end(ev.typ);
  if (typeof r === "string") return r;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  return cur;
};

/** STWBegin, GCMarkAssistBegin: a range on the running goroutine. */
function goRangeBegin(o: Ordering, ev: WireEvent, t: EvTable, _gen: number, cur: Ctx): Advance {
  const bad = validateCtx(cur, USER_GO_REQS);
  if (bad !== undefined) return bad;
  const desc = ev.typ === Ev.STWBegin ? (ev.args[0] as number) : 0;
  const gs = o.gStates.get(cur.g);
  if (gs === undefined)
    return `encountered event of type ${ev.typ} without known state for current goroutine ${cur.g}`;
  const e = gs.begin(makeRangeType(ev.typ, desc));
  if (e !== undefined) return e;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  return cur;
}
orderAnnotation[Ev.STWBegin] = goRangeBegin;
orderAnnotation[Ev.GCMarkAssistBegin] = goRangeBegin;

orderAnnotation[Ev.GCMarkAssistActive] = (o, ev, t, gen, cur) => {
  const gid = ev.args[0] as number;
  const gs = o.gStates.get(gid);
  if (gs === undefined) return `uninitialized goroutine ${gid} found during GCMarkAssistActive`;
  const e = gs.active(makeRangeType(ev.typ, 0), gen === o.initialGen);
  if (e !== undefined) return e;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  return cur;
};

/** STWEnd, GCMarkAssistEnd; STWEnd gets its begin's kind string. */
function goRangeEnd(o: Ordering, ev: WireEvent, t: EvTable, _gen: number, cur: Ctx): Advance {
  const bad = validateCtx(cur, USER_GO_REQS);
  if (bad !== undefined) return bad;
  const gs = o.gStates.get(cur.g);
  if (gs === undefined)
    return `encountered event of type ${ev.typ} without known state for current goroutine ${cur.g}`;
  const desc = gs.end(ev.typ);
  if (typeof desc === "string") return desc;
  if (ev.typ === Ev.STWEnd) ev.args[0] = desc;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  return cur;
}
orderAnnotation[Ev.STWEnd] = goRangeEnd;
orderAnnotation[Ev.GCMarkAssistEnd] = goRangeEnd;

orderAnnotation[Ev.UserTaskBegin] = (o, ev, t, _gen, cur) => {
  const id = ev.args[0] as number;
  if (o.activeTasks.has(id)) return `task ID conflict: ${id}`;
  let parent = ev.args[1] as number;
  if (parent === 0) {
    // BackgroundTask (0) as a parent means no parent: NoTask, 2^64-1.
    parent = 2 ** 64;
    ev.args[1] = parent;
  }
  const name = t.string(ev.args[2] as number);
  if (name === undefined) return `invalid string ID ${ev.args[2]} for UserTaskBegin event`;
  o.activeTasks.set(id, { name, parent });
  const bad = validateCtx(cur, USER_GO_REQS);
  if (bad !== undefined) return bad;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  return cur;
};

orderAnnotation[Ev.UserTaskEnd] = (o, ev, t, _gen, cur) => {
  const id = ev.args[0] as number;
  const ts = o.activeTasks.get(id);
  if (ts !== undefined) {
    ev.args[2] = ts.parent;
    ev.args[3] = t.addExtraString(ts.name);
    o.activeTasks.delete(id);
  } else {
    ev.args[2] = 2 ** 64;
    ev.args[3] = 0;
  }
  const bad = validateCtx(cur, USER_GO_REQS);
  if (bad !== undefined) return bad;
  o.push(t, cur, ev.typ, ev.time, ev.args);
  return cur;
};

function regionEdge(begin: boolean): Handler {
  return (o, ev, t, _gen, cur) => {
    const bad = validateCtx(cur, USER_GO_REQS);
    if (bad !== undefined) return bad;
    const task = ev.args[0] as number;
    const name = t.string(ev.args[1] as number);
    if (name === undefined)
      return `invalid string ID ${ev.args[1]} for ${begin ? "UserRegionBegin" : "UserRegionEnd"} event`;
    const gs = o.gStates.get(cur.g);
    if (gs === undefined || cur.g === NO_ID) {
      return `encountered ${begin ? "EvUserRegionBegin" : "EvUserRegionEnd"} without known state for current goroutine ${cur.g}`;
    }
    if (begin) {
      gs.regions.push({ task, name });
    } else if (gs.regions.length > 0) {
      const top = gs.regions[gs.regions.length - 1] as { task: number; name: string };
      if (top.task !== task || top.name !== name) {
        return `misuse of region in goroutine ${cur.g}: region end ${name} when the inner-most active region start event is ${top.name}`;
      }
      gs.regions.pop();
    }
    o.push(t, cur, ev.typ, ev.time, ev.args);
    return cur;
  };
}
orderAnnotation[Ev.UserRegionBegin] = regionEdge(true);
orderAnnotation[Ev.UserRegionEnd] = regionEdge(false);
