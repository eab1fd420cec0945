// The goroutines of a core: each g read with the release's layout, its header as the runtime
// prints it (runtime/traceback.go: goroutineheader, printcreatedby1), and its stack unwound.

import type { GoBinary } from "../binary/gobinary.js";
import type { Frame, Goroutine } from "../model.js";
import { locationOf } from "../names/owner.js";
import type { CoreThread } from "./elf-core.js";
import { readLabels } from "./labels.js";
import type { RuntimeLayout } from "./layout.js";
import type { ProcessMemory } from "./memory.js";
import { type PhysicalFrame, printName, type Unwinder } from "./unwind.js";

export const G_RUNNING = 2;
export const G_SYSCALL = 3;
export const G_WAITING = 4;
export const G_DEAD = 6;
export const G_LEAKED = 10;
export const G_DEADEXTRA = 11;
const G_SCAN = 0x1000;

/** gStatusStrings (go1.19 … go1.27 runtime/traceback.go); 5 and 7 are unused and print "". */
const STATUS = [
  "idle",
  "runnable",
  "running",
  "syscall",
  "waiting",
  "",
  "dead",
  "",
  "copystack",
  "preempted",
  "leaked",
  "waiting for cgo callback",
];

/** One g as the core holds it. */
export interface CoreG {
  addr: number;
  goid: number;
  /** atomicstatus with the scan bit. */
  rawStatus: number;
  status: number;
  waitreason: number;
  waitsince: number;
  stack: { lo: number; hi: number };
  m: number;
  sched: { pc: number; sp: number; lr: number };
  syscallsp: number;
  syscallpc: number;
  lockedm: number;
  sig: number;
  sigcode0: number;
  sigcode1: number;
  sigpc: number;
  parentGoid: number;
  gopc: number;
  panic: number;
  labels: number;
}

export function readG(mem: ProcessMemory, L: RuntimeLayout, addr: number): CoreG {
  const g = L.g;
  // One read of the whole structure (up to the last field used), then decoding from it.
  const size = Math.max(g.gopc, g.sigpc, g.parentGoid ?? 0, g.lockedm, g.labels) + 8;
  const raw = mem.read(addr, size);
  const dv = raw === null ? undefined : new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const w = (o: number) =>
    dv === undefined ? 0 : dv.getUint32(o + 4, true) * 0x100000000 + dv.getUint32(o, true);
  const u32 = (o: number) => (dv === undefined ? 0 : dv.getUint32(o, true));
  const rawStatus = u32(g.atomicstatus);
  return {
    addr,
    goid: w(g.goid),
    rawStatus,
    status: rawStatus & ~G_SCAN,
    waitreason: dv === undefined ? 0 : dv.getUint8(g.waitreason),
    waitsince: w(g.waitsince),
    stack: { lo: w(g.stackLo), hi: w(g.stackHi) },
    m: w(g.m),
    sched: { pc: w(g.schedPc), sp: w(g.schedSp), lr: w(g.schedLr) },
    syscallsp: w(g.syscallsp),
    syscallpc: w(g.syscallpc),
    lockedm: w(g.lockedm),
    sig: u32(g.sig),
    sigcode0: w(g.sigcode0),
    sigcode1: w(g.sigcode1),
    sigpc: w(g.sigpc),
    parentGoid: g.parentGoid === undefined ? 0 : w(g.parentGoid),
    gopc: w(g.gopc),
    panic: w(g.panic),
    labels: w(g.labels),
  };
}

/** Whole minutes g has been blocked, as goroutineheader prints them (0 prints nothing). */
export function waitMinutes(g: CoreG, now: number | undefined): number {
  if (now === undefined || g.waitsince === 0 || now < g.waitsince) return 0;
  if (g.status !== G_WAITING && g.status !== G_SYSCALL) return 0;
  return Math.floor((now - g.waitsince) / 60e9);
}

/** The state the header prints: the wait reason for waiting goroutines, else the status. */
export function stateOf(g: CoreG, waitReasons: string[] | undefined): string {
  let s = g.status < STATUS.length ? STATUS[g.status]! : "???";
  if ((g.status === G_WAITING || g.status === G_LEAKED) && g.waitreason !== 0) {
    s = waitReasons?.[g.waitreason] ?? `wait reason ${g.waitreason}`;
  }
  return s;
}

export class GoroutineReader {
  constructor(
    private readonly bin: GoBinary,
    private readonly mem: ProcessMemory,
    private readonly L: RuntimeLayout,
    private readonly unwinder: Unwinder,
    private readonly threads: CoreThread[],
    private readonly waitReasons: string[] | undefined,
    /** Go 1.<minor>: how labels are printed. */
    private readonly minor: number,
  ) {}

  /** The thread running g (m.procid is the LWP id), for running goroutines. */
  threadOf(g: CoreG): CoreThread | undefined {
    if (g.m === 0) return undefined;
    const procid = this.mem.word(g.m + this.L.m.procid);
    return this.threads.find((t) => t.lwp === procid);
  }

  /** Physical frames of g: from the thread's registers when it runs, else from its saved state. */
  physicalFrames(g: CoreG): PhysicalFrame[] {
    const bounds = { lo: g.stack.lo, hi: g.stack.hi, sched: g.sched };
    if (g.status === G_RUNNING) {
      const t = this.threadOf(g);
      if (t !== undefined) {
        return this.unwinder.unwind({ pc: t.pc, sp: t.sp, lr: t.lr, trap: true }, bounds);
      }
    }
    // unwinder.initAt: a goroutine in a system call is traced from syscallpc/sp.
    const start =
      g.syscallsp !== 0
        ? { pc: g.syscallpc, sp: g.syscallsp, lr: 0, trap: false }
        : { pc: g.sched.pc, sp: g.sched.sp, lr: g.sched.lr, trap: false };
    return this.unwinder.unwind(start, bounds);
  }

  private readonly creators = new Map<number, Frame | null>();

  /** `created by F [in goroutine N]` with the go statement's position (printcreatedby1). */
  createdBy(g: CoreG): { frame: Frame; parent?: number } | undefined {
    if (g.goid === 1 || g.gopc === 0) return undefined;
    let frame = this.creators.get(g.gopc);
    if (frame === undefined) {
      frame = this.creatorFrame(g.gopc) ?? null;
      this.creators.set(g.gopc, frame);
    }
    if (frame === null) return undefined;
    return g.parentGoid !== 0 ? { frame, parent: g.parentGoid } : { frame };
  }

  /** The creator's frame, shared by every goroutine its go statement started. */
  private creatorFrame(gopc: number): Frame | undefined {
    const pc = gopc - this.mem.slide;
    const f = this.bin.findFunc(pc);
    if (f === undefined) return undefined;
    const tracepc = pc > f.entry ? pc - 1 : pc;
    const pos = this.bin.pclntab.fileLine(f, tracepc);
    const func = printName(f.name);
    const frame: Frame = {
      func,
      args: "",
      file: pos.file,
      line: pos.line,
      inlined: false,
      location: locationOf(func),
      inputLine: 0,
    };
    if (pc > f.entry) frame.offset = pc - f.entry;
    return frame;
  }

  /**
   * The goroutine as the crash document holds it; `frames` chosen by the caller, `now` the
   * runtime clock at the crash (clock.ts) for the minutes a blocked goroutine has waited.
   */
  toGoroutine(g: CoreG, frames: Frame[], now?: number): Goroutine {
    const out: Goroutine = {
      id: g.goid,
      state: stateOf(g, this.waitReasons),
      waitMinutes: waitMinutes(g, now),
      lockedToThread: g.lockedm !== 0,
      gp: `0x${g.addr.toString(16)}`,
      frames,
      inputLine: 0,
    };
    if (g.rawStatus & G_SCAN) out.flags = ["scan"];
    const labels = readLabels(this.mem, this.L, g, this.minor);
    if (labels !== undefined) out.labels = labels;
    const created = this.createdBy(g);
    if (created !== undefined) {
      out.createdBy = created.frame;
      if (created.parent !== undefined) out.parentId = created.parent;
    }
    return out;
  }
}

/** Frames of physical frames, flattened. */
export function flatten(frames: PhysicalFrame[]): Frame[] {
  const out: Frame[] = [];
  for (const p of frames) for (const f of p.frames) out.push(f);
  return out;
}
