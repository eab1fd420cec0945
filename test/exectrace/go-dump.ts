// Test support: the counts of `go tool trace -d=parsed` (Go 1.24+) or `-d=1` (Go 1.22-1.23)
// output, in the shape of panicscope's TraceCounts, to compare with the TypeScript reader.
// Each event is one line starting "M=%d P=%d G=%d Kind Time=%d" (internal/trace event.go
// Event.String); stacks follow on indented lines.

import type { TraceCounts } from "../../src/exectrace/summary.js";

const LINE = /^M=(-?\d+) P=(-?\d+) G=(-?\d+) (\w+) Time=(-?\d+)(.*)$/;
// Go 1.22-1.25 print "Resource=… Reason=… GoID=… A->B"; Go 1.26 "GoID=… A->B Reason=…".
const TRANSITION = / (GoID|ProcID)=(-?\d+) (\w+)->(\w+)/;
const REASON = / Reason=("(?:[^"\\]|\\.)*")/;

export function countsOfDump(text: string): TraceCounts {
  let events = 0;
  const byKind: Record<string, number> = {};
  const gs = new Set<number>();
  const ps = new Set<number>();
  const ms = new Set<number>();
  const goTr: Record<string, number> = {};
  const procTr: Record<string, number> = {};
  const reasons: Record<string, number> = {};
  let start = -1;
  let end = -1;
  for (const line of text.split("\n")) {
    const m = LINE.exec(line);
    if (m === null) continue;
    events++;
    const [, mm, pp, gg, kind, time, rest] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    byKind[kind] = (byKind[kind] ?? 0) + 1;
    if (Number(gg) >= 0) gs.add(Number(gg));
    if (Number(pp) >= 0) ps.add(Number(pp));
    if (Number(mm) >= 0) ms.add(Number(mm));
    if (start < 0) start = Number(time);
    end = Number(time);
    if (kind !== "StateTransition") continue;
    const t = TRANSITION.exec(rest);
    if (t === null) throw new Error(`unparsed transition: ${line}`);
    const [, res, id, from, to] = t as unknown as [string, string, string, string, string];
    const reason = REASON.exec(rest)?.[1] ?? '""';
    const pair = `${from}->${to}`;
    if (res === "GoID") {
      if (Number(id) >= 0) gs.add(Number(id));
      goTr[pair] = (goTr[pair] ?? 0) + 1;
      const r = JSON.parse(reason) as string;
      reasons[r] = (reasons[r] ?? 0) + 1;
    } else {
      if (Number(id) >= 0) ps.add(Number(id));
      procTr[pair] = (procTr[pair] ?? 0) + 1;
    }
  }
  return {
    events,
    eventsByKind: sortKeys(byKind),
    goroutines: gs.size,
    procs: ps.size,
    threads: ms.size,
    start: Math.max(0, start),
    end: Math.max(0, end),
    durationNs: Math.max(0, end - start),
    transitions: { goroutine: sortKeys(goTr), proc: sortKeys(procTr) },
    reasons: sortKeys(reasons),
  };
}

function sortKeys(o: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
