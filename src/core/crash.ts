// A core file read into the crash document every front end produces: the goroutines in the
// order the runtime prints them (the crashing one first, then allgs order, dead ones left
// out — runtime/traceback.go: tracebackothers), the original fault from the crashing g
// (the core's own NT_SIGINFO holds only the final SIGABRT), and the panic chain.

import type { Crash, Frame, Goroutine, Panic, SignalInfo } from "../model.js";
import { latestClock } from "./clock.js";
import type { CoreThread } from "./elf-core.js";
import {
  type CoreG,
  flatten,
  G_DEAD,
  G_DEADEXTRA,
  G_RUNNING,
  G_SYSCALL,
  readG,
} from "./goroutines.js";
import type { CoreProcess } from "./open.js";
import { printPanicValue, typesWord } from "./panic-value.js";
import { type PhysicalFrame, Unwinder } from "./unwind.js";

/** Where the runtime's own traceback of a dying goroutine starts: the caller of these. */
const FATAL = new Set(["runtime.fatalpanic", "runtime.fatalthrow"]);

const SIGNALS: Record<number, [string, string]> = {
  1: ["SIGHUP", "terminal line hangup"],
  2: ["SIGINT", "interrupt"],
  3: ["SIGQUIT", "quit"],
  4: ["SIGILL", "illegal instruction"],
  5: ["SIGTRAP", "trace trap"],
  6: ["SIGABRT", "abort"],
  7: ["SIGBUS", "bus error"],
  8: ["SIGFPE", "floating-point exception"],
  9: ["SIGKILL", "kill"],
  11: ["SIGSEGV", "segmentation violation"],
  13: ["SIGPIPE", "write to broken pipe"],
  15: ["SIGTERM", "termination"],
};

/** SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU (the same numbers on amd64 and arm64). */
const STOP_SIGNALS = new Set([19, 20, 21, 22]);

const hex = (n: number) => `0x${n.toString(16)}`;

export interface CoreCrashOptions {
  /** Keep every goroutine's frames (default true); false keeps only the crashing one's. */
  goroutines?: boolean;
}

/** The frames the runtime prints for a dying goroutine: those after fatalpanic/fatalthrow. */
function fatalIndex(frames: PhysicalFrame[]): number {
  for (let i = frames.length - 1; i >= 0; i--) if (FATAL.has(frames[i]!.func.name)) return i;
  return -1;
}

export function crashFromCore(proc: CoreProcess): Crash {
  const { reader, mem, layout: L } = proc;
  const gs: CoreG[] = proc.allgs.gs.map((a) => readG(mem, L, a));
  const now = latestClock(mem, proc.bin.exe, L, gs);
  let crashing:
    | { g: CoreG; goroutine: Goroutine; fatal: string; physical: PhysicalFrame[] }
    | undefined;
  const goroutines: Goroutine[] = [];
  for (const g of gs) {
    if (g.status === G_DEAD || g.status === G_DEADEXTRA) continue;
    const physical = reader.physicalFrames(g);
    let frames: Frame[];
    if (g.status === G_RUNNING) {
      const at = fatalIndex(physical);
      if (at >= 0 && crashing === undefined) {
        const goroutine = reader.toGoroutine(g, flatten(physical.slice(at + 1)), now);
        crashing = {
          g,
          goroutine,
          fatal: physical[at]!.func.name,
          physical: physical.slice(at + 1),
        };
        continue;
      }
      // Another running goroutine: its own frames (the thread may be on g0 or in a handler).
      const own = physical.filter((p) => p.sp >= g.stack.lo && p.sp < g.stack.hi);
      frames = flatten(own.length > 0 ? own : physical);
    } else frames = flatten(physical);
    const goroutine = reader.toGoroutine(g, frames, now);
    if (frames.length === 0) goroutine.stackUnavailable = true;
    goroutines.push(goroutine);
  }
  if (crashing !== undefined) goroutines.unshift(crashing.goroutine);

  const states: Record<string, number> = {};
  for (const g of goroutines) states[g.state] = (states[g.state] ?? 0) + 1;
  const crash: Crash = {
    kind: "dump",
    panics: [],
    notes: [],
    systemStacks: [],
    goroutines,
    goroutineCount: goroutines.length,
    states,
    crashing: crashing?.goroutine ?? null,
    goVersion: proc.goVersion,
    // Not read from lines: no place in a text to point at.
    span: { startLine: 0, endLine: 0 },
    unparsed: [],
    unparsedCount: 0,
  };
  if (crashing !== undefined) {
    const g = crashing.g;
    if (crashing.fatal === "runtime.fatalpanic") {
      crash.kind = "panic";
      crash.panics = panicChain(proc, g);
    } else {
      crash.kind = "fatal";
      const text = fatalMessage(proc, crashing.physical);
      if (text !== undefined) crash.fatal = text;
    }
    if (g.sig !== 0) crash.signal = faultOf(g);
  } else if (!fatalOnSystemStack(proc, crash, gs) && !fatalSignal(proc, crash, gs)) {
    const si = proc.core.siginfo;
    // A stop signal is a snapshot of a live process (gdb's gcore attaches with SIGSTOP), not
    // how it died: the core is then a goroutine dump.
    if (si !== undefined && si.signo !== 0 && !STOP_SIGNALS.has(si.signo)) {
      const [name, description] = SIGNALS[si.signo] ?? [`signal ${si.signo}`, ""];
      crash.kind = "signal";
      crash.signal = { name, description, code: hex(si.code >>> 0) };
    }
  }
  crash.goVersion = proc.goVersion;
  return crash;
}

/**
 * A fatal error raised on a system stack (g0: checkdead's deadlock, most runtime throws): the
 * thread that dumped the core is in fatalthrow; its frames after it are the `runtime stack:`.
 */
function fatalOnSystemStack(proc: CoreProcess, crash: Crash, gs: CoreG[]): boolean {
  const t = proc.core.threads[0];
  if (t === undefined) return false;
  const physical = proc.unwinder.unwind(
    { pc: t.pc, sp: t.sp, lr: t.lr, trap: true },
    { lo: 0, hi: 0 },
  );
  const at = fatalIndex(physical);
  if (at < 0 || physical[at]!.func.name !== "runtime.fatalthrow") return false;
  const after = physical.slice(at + 1);
  crash.kind = "fatal";
  crash.systemStacks = [flatten(after)];
  const text = fatalMessage(proc, after);
  if (text !== undefined) crash.fatal = text;
  signalOnSystemStack(proc, crash, gs, t);
  return true;
}

/** m.g0 is the first field of runtime.m in every release (checked by test/core/layout.test.ts). */
const M_G0 = 0;

/**
 * A signal thrown on the system stack: before go1.22 a fault in C code called through cgo ran
 * sigpanic on g0, which throws "unexpected signal during runtime execution". dopanic_m
 * (runtime/panic.go) prints g0's saved signal (`[signal SIGSEGV … addr=… pc=…]`) and, first of
 * the goroutines, the thread's own (m.curg, in cgocall).
 */
function signalOnSystemStack(proc: CoreProcess, crash: Crash, gs: CoreG[], t: CoreThread): void {
  const { mem, layout: L } = proc;
  const own = gs.find(
    (g) =>
      g.status !== G_DEAD &&
      g.status !== G_DEADEXTRA &&
      g.m !== 0 &&
      mem.word(g.m + L.m.procid) === t.lwp,
  );
  if (own === undefined) return;
  const g0 = mem.word(own.m + M_G0);
  if (g0 === undefined || g0 === 0) return;
  const sys = readG(mem, L, g0);
  if (sys.sig === 0) return;
  crash.signal = faultOf(sys);
  const at = crash.goroutines.findIndex((g) => g.id === own.goid);
  if (at < 0) return;
  const [g] = crash.goroutines.splice(at, 1);
  crash.goroutines.unshift(g!);
  crash.crashing = g!;
}

/** The runtime's way out of a fatal signal under GOTRACEBACK=crash (runtime/signal_unix.go). */
const DIES_OF_SIGNAL = new Set(["runtime.crash", "runtime.dieFromSignal"]);
const SIGHANDLER = new Set(["runtime.sighandler"]);

/**
 * A signal the runtime does not turn into a panic (`kill -ABRT` or SIGQUIT from outside, under
 * GOTRACEBACK=crash, as one gets the core of a hung service; a fault in C code): sighandler printed the dump, relayed SIGQUIT to
 * the other threads (each prints its own stack, then waits in its handler), and crash() and
 * dieFromSignal re-raised the signal with the default action. So every thread that took a signal
 * is still in its handler, and the kernel's signal frame under each sigtramp holds the signal
 * as the handler saw it; NT_SIGINFO has only the re-raise (SI_TKILL). The first signal is the
 * one no thread of the process relayed (raiseproc: SI_USER from the process's own pid) — since
 * go1.22 its thread is the one that dumps (issue 63277), before that the last one.
 * fatalsignal (runtime/signal_unix.go of go1.19–go1.27) prints `PC=… m=… sigcode=…` (go1.22+:
 * ` addr=…` for SIGSEGV and SIGBUS), then the goroutine that took it: the one the signal
 * interrupted, or the thread's g0 as `goroutine 0 [idle]`. (m= is not read: the m's id is not
 * in the measured layouts.) SIGQUIT's is a goroutine dump, as traceback/finish.ts reads it.
 */
function fatalSignal(proc: CoreProcess, crash: Crash, gs: CoreG[]): boolean {
  const final = proc.core.siginfo;
  if (final !== undefined && STOP_SIGNALS.has(final.signo)) return false;
  const taken = proc.core.threads.map((t) => signalTaken(proc, t));
  const dumping = taken[0];
  if (dumping === undefined || !dumping.dies) return false;
  const pid = proc.core.process?.pid;
  const relayed = (t: SignalTaken) =>
    t.info.signo === SIGQUIT && t.info.code === SI_USER && t.info.sender === pid;
  const first = taken.find((t) => t !== undefined && !relayed(t)) ?? dumping;
  const { info, interrupted, thread } = first;
  const [name, description] = SIGNALS[info.signo] ?? [`signal ${info.signo}`, ""];
  const signal: SignalInfo = {
    name,
    description,
    pc: hex(info.pc),
    // c.sigcode() is uint64(si_code): SI_TKILL (-6) prints as 18446744073709551610.
    sigcode: BigInt.asUintN(64, BigInt(info.code)).toString(),
  };
  if ((info.signo === 11 || info.signo === 7) && proc.goVersion.minor >= 22)
    signal.addr = hex(info.fault);
  crash.kind = info.signo === SIGQUIT ? "dump" : "signal";
  crash.signal = signal;
  const sp = interrupted[0]?.sp;
  let owner =
    sp === undefined
      ? undefined
      : gs.find(
          (g) =>
            g.status !== G_DEAD && g.status !== G_DEADEXTRA && sp >= g.stack.lo && sp < g.stack.hi,
        );
  // Outside Go code on a thread whose goroutine is in cgocall (m.incgo: in a system call): the
  // runtime prints `signal arrived during cgo execution` and that goroutine, from its saved state.
  if (owner === undefined && proc.bin.findFunc(info.pc - proc.mem.slide) === undefined) {
    const { mem, layout: L } = proc;
    owner = gs.find(
      (g) => g.status === G_SYSCALL && g.m !== 0 && mem.word(g.m + L.m.procid) === thread.lwp,
    );
    if (owner !== undefined) signal.duringCgo = true;
  }
  const at = owner === undefined ? -1 : crash.goroutines.findIndex((g) => g.id === owner.goid);
  if (at >= 0) {
    // tracebacktrap: the stack from where the signal stopped it — unless it is in a system
    // call, whose saved pc and sp traceback1 prefers (runtime/traceback.go).
    const [g] = crash.goroutines.splice(at, 1);
    const moved = owner!.status === G_RUNNING ? { ...g!, frames: flatten(interrupted) } : g!;
    crash.goroutines.unshift(moved);
    crash.crashing = moved;
  } else {
    const g0: Goroutine = {
      id: 0,
      state: "idle",
      waitMinutes: 0,
      lockedToThread: false,
      frames: flatten(interrupted),
      inputLine: 0,
    };
    crash.goroutines.unshift(g0);
    crash.goroutineCount++;
    crash.states.idle = (crash.states.idle ?? 0) + 1;
    crash.crashing = g0;
  }
  // A dump names no crashing goroutine, as one read from text does.
  if (crash.kind === "dump") crash.crashing = null;
  return true;
}

const SIGQUIT = 3;
const SI_USER = 0;

interface SignalTaken {
  thread: CoreThread;
  info: NonNullable<ReturnType<Unwinder["signalInfo"]>>;
  /** The frames the signal interrupted. */
  interrupted: PhysicalFrame[];
  /** The thread is dying of it: crash()/dieFromSignal above its sighandler. */
  dies: boolean;
}

/**
 * The signal a thread is handling, if it is in the runtime's sighandler. dieFromSignal's first
 * raise enters the handler again (sigfwdgo, SI_TKILL) before the default action: the signal is
 * the one whose sigtramp called sighandler.
 */
function signalTaken(proc: CoreProcess, t: CoreThread): SignalTaken | undefined {
  const physical = proc.unwinder.unwind(
    { pc: t.pc, sp: t.sp, lr: t.lr, trap: true },
    { lo: 0, hi: 0 },
  );
  const calls = (p: PhysicalFrame, names: Set<string>) => p.frames.some((f) => names.has(f.func));
  const handler = physical.findIndex((p) => calls(p, SIGHANDLER));
  if (handler < 0) return undefined;
  const at = physical.findIndex((p, i) => i > handler && Unwinder.isSignalEntry(p));
  if (at < 0) return undefined;
  const info = proc.unwinder.signalInfo(physical[at]!);
  if (info === undefined) return undefined;
  const dies = physical.slice(0, handler).some((p) => calls(p, DIES_OF_SIGNAL));
  return { thread: t, info, interrupted: physical.slice(at + 1), dies };
}

const PRINTABLE = /^[\t\n\x20-\x7e\u00a0-\uffff]+$/;

/**
 * The message of throw(s)/fatal(s): both print it from a closure on the system stack
 * (`systemstack(func() { print("fatal error: ", s) })`, runtime/panic.go), so the closure —
 * code pointer, then the string header — lives in their frame. The first header there that
 * points into the binary's read-only data at printable text is the message.
 */
function fatalMessage(proc: CoreProcess, physical: PhysicalFrame[]): string | undefined {
  const i = physical.findIndex(
    (p) => p.func.name === "runtime.throw" || p.func.name === "runtime.fatal",
  );
  const frame = physical[i];
  const caller = physical[i + 1];
  if (frame === undefined || caller === undefined) return undefined;
  const mem = proc.mem;
  const exe = proc.bin.exe;
  const rodata = exe.sections.filter((s) => s.alloc && !s.write && !s.exec && s.size > 0);
  const inRodata = (a: number) => rodata.some((s) => a >= s.addr && a < s.addr + s.size);
  for (let a = frame.sp; a + 16 <= caller.sp; a += 8) {
    const ptr = mem.word(a);
    const len = mem.word(a + 8);
    if (ptr === undefined || len === undefined || len === 0 || len > 4096) continue;
    if (!inRodata(ptr - mem.slide)) continue;
    const s = mem.goString(a);
    if (s !== undefined && PRINTABLE.test(s)) return s;
  }
  return undefined;
}

/** `[signal SIGSEGV: segmentation violation code=0x1 addr=0x20 pc=0x…]` from g.sig* (printpanics). */
function faultOf(g: CoreG): SignalInfo {
  const [name, description] = SIGNALS[g.sig] ?? [`signal ${g.sig}`, ""];
  return {
    name,
    description,
    code: hex(g.sigcode0),
    addr: hex(g.sigcode1),
    pc: hex(g.sigpc),
  };
}

/** The run-time address of moduledata.types (where type names are), or 0 when unknown. */
function typesBase(proc: CoreProcess): number {
  const md = proc.bin.moduledata;
  if (md === undefined) return 0;
  return proc.mem.word(md.addr + proc.mem.slide + typesWord(proc.goVersion.minor) * 8) ?? 0;
}

/**
 * The panics printpanics prints, oldest first, each value as the runtime printed it. By the time
 * the process dies, preprintpanics has replaced error and Stringer values by their text and
 * (Go 1.25+) marked a recovered value raised again as repanicked: the newer panic with the same
 * value is then not printed. Panics of runtime.Goexit are not printed either.
 */
function panicChain(proc: CoreProcess, g: CoreG): Panic[] {
  const { mem, layout: L } = proc;
  const types = typesBase(proc);
  const chain: number[] = [];
  const seen = new Set<number>();
  for (let p = g.panic; p !== 0 && !seen.has(p) && chain.length < 100; ) {
    seen.add(p);
    chain.push(p);
    p = mem.word(p + L.panic.link) ?? 0;
  }
  const flag = (p: number, off: number | undefined) =>
    off !== undefined && (mem.u8(p + off) ?? 0) !== 0;
  const out: Panic[] = [];
  let olderRepanicked = false;
  for (const p of chain.reverse()) {
    const skip = olderRepanicked || flag(p, L.panic.goexit);
    const recovered = flag(p, L.panic.recovered);
    const repanicked = recovered && flag(p, L.panic.repanicked);
    olderRepanicked = flag(p, L.panic.repanicked);
    if (skip) continue;
    const typ = mem.word(p + L.panic.arg) ?? 0;
    const data = mem.word(p + L.panic.arg + 8) ?? 0;
    const value = printPanicValue(mem, types, typ, data, proc.goVersion.minor);
    out.push({ value, recovered, repanicked });
  }
  return out;
}
