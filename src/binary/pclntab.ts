// The Go symbol table (pclntab) in its four layouts: header, function table, _func records, names,
// files and the pc-value tables. Everything is decoded lazily, per function, and cached.
//
// Layouts (magic, written in the binary's byte order):
//   0xfffffffb  Go 1.2–1.15   functab of absolute PCs; names and files by offset from the table start
//   0xfffffffa  Go 1.16–1.17  header with offsets to funcnametab, cutab, filetab, pctab, functab
//   0xfffffff0  Go 1.18–1.19  functab entries are u32 offsets from textStart; funcdata are u32 offsets
//   0xfffffff1  Go 1.20+      _func gains startLine; inline tree entries shrink to 16 bytes

import { corrupt, hex } from "../bytes/decode-error.js";
import { View } from "../bytes/view.js";
import { decodePCTable, EMPTY_TABLE, type PCTable, valueAt } from "./pcvalue.js";

export type PclnLayout = "go1.2" | "go1.16" | "go1.18" | "go1.20";

const MAGICS: Record<number, PclnLayout> = {
  4294967291: "go1.2",
  4294967290: "go1.16",
  4294967280: "go1.18",
  4294967281: "go1.20",
};

/** PCDATA and FUNCDATA indices we use (internal/abi/symtab.go). */
export const PCDATA_InlTreeIndex = 2;
export const FUNCDATA_InlTree = 3;

export interface PclnHeader {
  layout: PclnLayout;
  littleEndian: boolean;
  quantum: number;
  ptrSize: 4 | 8;
}

/** Reads the 8-byte header prefix; undefined when it is not a pclntab header. */
export function parseHeaderPrefix(b: Uint8Array, at = 0): PclnHeader | undefined {
  if (at + 16 > b.length) return undefined;
  if (b[at + 4] !== 0 || b[at + 5] !== 0) return undefined;
  const quantum = b[at + 6]!;
  const ptrSize = b[at + 7]!;
  if (quantum !== 1 && quantum !== 2 && quantum !== 4) return undefined;
  if (ptrSize !== 4 && ptrSize !== 8) return undefined;
  const le = (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
  const be = ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
  const l = MAGICS[le];
  if (l !== undefined) return { layout: l, littleEndian: true, quantum, ptrSize };
  const g = MAGICS[be];
  if (g !== undefined) return { layout: g, littleEndian: false, quantum, ptrSize };
  return undefined;
}

/** One of moduledata.textsectmap's sections: its offset range from runtime.text, its address. */
export interface TextSection {
  vaddr: number;
  end: number;
  baseaddr: number;
}

/** One function's record, decoded. */
export interface FuncRecord {
  index: number;
  name: string;
  nameOff: number;
  entry: number;
  /** First PC after the function (the next function's entry). */
  end: number;
  args: number;
  pcsp: number;
  pcfile: number;
  pcln: number;
  npcdata: number;
  cuOffset: number;
  /** Go 1.20+: line of the `func` keyword. */
  startLine: number | undefined;
  funcID: number;
  flag: number;
  nfuncdata: number;
  /** Offset of pcdata[0] within the table. */
  pcdataAt: number;
  /** Offset of funcdata[0] within the table. */
  funcdataAt: number;
  /** Offset of the record within the table. */
  at: number;
  /** Caches filled on use. */
  fileTab: PCTable | undefined;
  lineTab: PCTable | undefined;
  fileTabGosym: PCTable | undefined;
  lineTabGosym: PCTable | undefined;
  fileNames: string[] | undefined;
}

export class Pclntab {
  readonly layout: PclnLayout;
  readonly littleEndian: boolean;
  readonly quantum: number;
  readonly ptrSize: 4 | 8;
  readonly nfunc: number;
  readonly nfiles: number;
  /** Address of runtime.text, which 1.18+ function offsets are relative to (0 when unknown yet). */
  textStart: number;
  /** Header's textStart field (0 in Go 1.26+, where the moduledata has it). */
  readonly headerTextStart: number;
  readonly funcnameOff: number;
  readonly cuOff: number;
  readonly filetabOff: number;
  readonly pctabOff: number;
  readonly functabOff: number;
  readonly v: View;
  private readonly funcs: (FuncRecord | undefined)[] = [];
  private readonly tables = new Map<number, PCTable>();
  private readonly names = new Map<number, string>();
  private readonly files = new Map<number, string>();
  private readonly pctab: Uint8Array;
  private readonly fieldSize: number;

  /**
   * @param data the table's bytes, from its header to (at least) the end of its _func records
   * @param addr the table's address in memory
   * @param fileOffset where `data` starts in the file, for error messages
   */
  constructor(
    readonly data: Uint8Array,
    readonly addr: number,
    readonly fileOffset: number,
  ) {
    const h = parseHeaderPrefix(data);
    if (h === undefined) throw corrupt("pclntab header", fileOffset);
    this.layout = h.layout;
    this.littleEndian = h.littleEndian;
    this.quantum = h.quantum;
    this.ptrSize = h.ptrSize;
    const v = new View(data, h.littleEndian, fileOffset, "pclntab");
    this.v = v;
    const p = h.ptrSize;
    const word = (i: number) => v.word(8 + i * p, p);
    if (h.layout === "go1.2") {
      this.nfunc = word(0);
      this.functabOff = 8 + p;
      this.headerTextStart = 0;
      this.funcnameOff = 0;
      this.cuOff = 0;
      this.pctabOff = 0;
      const ftSize = (this.nfunc * 2 + 1) * p;
      this.checkFits("pclntab function table", this.functabOff, ftSize);
      this.filetabOff = v.u32(this.functabOff + ftSize);
      this.nfiles = v.u32(this.filetabOff);
    } else {
      this.nfunc = word(0);
      this.nfiles = word(1);
      const base = h.layout === "go1.16" ? 2 : 3;
      this.headerTextStart = h.layout === "go1.16" ? 0 : word(2);
      this.funcnameOff = word(base);
      this.cuOff = word(base + 1);
      this.filetabOff = word(base + 2);
      this.pctabOff = word(base + 3);
      this.functabOff = word(base + 4);
      for (const [k, what, off] of [
        [0, "function name table", this.funcnameOff],
        [1, "compilation unit table", this.cuOff],
        [2, "file table", this.filetabOff],
        [3, "pc-value tables", this.pctabOff],
        [4, "function table", this.functabOff],
      ] as const) {
        if (off <= 0 || off >= data.length) {
          // At the header word that holds the offset.
          throw corrupt(
            `pclntab header: ${what} offset ${hex(off)} lies outside the table`,
            fileOffset + 8 + (base + k) * p,
          );
        }
      }
    }
    this.fieldSize = h.layout === "go1.18" || h.layout === "go1.20" ? 4 : p;
    if (this.nfunc <= 0 || this.nfunc > data.length / (2 * this.fieldSize)) {
      throw corrupt(`pclntab header: ${this.nfunc} functions`, fileOffset + 8);
    }
    this.checkFits(
      "pclntab function table",
      this.functabOff,
      (this.nfunc * 2 + 1) * this.fieldSize,
    );
    this.textStart = this.headerTextStart;
    this.pctab = data.subarray(this.pctabOff);
  }

  private checkFits(what: string, off: number, size: number): void {
    if (off < 0 || off + size > this.data.length) {
      throw corrupt(
        `${what} (${size} bytes at table offset ${hex(off)}) extends past the table`,
        this.fileOffset + off,
      );
    }
  }

  /** Entry PC of function i (i == nfunc gives the end of the last function). */
  entryOf(i: number): number {
    const o = this.functabOff + i * 2 * this.fieldSize;
    if (this.fieldSize === 4 && (this.layout === "go1.18" || this.layout === "go1.20")) {
      return this.textAddr(this.v.u32(o));
    }
    return this.v.word(o, this.ptrSize);
  }

  /**
   * The text sections when the linker split the text (ARM, ppc64, darwin/arm64 with an external
   * linker): the 1.18+ tables count offsets from runtime.text as the Go linker laid the sections
   * out, and the external linker may have moved each (branch stubs between them).
   */
  setTextSections(sections: readonly TextSection[]): void {
    this.sections = sections.length > 1 ? sections : [];
    this.entries = undefined;
    this.funcs.length = 0;
  }
  private sections: readonly TextSection[] = [];

  /** The address of a text offset (the runtime's moduledata.textAddr). */
  textAddr(off: number): number {
    const ss = this.sections;
    for (let i = 0; i < ss.length; i++) {
      const s = ss[i]!;
      // The last section includes its end: the table's end entry is etext.
      if ((off >= s.vaddr && off < s.end) || (i === ss.length - 1 && off === s.end)) {
        return s.baseaddr + off - s.vaddr;
      }
    }
    return this.textStart + off;
  }

  /** The text offset of pc (the runtime's moduledata.textOff), or -1 between sections. */
  textOff(pc: number): number {
    const ss = this.sections;
    if (ss.length === 0) return pc - this.textStart;
    for (let i = 0; i < ss.length; i++) {
      const s = ss[i]!;
      if (s.baseaddr > pc) return -1;
      const end = s.baseaddr + (s.end - s.vaddr) + (i === ss.length - 1 ? 1 : 0);
      if (pc < end) return pc - s.baseaddr + s.vaddr;
    }
    return pc - this.textStart;
  }

  private funcOffOf(i: number): number {
    const o = this.functabOff + (i * 2 + 1) * this.fieldSize;
    const off = this.fieldSize === 4 ? this.v.u32(o) : this.v.word(o, this.ptrSize);
    // 1.2: relative to the table start; later: relative to the function table.
    return this.layout === "go1.2" ? off : this.functabOff + off;
  }

  get minPC(): number {
    return this.entryOf(0);
  }
  get maxPC(): number {
    return this.entryOf(this.nfunc);
  }

  /** Index of the function containing pc, or -1 (binary search over the function table). */
  findFuncIndex(pc: number): number {
    // The function table's entries, copied once into a typed array (relative to textStart for the
    // 1.18+ layouts, whose textStart may be learnt after construction).
    let entries = this.entries;
    if (entries === undefined || this.entriesBase !== this.textStart) {
      const rel = this.layout === "go1.18" || this.layout === "go1.20";
      entries = new Float64Array(this.nfunc + 1);
      const at = (i: number) => this.functabOff + i * 2 * this.fieldSize;
      for (let i = 0; i <= this.nfunc; i++)
        entries[i] = rel && this.fieldSize === 4 ? this.v.u32(at(i)) : this.entryOf(i);
      this.entries = entries;
      this.entriesBase = this.textStart;
    }
    const rel = this.layout === "go1.18" || this.layout === "go1.20";
    const key = rel ? this.textOff(pc) : pc;
    if (key < 0 || key < entries[0]! || key >= entries[this.nfunc]!) return -1;
    let lo = 0;
    let hi = this.nfunc;
    // Largest i with entry(i) <= pc.
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (entries[mid]! <= key) lo = mid;
      else hi = mid;
    }
    return lo;
  }
  private entries: Float64Array | undefined;
  private entriesBase = 0;
  private funcsBase = 0;

  func(i: number): FuncRecord {
    // Records decoded before textStart was learnt (a scan checks the first few) hold entries
    // relative to the wrong base: start over when it changes.
    if (this.funcsBase !== this.textStart) {
      this.funcs.length = 0;
      this.funcsBase = this.textStart;
    }
    const cached = this.funcs[i];
    if (cached !== undefined) return cached;
    const r = this.decodeFunc(i);
    this.funcs[i] = r;
    return r;
  }

  private decodeFunc(i: number): FuncRecord {
    if (i < 0 || i >= this.nfunc)
      throw corrupt(`pclntab: function index ${i} of ${this.nfunc}`, this.fileOffset + 8);
    const at = this.funcOffOf(i);
    const v = this.v;
    const p = this.ptrSize;
    let entry: number;
    let f: number; // offset of nameOff
    if (this.layout === "go1.2" || this.layout === "go1.16") {
      this.checkFits(`pclntab function record ${i}`, at, p + 28);
      entry = v.word(at, p);
      f = at + p;
    } else {
      this.checkFits(`pclntab function record ${i}`, at, 44);
      entry = this.textAddr(v.u32(at));
      f = at + 4;
    }
    const nameOff = v.i32(f);
    const args = v.i32(f + 4);
    const pcsp = v.u32(f + 12);
    const pcfile = v.u32(f + 16);
    const pcln = v.u32(f + 20);
    const npcdata = v.u32(f + 24);
    let cuOffset = 0;
    let startLine: number | undefined;
    let funcID: number;
    let flag = 0;
    let nfuncdata: number;
    let pcdataAt: number;
    switch (this.layout) {
      case "go1.2":
        funcID = v.u8(f + 28);
        nfuncdata = v.u8(f + 31);
        pcdataAt = f + 32;
        break;
      case "go1.16":
      case "go1.18":
        cuOffset = v.u32(f + 28);
        funcID = v.u8(f + 32);
        flag = v.u8(f + 33);
        nfuncdata = v.u8(f + 35);
        pcdataAt = f + 36;
        break;
      default:
        cuOffset = v.u32(f + 28);
        startLine = v.i32(f + 32);
        funcID = v.u8(f + 36);
        flag = v.u8(f + 37);
        nfuncdata = v.u8(f + 39);
        pcdataAt = f + 40;
    }
    if (npcdata > 1024)
      throw corrupt(`pclntab function record ${i}: ${npcdata} pcdata tables`, this.fileOffset + at);
    let funcdataAt = pcdataAt + 4 * npcdata;
    if (
      (this.layout === "go1.2" || this.layout === "go1.16") &&
      p === 8 &&
      (this.addr + funcdataAt) % 8 === 4
    ) {
      funcdataAt += 4;
    }
    const end = this.entryOf(i + 1);
    return {
      index: i,
      name: this.funcName(nameOff),
      nameOff,
      entry,
      end,
      args,
      pcsp,
      pcfile,
      pcln,
      npcdata,
      cuOffset,
      startLine,
      funcID,
      flag,
      nfuncdata,
      pcdataAt,
      funcdataAt,
      at,
      // Caches, present from the start so that every record has the same shape.
      fileTab: undefined,
      lineTab: undefined,
      fileTabGosym: undefined,
      lineTabGosym: undefined,
      fileNames: undefined,
    };
  }

  /** Name at an offset into the function name table ("?" when out of range). */
  funcName(nameOff: number): string {
    const cached = this.names.get(nameOff);
    if (cached !== undefined) return cached;
    const off = this.funcnameOff + nameOff;
    const name = nameOff < 0 || off >= this.data.length ? "?" : this.v.cstring(off, 1 << 16);
    this.names.set(nameOff, name);
    return name;
  }

  /** Whether nameOff points at the start of a name (used to validate guessed inline trees). */
  isNameStart(nameOff: number): boolean {
    const off = this.funcnameOff + nameOff;
    if (nameOff < 0 || off >= this.data.length || this.data[off] === 0) return false;
    if (this.layout === "go1.2") return this.data[off - 1] === 0;
    return nameOff === 0 || this.data[off - 1] === 0;
  }

  /** File name for a pcfile value of function f ("" when there is none, as debug/gosym). */
  fileName(f: FuncRecord, fileIndex: number): string {
    if (fileIndex < 0 || fileIndex > 0xffff) return this.resolveFileName(f, fileIndex);
    f.fileNames ??= [];
    const cache = f.fileNames;
    let name = cache[fileIndex];
    if (name === undefined) {
      name = this.resolveFileName(f, fileIndex);
      cache[fileIndex] = name;
    }
    return name;
  }

  private resolveFileName(f: FuncRecord, fileIndex: number): string {
    if (this.layout === "go1.2") {
      if (fileIndex <= 0 || fileIndex >= this.nfiles) return "";
      const o = this.filetabOff + 4 * fileIndex;
      if (!this.v.has(o, 4)) return "";
      return this.stringAtTable(this.v.u32(o));
    }
    if (fileIndex < 0) return "";
    // uint32 arithmetic, as in debug/gosym (a cuOffset of 0xffffffff wraps around).
    const o = this.cuOff + (Math.imul((f.cuOffset + fileIndex) >>> 0, 4) >>> 0);
    if (!this.v.has(o, 4)) return "";
    const fnoff = this.v.u32(o);
    if (fnoff === 0xffffffff) return "";
    return this.stringAtTable(this.filetabOff + fnoff);
  }

  private stringAtTable(off: number): string {
    const cached = this.files.get(off);
    if (cached !== undefined) return cached;
    const s = off >= 0 && off < this.data.length ? this.v.cstring(off, 1 << 16) : "";
    this.files.set(off, s);
    return s;
  }

  /** Decoded pc-value tables by offset into pctab (the linker deduplicates them, so do we). */
  private decoded(off: number): PCTable {
    let t = this.tables.get(off);
    if (t === undefined) {
      t = decodePCTable(this.pctab, off, this.quantum);
      this.tables.set(off, t);
    }
    return t;
  }

  /**
   * The table at `off`. Offset 0 means "no table" to the runtime (value -1); debug/gosym, and so
   * `go tool addr2line`, decodes from byte 0 all the same, which `gosym` reproduces.
   */
  table(off: number, gosym = false): PCTable {
    if (off === 0 && !gosym) return EMPTY_TABLE;
    return this.decoded(off);
  }

  fileTable(f: FuncRecord, gosym = false): PCTable {
    if (gosym) {
      f.fileTabGosym ??= this.table(f.pcfile, true);
      return f.fileTabGosym;
    }
    f.fileTab ??= this.table(f.pcfile);
    return f.fileTab;
  }
  lineTable(f: FuncRecord, gosym = false): PCTable {
    if (gosym) {
      f.lineTabGosym ??= this.table(f.pcln, true);
      return f.lineTabGosym;
    }
    f.lineTab ??= this.table(f.pcln);
    return f.lineTab;
  }
  spTable(f: FuncRecord): PCTable {
    return this.table(f.pcsp);
  }
  /** PCDATA[2], the inline tree index; empty when the function has no inlined calls. */
  inlineTable(f: FuncRecord): PCTable {
    if (f.npcdata <= PCDATA_InlTreeIndex) return EMPTY_TABLE;
    const o = f.pcdataAt + 4 * PCDATA_InlTreeIndex;
    return this.v.has(o, 4) ? this.table(this.v.u32(o)) : EMPTY_TABLE;
  }

  /** FUNCDATA[i]: an address (1.2–1.17) or an offset from gofunc (1.18+); undefined when absent. */
  funcdata(f: FuncRecord, i: number): number | undefined {
    if (i >= f.nfuncdata) return undefined;
    if (this.layout === "go1.18" || this.layout === "go1.20") {
      const o = f.funcdataAt + 4 * i;
      if (!this.v.has(o, 4)) return undefined;
      const off = this.v.u32(o);
      return off === 0xffffffff ? undefined : off;
    }
    const o = f.funcdataAt + this.ptrSize * i;
    if (!this.v.has(o, this.ptrSize)) return undefined;
    const a = this.v.word(o, this.ptrSize);
    return a === 0 ? undefined : a;
  }

  /** Address of a table offset (where that byte of the table lives in memory). */
  addrOf(off: number): number {
    return this.addr + off;
  }

  /** File and line at pc within f (the innermost position, as debug/gosym reports it). */
  fileLine(f: FuncRecord, pc: number, gosym = false): { file: string; line: number } {
    const off = pc - f.entry;
    const fileIndex = valueAt(this.fileTable(f, gosym), off);
    const line = valueAt(this.lineTable(f, gosym), off);
    return { file: this.fileName(f, fileIndex), line };
  }

  /** SP delta at pc (bytes the frame has grown since entry). */
  spDelta(f: FuncRecord, pc: number): number {
    return valueAt(this.spTable(f), pc - f.entry);
  }

  inlineIndex(f: FuncRecord, pc: number): number {
    const t = this.inlineTable(f);
    return t.ends.length === 0 ? -1 : valueAt(t, pc - f.entry);
  }

  /** Number of cached function records (for tests of laziness). */
  get cachedFuncs(): number {
    let n = 0;
    for (const f of this.funcs) if (f !== undefined) n++;
    return n;
  }

  /** Offset just past the last _func record (Go 1.26+ puts funcdata right after it). */
  endOfFuncRecords(): number {
    // The records follow the function table in order; the last one is the furthest.
    const last = this.func(this.nfunc - 1);
    const slot = this.layout === "go1.18" || this.layout === "go1.20" ? 4 : this.ptrSize;
    return last.funcdataAt + slot * last.nfuncdata;
  }
}
