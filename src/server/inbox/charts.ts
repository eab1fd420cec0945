// Counts per day as inline SVG: no script, no external image (the page's CSP allows neither),
// drawn with presentation attributes and classes of the page's stylesheet. Each bar has a
// <title> (the day and its count); the chart as a whole has an accessible name.

import { escapeHtml } from "../../render/html/escape.js";

/** The last `n` UTC days up to `today`, oldest first, as `YYYY-MM-DD`. */
export function lastDays(n: number, today: Date = new Date()): string[] {
  const days: string[] = [];
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  for (let i = n - 1; i >= 0; i--)
    days.push(new Date(start - i * 86_400_000).toISOString().slice(0, 10));
  return days;
}

export interface ChartOptions {
  width: number;
  height: number;
  label: string;
  className: string;
  /** Each day's bar titled with its count (the issue page); the list's sparklines go without,
   * their label says the total, and 50 rows × 14 titles would double the page. */
  dayTitle?: (day: string, n: number) => string;
}

export function barChart(
  days: string[],
  counts: Map<string, number> | undefined,
  o: ChartOptions,
): string {
  const values = days.map((day) => counts?.get(day) ?? 0);
  const max = Math.max(1, ...values);
  const step = o.width / days.length;
  const bar = Math.max(1, step - (step > 4 ? 1 : 0));
  const bars = values.map((n, i) => {
    // A day with crashes is at least one pixel tall, so it never looks like none.
    const h = n === 0 ? 0 : Math.max(1, Math.round((n / max) * (o.height - 1)));
    if (h === 0 && o.dayTitle === undefined) return "";
    const x = (i * step).toFixed(1);
    const rect = `<rect x="${x}" y="${o.height - h}" width="${bar.toFixed(1)}" height="${h}"`;
    return o.dayTitle === undefined
      ? `${rect}/>`
      : `${rect}><title>${escapeHtml(o.dayTitle(days[i] as string, n))}</title></rect>`;
  });
  return `<svg class="${o.className}" viewBox="0 0 ${o.width} ${o.height}" width="${o.width}" height="${o.height}" role="img" aria-label="${escapeHtml(o.label)}"><line x1="0" y1="${o.height - 0.5}" x2="${o.width}" y2="${o.height - 0.5}"/>${bars.join("")}</svg>`;
}
