// The heat map as an SVG image of our own (no browser, no dependency): one row of cells per
// P, colour by what kept the P busy, opacity by how busy; rows for runnable goroutines, GC
// and stop-the-world; a time axis. Text is escaped.

import { ACTIVITIES } from "./heatmap.js";
import type { TraceReport } from "./report.js";
import { ms } from "./terminal.js";

const COLOURS: Record<string, string> = {
  user: "#2e7d32",
  gcMark: "#f9a825",
  gcAssist: "#8e24aa",
  syscall: "#1565c0",
};

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderSvg(r: TraceReport): string {
  const h = r.heatmap;
  const cell = Math.max(2, Math.min(8, Math.floor(1000 / Math.max(1, h.windows))));
  const rowH = 16;
  const left = 70;
  const top = 40;
  const rows = h.procs.length + 2;
  const width = left + h.windows * cell + 50;
  const height = top + rows * (rowH + 2) + 60;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`,
  );
  out.push(`<rect width="100%" height="100%" fill="#fff"/>`);
  out.push(
    `<text x="${left}" y="18" font-size="13">${esc(`${r.file} — ${r.goVersion}, ${ms(r.durationNs)}, ${r.events} events, ${r.goroutines} goroutines`)}</text>`,
  );
  h.procs.forEach((p, row) => {
    const y = top + row * (rowH + 2);
    out.push(`<text x="4" y="${y + 12}">P${p.id}</text>`);
    out.push(
      `<rect x="${left}" y="${y}" width="${h.windows * cell}" height="${rowH}" fill="#eee"/>`,
    );
    for (let w = 0; w < h.windows; w++) {
      let best = "user";
      let busy = 0;
      for (const a of ACTIVITIES) {
        if (a === "idle") continue;
        const v = p[a][w] ?? 0;
        busy += v;
        if (v > (p[best as "user"][w] ?? 0)) best = a;
      }
      if (busy <= 0) continue;
      const title = ACTIVITIES.filter((a) => a !== "idle")
        .map((a) => `${a} ${Math.round((p[a][w] ?? 0) * 100)}%`)
        .join(", ");
      out.push(
        `<rect x="${left + w * cell}" y="${y}" width="${cell}" height="${rowH}" fill="${COLOURS[best]}" fill-opacity="${Math.min(1, busy).toFixed(2)}"><title>P${p.id} ${esc(ms(w * h.windowNs))}: ${title}</title></rect>`,
      );
    }
  });
  const runY = top + h.procs.length * (rowH + 2);
  const maxRun = Math.max(1, ...h.runnableAvg);
  out.push(`<text x="4" y="${runY + 12}">runnable</text>`);
  h.runnableAvg.forEach((v, w) => {
    const bar = (v / maxRun) * rowH;
    if (bar > 0)
      out.push(
        `<rect x="${left + w * cell}" y="${runY + rowH - bar}" width="${cell}" height="${bar}" fill="#c62828"/>`,
      );
  });
  const gcY = runY + rowH + 2;
  out.push(`<text x="4" y="${gcY + 12}">GC / STW</text>`);
  h.gc.forEach((v, w) => {
    const stw = (h.stw[w] ?? 0) > 0;
    if (v > 0 || stw) {
      out.push(
        `<rect x="${left + w * cell}" y="${gcY}" width="${cell}" height="${rowH}" fill="${stw ? "#d32f2f" : "#f9a825"}" fill-opacity="${stw ? 1 : Math.min(1, v).toFixed(2)}"/>`,
      );
    }
  });
  const axisY = gcY + rowH + 16;
  for (let i = 0; i <= 4; i++) {
    const x = left + (i / 4) * h.windows * cell;
    out.push(
      `<text x="${x}" y="${axisY}" text-anchor="middle">${esc(ms((i / 4) * h.windows * h.windowNs))}</text>`,
    );
  }
  let lx = left;
  for (const a of ["user", "gcMark", "gcAssist", "syscall"]) {
    out.push(
      `<rect x="${lx}" y="${axisY + 10}" width="10" height="10" fill="${COLOURS[a]}"/><text x="${lx + 14}" y="${axisY + 19}">${a}</text>`,
    );
    lx += 90;
  }
  out.push(`<text x="${lx}" y="${axisY + 19}">window ${esc(ms(h.windowNs))}</text>`);
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
