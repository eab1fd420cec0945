// The execution trace in the crash report (`analyze --trace FILE --html OUT`): a section with
// the trace's facts, the scheduling heat map — drawn, zoomed and read out by the report's own
// script (heat-script.ts) from the numbers embedded here —, the goroutines still blocked at the
// end and, when the crash names its goroutine, that goroutine's last transitions in the trace.

import { crashNotes } from "../../exectrace/crash-notes.js";
import type { TraceReport } from "../../exectrace/report.js";
import { ms } from "../../exectrace/terminal.js";
import type { Labels } from "../../i18n/en/labels.js";
import { escapeHtml } from "./escape.js";

/** Three decimals are more than a cell's colour can show. */
function round(values: number[]): number[] {
  return values.map((v) => Math.round(v * 1000) / 1000);
}

/** What the script draws the heat map from (`data.trace` of the report's JSON). */
export function traceData(r: TraceReport, L: Labels) {
  const h = r.heatmap;
  return {
    windows: h.windows,
    windowNs: h.windowNs,
    procs: h.procs.map((p) => ({
      id: p.id,
      user: round(p.user),
      gcMark: round(p.gcMark),
      gcAssist: round(p.gcAssist),
      syscall: round(p.syscall),
    })),
    runnable: round(h.runnableAvg),
    gc: round(h.gc),
    stw: round(h.stw),
    labels: {
      user: L.heatUser,
      gcMark: L.heatGcMark,
      gcAssist: L.heatAssist,
      syscall: L.heatSyscall,
      runnable: L.heatRunnable,
      gc: L.heatGc,
      readout: L.heatReadout("{0}", "{1}", "{2}"),
    },
  };
}

export function traceSectionHtml(r: TraceReport, L: Labels): string {
  const out: string[] = ['<section class="trace" id="trace">'];
  out.push(`<h2>${escapeHtml(L.traceSectionHeading)}</h2>`);
  out.push(
    `<p class="facts">${escapeHtml(L.traceHeader(r.file, r.goVersion, ms(r.durationNs), r.generations, r.events, r.goroutines, r.procs, r.threads))}</p>`,
  );
  for (const w of r.warnings) out.push(`<p class="warning">${escapeHtml(w)}</p>`);
  out.push(`<p class="note">${escapeHtml(L.heatHint)}</p>`);
  const legend = (
    [
      ["user", L.heatUser],
      ["gcMark", L.heatGcMark],
      ["gcAssist", L.heatAssist],
      ["syscall", L.heatSyscall],
      ["runnable", L.heatRunnable],
      ["gc", L.heatGc],
    ] as const
  )
    .map(([key, name]) => `<span class="key hm-${key}">${escapeHtml(name)}</span>`)
    .join("");
  out.push(`<p class="heat-legend">${legend}</p>`);
  out.push('<div class="heat" id="trace-heat"></div>');
  out.push('<p class="mono heat-readout" id="trace-readout"></p>');
  out.push(
    `<p class="note">${escapeHtml(`0 … ${ms(r.heatmap.windows * r.heatmap.windowNs)} · ${ms(r.heatmap.windowNs)}`)}</p>`,
  );
  if (r.blockedAtEnd.length > 0) {
    const total = r.blockedAtEnd.reduce((sum, b) => sum + b.count, 0);
    out.push(`<h3>${escapeHtml(L.stillBlocked(total))}</h3>`);
    const rows = r.blockedAtEnd.slice(0, 20).map((b) => {
      const top = b.frames.find((f) => !f.func.startsWith("runtime.")) ?? b.frames[0];
      const where = top === undefined ? L.noStackInTrace : `${top.func}  ${top.file}:${top.line}`;
      return `<li><span class="count">${b.count}</span> × [${escapeHtml(b.reason)}] ${escapeHtml(L.upToDuration(ms(b.maxWaitNs)))} <span class="mono">${escapeHtml(where)}</span></li>`;
    });
    out.push(`<ul class="blocked">${rows.join("")}</ul>`);
  }
  const crash = r.crash;
  if (crash !== undefined && crash.goroutine !== null) {
    out.push(`<h3>${escapeHtml(L.crashingInTrace(String(crash.goroutine)))}</h3>`);
    const steps = crash.timeline.slice(-20).map((t) => {
      const f = t.stack.find((x) => !x.func.startsWith("runtime."));
      const by = t.by >= 0 ? ` G${t.by}` : "";
      return `<li class="mono">−${escapeHtml(ms(r.end - t.time))} ${escapeHtml(`${t.from}→${t.to}`)} ${escapeHtml(t.reason)}${by}${f === undefined ? "" : ` ${escapeHtml(`${f.func}:${f.line}`)}`}</li>`;
    });
    if (steps.length > 0) out.push(`<ol class="timeline">${steps.join("")}</ol>`);
    for (const rel of crash.related.slice(0, 5))
      out.push(
        `<p class="note">${escapeHtml(L.relatedBy(rel.role, rel.id, rel.times, rel.stateAtEnd))}</p>`,
      );
  }
  if (crash !== undefined)
    for (const n of crashNotes(crash, r.end, L)) out.push(`<p class="note">${escapeHtml(n)}</p>`);
  out.push("</section>");
  return out.join("\n");
}
