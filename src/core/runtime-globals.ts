// The runtime globals a core reader needs, found without DWARF: runtime.allgs (every g the
// process ever made) and waitReasonStrings (the names the runtime prints for wait reasons, read
// from the binary itself because the enum changes in almost every release).

import type { Executable } from "../binary/exe.js";
import type { RuntimeLayout } from "./layout.js";
import type { ProcessMemory } from "./memory.js";

/** Largest goroutine count believed (allgs length); larger is garbage, not a process. */
const MAX_GS = 1 << 24;
/** Highest g status value (1.26+: _Gdeadextra = 11), scan bit removed. */
const MAX_STATUS = 11;
const G_SCAN = 0x1000;

interface Region {
  addr: number;
  size: number;
}

/** The executable's writable data as loaded (run-time addresses): .data, .noptrdata, .bss… */
export function dataRegions(exe: Executable, slide: number): Region[] {
  const secs = exe.sections.filter((s) => s.alloc && s.write && !s.exec && s.size > 0);
  if (secs.length > 0) return secs.map((s) => ({ addr: s.addr + slide, size: s.size }));
  return exe.segments
    .filter((g) => g.write && !g.exec && g.memSize > 0)
    .map((g) => ({ addr: g.addr + slide, size: g.memSize }));
}

/** Read-only data of the executable (link-time addresses, file bytes). */
function rodataRegions(exe: Executable): { addr: number; bytes: Uint8Array }[] {
  const secs = exe.sections.filter(
    (s) => s.alloc && !s.write && !s.exec && s.fileSize > 0 && !s.compressed,
  );
  const list =
    secs.length > 0
      ? secs.map((s) => ({ addr: s.addr, offset: s.offset, size: s.fileSize }))
      : exe.segments
          .filter((g) => !g.write && g.fileSize > 0)
          .map((g) => ({ addr: g.addr, offset: g.offset, size: g.fileSize }));
  return list.map((r) => ({ addr: r.addr, bytes: exe.source.read(r.offset, r.size, "rodata") }));
}

function words(mem: ProcessMemory, r: Region): Float64Array | undefined {
  const b = mem.read(r.addr, r.size - (r.size % 8));
  if (b === null) return undefined;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out = new Float64Array(b.length / 8);
  for (let i = 0; i < out.length; i++) out[i] = Number(dv.getBigUint64(i * 8, true));
  return out;
}

export interface AllGs {
  /** Addresses of the g structures, in allgs order (the order the runtime prints them). */
  gs: number[];
  how: "symbol" | "scan";
}

/** Whether every element of a candidate slice looks like a g; counts goid 1 and live gs. */
function checkGs(
  mem: ProcessMemory,
  L: RuntimeLayout,
  ptr: number,
  len: number,
): number[] | undefined {
  const raw = mem.read(ptr, len * 8);
  if (raw === null) return undefined;
  const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const gs: number[] = [];
  const seen = new Set<number>();
  let hasMain = false;
  for (let i = 0; i < len; i++) {
    const g = Number(dv.getBigUint64(i * 8, true));
    if (g === 0 || g % 8 !== 0) return undefined;
    const lo = mem.word(g + L.g.stackLo);
    const hi = mem.word(g + L.g.stackHi);
    const status = mem.u32(g + L.g.atomicstatus);
    const goid = mem.word(g + L.g.goid);
    if (lo === undefined || hi === undefined || status === undefined || goid === undefined)
      return undefined;
    if (lo > hi || (status & ~G_SCAN) > MAX_STATUS || goid > 1e15) return undefined;
    if (goid !== 0) {
      if (seen.has(goid)) return undefined;
      seen.add(goid);
    }
    if (goid === 1) hasMain = true;
    gs.push(g);
  }
  return hasMain ? gs : undefined;
}

/**
 * runtime.allgs: from the symbol table when the binary kept one (-w alone keeps it), else by
 * scanning the data and bss for a slice header {ptr, len, cap} whose every element is a
 * plausible g with unique goids, one of them goroutine 1 (the main goroutine never leaves allgs).
 */
export function findAllGs(
  mem: ProcessMemory,
  exe: Executable,
  L: RuntimeLayout,
): AllGs | undefined {
  const sym = exe.symbol("runtime.allgs");
  if (sym !== undefined) {
    const ptr = mem.word(sym + mem.slide);
    const len = mem.word(sym + mem.slide + 8);
    if (ptr !== undefined && len !== undefined && len > 0 && len <= MAX_GS) {
      const gs = checkGs(mem, L, ptr, len);
      if (gs !== undefined) return { gs, how: "symbol" };
    }
  }
  let best: number[] | undefined;
  for (const r of dataRegions(exe, mem.slide)) {
    const w = words(mem, r);
    if (w === undefined) continue;
    for (let i = 0; i + 2 < w.length; i++) {
      const ptr = w[i]!;
      const len = w[i + 1]!;
      const cap = w[i + 2]!;
      if (len === 0 || len > cap || cap > MAX_GS || ptr === 0 || ptr % 8 !== 0) continue;
      if (best !== undefined && len <= best.length) continue;
      const first = mem.word(ptr);
      if (first === undefined || first === 0 || first % 8 !== 0) continue;
      const goid = mem.word(first + L.g.goid);
      if (goid !== 1) continue; // the main goroutine is allgs[0]
      const gs = checkGs(mem, L, ptr, len);
      if (gs !== undefined) best = gs;
    }
  }
  return best === undefined ? undefined : { gs: best, how: "scan" };
}

const ANCHOR = "GC assist marking";

/**
 * The table of Go string headers at addr, read until a header fails to read as a short string
 * (entry 0 is the empty string): undefined when it holds fewer than three names.
 */
function reasonTable(mem: ProcessMemory, addr: number): string[] | undefined {
  const table: string[] = [];
  for (let k = 0; table.length < 256; k++) {
    const ptr = mem.word(addr + k * 16);
    const len = mem.word(addr + k * 16 + 8);
    if (ptr === undefined || len === undefined || len > 64 || (len > 0 && ptr === 0)) break;
    const s = len === 0 ? "" : mem.goString(addr + k * 16);
    if (s === undefined || (len === 0 && table.length > 0)) break;
    table.push(s);
  }
  return table.length > 2 ? table : undefined;
}

/**
 * waitReasonStrings, read from the binary: by its symbol when the binary has one; else the
 * Go string header {ptr, 17} that points at "GC assist marking" (waitReasonGCAssistMarking = 1
 * in every release since 1.11) is entry 1 of a table whose entry 0 is "". A program may keep
 * copies of other releases' tables pointing at the same strings (Delve's service/api keeps
 * one per release, each a []string): a table some slice header {ptr, n, n} in the data points
 * at is such a copy, and the runtime's own array — which no slice holds — is preferred.
 */
export function readWaitReasons(mem: ProcessMemory, exe: Executable): string[] | undefined {
  const sym = exe.symbol("runtime.waitReasonStrings");
  if (sym !== undefined) {
    const table = reasonTable(mem, sym + mem.slide);
    if (table !== undefined && table[1] === ANCHOR) return table;
  }
  const anchor = new TextEncoder().encode(ANCHOR);
  const targets = new Set<number>();
  for (const r of rodataRegions(exe)) {
    let from = 0;
    for (;;) {
      const i = Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.length).indexOf(
        anchor,
        from,
      );
      if (i < 0) break;
      targets.add(r.addr + i + mem.slide);
      from = i + 1;
    }
  }
  if (targets.size === 0) return undefined;
  const regions: { addr: number; w: Float64Array }[] = [];
  const found = new Map<number, string[]>();
  for (const r of dataRegions(exe, mem.slide)) {
    const w = words(mem, r);
    if (w === undefined) continue;
    regions.push({ addr: r.addr, w });
    for (let i = 2; i + 1 < w.length; i++) {
      if (w[i + 1] !== anchor.length || !targets.has(w[i]!)) continue;
      if (w[i - 1] !== 0) continue; // entry 0 is the empty string
      const table = reasonTable(mem, r.addr + (i - 2) * 8);
      if (table !== undefined) found.set(r.addr + (i - 2) * 8, table);
    }
  }
  if (found.size <= 1) return found.values().next().value;
  const held = new Set<number>();
  for (const { w } of regions) {
    for (let i = 0; i + 2 < w.length; i++) {
      if (found.has(w[i]!) && w[i + 1] === w[i + 2] && w[i + 1]! > 2) held.add(w[i]!);
    }
  }
  for (const [addr, table] of found) if (!held.has(addr)) return table;
  return found.values().next().value;
}
