// The `panicscope/trace@1` document: the counts Go's own reader agrees with, the heat map,
// the goroutines still blocked at the end, and (given crash text) the crashing goroutine's
// last moments in the trace.

import { labels } from "../i18n/labels.js";
import type { Crash } from "../model.js";
import { readTrace, type TraceRead, type TraceReadOptions } from "./analyze.js";
import { type BlockedBucket, bucketBlocked } from "./buckets.js";
import { crashNotes } from "./crash-notes.js";
import { GoroutineFold, type TimelineEntry } from "./goroutines.js";
import { HeatFold, type HeatMap, type HeatMapOptions } from "./heatmap.js";
import type { TraceCounts } from "./summary.js";

export const TRACE_SCHEMA = "panicscope/trace@1";

export interface CrashJoin {
  goroutine: number | null;
  /** The crashing goroutine's transitions in the trace, oldest first (the last few hundred). */
  timeline: TimelineEntry[];
  /** Goroutines that woke or created it, with their state at the end of the trace. */
  related: Array<{ id: number; role: "woke" | "created"; times: number; stateAtEnd: string }>;
  /** The goroutines of the crash text that the trace knows, with their state at its end. */
  known: number;
  /** The crashing goroutine had exited by the end of the trace. */
  exited: boolean;
  /** What `crashNotes` says in English; renderers call it in the reader's language. */
  notes: string[];
}

export interface TraceReport extends TraceCounts {
  schema: typeof TRACE_SCHEMA;
  file: string;
  goVersion: string;
  generations: number;
  bytes: number;
  warnings: string[];
  /** Go 1.25+: where the trace sits in wall-clock time (the last generation's snapshot). */
  clock?: TraceRead["clock"];
  goroutineStatesAtEnd: Record<string, number>;
  heatmap: HeatMap;
  blockedAtEnd: BlockedBucket[];
  crash?: CrashJoin;
}

export interface TraceReportOptions extends HeatMapOptions {
  syncAt?: TraceReadOptions["syncAt"];
  crash?: Crash;
}

export function traceReport(
  file: string,
  input: string | Uint8Array,
  options: TraceReportOptions = {},
): TraceReport | { error: string } {
  const crashing = options.crash?.crashing?.id ?? null;
  const heat = new HeatFold();
  const goroutines = new GoroutineFold(crashing !== null ? [crashing] : []);
  const read = readTrace(input, {
    ...(options.syncAt ? { syncAt: options.syncAt } : {}),
    folds: [heat, goroutines],
  });
  if ("error" in read) return read;
  const c = read.counts;
  const heatmap = heat.result(options);
  const report: TraceReport = {
    schema: TRACE_SCHEMA,
    file,
    goVersion: read.goVersion,
    ...c,
    generations: read.generations,
    bytes: read.bytes,
    warnings: read.warnings,
    ...(read.clock !== undefined ? { clock: read.clock } : {}),
    goroutineStatesAtEnd: goroutines.stateCounts(),
    heatmap,
    blockedAtEnd: bucketBlocked(goroutines.blockedAtEnd(), c.end),
  };
  if (options.crash !== undefined) report.crash = joinCrash(options.crash, goroutines, c.end);
  return report;
}

function joinCrash(crash: Crash, goroutines: GoroutineFold, end: number): CrashJoin {
  const id = crash.crashing?.id ?? null;
  const timeline = id !== null ? (goroutines.timelines.get(id) ?? []) : [];
  const exited = id !== null && timeline.length > 0 && goroutines.get(id) === undefined;
  const counts = new Map<string, number>();
  for (const t of timeline) {
    if (t.by < 0) continue;
    const role = t.from === "NotExist" ? "created" : t.to === "Runnable" ? "woke" : undefined;
    if (role === undefined) continue;
    const key = `${t.by}\u0000${role}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const related = [...counts].map(([key, times]) => {
    const [who, role] = key.split("\u0000") as [string, "woke" | "created"];
    const g = goroutines.get(Number(who));
    return {
      id: Number(who),
      role,
      times,
      stateAtEnd: g === undefined ? "NotExist" : stateName(g.state),
    };
  });
  related.sort((a, b) => b.times - a.times);
  let known = 0;
  for (const g of crash.goroutines)
    if (g.id !== null && goroutines.get(g.id) !== undefined) known++;
  const data = { goroutine: id, timeline: timeline.slice(-200), related, known, exited };
  return { ...data, notes: crashNotes(data, end, labels("en")) };
}

const STATE_NAMES = ["Undetermined", "NotExist", "Runnable", "Running", "Waiting", "Syscall"];
function stateName(i: number): string {
  return STATE_NAMES[i] ?? "Bad";
}
