// Goroutine profiles written with debug=1 (runtime/pprof printCountProfile), which group
// goroutines with identical stacks:
//
//   goroutine profile: total 5
//   3 @ 0x437556 0x45e1f5 0x4b4bc5 0x461161
//   # labels: {"handler":"api"}
//   #	0x45e1f4	time.Sleep+0x134	/usr/lib/go-1.19/src/runtime/time.go:195
//
// The `#` lines are aligned by tabwriter, so several tabs may separate the columns.

import type { Frame, Goroutine } from "../model.js";
import { newFrame } from "./frame-lines.js";
import { decimal, hexNumber, isHexWord } from "./numbers.js";

const TOTAL = "goroutine profile: total ";

/** `goroutine profile: total 5` → 5. */
export function parseProfileTotal(text: string): number | null {
  if (!text.startsWith(TOTAL)) return null;
  const total = decimal(text, TOTAL.length, text.length);
  return Number.isNaN(total) ? null : total;
}

/** `3 @ 0x437556 0x45e1f5` → a record with its count and raw PCs. */
export function parseProfileRecord(text: string, line: number): Goroutine | null {
  const at = text.indexOf(" @ ");
  if (at <= 0) return null;
  const count = decimal(text, 0, at);
  // Every record counts at least one goroutine (go1.26 runtime/pprof/pprof.go
  // printCountProfile counts each stack as it is seen): `0 @ …` is no record.
  if (Number.isNaN(count) || count === 0) return null;
  const pcs = text.slice(at + 3).split(" ");
  for (const pc of pcs) if (!isHexWord(pc, 0, pc.length)) return null;
  return {
    id: null,
    state: "",
    waitMinutes: 0,
    lockedToThread: false,
    frames: [],
    count,
    pcs,
    inputLine: line,
  };
}

/** `#\t0x45e1f4\ttime.Sleep+0x134\t/path/time.go:195` → a frame. */
export function parseProfileFrame(text: string, line: number): Frame | null {
  if (!text.startsWith("#\t")) return null;
  const fields = text
    .slice(2)
    .split("\t")
    .filter((field) => field !== "");
  const [pc, funcOffset, fileLine] = fields;
  if (pc === undefined || !isHexWord(pc, 0, pc.length)) return null;
  if (funcOffset === undefined) {
    // runtime/pprof prints a PC it cannot name (C code) alone: `#\t0x4b4bc4`.
    const frame = newFrame("", "", line);
    frame.pc = pc;
    frame.location = "user";
    return frame;
  }
  const plus = funcOffset.lastIndexOf("+0x");
  const func = plus === -1 ? funcOffset : funcOffset.slice(0, plus);
  const frame = newFrame(func, "", line);
  frame.pc = pc;
  if (plus !== -1) {
    const offset = hexNumber(funcOffset, plus + 3, funcOffset.length);
    if (!Number.isNaN(offset)) frame.offset = offset;
  }
  if (fileLine !== undefined) {
    const colon = fileLine.lastIndexOf(":");
    const lineNo = colon === -1 ? Number.NaN : decimal(fileLine, colon + 1, fileLine.length);
    if (Number.isNaN(lineNo)) return null;
    frame.file = fileLine.slice(0, colon);
    frame.line = lineNo;
  }
  return frame;
}

/** `# labels: {"k":"v"}` → the labels text. */
export function parseProfileLabels(text: string): string | null {
  return text.startsWith("# labels: ") ? text.slice(10) : null;
}
