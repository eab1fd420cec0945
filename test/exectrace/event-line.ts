// Test support: an event's first line as Go 1.26's `go tool trace -d=parsed` prints it
// (src/internal/trace/event.go Event.String): context, kind, time and the kind's own fields,
// for comparing panicscope's events with Go's one by one.

import {
  experimentalOf,
  labelOf,
  logOf,
  metricOf,
  rangeOf,
  regionOf,
  stateTransition,
  type TraceEvent,
  taskOf,
  transitionName,
} from "../../src/exectrace/event.js";

const q = (s: string): string => JSON.stringify(s);
/** Go's all-ones ids (NoTask) are 2^64 in panicscope's doubles. */
const id = (n: number): string => (n >= 2 ** 63 ? "18446744073709551615" : String(n));

export function eventLine(e: TraceEvent): string {
  const head = `M=${e.m} P=${e.p} G=${e.g} ${e.kind} Time=${e.time}`;
  switch (e.kind) {
    case "StateTransition": {
      const t = stateTransition(e);
      const id = t.resource === "goroutine" ? `GoID=${t.id}` : `ProcID=${t.id}`;
      return `${head} ${id} ${transitionName(t)} Reason=${q(t.reason)}`;
    }
    case "Metric": {
      const m = metricOf(e);
      return `${head} Name=${q(m.name)} Value=Value{Uint64(${m.value})}`;
    }
    case "RangeBegin":
    case "RangeActive":
    case "RangeEnd": {
      const r = rangeOf(e);
      const scope =
        r.scope === "none"
          ? "None"
          : `${r.scope === "goroutine" ? "Goroutine" : "Proc"}(${r.scopeID})`;
      return `${head} Name=${q(r.name)} Scope=${scope}`;
    }
    case "TaskBegin":
    case "TaskEnd": {
      const t = taskOf(e);
      return `${head} ID=${id(t.id)} Parent=${id(t.parent)} Type=${q(t.type)}`;
    }
    case "RegionBegin":
    case "RegionEnd": {
      const r = regionOf(e);
      return `${head} Task=${id(r.task)} Type=${q(r.type)}`;
    }
    case "Log": {
      const l = logOf(e);
      return `${head} Task=${id(l.task)} Category=${q(l.category)} Message=${q(l.message)}`;
    }
    case "Label":
      return `${head} Label=${q(labelOf(e))}`;
    case "Experimental":
      return `${head} Name=${experimentalOf(e).name}`;
    default:
      return head;
  }
}

/**
 * The first lines of a `-d=parsed` dump (stacks dropped), as eventLine prints them. Go's
 * converter of old traces states the goroutines found runnable at trace start in its map's
 * random order (tracev1.go, at the first Gomaxprocs); panicscope in increasing id, so each
 * run of them is put in that order here.
 */
export function dumpLines(text: string): string[] {
  const out: string[] = [];
  const RUNNABLE =
    /^(M=-1 P=-1 G=-1 StateTransition Time=\d+ GoID=)(\d+)( Undetermined->Runnable.*)$/;
  let run: number[] = [];
  const flush = () => {
    const ids = run.map((i) => Number(RUNNABLE.exec(out[i] as string)?.[2])).sort((a, b) => a - b);
    run.forEach((i, k) => {
      out[i] = (out[i] as string).replace(RUNNABLE, `$1${ids[k]}$3`);
    });
    run = [];
  };
  for (const line of text.split("\n")) {
    if (!/^M=-?\d+ P=-?\d+ G=-?\d+ /.test(line)) continue;
    const clean = line
      .replace(/ Resource=.*$/, "")
      .replace(/ Attributes=\[.*\]$/, "")
      .replace(/( Experimental .* Name=\w+) Args=\[.*\]$/, "$1")
      .replace(/ N=\d+( .*)?$/, "");
    if (RUNNABLE.test(clean)) run.push(out.length);
    else flush();
    out.push(clean);
  }
  flush();
  return out;
}
