// The heat map for a terminal: one row per P, one cell per window (windows merged to fit the
// width), shade by how busy the P was, colour by what kept it busy; rows for run-queue
// pressure, GC and heap; then the goroutines still blocked at the end.

import { labels } from "../i18n/labels.js";
import type { Lang } from "../i18n/types.js";
import { locationOf } from "../names/owner.js";
import { printableDeep } from "../render/printable-document.js";
import { crashNotes } from "./crash-notes.js";
import type { HeatMap } from "./heatmap.js";
import type { TraceReport } from "./report.js";

const SHADES = [" ", "░", "▒", "▓", "█"];
const SPARK = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"];
const COLOURS = { user: 32, gcMark: 33, gcAssist: 35, syscall: 34 } as const;

export interface TerminalOptions {
  colour: boolean;
  width: number;
  /** The language of the headings and legends (default English). */
  lang?: Lang;
}

function merge(values: number[], cells: number, how: "avg" | "max" | "last"): number[] {
  const out: number[] = [];
  const per = values.length / cells;
  for (let c = 0; c < cells; c++) {
    const part = values.slice(
      Math.floor(c * per),
      Math.max(Math.floor(c * per) + 1, Math.floor((c + 1) * per)),
    );
    if (part.length === 0) out.push(0);
    else if (how === "avg") out.push(part.reduce((a, b) => a + b, 0) / part.length);
    else if (how === "max") out.push(Math.max(...part));
    else out.push(part[part.length - 1] as number);
  }
  return out;
}

function spark(values: number[]): string {
  const max = Math.max(...values, 0);
  return values
    .map((v) => (max === 0 ? " " : (SPARK[Math.min(7, Math.floor((v / max) * 7.999))] as string)))
    .join("");
}

export function ms(ns: number): string {
  if (ns >= 1e9) return `${(ns / 1e9).toFixed(2)}s`;
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(1)}ms`;
  return `${(ns / 1e3).toFixed(0)}µs`;
}

function bytes(n: number): string {
  if (n >= 1 << 30) return `${(n / (1 << 30)).toFixed(1)}GiB`;
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)}MiB`;
  return `${(n / 1024).toFixed(0)}KiB`;
}

export function heatRows(h: HeatMap, o: TerminalOptions): string[] {
  const cells = Math.max(10, Math.min(h.windows, o.width - 10));
  const paint = (code: number, s: string): string => (o.colour ? `\x1b[${code}m${s}\x1b[0m` : s);
  const rows: string[] = [];
  for (const p of h.procs) {
    const user = merge(p.user, cells, "avg");
    const mark = merge(p.gcMark, cells, "avg");
    const assist = merge(p.gcAssist, cells, "avg");
    const sys = merge(p.syscall, cells, "avg");
    let line = "";
    for (let c = 0; c < cells; c++) {
      const parts = {
        user: user[c] ?? 0,
        gcMark: mark[c] ?? 0,
        gcAssist: assist[c] ?? 0,
        syscall: sys[c] ?? 0,
      };
      const busy = Math.min(1, parts.user + parts.gcMark + parts.gcAssist + parts.syscall);
      const shade = SHADES[Math.min(4, Math.ceil(busy * 4))] as string;
      const top = (Object.keys(parts) as Array<keyof typeof parts>).reduce((a, b) =>
        parts[b] > parts[a] ? b : a,
      );
      line += busy === 0 ? shade : paint(COLOURS[top], shade);
    }
    rows.push(`P${String(p.id).padEnd(6)}  ${line}`);
  }
  rows.push(`${"runq".padEnd(7)}  ${spark(merge(h.runnableAvg, cells, "avg"))}`);
  const gc = merge(h.gc, cells, "avg");
  const stw = merge(h.stw, cells, "max");
  rows.push(
    `${"GC".padEnd(7)}  ${gc.map((g, i) => ((stw[i] ?? 0) > 0 ? paint(31, "!") : g > 0 ? paint(33, "▀") : " ")).join("")}`,
  );
  if (h.heapInUse.some((v) => v > 0))
    rows.push(`${"heap".padEnd(7)}  ${spark(merge(h.heapInUse, cells, "last"))}`);
  const L = labels(o.lang ?? "en");
  const legend = o.colour
    ? L.traceLegendColour(
        paint(32, "█"),
        paint(33, "█"),
        paint(35, "█"),
        paint(34, "█"),
        paint(33, "▀"),
        paint(31, "!"),
      )
    : L.traceLegend;
  rows.push(
    `${" ".repeat(9)}${L.traceSpan(ms(h.start - h.start), ms(h.end - h.start), ms(h.windowNs), legend)}`,
  );
  return rows;
}

export function renderTerminal(given: TraceReport, o: TerminalOptions): string {
  // Names and strings read from the trace are shown escaped, never obeyed.
  const r = printableDeep(given);
  const L = labels(o.lang ?? "en");
  const out: string[] = [];
  out.push(
    L.traceHeader(
      r.file,
      r.goVersion,
      ms(r.durationNs),
      r.generations,
      r.events,
      r.goroutines,
      r.procs,
      r.threads,
    ),
  );
  if (r.clock !== undefined) out.push(L.traceEndsAt(r.clock.endWall));
  for (const w of r.warnings) out.push(`${L.warning}: ${w}`);
  out.push("");
  out.push(...heatRows(r.heatmap, o));
  const goal = r.heatmap.heapGoal[r.heatmap.heapGoal.length - 1] ?? 0;
  const inUse = r.heatmap.heapInUse[r.heatmap.heapInUse.length - 1] ?? 0;
  if (inUse > 0) out.push(L.heapAtEnd(bytes(inUse), bytes(goal)));
  const blocked = Object.entries(r.heatmap.blocked)
    .map(([reason, v]) => [reason, v.reduce((a, b) => a + b, 0)] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  if (blocked.length > 0)
    out.push(L.blockedInWindow(blocked.map(([k, n]) => `${k} ${n}`).join(", ")));
  out.push("");
  if (r.blockedAtEnd.length > 0) {
    out.push(L.stillBlocked(r.blockedAtEnd.reduce((a, b) => a + b.count, 0)));
    for (const b of r.blockedAtEnd.slice(0, 12)) {
      const top =
        b.frames.find((f) => locationOf(f.func) === "user") ??
        b.frames.find((f) => locationOf(f.func) !== "runtime") ??
        b.frames[0];
      const where = top !== undefined ? `${top.func} ${top.file}:${top.line}` : L.noStackInTrace;
      out.push(
        `  ${String(b.count).padStart(5)} × [${b.reason}] ${L.upToDuration(ms(b.maxWaitNs))}  ${where}`,
      );
    }
  }
  if (r.crash !== undefined) {
    out.push("");
    out.push(L.crashingInTrace(String(r.crash.goroutine ?? "?")));
    for (const t of r.crash.timeline.slice(-15)) {
      const top = t.stack.find((f) => !f.func.startsWith("runtime."));
      const by = t.by >= 0 ? ` by G${t.by}` : "";
      const reason = t.reason !== "" ? ` [${t.reason}]` : "";
      out.push(
        `  -${ms(r.end - t.time).padStart(9)}  ${t.from}->${t.to}${reason}${by}${top !== undefined ? `  ${top.func}:${top.line}` : ""}`,
      );
    }
    for (const x of r.crash.related.slice(0, 8))
      out.push(`  ${L.relatedBy(x.role, x.id, x.times, x.stateAtEnd)}`);
    for (const n of crashNotes(r.crash, r.end, L)) out.push(`  ${L.note}: ${n}`);
  }
  // No trailing blanks (an idle end of a row): the text is pasted into issues and docs.
  return `${out.map((l) => l.trimEnd()).join("\n")}\n`;
}
