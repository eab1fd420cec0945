// A goroutine's stack from a core, unwound as the runtime's own traceback does it
// (runtime/traceback.go of go1.21+: unwinder.initAt, resolveInternal, next, symPC; go1.19's
// gentraceback follows the same rules): the pclntab's SP-delta table gives each frame's size,
// the return address sits just below the frame (amd64) or at its bottom (arm64), inlined calls
// are expanded from the inline tree. Beyond the runtime, it crosses signal frames through the
// kernel's ucontext, because a crashing thread dies inside its signal handler.

import type { GoBinary } from "../binary/gobinary.js";
import type { FuncRecord } from "../binary/pclntab.js";
import type { Frame } from "../model.js";
import { locationOf } from "../names/owner.js";
import type { CoreArch } from "./elf-core.js";
import type { ProcessMemory } from "./memory.js";

const FLAG_TOPFRAME = 1;
const FLAG_SPWRITE = 2;
/** The runtime's traceback limit is 100 frames; a corrupt stack must not run forever. */
const MAX_PHYSICAL = 4096;

/** Functions the signal handler "calls" by editing the interrupted context (isInjectedCall). */
const INJECTED = new Set(["runtime.sigpanic", "runtime.asyncPreempt", "runtime.debugCallV2"]);
/** Entry points of the signal handler: their caller is the kernel's signal frame. */
const SIGTRAMP = new Set([
  "runtime.sigtramp",
  "runtime.cgoSigtramp",
  "runtime.sigprofNonGoWrapper",
]);

/** Where an unwind starts. */
export interface UnwindStart {
  pc: number;
  sp: number;
  lr: number;
  /** The pc is where a fault or signal stopped the code (thread registers), not a return address. */
  trap: boolean;
}

export interface StackBounds {
  lo: number;
  hi: number;
  /** The goroutine's saved sched, to continue at runtime.systemstack / morestack on g0. */
  sched?: { pc: number; sp: number; lr: number };
}

/** One physical frame with its logical (inline-expanded) frames. */
export interface PhysicalFrame {
  func: FuncRecord;
  pc: number;
  sp: number;
  frames: Frame[];
}

/** printFuncName: runtime.gopanic prints as `panic`, type parameters as `[...]`. */
export function printName(name: string): string {
  if (name === "runtime.gopanic") return "panic";
  const i = name.indexOf("[");
  if (i < 0) return name;
  const j = name.lastIndexOf("]");
  return j <= i ? name : `${name.slice(0, i)}[...]${name.slice(j + 1)}`;
}

/** What the unwinder needs of one pc, computed once: goroutines share most of their pcs. */
interface PCInfo {
  f: FuncRecord;
  spDelta: number;
  /** Logical frames when pc is a return address, and when it is a trap pc. */
  call?: Frame[];
  trap?: Frame[];
}

export class Unwinder {
  private readonly pcs = new Map<number, PCInfo | null>();

  constructor(
    private readonly bin: GoBinary,
    private readonly mem: ProcessMemory,
    private readonly arch: CoreArch,
  ) {}

  /** The logical frames at a physical pc (run-time address), as the runtime prints them. */
  logicalFrames(f: FuncRecord, pc: number, symPC: number): Frame[] {
    const slide = this.mem.slide;
    const out: Frame[] = [];
    for (const lf of this.bin.frames(symPC - slide)) {
      const func = printName(lf.func);
      const frame: Frame = {
        func,
        args: lf.inlined ? "..." : "",
        file: lf.file,
        line: lf.line,
        inlined: lf.inlined,
        location: locationOf(func),
        inputLine: 0,
      };
      if (!lf.inlined && pc - slide > f.entry) frame.offset = pc - slide - f.entry;
      out.push(frame);
    }
    return out;
  }

  private info(pc: number): PCInfo | undefined {
    let i = this.pcs.get(pc);
    if (i === undefined) {
      const f = this.bin.findFunc(pc - this.mem.slide);
      i = f === undefined ? null : { f, spDelta: this.bin.pclntab.spDelta(f, pc - this.mem.slide) };
      this.pcs.set(pc, i);
    }
    return i ?? undefined;
  }

  /**
   * The logical frames of a physical frame. Shared between goroutines that stopped at the same
   * pc (the crash document is read, never edited in place), which keeps 10⁵ goroutines cheap.
   */
  private framesAt(info: PCInfo, pc: number, trap: boolean): Frame[] {
    const entry = info.f.entry;
    const symTrap = trap || pc - this.mem.slide <= entry;
    if (symTrap) {
      info.trap ??= this.logicalFrames(info.f, pc, pc);
      return info.trap;
    }
    info.call ??= this.logicalFrames(info.f, pc, pc - 1);
    return info.call;
  }

  unwind(start: UnwindStart, stack: StackBounds): PhysicalFrame[] {
    const mem = this.mem;
    const amd64 = this.arch === "amd64";
    const out: PhysicalFrame[] = [];
    let { pc, sp, lr, trap } = start;
    let innermost = true;
    for (let n = 0; n < MAX_PHYSICAL; n++) {
      let info = this.info(pc);
      if (info === undefined) break;
      let f = info.f;
      let flag = f.flag;
      // On g0 (outside the goroutine's stack): systemstack and morestack continue on the goroutine.
      const onGoroutineStack = sp >= stack.lo && sp < stack.hi;
      if (!onGoroutineStack && stack.sched !== undefined) {
        if (f.name === "runtime.morestack") {
          ({ pc, sp, lr } = stack.sched);
          info = this.info(pc);
          if (info === undefined) break;
          f = info.f;
          flag = f.flag;
        } else if (f.name === "runtime.systemstack") {
          sp = stack.sched.sp;
          flag &= ~FLAG_SPWRITE;
        }
      }
      const fp = sp + info.spDelta + (amd64 ? 8 : 0);
      out.push({ func: f, pc, sp, frames: this.framesAt(info, pc, trap) });

      if (SIGTRAMP.has(f.name)) {
        const resumed = this.signalContext(fp, f, pc, sp);
        if (resumed === undefined) break;
        ({ pc, sp, lr } = resumed);
        trap = true;
        innermost = true;
        continue;
      }
      if (flag & FLAG_TOPFRAME || flag & FLAG_SPWRITE) break;
      if (amd64) {
        lr = mem.word(fp - 8) ?? 0;
      } else if ((innermost && sp < fp) || lr === 0) {
        lr = mem.word(sp) ?? 0;
      }
      if (lr === 0) break;
      const injected = INJECTED.has(f.name);
      pc = lr;
      lr = 0;
      sp = fp;
      trap = injected;
      innermost = false;
      if (!amd64 && injected) {
        // arm64: the signal handler pushed the interrupted LR before faking the call.
        const x = mem.word(sp) ?? 0;
        sp += 16;
        const next = this.info(pc);
        if (next === undefined) pc = x;
        else if (next.spDelta === 0) lr = x;
      }
    }
    return out;
  }

  /** Whether a physical frame is the signal handler's entry (its caller: the kernel's frame). */
  static isSignalEntry(frame: PhysicalFrame): boolean {
    return SIGTRAMP.has(frame.func.name);
  }

  /**
   * The siginfo the kernel delivered with the signal that entered the sigtramp `frame`, as the
   * handler saw it (runtime.sigctxt: sigcode() is si_code, fault() the faulting address), read
   * from the same rt_sigframe as signalContext. amd64: pretcode, ucontext (304 bytes: flags,
   * link, stack_t, the 256-byte sigcontext, an 8-byte mask), then siginfo; fault() is si_addr
   * (+16), where si_pid is for a signal sent by kill. arm64: siginfo first; fault() is
   * uc_mcontext.fault_address.
   */
  signalInfo(
    frame: PhysicalFrame,
  ): { signo: number; code: number; fault: number; sender: number; pc: number } | undefined {
    const mem = this.mem;
    const delta = this.bin.pclntab.spDelta(frame.func, frame.pc - mem.slide);
    const fp = frame.sp + delta + (this.arch === "amd64" ? 8 : 0);
    const info = this.arch === "amd64" ? fp + 304 : fp;
    const signo = mem.u32(info);
    const code = mem.u32(info + 8);
    const fault = this.arch === "amd64" ? mem.word(info + 16) : mem.word(info + 128 + 176);
    const resumed = this.signalContext(fp, frame.func, frame.pc, frame.sp);
    if (signo === undefined || code === undefined || fault === undefined || signo === 0)
      return undefined;
    if (resumed === undefined) return undefined;
    // si_pid of a signal sent by kill(2) (SI_USER) overlays the fault address's first word.
    const sender = mem.u32(info + 16) ?? 0;
    return { signo, code: code | 0, fault, sender, pc: resumed.pc };
  }

  /**
   * The registers the kernel saved when it delivered the signal that entered sigtramp: the
   * rt_sigframe sits at sigtramp's frame pointer. amd64: ucontext at fp, uc_mcontext at +40,
   * gregs r8…r15, rdi, rsi, rbp, rbx, rdx, rax, rcx, rsp (+120), rip (+128)
   * (arch/x86/include/uapi/asm/sigcontext.h). arm64: siginfo (128 bytes) then ucontext whose
   * uc_mcontext (+176) holds fault_address, x0…x30, sp (+256), pc (+264).
   */
  private signalContext(
    fp: number,
    f: FuncRecord,
    pc: number,
    sp: number,
  ): { pc: number; sp: number; lr: number } | undefined {
    const mem = this.mem;
    if (this.arch === "amd64") {
      const mc = fp + 40;
      const rsp = mem.word(mc + 120);
      const rip = mem.word(mc + 128);
      if (rsp === undefined || rip === undefined || rip === 0) return undefined;
      return { pc: rip, sp: rsp, lr: 0 };
    }
    // arm64: sigtramp's frame starts at the rt_sigframe.
    const frame = sp + this.bin.pclntab.spDelta(f, pc - this.mem.slide);
    const mc = frame + 128 + 176;
    const x30 = mem.word(mc + 248);
    const rsp = mem.word(mc + 256);
    const rpc = mem.word(mc + 264);
    if (x30 === undefined || rsp === undefined || rpc === undefined || rpc === 0) return undefined;
    return { pc: rpc, sp: rsp, lr: x30 };
  }
}
