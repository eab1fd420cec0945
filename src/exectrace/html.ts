// A self-contained HTML page for a trace: the heat map (the SVG of svg.ts, zoomable with the
// wheel, a readout of the window under the pointer), the goroutines blocked at the end, and
// the crashing goroutine's timeline. Every text from the trace is escaped; the page's own
// script reads its numbers from an inline JSON block (no network, no library).

import type { TraceReport } from "./report.js";
import { renderSvg } from "./svg.js";
import { ms } from "./terminal.js";

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const SCRIPT = `
const svg = document.querySelector("#heat svg");
const data = JSON.parse(document.getElementById("heat-data").textContent);
const full = svg.viewBox.baseVal;
const base = { x: full.x, w: full.width };
let view = { x: base.x, w: base.w };
function apply() { svg.setAttribute("viewBox", view.x + " " + full.y + " " + view.w + " " + full.height); }
svg.addEventListener("wheel", (ev) => {
  ev.preventDefault();
  const r = svg.getBoundingClientRect();
  const at = view.x + ((ev.clientX - r.left) / r.width) * view.w;
  const k = ev.deltaY < 0 ? 0.8 : 1.25;
  view.w = Math.min(base.w, Math.max(base.w / 64, view.w * k));
  view.x = Math.min(base.x + base.w - view.w, Math.max(base.x, at - (at - view.x) * (view.w / (view.w / k))));
  apply();
}, { passive: false });
svg.addEventListener("dblclick", () => { view = { x: base.x, w: base.w }; apply(); });
const out = document.getElementById("readout");
svg.addEventListener("mousemove", (ev) => {
  const r = svg.getBoundingClientRect();
  const x = view.x + ((ev.clientX - r.left) / r.width) * view.w;
  const w = Math.floor((x - data.left) / data.cell);
  if (w < 0 || w >= data.windows) { out.textContent = ""; return; }
  const at = (w * data.windowNs / 1e6).toFixed(1);
  const procs = data.procs.map((p) => "P" + p.id + " user " + Math.round(p.user[w] * 100) + "% gc " + Math.round((p.gcMark[w] + p.gcAssist[w]) * 100) + "% syscall " + Math.round(p.syscall[w] * 100) + "%").join(" · ");
  out.textContent = "+" + at + " ms: " + procs + " · runnable " + data.runnable[w].toFixed(1);
});
`;

export function renderHtml(r: TraceReport): string {
  const h = r.heatmap;
  const cell = Math.max(2, Math.min(8, Math.floor(1000 / Math.max(1, h.windows))));
  const data = {
    left: 70,
    cell,
    windows: h.windows,
    windowNs: h.windowNs,
    procs: h.procs,
    runnable: h.runnableAvg,
  };
  const rows = r.blockedAtEnd
    .slice(0, 50)
    .map((b) => {
      const top = b.frames.find((f) => !f.func.startsWith("runtime.")) ?? b.frames[0];
      return `<tr><td>${b.count}</td><td>${esc(b.reason)}</td><td>${esc(ms(b.maxWaitNs))}</td><td>${top !== undefined ? esc(`${top.func} ${top.file}:${top.line}`) : ""}</td></tr>`;
    })
    .join("\n");
  const crash =
    r.crash === undefined
      ? ""
      : `<h2>Goroutine ${r.crash.goroutine ?? "?"} before the crash</h2>
<table><tr><th>before end</th><th>transition</th><th>reason</th><th>by</th><th>where</th></tr>
${r.crash.timeline
  .slice(-60)
  .map((t) => {
    const f = t.stack.find((x) => !x.func.startsWith("runtime."));
    return `<tr><td>${esc(ms(r.end - t.time))}</td><td>${esc(`${t.from}→${t.to}`)}</td><td>${esc(t.reason)}</td><td>${t.by >= 0 ? `G${t.by}` : ""}</td><td>${f !== undefined ? esc(`${f.func}:${f.line}`) : ""}</td></tr>`;
  })
  .join("\n")}</table>
${r.crash.notes.map((n) => `<p>${esc(n)}</p>`).join("\n")}`;
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(r.file)} — panicscope trace</title>
<style>body{font:14px sans-serif;margin:1.5em}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:2px 8px;text-align:left}#heat svg{width:100%;height:auto;cursor:zoom-in}#readout{font-family:monospace;min-height:1.4em}</style>
</head><body>
<h1>${esc(r.file)}</h1>
<p>${esc(`${r.goVersion} trace, ${ms(r.durationNs)}, ${r.generations} generation(s), ${r.events} events, ${r.goroutines} goroutines, ${r.procs} Ps, ${r.threads} threads`)}</p>
${r.warnings.map((w) => `<p><strong>warning:</strong> ${esc(w)}</p>`).join("\n")}
<h2>Scheduling heat map</h2>
<p>Wheel to zoom, double-click to reset; the line below tells the window under the pointer.</p>
<div id="heat">${renderSvg(r)}</div>
<div id="readout"></div>
<h2>Goroutines still blocked at the end</h2>
<table><tr><th>count</th><th>reason</th><th>waited up to</th><th>where</th></tr>
${rows}</table>
${crash}
<script type="application/json" id="heat-data">${json}</script>
<script>${SCRIPT}</script>
</body></html>
`;
}
