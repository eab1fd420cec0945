// PC lists that programs log from runtime.Callers — `[0x4a240b 0x4a246f 0x4a2470]`, or one `0x…`
// per line — found among the lines the traceback parser did not recognise, turned into a
// goroutine-less "dump" whose one stack analyze --binary can symbolize.

import { pcFrame } from "../binary/frames.js";
import type { Crash, Frame, UnparsedLine } from "../model.js";

const HEX_PC = /^0x[0-9a-fA-F]{1,16}$/;

/** The PCs of a line that holds nothing else (brackets, commas and spaces aside); null otherwise. */
export function pcsOfLine(text: string): string[] | null {
  let t = text.trim();
  if (t.startsWith("[") && t.endsWith("]")) t = t.slice(1, -1);
  if (t === "") return null;
  const parts = t.split(/[\s,]+/);
  if (parts.length > 4096) return null;
  for (const p of parts) if (!HEX_PC.test(p)) return null;
  return parts;
}

/** Consecutive PC lines form one list; each list becomes one crash of kind "dump". */
export function pcListCrashes(stray: readonly UnparsedLine[]): Crash[] {
  const out: Crash[] = [];
  let cur: { start: number; end: number; pcs: string[] } | undefined;
  const flush = () => {
    if (cur === undefined) return;
    const start = cur.start;
    const frames: Frame[] = cur.pcs.map((pc) => pcFrame(pc, start));
    const g = {
      id: null,
      state: "runtime.Callers",
      waitMinutes: 0,
      lockedToThread: false,
      frames,
      pcs: cur.pcs,
      headerless: true,
      inputLine: cur.start,
    };
    out.push({
      kind: "dump",
      panics: [],
      notes: [],
      systemStacks: [],
      goroutines: [g],
      goroutineCount: 1,
      states: { "runtime.Callers": 1 },
      crashing: null,
      goVersion: null,
      span: { startLine: cur.start, endLine: cur.end },
      unparsed: [],
      unparsedCount: 0,
    });
    cur = undefined;
  };
  for (const line of stray) {
    const pcs = pcsOfLine(line.text);
    if (pcs === null) {
      flush();
      continue;
    }
    if (cur !== undefined && line.line === cur.end + 1) {
      cur.pcs.push(...pcs);
      cur.end = line.line;
    } else {
      flush();
      cur = { start: line.line, end: line.line, pcs };
    }
  }
  flush();
  return out;
}
