// The runtime's moduledata for the pclntab: found by section (Go 1.26+ .go.module / __go_module),
// by the runtime.firstmoduledata symbol, or by scanning data for a pointer to the pclntab, and checked
// field by field against the table. It gives runtime.text (which Go 1.26+ no longer keeps in the
// pclntab header) and the address of go:func.* (where 1.18+ keeps the inline trees).

import { type Executable, readWord, sectionByName } from "./exe.js";
import type { Pclntab, TextSection } from "./pclntab.js";

export interface ModuleData {
  addr: number;
  how: "section" | "symbol" | "scan";
  /** runtime.text and runtime.etext. */
  text: number;
  etext: number;
  minpc: number;
  maxpc: number;
  /** Pointer-sized word i of the structure (relocations applied). */
  word(i: number): number | undefined;
}

/** Word indices of fields (all are pointer-sized, so the same on 32- and 64-bit targets). */
function textWord(tab: Pclntab): number {
  return tab.layout === "go1.2" ? 12 : 22;
}

/** Checks a candidate address against the table; returns the moduledata if every field agrees. */
function check(
  exe: Executable,
  tab: Pclntab,
  addr: number,
  how: ModuleData["how"],
): ModuleData | undefined {
  const p = exe.ptrSize;
  const word = (i: number) => readWord(exe, addr + i * p);
  if (word(0) !== tab.addr) return undefined;
  if (tab.layout === "go1.2") {
    const len = word(1);
    if (len === undefined || len <= 0 || len > tab.data.length * 4 + (1 << 20)) return undefined;
  } else if (word(1) !== tab.addr + tab.funcnameOff) return undefined;
  const tw = textWord(tab);
  const minpcW = tab.layout === "go1.2" ? 10 : 20;
  const minpc = word(minpcW);
  const maxpc = word(minpcW + 1);
  const text = word(tw);
  const etext = word(tw + 1);
  if (minpc === undefined || maxpc === undefined || text === undefined || etext === undefined)
    return undefined;
  if (!(text <= minpc && minpc < maxpc && maxpc <= etext + 0x10000)) return undefined;
  // The table's own first entry, resolved against this text address, must be minpc.
  if (tab.layout === "go1.18" || tab.layout === "go1.20") {
    const saved = tab.textStart;
    tab.textStart = text;
    const ok = tab.minPC === minpc;
    tab.textStart = saved;
    if (!ok) return undefined;
  } else if (tab.minPC !== minpc) return undefined;
  return { addr, how, text, etext, minpc, maxpc, word };
}

export function findModuleData(exe: Executable, tab: Pclntab): ModuleData | undefined {
  const sec = sectionByName(exe, ".go.module", "__go_module");
  if (sec !== undefined) {
    const m = check(exe, tab, sec.addr, "section");
    if (m !== undefined) return m;
  }
  const sym = exe.symbol("runtime.firstmoduledata");
  if (sym !== undefined) {
    const m = check(exe, tab, sym, "symbol");
    if (m !== undefined) return m;
  }
  // Scan data for the pointer to the table (one pass over aligned words): writable sections, or
  // every non-executable segment when the section headers are gone.
  const p = exe.ptrSize;
  const regions =
    exe.sections.length > 0
      ? exe.sections
          .filter(
            (s) =>
              s.alloc &&
              s.fileSize > 0 &&
              !s.exec &&
              !s.compressed &&
              (s.write ||
                s.name.includes("rel.ro") ||
                exe.format === "pe" ||
                s.name.includes("go.module")),
          )
          .map((s) => ({ addr: s.addr, size: s.fileSize, offset: s.offset }))
      : exe.segments
          .filter((g) => g.fileSize > 0 && !g.exec)
          .map((g) => ({ addr: g.addr, size: g.fileSize, offset: g.offset }));
  for (const r of regions) {
    const bytes = exe.source.read(r.offset, r.size, "data (moduledata scan)");
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const start = (p - (r.addr % p)) % p;
    for (let o = start; o + p <= bytes.length; o += p) {
      const v =
        p === 8 ? Number(dv.getBigUint64(o, exe.littleEndian)) : dv.getUint32(o, exe.littleEndian);
      if (v !== tab.addr) continue;
      const m = check(exe, tab, r.addr + o, "scan");
      if (m !== undefined) return m;
    }
  }
  for (const at of exe.relocationsTo(tab.addr)) {
    const m = check(exe, tab, at, "scan");
    if (m !== undefined) return m;
  }
  return undefined;
}

/**
 * Candidate word indices of moduledata.gofunc, best first, for a Go minor version (unknown: all).
 * Measured (64-bit byte offsets): 1.18–1.19 0x130, 1.20–1.26 0x140, 1.27 0x158.
 */
export function gofuncWords(minor: number | undefined): number[] {
  if (minor === undefined) return [40, 43, 38];
  if (minor <= 19) return [38];
  if (minor <= 26) return [40, 43];
  return [43, 40];
}

/**
 * moduledata.textsectmap when the linker split the text into several sections, found by its
 * shape (a slice of {vaddr, end, baseaddr} a few words after gofunc, whose index moves from
 * release to release): the first section at offset 0 and address runtime.text, each next one
 * starting at its predecessor's end offset and no lower in memory. Empty for one section.
 */
export function textSections(exe: Executable, md: ModuleData): TextSection[] {
  const p = exe.ptrSize;
  for (let w = 38; w <= 48; w++) {
    const ptr = md.word(w);
    const len = md.word(w + 1);
    if (ptr === undefined || ptr === 0 || len === undefined || len < 2 || len > 4096) continue;
    if (md.word(w + 2) !== len) continue;
    const out: TextSection[] = [];
    for (let i = 0; i < len; i++) {
      const [vaddr, end, baseaddr] = [0, 1, 2].map((k) => readWord(exe, ptr + (3 * i + k) * p));
      if (vaddr === undefined || end === undefined || baseaddr === undefined) break;
      const prev = out[i - 1];
      const fits =
        prev === undefined
          ? vaddr === 0 && baseaddr === md.text
          : vaddr === prev.end && baseaddr >= prev.baseaddr + (prev.end - prev.vaddr);
      if (!fits || end <= vaddr) break;
      out.push({ vaddr, end, baseaddr });
    }
    if (out.length === len) return out;
  }
  return [];
}
