// A goroutine's pprof labels (runtime/pprof: Do, SetGoroutineLabels), read from the label set
// g.labels points at, and printed as the goroutine header prints them (runtime/traceback.go:
// goroutineheader): go1.26 quotes every key and value (`{"k": "v"}`), go1.27 only those that need
// it (`{k: "a-b"}`). Releases before 1.26 print no labels; a core still has them, shown in the
// go1.26 form.

import type { CoreG } from "./goroutines.js";
import type { RuntimeLayout } from "./layout.js";
import type { ProcessMemory } from "./memory.js";

/** go1.27 tracebackStringNeedsQuoting: anything but letters, digits, `.`, `/`, `_`. */
const BARE = /^[A-Za-z0-9./_]*$/;
const MAX_LABELS = 1024;

/** go1.24+: labelMap is struct{ LabelSet{ list []label } }, a sorted slice of {key, value}. */
function fromList(mem: ProcessMemory, set: number): [string, string][] | undefined {
  const list = mem.word(set);
  const len = mem.word(set + 8);
  if (list === undefined || len === undefined || len === 0 || len > MAX_LABELS) return undefined;
  const out: [string, string][] = [];
  for (let i = 0; i < len; i++) {
    const key = mem.goString(list + i * 32);
    const value = mem.goString(list + i * 32 + 16);
    if (key === undefined || value === undefined) return undefined;
    out.push([key, value]);
  }
  return out;
}

// A map[string]string before Go 1.24's swiss tables (runtime/map.go): hmap.count at 0, B at 9,
// buckets at 16, oldbuckets at 24; a bucket is 8 tophash bytes, 8 keys, 8 values, an overflow
// pointer; a cell is full when its tophash is at least minTopHash.
const BUCKET = 8;
const BUCKET_SIZE = 8 + BUCKET * 16 * 2 + 8;
const MIN_TOP_HASH = 5;

function bucketCells(mem: ProcessMemory, b: number, out: [string, string][]): boolean {
  for (let n = 0; b !== 0 && n < 1 << 16; n++) {
    const top = mem.read(b, BUCKET);
    if (top === null) return false;
    for (let i = 0; i < BUCKET; i++) {
      if (top[i]! < MIN_TOP_HASH) continue;
      const key = mem.goString(b + 8 + i * 16);
      const value = mem.goString(b + 8 + BUCKET * 16 + i * 16);
      if (key === undefined || value === undefined) return false;
      out.push([key, value]);
    }
    b = mem.word(b + BUCKET_SIZE - 8) ?? 0;
  }
  return true;
}

/** go1.19–1.23: labelMap is map[string]string; g.labels points at the map (a *hmap). */
function fromMap(mem: ProcessMemory, labelMap: number): [string, string][] | undefined {
  const h = mem.word(labelMap);
  if (h === undefined || h === 0) return undefined;
  const count = mem.word(h);
  const B = mem.u8(h + 9);
  const buckets = mem.word(h + 16);
  const old = mem.word(h + 24);
  if (count === undefined || B === undefined || buckets === undefined || old === undefined)
    return undefined;
  if (count === 0 || count > MAX_LABELS || B > 16) return undefined;
  const out: [string, string][] = [];
  // While the map grows, cells not yet moved are still in the old buckets (half as many).
  for (const [base, n] of [
    [buckets, 1 << B],
    [old, B > 0 ? 1 << (B - 1) : 0],
  ] as const) {
    if (base === 0) continue;
    for (let i = 0; i < n; i++)
      if (!bucketCells(mem, base + i * BUCKET_SIZE, out)) return undefined;
  }
  if (out.length !== count) return undefined;
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** g's labels as Go 1.<minor>'s header prints them (1.26's form before 1.26), or undefined. */
export function readLabels(
  mem: ProcessMemory,
  L: RuntimeLayout,
  g: CoreG,
  minor: number,
): string | undefined {
  if (g.labels === 0) return undefined;
  const pairs = L.labelList ? fromList(mem, g.labels) : fromMap(mem, g.labels);
  if (pairs === undefined) return undefined;
  const q = (s: string) => (minor >= 27 && BARE.test(s) ? s : JSON.stringify(s));
  return `{${pairs.map(([k, v]) => `${q(k)}: ${q(v)}`).join(", ")}}`;
}
