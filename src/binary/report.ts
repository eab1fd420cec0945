// What `analyze --binary` adds to a crash: frames filled in and inlined calls expanded from the
// binary, a check that the binary is the one that crashed, its build info, and the faulting
// instruction of a SIGSEGV/SIGBUS. Analyze calls applyBinary; everything else is here.

import type { GoVersion } from "../goversion/version.js";
import type { Crash, Frame, Goroutine } from "../model.js";
import { setting } from "./buildinfo.js";
import { explainFault, type FaultExplanation } from "./fault.js";
import {
  type BinaryMatch,
  checkBinaryMatches,
  isPCOnly,
  pcFrame,
  symbolizeCrash,
  symbolizeFrames,
} from "./frames.js";
import type { GoBinary } from "./gobinary.js";
import { parsePC } from "./symbolize.js";

export interface BinaryReport {
  file: string;
  format: string;
  arch: string;
  goVersion: string | null;
  module: { path: string; version: string } | null;
  revision: string | null;
  revisionTime: string | null;
  modified: boolean | null;
  /** Whether the binary is the one that printed the crash, and why not. */
  match: BinaryMatch;
  /** Frames that had only a PC and were filled in from the binary (inlined frames included). */
  symbolized: number;
  /** The faulting instruction, for a signal with addr= and pc= in Go code. */
  fault: FaultExplanation | null;
}

function needsSymbols(frames: readonly Frame[]): boolean {
  return frames.some(isPCOnly);
}

function count(crash: Crash): number {
  let n = 0;
  const add = (fs: readonly Frame[]) => {
    n += fs.length;
  };
  for (const g of crash.goroutines) add(g.frames);
  for (const s of crash.systemStacks) add(s);
  if (crash.crashing !== null && !crash.goroutines.includes(crash.crashing))
    add(crash.crashing.frames);
  return n;
}

/**
 * Returns the crash with PC-only frames symbolized (debug=1 profile records without `#` lines are
 * rebuilt from their `@` PCs), and the report of what the binary told.
 */
export function applyBinary(
  crash: Crash,
  bin: GoBinary,
  file: string,
  goVersionGuess: GoVersion | null = crash.goVersion,
): { crash: Crash; report: BinaryReport } {
  const match = checkBinaryMatches(crash, bin, goVersionGuess);
  const slide = match.slide ?? 0;
  const before = count(crash);
  let out = crash;
  const profile = (g: Goroutine): Goroutine =>
    g.pcs !== undefined && g.pcs.length > 0 && g.frames.length === 0
      ? {
          ...g,
          frames: symbolizeFrames(
            g.pcs.map((pc) => pcFrame(pc, g.inputLine)),
            bin,
            { kind: "return", slide },
          ),
        }
      : g;
  // A logged runtime.Callers list: return addresses, one per logical frame.
  if (
    crash.kind === "dump" &&
    crash.goroutines.length === 1 &&
    crash.goroutines[0]!.state === "runtime.Callers"
  ) {
    const g = crash.goroutines[0]!;
    const frames = symbolizeFrames(g.frames, bin, { kind: "return", slide });
    out = { ...crash, goroutines: [{ ...g, frames }] };
  }
  const tracebacks =
    out === crash &&
    (crash.goroutines.some((g) => needsSymbols(g.frames)) ||
      crash.systemStacks.some(needsSymbols) ||
      (crash.crashing !== null && needsSymbols(crash.crashing.frames)));
  if (tracebacks) out = symbolizeCrash(out, bin, { kind: "traceback", slide });
  if (out.goroutines.some((g) => g.pcs !== undefined && g.frames.length === 0)) {
    const crashingIndex = out.crashing === null ? -1 : out.goroutines.indexOf(out.crashing);
    const goroutines = out.goroutines.map(profile);
    out = {
      ...out,
      goroutines,
      crashing: crashingIndex >= 0 ? goroutines[crashingIndex]! : out.crashing,
    };
  }
  let fault: FaultExplanation | null = null;
  const sig = crash.signal;
  if (sig?.pc !== undefined && sig.addr !== undefined) {
    const pc = parsePC(sig.pc);
    const addr = parsePC(sig.addr);
    if (pc !== undefined && addr !== undefined) {
      const s = match.slide ?? signalSlide(crash, bin, pc) ?? 0;
      fault = explainFault(bin, pc, addr, s) ?? null;
    }
  }
  const bi = bin.buildInfo;
  const modified = bi === undefined ? undefined : setting(bi, "vcs.modified");
  const report: BinaryReport = {
    file,
    format: bin.exe.format,
    arch: bin.exe.arch,
    goVersion: bin.goVersion ?? null,
    module: bi?.main === undefined ? null : { path: bi.main.path, version: bi.main.version },
    revision: (bi && setting(bi, "vcs.revision")) ?? null,
    revisionTime: (bi && setting(bi, "vcs.time")) ?? null,
    modified: modified === undefined ? null : modified === "true",
    match,
    symbolized: count(out) - before + countFilled(crash, out),
    fault,
  };
  return { crash: out, report };
}

/**
 * The PIE slide when the trace printed no pc= (GOTRACEBACK=single): the signal's pc is the faulting
 * frame's entry + offset, slid; the first frame of the crashing goroutine for which that gives a
 * page-aligned slide is taken to be the faulting one.
 */
function signalSlide(crash: Crash, bin: GoBinary, pc: number): number | undefined {
  if (!bin.exe.positionIndependent || crash.crashing === null) return undefined;
  for (const fr of crash.crashing.frames) {
    if (fr.inlined || fr.offset === undefined || fr.func === "" || fr.func === "panic") continue;
    const f = bin.funcByName(fr.func);
    if (f === undefined) continue;
    const slide = pc - (f.entry + fr.offset);
    if (slide % 0x1000 === 0) return slide;
  }
  return undefined;
}

/** Frames that were PC-only before and have a function now (same positions). */
function countFilled(before: Crash, after: Crash): number {
  let n = 0;
  before.goroutines.forEach((g, i) => {
    const a = after.goroutines[i];
    if (a === undefined || g.frames.length === 0) return;
    const pcOnly = g.frames.filter(isPCOnly).length;
    const still = a.frames.filter(isPCOnly).length;
    n += pcOnly - still;
  });
  return n;
}
