// The old trace format (Go 1.11-1.21) ordered as Go 1.26's parser of it orders it
// (src/internal/trace/internal/tracev1/parser.go parseEventBatches, order.go): each P's
// batches merged into one stream where an event waits until its goroutine is in the state the
// event starts from (sequence numbers), the earliest ready event first; syscall exits moved to
// their real time; ticks made nanoseconds from the first event; timers, syscall exits, GC and
// network wake-ups put on Go's fake Ps. Where Go gives up (a cut or inconsistent trace) this
// keeps what it has and says where. The whole trace is held in memory, as Go does.

import {
  GC_P,
  NETPOLL_P,
  Parser,
  PROFILE_P,
  SYSCALL_P,
  TIMER_P,
  V1,
  type V1Event,
  type V1Frame,
  type V1Trace,
} from "./old-decode.js";
import { V1Store } from "./old-store.js";

export function parseOldTrace(data: Uint8Array, version: number): V1Trace {
  const parser = new Parser(data, version);
  parser.collect();
  const inconsistencies = new Inconsistencies();
  const store = mergeBatches(parser, inconsistencies);
  if (parser.ticksPerSec <= 0 && parser.error === undefined) {
    parser.fail("no frequency event", data.length);
  }
  const order = fixSyscallExits(store, inconsistencies);
  toNanoseconds(store, order, parser);
  const missing = postProcess(store, order, parser.stacks);
  // The stack table comes last: a trace cut inside it reads as whole but for these.
  if (missing > 0 && parser.error === undefined)
    parser.fail(`${missing} events refer to stacks the trace does not hold`, data.length);
  return {
    store,
    order,
    strings: parser.strings,
    inlineStrings: parser.inlineStrings,
    stacks: parser.stacks,
    ...(parser.error !== undefined ? { error: parser.error } : {}),
    inconsistencies: inconsistencies.list(),
  };
}

/** Where Go's reader would give up: the first of each kind, and how many more there were. */
class Inconsistencies {
  private readonly kinds = new Map<string, { first: string; more: number }>();

  add(message: string): void {
    const kind = message.replace(/\d+/g, "N");
    const known = this.kinds.get(kind);
    if (known === undefined) this.kinds.set(kind, { first: message, more: 0 });
    else known.more++;
  }

  list(): string[] {
    return [...this.kinds.values()].map((k) =>
      k.more === 0 ? k.first : `${k.first} (and ${k.more} more like it)`,
    );
  }
}

// Goroutine states and the sequence sentinels of order.go.
const G_DEAD = 0;
const G_RUNNABLE = 1;
const G_RUNNING = 2;
const G_WAITING = 3;
const UNORDERED = -1;
const GARBAGE = -2;
const NOSEQ = -1;
const SEQINC = -2;

interface GState {
  seq: number;
  status: number;
}

/** order.go stateTransition: the goroutine, its state before (init) and after (next). */
function stateTransition(ev: V1Event): { g: number; init: GState; next: GState } {
  const st = (seq: number, status: number): GState => ({ seq, status });
  switch (ev.type) {
    case V1.GoCreate:
      return { g: ev.a0, init: st(0, G_DEAD), next: st(1, G_RUNNABLE) };
    case V1.GoWaiting:
    case V1.GoInSyscall:
      return { g: ev.g, init: st(1, G_RUNNABLE), next: st(2, G_WAITING) };
    case V1.GoStart:
    case V1.GoStartLabel:
      return { g: ev.g, init: st(ev.a1, G_RUNNABLE), next: st(ev.a1 + 1, G_RUNNING) };
    case V1.GoStartLocal:
      return { g: ev.g, init: st(NOSEQ, G_RUNNABLE), next: st(SEQINC, G_RUNNING) };
    case V1.GoBlock:
    case V1.GoBlockSend:
    case V1.GoBlockRecv:
    case V1.GoBlockSelect:
    case V1.GoBlockSync:
    case V1.GoBlockCond:
    case V1.GoBlockNet:
    case V1.GoSleep:
    case V1.GoSysBlock:
    case V1.GoBlockGC:
      return { g: ev.g, init: st(NOSEQ, G_RUNNING), next: st(NOSEQ, G_WAITING) };
    case V1.GoSched:
    case V1.GoPreempt:
      return { g: ev.g, init: st(NOSEQ, G_RUNNING), next: st(NOSEQ, G_RUNNABLE) };
    case V1.GoUnblock:
    case V1.GoSysExit:
      return {
        g: ev.a0,
        init: st(ev.a1, G_WAITING),
        next: st(ev.a1 + 1, G_RUNNABLE),
      };
    case V1.GoUnblockLocal:
    case V1.GoSysExitLocal:
      return { g: ev.a0, init: st(NOSEQ, G_WAITING), next: st(SEQINC, G_RUNNABLE) };
    case V1.GCStart:
      return { g: GARBAGE, init: st(ev.a0, G_DEAD), next: st(ev.a0 + 1, G_DEAD) };
    default:
      return { g: UNORDERED, init: st(0, 0), next: st(0, 0) };
  }
}

const DEAD: GState = { seq: 0, status: G_DEAD };

function ready(g: number, curr: GState, init: GState): boolean {
  return (
    g === UNORDERED ||
    ((init.seq === NOSEQ || init.seq === curr.seq) && init.status === curr.status)
  );
}

interface Proc {
  pid: number;
  events: V1Event[];
  at: number;
  done: boolean;
}

/**
 * parseEventBatches: each P's batches are in order; the stream takes, from the first unmerged
 * event of every P whose goroutine is ready for it, the earliest (a binary heap by time, with
 * Go's own push and pop so that equal times come out as Go's do).
 */
function mergeBatches(parser: Parser, inconsistencies: Inconsistencies): V1Store {
  let capacity = parser.cpuSamples.length;
  for (const list of parser.batches.values()) for (const b of list) capacity += b.n;
  const out = new V1Store(capacity);
  const samples = [...parser.cpuSamples].sort((a, b) => a.ts - b.ts);
  const all: Proc[] = [...parser.batches.keys()].map((pid) => ({
    pid,
    events: [],
    at: 0,
    done: false,
  }));
  all.push({ pid: PROFILE_P, events: samples, at: 0, done: false });
  const gs = new Map<number, GState>();
  const heap: Array<{ ev: V1Event; proc: Proc }> = [];
  let available = [...all];
  for (;;) {
    for (let i = 0; i < available.length; i++) {
      const proc = available[i] as Proc;
      while (proc.at >= proc.events.length) {
        const evs = proc.pid === PROFILE_P ? undefined : parser.loadBatch(proc.pid);
        if (evs === undefined) break;
        proc.events = evs;
        proc.at = 0;
      }
      if (proc.at >= proc.events.length) {
        proc.done = true;
        available[i] = available[available.length - 1] as Proc;
        available.pop();
        i--;
        continue;
      }
      const ev = proc.events[proc.at] as V1Event;
      const { g, init } = stateTransition(ev);
      if (!ready(g, gs.get(g) ?? DEAD, init)) continue;
      proc.at++;
      available[i] = available[available.length - 1] as Proc;
      available.pop();
      heapPush(heap, { ev, proc });
      i--;
    }
    if (heap.length === 0) {
      const stuck = all.filter((p) => !p.done);
      if (stuck.length === 0) break;
      // Go stops here ("no consistent ordering of events possible"): take the earliest
      // waiting event anyway, so that a cut trace still yields what it holds.
      inconsistencies.add("no consistent ordering of events possible: merged by time from here");
      let first = stuck[0] as Proc;
      for (const p of stuck)
        if ((p.events[p.at] as V1Event).ts < (first.events[first.at] as V1Event).ts) first = p;
      heapPush(heap, { ev: first.events[first.at++] as V1Event, proc: first });
      available = available.filter((p) => p !== first);
    }
    const f = heapPop(heap);
    const { g, init, next } = stateTransition(f.ev);
    if (f.ev.type === V1.GoStartLocal) f.ev.type = V1.GoStart;
    else if (f.ev.type === V1.GoUnblockLocal) f.ev.type = V1.GoUnblock;
    else if (f.ev.type === V1.GoSysExitLocal) f.ev.type = V1.GoSysExit;
    out.push(f.ev);
    if (g !== UNORDERED) {
      const curr = gs.get(g) ?? DEAD;
      if (!ready(g, curr, init))
        inconsistencies.add(`impossible state transition of goroutine ${g} at tick ${f.ev.ts}`);
      const seq = next.seq === NOSEQ ? curr.seq : next.seq === SEQINC ? curr.seq + 1 : next.seq;
      gs.set(g, { seq, status: next.status });
    }
    available.push(f.proc);
  }
  return out;
}

type Item = { ev: V1Event; proc: Proc };

function heapPush(h: Item[], x: Item): void {
  h.push(x);
  let j = h.length - 1;
  for (;;) {
    const i = Math.trunc((j - 1) / 2);
    if (i === j || !((h[j] as Item).ev.ts < (h[i] as Item).ev.ts)) break;
    [h[i], h[j]] = [h[j] as Item, h[i] as Item];
    j = i;
  }
}

function heapPop(h: Item[]): Item {
  const n = h.length - 1;
  [h[0], h[n]] = [h[n] as Item, h[0] as Item];
  let i = 0;
  for (;;) {
    const j1 = 2 * i + 1;
    if (j1 >= n) break;
    let j = j1;
    const j2 = j1 + 1;
    if (j2 < n && (h[j2] as Item).ev.ts < (h[j1] as Item).ev.ts) j = j2;
    if (!((h[j] as Item).ev.ts < (h[i] as Item).ev.ts)) break;
    [h[i], h[j]] = [h[j] as Item, h[i] as Item];
    i = j;
  }
  return h.pop() as Item;
}

/** A syscall exit takes the time the syscall really returned, then the stream is re-sorted. */
function fixSyscallExits(store: V1Store, inconsistencies: Inconsistencies): Uint32Array {
  const lastSysBlock = new Map<number, number>();
  let sorted = true;
  for (let i = 0; i < store.length; i++) {
    moveSyscallExit(store, i, lastSysBlock, inconsistencies);
    if (i > 0 && (store.ts[i] as number) < (store.ts[i - 1] as number)) sorted = false;
  }
  // Go re-sorts with sort.Stable: equal times keep their order (the index breaks ties).
  const order = new Uint32Array(store.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  if (!sorted) order.sort((x, y) => (store.ts[x] as number) - (store.ts[y] as number) || x - y);
  return order;
}

/** A syscall exit takes the time its syscall returned (recorded in the event), if it can. */
function moveSyscallExit(
  store: V1Store,
  i: number,
  lastSysBlock: Map<number, number>,
  inconsistencies: Inconsistencies,
): void {
  const type = store.type[i] as number;
  const g = store.g[i] as number;
  if (type === V1.GoSysBlock || type === V1.GoInSyscall) lastSysBlock.set(g, store.ts[i] as number);
  if (type !== V1.GoSysExit) return;
  const ts = store.a2[i] as number;
  if (ts === 0) return;
  const block = lastSysBlock.get(g) ?? 0;
  if (block === 0 || ts < block) {
    inconsistencies.add(`syscall exit of goroutine ${g} before its syscall blocked`);
    return;
  }
  store.ts[i] = ts;
}

function toNanoseconds(store: V1Store, order: Uint32Array, parser: Parser): void {
  if (order.length === 0) return;
  const minTs = store.ts[order[0] as number] as number;
  const perTick = parser.ticksPerSec > 0 ? 1e9 / parser.ticksPerSec : 1;
  for (let i = 0; i < store.length; i++) {
    store.ts[i] = Math.trunc(((store.ts[i] as number) - minTs) * perTick);
    const type = store.type[i] as number;
    if (type === V1.GoUnblock && parser.timerGoids.has(store.g[i] as number)) store.p[i] = TIMER_P;
    if (type === V1.GoSysExit) store.p[i] = SYSCALL_P;
  }
}

/**
 * postProcessTrace, for what it changes (Go also rejects inconsistent traces here; panicscope
 * reads on): GC on its fake P, a wake-up from the network on the netpoller's, the creation
 * stack on a goroutine's first start, and stacks that do not exist dropped (returns how many).
 */
function postProcess(store: V1Store, order: Uint32Array, stacks: Map<number, V1Frame[]>): number {
  let missing = 0;
  // Goroutine → the type of the event that last changed it, and its creation stack until it starts.
  const last = new Map<number, number>();
  const created = new Map<number, number>();
  for (const i of order) {
    const ev = store.at(i);
    switch (ev.type) {
      case V1.GCStart:
        ev.p = GC_P;
        break;
      case V1.GoCreate:
        last.set(ev.a0, ev.type);
        created.set(ev.a0, ev.a1);
        break;
      case V1.GoStart:
      case V1.GoStartLabel: {
        const c = created.get(ev.g);
        if (c !== undefined) {
          ev.stk = c;
          created.delete(ev.g);
        }
        last.delete(ev.g);
        break;
      }
      case V1.GoUnblock:
        if (last.get(ev.a0) === V1.GoBlockNet) ev.p = NETPOLL_P;
        last.set(ev.a0, ev.type);
        break;
      case V1.GoWaiting:
      case V1.GoInSyscall:
      case V1.GoSched:
      case V1.GoPreempt:
      case V1.GoSysCall:
      case V1.GoSysExit:
      case V1.GoSleep:
      case V1.GoBlock:
      case V1.GoBlockSend:
      case V1.GoBlockRecv:
      case V1.GoBlockSelect:
      case V1.GoBlockSync:
      case V1.GoBlockCond:
      case V1.GoBlockNet:
      case V1.GoBlockGC:
        last.set(ev.g, ev.type);
        break;
    }
    if (ev.stk !== 0 && (stacks.get(ev.stk)?.length ?? 0) === 0) {
      ev.stk = 0;
      missing++;
    }
  }
  return missing;
}
