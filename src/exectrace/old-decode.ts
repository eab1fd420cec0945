// The old trace format (Go 1.11-1.21) decoded as Go 1.26's parser of it decodes it
// (src/internal/trace/internal/tracev1/parser.go readRawEvent, loadBatch, parseEvent): where
// each P's batches are, the CPU samples, strings, stacks, and each batch's events with their
// goroutine and ticks. old-order.ts merges them into one stream.

import type { V1Store } from "./old-store.js";
import { readUvarint, uvarintEnd } from "./source.js";

/** v1 event types (tracev1/parser.go). */
export const V1 = {
  Batch: 1,
  Frequency: 2,
  Stack: 3,
  Gomaxprocs: 4,
  ProcStart: 5,
  ProcStop: 6,
  GCStart: 7,
  GCDone: 8,
  STWStart: 9,
  STWDone: 10,
  GCSweepStart: 11,
  GCSweepDone: 12,
  GoCreate: 13,
  GoStart: 14,
  GoEnd: 15,
  GoStop: 16,
  GoSched: 17,
  GoPreempt: 18,
  GoSleep: 19,
  GoBlock: 20,
  GoUnblock: 21,
  GoBlockSend: 22,
  GoBlockRecv: 23,
  GoBlockSelect: 24,
  GoBlockSync: 25,
  GoBlockCond: 26,
  GoBlockNet: 27,
  GoSysCall: 28,
  GoSysExit: 29,
  GoSysBlock: 30,
  GoWaiting: 31,
  GoInSyscall: 32,
  HeapAlloc: 33,
  HeapGoal: 34,
  TimerGoroutine: 35,
  FutileWakeup: 36,
  String: 37,
  GoStartLocal: 38,
  GoUnblockLocal: 39,
  GoSysExitLocal: 40,
  GoStartLabel: 41,
  GoBlockGC: 42,
  GCMarkAssistStart: 43,
  GCMarkAssistDone: 44,
  UserTaskCreate: 45,
  UserTaskEnd: 46,
  UserRegion: 47,
  UserLog: 48,
  CPUSample: 49,
} as const;

/** EventDescriptions: [number of args, has a stack, oldest header version]. */
const DESC: Array<[number, boolean, number]> = [
  [0, false, 5], // None
  [2, false, 5], // Batch
  [1, false, 5],
  [2, false, 5], // Stack (variable)
  [1, true, 5], // Gomaxprocs
  [1, false, 5],
  [0, false, 5],
  [1, true, 5], // GCStart
  [0, false, 5],
  [1, false, 5], // STWStart
  [0, false, 5],
  [0, true, 5], // GCSweepStart
  [2, false, 5],
  [2, true, 5], // GoCreate
  [2, false, 5],
  [0, false, 5],
  [0, true, 5], // GoStop
  [0, true, 5],
  [0, true, 5],
  [0, true, 5],
  [0, true, 5], // GoBlock
  [2, true, 5], // GoUnblock
  [0, true, 5],
  [0, true, 5],
  [0, true, 5],
  [0, true, 5],
  [0, true, 5],
  [0, true, 5], // GoBlockNet
  [0, true, 5], // GoSysCall
  [3, false, 5], // GoSysExit
  [0, false, 5],
  [1, false, 5], // GoWaiting
  [1, false, 5],
  [1, false, 5], // HeapAlloc
  [1, false, 5],
  [1, false, 5], // TimerGoroutine
  [0, false, 5],
  [0, false, 7], // String
  [1, false, 7], // GoStartLocal
  [1, true, 7],
  [2, false, 7], // GoSysExitLocal
  [3, false, 8], // GoStartLabel
  [0, true, 8],
  [0, true, 9], // GCMarkAssistStart
  [0, false, 9],
  [3, true, 11], // UserTaskCreate
  [1, true, 11],
  [3, true, 11], // UserRegion
  [2, true, 11], // UserLog
  [3, true, 19], // CPUSample
];

export function hasStack(typ: number): boolean {
  return DESC[typ]?.[1] ?? false;
}

/** Fake Ps of the old parser. */
export const TIMER_P = 1000001;
export const NETPOLL_P = 1000002;
export const SYSCALL_P = 1000003;
export const GC_P = 1000004;
export const PROFILE_P = 1000005;

export interface V1Event {
  type: number;
  /** Ticks while ordering, then nanoseconds since the first event. */
  ts: number;
  p: number;
  g: number;
  /** Arguments after the timestamp (stack ids apart), fields rather than an array: old traces are
   * held whole, and an array more per event doubles their memory. */
  a0: number;
  a1: number;
  a2: number;
  a3: number;
  stk: number;
}

export interface V1Frame {
  pc: number;
  fn: number;
  file: number;
  line: number;
}

export interface V1Trace {
  /** The events, and the order they come in (Go's: merged, then stably sorted by time). */
  store: V1Store;
  order: Uint32Array;
  strings: Map<number, string>;
  /** UserLog messages, stored inline in the old format: their index is in a3. */
  inlineStrings: string[];
  stacks: Map<number, V1Frame[]>;
  /** The first thing that stopped the read; everything before it was kept. */
  error?: { message: string; offset: number; truncated: boolean };
  /** Go's reader would have refused the trace for these; panicscope read on. */
  inconsistencies: string[];
}

interface Raw {
  typ: number;
  args: number[];
  sarg: string;
}

export class Parser {
  pos = 16;
  /** Reading stops here: the end of the data, or where the first read failed. */
  end: number;
  readonly strings = new Map<number, string>();
  readonly inlineStrings: string[] = [];
  private readonly inlineIndex = new Map<string, number>();
  readonly stacks = new Map<number, V1Frame[]>();
  readonly timerGoids = new Set<number>();
  readonly batches = new Map<number, Array<{ offset: number; n: number }>>();
  readonly cpuSamples: V1Event[] = [];
  ticksPerSec = 0;
  error: V1Trace["error"];
  private lastTs = 0;
  private lastG = 0;
  private lastP = 0;
  private readonly lastGs = new Map<number, number>();

  constructor(
    readonly data: Uint8Array,
    readonly version: number,
  ) {
    this.end = data.length;
  }

  fail(message: string, offset: number): void {
    if (this.error === undefined)
      this.error = { message, offset, truncated: this.pos >= this.data.length - 1 };
    if (offset < this.end) this.end = offset;
  }

  private val(): number | undefined {
    const v = readUvarint(this.data, this.pos, this.end);
    if (uvarintEnd < 0) return undefined;
    this.pos = uvarintEnd;
    return v;
  }

  /** readRawEvent; undefined at the end or after a failure (then `error` says why). */
  readRaw(): Raw | undefined {
    const at = this.pos;
    if (at >= this.end) return undefined;
    const b = this.data[this.pos++] as number;
    const typ = b & 0x3f;
    const narg = (b >> 6) + 1;
    const desc = DESC[typ];
    if (typ === 0 || desc === undefined || desc[2] > this.version) {
      this.fail(`unknown event type ${typ}`, at);
      return undefined;
    }
    const cut = (what: string): undefined => {
      this.fail(`${what} of event type ${typ} is malformed or cut`, at);
      return undefined;
    };
    if (typ === V1.String) {
      const id = this.val();
      const len = id === undefined ? undefined : this.val();
      if (id === undefined || len === undefined || this.pos + len > this.end) return cut("string");
      if (id === 0 || len === 0 || len > 1e6) return cut("string");
      if (!this.strings.has(id)) {
        const bytes = this.data.subarray(this.pos, this.pos + len);
        this.strings.set(id, Buffer.from(bytes).toString("utf8"));
      }
      this.pos += len;
      return { typ: 0, args: [], sarg: "" };
    }
    const args: number[] = [];
    if (typ === V1.Batch || narg <= 3) {
      const n = typ === V1.Batch ? 2 : narg;
      for (let i = 0; i < n; i++) {
        const v = this.val();
        if (v === undefined) return cut("an argument");
        args.push(v);
      }
      if (typ === V1.Batch && narg !== 2) return cut("batch header");
      return { typ, args, sarg: "" };
    }
    const len = this.val();
    if (len === undefined || len > 2048 || this.pos + len > this.end) return cut("arguments");
    const stop = this.pos + len;
    while (this.pos < stop) {
      const v = readUvarint(this.data, this.pos, stop);
      if (uvarintEnd < 0) return cut("an argument");
      this.pos = uvarintEnd;
      args.push(v);
    }
    let sarg = "";
    if (typ === V1.UserLog) {
      const n = this.val();
      if (n === undefined || n > 1e6 || this.pos + n > this.end) return cut("log message");
      sarg = Buffer.from(this.data.subarray(this.pos, this.pos + n)).toString("utf8");
      this.pos += n;
    }
    return { typ, args, sarg };
  }

  /** collectBatchesAndCPUSamples: where each P's batches are, and the CPU samples. */
  collect(): void {
    let curP = 0;
    for (;;) {
      const at = this.pos;
      const raw = this.readRaw();
      if (raw === undefined) break;
      if (raw.typ === 0) continue;
      if (raw.typ === V1.Batch) {
        curP = asP(raw.args[0] as number);
        const list = this.batches.get(curP) ?? [];
        list.push({ offset: at, n: 0 });
        this.batches.set(curP, list);
      }
      const list = this.batches.get(curP);
      if (list === undefined) {
        this.fail(`event of type ${raw.typ} before any batch`, at);
        break;
      }
      (list[list.length - 1] as { n: number }).n++;
      if (raw.typ === V1.CPUSample) {
        if (raw.args.length !== 5) {
          this.fail("CPU sample has the wrong number of arguments", at);
          break;
        }
        const [, ts = 0, p = 0, g = 0, stk = 0] = raw.args;
        this.cpuSamples.push({
          type: V1.CPUSample,
          ts,
          p: asP(p),
          g,
          a0: 0,
          a1: p,
          a2: g,
          a3: 0,
          stk,
        });
      }
    }
  }

  /** loadBatch: the next batch of a P, its events parsed; undefined when it has no more. */
  loadBatch(pid: number): V1Event[] | undefined {
    const list = this.batches.get(pid);
    const next = list?.shift();
    if (next === undefined) return undefined;
    this.pos = next.offset;
    const events: V1Event[] = [];
    let gotHeader = false;
    for (;;) {
      const at = this.pos;
      const raw = this.readRaw();
      if (raw === undefined) break;
      if (raw.typ === 0 || raw.typ === V1.CPUSample) continue;
      if (raw.typ === V1.Batch) {
        if (gotHeader) break;
        gotHeader = true;
      }
      const ev = this.parseEvent(raw, at);
      if (ev === null) break;
      if (ev !== undefined) events.push(ev);
    }
    return events;
  }

  /** parseEvent: a timed event, undefined for the others, null when it is malformed. */
  private parseEvent(raw: Raw, at: number): V1Event | undefined | null {
    const [nargs, stack] = DESC[raw.typ] as [number, boolean, number];
    const want =
      raw.typ === V1.Stack
        ? raw.args.length
        : nargs + (stack ? 1 : 0) + (raw.typ <= V1.Frequency || raw.typ === 35 ? 0 : 1);
    if (raw.args.length !== want) {
      this.fail(`event of type ${raw.typ} has ${raw.args.length} arguments, not ${want}`, at);
      return null;
    }
    const a = raw.args;
    switch (raw.typ) {
      case V1.Batch:
        this.lastGs.set(this.lastP, this.lastG);
        this.lastP = asP(a[0] as number);
        this.lastG = this.lastGs.get(this.lastP) ?? 0;
        this.lastTs = a[1] as number;
        return undefined;
      case V1.Frequency:
        this.ticksPerSec = a[0] as number;
        return undefined;
      case V1.TimerGoroutine:
        this.timerGoids.add(a[0] as number);
        return undefined;
      case V1.Stack: {
        const [id = 0, size = 0] = a;
        if (size > 1000 || a.length !== 2 + 4 * size) {
          this.fail(`stack ${id} has a bad number of frames`, at);
          return null;
        }
        if (id !== 0 && size > 0) {
          const frames: V1Frame[] = [];
          for (let i = 0; i < size; i++) {
            const k = 2 + 4 * i;
            frames.push({
              pc: a[k] as number,
              fn: a[k + 1] as number,
              file: a[k + 2] as number,
              line: a[k + 3] as number,
            });
          }
          this.stacks.set(id, frames);
        }
        return undefined;
      }
    }
    const ev: V1Event = {
      type: raw.typ,
      ts: this.lastTs + (a[0] as number),
      p: this.lastP,
      g: this.lastG,
      a0: 0,
      a1: 0,
      a2: 0,
      a3: 0,
      stk: 0,
    };
    this.lastTs = ev.ts;
    for (let i = 1; i < a.length; i++) {
      if (i === a.length - 1 && stack) ev.stk = a[i] as number;
      else setArg(ev, i - 1, a[i] as number);
    }
    switch (raw.typ) {
      case V1.GoStart:
      case V1.GoStartLocal:
      case V1.GoStartLabel:
        this.lastG = ev.a0;
        ev.g = this.lastG;
        break;
      case V1.GoEnd:
      case V1.GoStop:
      case V1.GoSched:
      case V1.GoPreempt:
      case V1.GoSleep:
      case V1.GoBlock:
      case V1.GoBlockSend:
      case V1.GoBlockRecv:
      case V1.GoBlockSelect:
      case V1.GoBlockSync:
      case V1.GoBlockCond:
      case V1.GoBlockNet:
      case V1.GoSysBlock:
      case V1.GoBlockGC:
        this.lastG = 0;
        break;
      case V1.GoSysExit:
      case V1.GoWaiting:
      case V1.GoInSyscall:
        ev.g = ev.a0;
        break;
      case V1.UserLog: {
        let id = this.inlineIndex.get(raw.sarg);
        if (id === undefined) {
          id = this.inlineStrings.length;
          this.inlineIndex.set(raw.sarg, id);
          this.inlineStrings.push(raw.sarg);
        }
        ev.a3 = id;
        break;
      }
    }
    return ev;
  }
}

function setArg(ev: V1Event, i: number, v: number): void {
  if (i === 0) ev.a0 = v;
  else if (i === 1) ev.a1 = v;
  else if (i === 2) ev.a2 = v;
  else ev.a3 = v;
}

/** A P id as the parser keeps it (int32; 2^64-1 is -1). */
export function asP(v: number): number {
  return v >= 2 ** 63 ? -1 : v;
}
