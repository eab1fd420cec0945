// The pc-value tables of the pclntab (pcsp, pcfile, pcln, pcdata[i]): decoding, as the runtime's
// step/pcvalue do it, into sorted arrays that lookups then search in O(log n).

import { unzigzag32, VarintCursor } from "../bytes/varint.js";

/** A decoded table: value `values[i]` holds for pc offsets (from entry) in [ends[i-1], ends[i]). */
export interface PCTable {
  ends: Uint32Array;
  values: Int32Array;
}

export const EMPTY_TABLE: PCTable = { ends: new Uint32Array(0), values: new Int32Array(0) };

/**
 * Decodes the table at `off` in `pctab` for a function at `entry`. Mirrors runtime.step: the value
 * starts at -1; each pair adds a zig-zag delta to the value and a pc delta (× quantum); a zero value
 * delta ends the table except while the pc is still at the entry. Stops at the end of the bytes, so
 * a corrupt table costs at most one pass over them.
 */
export function decodePCTable(
  pctab: Uint8Array,
  off: number,
  quantum: number,
  limit = 1 << 22,
): PCTable {
  if (off < 0 || off >= pctab.length) return EMPTY_TABLE;
  const ends: number[] = [];
  const values: number[] = [];
  const cur = new VarintCursor(pctab, off);
  let pc = 0;
  let val = -1;
  while (cur.pos < pctab.length && ends.length < limit) {
    const uv = cur.uvarint();
    if (uv < 0) break;
    if (uv === 0 && pc !== 0) break;
    const delta = unzigzag32(uv);
    const pd = cur.uvarint();
    if (pd < 0) break;
    val = (val + delta) | 0;
    pc += (pd >>> 0) * quantum;
    if (pc > 0xffffffff) break;
    ends.push(pc);
    values.push(val);
  }
  return pack(ends, values);
}

function pack(ends: number[], values: number[]): PCTable {
  return { ends: Uint32Array.from(ends), values: Int32Array.from(values) };
}

/** The value at `pcOff` (pc − entry), or -1 when the table does not cover it (runtime: pcvalue). */
export function valueAt(t: PCTable, pcOff: number): number {
  // First end strictly greater than pcOff.
  const ends = t.ends;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ends[mid]! > pcOff) hi = mid;
    else lo = mid + 1;
  }
  return lo < ends.length ? t.values[lo]! : -1;
}
