// What `analyze --binary` calls: filling in frames that only have a PC, and checking that a binary
// is the one that produced a crash. Operates on the shared model's Frame and Crash.

import { formatGoVersion, type GoVersion, goVersionContains } from "../goversion/version.js";
import type { Crash, Frame, Goroutine } from "../model.js";
import { locationOf } from "../names/owner.js";
import type { GoBinary } from "./gobinary.js";
import type { LogicalFrame } from "./inline.js";
import { parsePC } from "./symbolize.js";

/**
 * What the PCs of PC-only frames are:
 * - "traceback": physical frames' `pc=` from a traceback (GOTRACEBACK=system/crash) or a signal
 *   line: return addresses, looked up at pc−1 (except after sigpanic, and at a function entry),
 *   each expanded into its inlined frames;
 * - "return": a list logged from runtime.Callers: one return address per logical frame (the runtime
 *   has already expanded inlining), looked up at pc−1, innermost frame only;
 * - "exact": PCs already adjusted, as `#\t0x…` lines of a debug=1 goroutine profile print them
 *   (runtime.Frame.PC): looked up as they are, innermost frame only.
 */
export type PCKind = "traceback" | "return" | "exact";

export interface SymbolizeFramesOptions {
  kind?: PCKind;
  /** Load address minus link address (PIE); PCs are looked up at pc − slide. Default 0. */
  slide?: number;
}

/** Functions after which the next frame's PC is the faulting instruction, not a return address. */
const TRAP_CALLERS = new Set(["runtime.sigpanic", "runtime.asyncPreempt", "runtime.debugCallV2"]);

/** A frame that has only a PC, for symbolizeFrames to fill in. */
export function pcFrame(pc: string, inputLine = 0): Frame {
  return { func: "", args: "", file: "", line: 0, inlined: false, location: "user", inputLine, pc };
}

/** A frame the traceback gave a PC but no function (what symbolizeFrames fills in). */
export function isPCOnly(f: Frame): boolean {
  return f.pc !== undefined && (f.func === "" || f.func === "?");
}

/** The runtime prints runtime.gopanic as `panic` in tracebacks (traceback.go: printFuncName). */
function printedName(func: string): string {
  return func === "runtime.gopanic" ? "panic" : func;
}

function toFrame(l: LogicalFrame, from: Frame, pc: number): Frame {
  const out: Frame = {
    func: printedName(l.func),
    args: l.inlined ? "..." : from.args,
    file: l.file,
    line: l.line,
    inlined: l.inlined,
    location: locationOf(printedName(l.func)),
    inputLine: from.inputLine,
  };
  if (!l.inlined) {
    // The runtime prints `+0x…` only when pc > entry (a goroutine that has not started has pc == entry).
    if (pc > l.physical.entry) out.offset = pc - l.physical.entry;
    if (from.pc !== undefined) out.pc = from.pc;
    if (from.sp !== undefined) out.sp = from.sp;
    if (from.fp !== undefined) out.fp = from.fp;
  }
  return out;
}

/**
 * Returns a copy of `frames` in which every frame that has a PC but no function is filled in from
 * the binary (and, for "traceback" PCs, expanded into its inlined frames, innermost first). Frames
 * that already have a function are kept as they are; PCs the binary does not cover stay unfilled.
 */
export function symbolizeFrames(
  frames: readonly Frame[],
  bin: GoBinary,
  opts: SymbolizeFramesOptions = {},
): Frame[] {
  const kind = opts.kind ?? "traceback";
  const slide = opts.slide ?? 0;
  const out: Frame[] = [];
  let prevFunc = "";
  for (const fr of frames) {
    if (!isPCOnly(fr)) {
      out.push({ ...fr });
      prevFunc = fr.func;
      continue;
    }
    const raw = parsePC(fr.pc ?? "");
    if (raw === undefined) {
      out.push({ ...fr });
      continue;
    }
    const pc = raw - slide;
    let lookup: number;
    if (kind === "exact") lookup = pc;
    else if (kind === "return") lookup = pc - 1;
    else lookup = TRAP_CALLERS.has(prevFunc) || bin.findFunc(pc)?.entry === pc ? pc : pc - 1;
    const logical = bin.frames(lookup);
    if (logical.length === 0) {
      out.push({ ...fr });
      prevFunc = "";
      continue;
    }
    const chosen = kind === "traceback" ? logical : logical.slice(0, 1);
    for (const l of chosen) {
      const frame = toFrame(l, fr, pc);
      // For Callers-style PCs pprof prints, on every frame, the adjusted PC minus the entry of the
      // physical function (runtime.Frame.PC − Frame.Entry).
      if (kind !== "traceback") frame.offset = lookup - l.physical.entry;
      out.push(frame);
    }
    prevFunc = logical[logical.length - 1]?.func ?? "";
  }
  return out;
}

/** Symbolizes every goroutine (and system stack, and created-by frame) of a crash, in a copy. */
export function symbolizeCrash(
  crash: Crash,
  bin: GoBinary,
  opts: SymbolizeFramesOptions = {},
): Crash {
  const g = (x: Goroutine): Goroutine => {
    const copy: Goroutine = { ...x, frames: symbolizeFrames(x.frames, bin, opts) };
    if (x.createdBy !== undefined) {
      const [c] = symbolizeFrames([x.createdBy], bin, { ...opts, kind: "return" });
      if (c !== undefined) copy.createdBy = c;
    }
    return copy;
  };
  const goroutines = crash.goroutines.map(g);
  const crashingIndex = crash.crashing === null ? -1 : crash.goroutines.indexOf(crash.crashing);
  const out: Crash = {
    ...crash,
    goroutines,
    systemStacks: crash.systemStacks.map((s) => symbolizeFrames(s, bin, opts)),
    crashing:
      crash.crashing === null
        ? null
        : crashingIndex >= 0
          ? goroutines[crashingIndex]!
          : g(crash.crashing),
  };
  if (crash.threads !== undefined) out.threads = crash.threads.map(g);
  return out;
}

export interface BinaryMatch {
  /** True when at least one frame was checked and none disagreed, and the Go versions agree. */
  matches: boolean;
  /** Frames whose function, offset (and PC, file, line when printed) were compared. */
  checked: number;
  /** One line per disagreement, the first few. */
  mismatches: string[];
  mismatchCount: number;
  /** PIE load slide seen in the PCs (runtime pc − link-time pc), when the trace printed PCs. */
  slide?: number;
  goVersion: { trace: string | null; binary: string | null; agree: boolean | null };
  /** Human-readable warnings; empty when the binary matches. */
  warnings: string[];
}

function allFrames(crash: Crash): Frame[] {
  const out: Frame[] = [];
  for (const g of crash.goroutines) {
    out.push(...g.frames);
  }
  for (const s of crash.systemStacks) out.push(...s);
  for (const t of crash.threads ?? []) out.push(...t.frames);
  return out;
}

/**
 * Checks that `bin` is the binary that printed `crash`: every frame printed with a function and a
 * `+0x…` offset must name a function of the binary, lie inside it, and (when looked up there) give
 * the file and line the runtime printed; PCs, when printed, must all differ from the binary's by one
 * slide (0 unless PIE); and the Go versions must agree.
 */
export function checkBinaryMatches(
  crash: Crash,
  bin: GoBinary,
  goVersion: GoVersion | null = crash.goVersion,
): BinaryMatch {
  const mismatches: string[] = [];
  let mismatchCount = 0;
  let checked = 0;
  const slides = new Set<number>();
  const miss = (s: string) => {
    mismatchCount++;
    if (mismatches.length < 5) mismatches.push(s);
  };
  let pcOnly = 0;
  let outside = 0;
  for (const fr of allFrames(crash)) {
    if (isPCOnly(fr) && fr.pc !== undefined) {
      // Only a PC: all we can check is that it lies in a function of the binary.
      const pc = parsePC(fr.pc);
      pcOnly++;
      if (pc === undefined || bin.findFunc(pc - 1) === undefined) outside++;
      continue;
    }
    if (fr.inlined || fr.offset === undefined || fr.func === "" || fr.func === "?") continue;
    const f = bin.funcByName(fr.func === "panic" ? "runtime.gopanic" : fr.func);
    checked++;
    if (f === undefined) {
      miss(`${fr.func} (input line ${fr.inputLine}) is not a function of the binary`);
      continue;
    }
    const size = f.end - f.entry;
    if (fr.offset > size) {
      miss(
        `${fr.func}+0x${fr.offset.toString(16)} lies past the end of the function (0x${size.toString(16)} bytes)`,
      );
      continue;
    }
    const pc = f.entry + fr.offset;
    if (fr.line > 0) {
      const at = (p: number) => bin.frames(p).at(-1);
      const a = at(pc - 1);
      const b = at(pc);
      const ok = [a, b].some(
        (x) =>
          x !== undefined &&
          printedName(x.func) === fr.func &&
          x.line === fr.line &&
          x.file === fr.file,
      );
      if (!ok) {
        const x = a ?? b;
        miss(
          `${fr.func}+0x${fr.offset.toString(16)} is ${x ? `${x.file}:${x.line}` : "unknown"} in the binary, the trace says ${fr.file}:${fr.line}`,
        );
        continue;
      }
    }
    const printed = fr.pc === undefined ? undefined : parsePC(fr.pc);
    if (printed !== undefined) slides.add(printed - pc);
  }
  let slide: number | undefined;
  if (slides.size > 1)
    miss(`the printed PCs disagree with the binary by ${slides.size} different amounts`);
  else if (slides.size === 1) {
    slide = [...slides][0]!;
    if (slide !== 0 && !bin.exe.positionIndependent)
      miss(
        `the printed PCs are 0x${slide.toString(16)} away from the binary's, which is not position independent`,
      );
  }
  const traceV = goVersion === null ? null : formatGoVersion(goVersion);
  const binV = bin.goVersion ?? null;
  const binRelease = bin.goRelease;
  const agree =
    goVersion === null || binRelease === undefined
      ? null
      : goVersionContains(goVersion, binRelease);
  const warnings: string[] = [];
  if (mismatchCount > 0) {
    warnings.push(
      `the binary does not match this crash (${mismatchCount} of ${checked} frames disagree): ${mismatches[0]}`,
    );
  }
  if (agree === false)
    warnings.push(`the crash was printed by ${traceV}, the binary was built by ${binV}`);
  if (outside > 0) {
    warnings.push(
      `${outside} of ${pcOnly} PCs lie outside the binary's functions${bin.exe.positionIndependent ? " (a PIE binary: PCs of a running process are offset by its load address)" : ""}`,
    );
  }
  if (checked === 0 && pcOnly === 0)
    warnings.push("no frame with a function offset to check the binary against");
  const result: BinaryMatch = {
    matches: (checked > 0 || pcOnly > 0) && mismatchCount === 0 && outside === 0 && agree !== false,
    checked,
    mismatches,
    mismatchCount,
    goVersion: { trace: traceV, binary: binV, agree },
    warnings,
  };
  if (slide !== undefined) result.slide = slide;
  return result;
}
