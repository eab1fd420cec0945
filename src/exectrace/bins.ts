// Time series over fixed-width bins that stay few: the width starts fine and doubles
// (merging neighbours) whenever the trace outgrows MAX_BINS, so a trace of any length folds
// into bounded memory without knowing its length in advance. Windows are whole bins.

const MAX_BINS = 16384;
const FIRST_WIDTH = 50_000; // 50 µs

/** How a series merges two neighbouring bins. */
export type Merge = "sum" | "max" | "last";

export class Series {
  values: number[] = [];
  constructor(readonly merge: Merge) {}
}

export class Bins {
  width = FIRST_WIDTH;
  origin = -1;
  /** Bins in use: last index + 1. */
  length = 0;
  private readonly all: Series[] = [];

  series(merge: Merge): Series {
    const s = new Series(merge);
    this.all.push(s);
    return s;
  }

  /** The bin of time t (ns), growing and coarsening as needed. */
  index(t: number): number {
    if (this.origin < 0) this.origin = t;
    let i = Math.floor((t - this.origin) / this.width);
    while (i >= MAX_BINS) {
      this.coarsen();
      i = Math.floor((t - this.origin) / this.width);
    }
    if (i + 1 > this.length) this.length = i + 1;
    return Math.max(i, 0);
  }

  /** Adds the time [from, to) to a sum series, split over the bins it covers. */
  addSpan(s: Series, from: number, to: number, scale = 1): void {
    if (to <= from) return;
    const last = this.index(to);
    let i = this.index(from);
    let t = from;
    const v = s.values;
    while (i <= last) {
      const binEnd = this.origin + (i + 1) * this.width;
      const end = Math.min(to, binEnd);
      v[i] = (v[i] ?? 0) + (end - t) * scale;
      t = end;
      i++;
    }
  }

  add(s: Series, t: number, value: number): void {
    const i = this.index(t);
    const v = s.values;
    if (s.merge === "sum") v[i] = (v[i] ?? 0) + value;
    else if (s.merge === "max") v[i] = Math.max(v[i] ?? Number.NEGATIVE_INFINITY, value);
    else v[i] = value;
  }

  private coarsen(): void {
    for (const s of this.all) {
      const out: number[] = [];
      for (let i = 0; i < s.values.length; i += 2) {
        out[i >> 1] = combine(s.merge, s.values[i], s.values[i + 1]);
      }
      s.values = out;
    }
    this.width *= 2;
    this.length = Math.ceil(this.length / 2);
  }
}

function combine(merge: Merge, a: number | undefined, b: number | undefined): number {
  if (a === undefined) return b ?? (merge === "sum" ? 0 : Number.NaN);
  if (b === undefined) return a;
  if (merge === "sum") return a + b;
  if (merge === "max") return Math.max(a, b);
  return b;
}

/** Windows of k bins over [first, last) bin indexes. */
export interface WindowPlan {
  first: number;
  last: number;
  binsPerWindow: number;
}

export function windowed(s: Series, plan: WindowPlan): number[] {
  const out: number[] = [];
  for (let w = plan.first; w < plan.last; w += plan.binsPerWindow) {
    let acc: number | undefined;
    for (let i = w; i < Math.min(plan.last, w + plan.binsPerWindow); i++) {
      const v = s.values[i];
      if (v === undefined || Number.isNaN(v)) continue;
      acc = acc === undefined ? v : combine(s.merge, acc, v);
    }
    out.push(acc ?? (s.merge === "sum" ? 0 : Number.NaN));
  }
  return out;
}
