// Finding the pclntab in an executable: by section (.gopclntab, .data.rel.ro.gopclntab,
// __gopclntab), by the runtime.pclntab/runtime.epclntab symbols, or by scanning for its header and
// checking the candidate against the moduledata (stripped PE, renamed or removed sections).

import { notGo } from "../bytes/decode-error.js";
import { addrToOffset, type Executable, sectionByName, sectionBytes } from "./exe.js";
import { findModuleData, type ModuleData } from "./moduledata.js";
import { Pclntab, parseHeaderPrefix } from "./pclntab.js";

export type PclntabSource = "section" | "symbol" | "scan";

export interface Located {
  tab: Pclntab;
  how: PclntabSource;
  /** Section name or symbol that held it. */
  where: string;
  /** The moduledata that confirmed a scanned table (found later, on demand, otherwise). */
  moduledata: ModuleData | undefined;
}

const SECTION_NAMES = [".gopclntab", ".data.rel.ro.gopclntab", "__gopclntab"];
const MAX_SCAN_SECTION = 1 << 30;

export function locatePclntab(exe: Executable): Located {
  const tried: string[] = [];
  // 1. A section of its own.
  const sec = sectionByName(exe, ...SECTION_NAMES);
  if (sec !== undefined && sec.fileSize > 0) {
    const bytes = sectionBytes(exe, sec);
    if (parseHeaderPrefix(bytes) !== undefined) {
      const tab = new Pclntab(bytes, sec.addr, sec.offset);
      return { tab, how: "section", where: sec.name, moduledata: undefined };
    }
    tried.push(`section ${sec.name} (no pclntab header)`);
  } else tried.push("sections .gopclntab/__gopclntab (absent)");

  // 2. The symbols the linker defines around it.
  const start = exe.symbol("runtime.pclntab");
  const end = exe.symbol("runtime.epclntab");
  if (start !== undefined && end !== undefined && end > start) {
    const at = addrToOffset(exe, start);
    if (at !== undefined && end - start <= at.avail) {
      const bytes = exe.source.read(at.offset, end - start, "pclntab");
      if (parseHeaderPrefix(bytes) !== undefined) {
        const tab = new Pclntab(bytes, start, at.offset);
        return {
          tab,
          how: "symbol",
          where: "runtime.pclntab",
          moduledata: findModuleData(exe, tab),
        };
      }
    }
    tried.push("symbol runtime.pclntab (no pclntab header there)");
  } else tried.push("symbol runtime.pclntab (absent)");

  // 3. Scan for the header; prefer a candidate the moduledata confirms.
  let unconfirmed: Located | undefined;
  const regions = exe.sections.filter((s) => s.alloc && !s.compressed && s.fileSize > 0);
  const useSegments = regions.length === 0;
  const areas = useSegments
    ? exe.segments.map((g) => ({
        name: "segment",
        addr: g.addr,
        offset: g.offset,
        size: g.fileSize,
        exec: g.exec,
      }))
    : regions.map((s) => ({
        name: s.name,
        addr: s.addr,
        offset: s.offset,
        size: s.fileSize,
        exec: s.exec,
      }));
  areas.sort((a, b) => Number(a.exec) - Number(b.exec));
  for (const area of areas) {
    if (area.size > MAX_SCAN_SECTION || area.size < 64) continue;
    const bytes = exe.source.read(area.offset, area.size, `${area.name} (pclntab scan)`);
    const align = (4 - (area.addr % 4)) % 4;
    for (let o = align; o + 64 <= bytes.length; o += 4) {
      // Cheap test first: 0xff 0xff 0xff at one end, 0x00 0x00 in bytes 4 and 5.
      if (
        bytes[o + 4] !== 0 ||
        bytes[o + 5] !== 0 ||
        bytes[o + 1] !== 0xff ||
        bytes[o + 2] !== 0xff
      )
        continue;
      if (parseHeaderPrefix(bytes, o) === undefined) continue;
      let tab: Pclntab;
      try {
        tab = new Pclntab(bytes.subarray(o), area.addr + o, area.offset + o);
      } catch {
        continue;
      }
      if (!plausible(tab)) continue;
      const moduledata = findModuleData(exe, tab);
      const found: Located = { tab, how: "scan", where: area.name, moduledata };
      if (moduledata !== undefined) return found;
      unconfirmed ??= found;
    }
  }
  if (unconfirmed !== undefined) return unconfirmed;
  tried.push("header scan (no pclntab header found)");
  throw notGo(`no Go symbol table (pclntab) found; tried ${tried.join(", ")}`);
}

/** A table that merely parses is not enough for a scan hit: its first functions must make sense. */
function plausible(tab: Pclntab): boolean {
  if (tab.nfunc < 2) return false;
  try {
    const n = Math.min(tab.nfunc, 16);
    let prev = -1;
    for (let i = 0; i <= n; i++) {
      const e =
        tab.layout === "go1.18" || tab.layout === "go1.20"
          ? tab.entryOf(i) - tab.textStart
          : tab.entryOf(i);
      if (e < prev) return false;
      prev = e;
    }
    for (let i = 0; i < n; i++) {
      const name = tab.func(i).name;
      if (name === "?" || name.length === 0) return false;
      for (let c = 0; c < name.length; c++) if (name.charCodeAt(c) < 0x20) return false;
    }
    return true;
  } catch {
    return false;
  }
}
