// A Go binary opened for symbolization: the executable, its pclntab, moduledata, inline trees and
// build info, behind lookups by PC and by function name.

import { BinaryError, corrupt, hex } from "../bytes/decode-error.js";
import { type ByteSource, FileSource } from "../bytes/source.js";
import { type GoRelease, parseGoRelease } from "../goversion/release.js";
import { type BuildInfo, readBuildInfoLenient } from "./buildinfo.js";
import { Dwarf } from "./dwarf.js";
import { type Executable, sectionByName } from "./exe.js";
import { expandInlined, InlineTrees, type LogicalFrame } from "./inline.js";
import { locatePclntab, type PclntabSource } from "./locate.js";
import { findModuleData, gofuncWords, type ModuleData, textSections } from "./moduledata.js";
import { guard, type OpenOptions, openExecutable } from "./open.js";
import { FUNCDATA_InlTree, type FuncRecord, type Pclntab } from "./pclntab.js";
import { valueAt } from "./pcvalue.js";

export interface AddrLine {
  func: string;
  file: string;
  line: number;
}

export interface FuncSummary {
  name: string;
  entry: number;
  end: number;
  file: string;
  /** Lowest and highest line of the function's own code (inlined callees excluded). */
  startLine: number;
  endLine: number;
}

export class GoBinary {
  readonly exe: Executable;
  readonly pclntab: Pclntab;
  readonly pclntabSource: PclntabSource;
  readonly pclntabWhere: string;
  /** How runtime.text was found (1.18+ layouts); "table" for older layouts whose PCs are absolute. */
  readonly textStartSource: "header" | "relocation" | "moduledata" | "symbol" | "section" | "table";
  private byName: Map<string, number> | undefined;
  // Computed on first use, so that opening a binary does only what the first lookup needs.
  private moduledataCache: { value: ModuleData | undefined } | undefined;
  private buildInfoCache: { value: BuildInfo | undefined } | undefined;
  private gofuncCache: { value: number | undefined } | undefined;
  private treesCache: InlineTrees | undefined;
  private dwarfCache: { value: Dwarf | undefined } | undefined;

  private constructor(exe: Executable) {
    this.exe = exe;
    const located = locatePclntab(exe);
    this.pclntab = located.tab;
    this.pclntabSource = located.how;
    this.pclntabWhere = located.where;
    if (located.moduledata !== undefined) this.moduledataCache = { value: located.moduledata };
    const tab = this.pclntab;
    if (tab.layout === "go1.18" || tab.layout === "go1.20") {
      const headerAt = tab.addr + 8 + 2 * tab.ptrSize;
      const reloc = tab.headerTextStart === 0 ? exe.relocation(headerAt) : undefined;
      if (tab.headerTextStart !== 0) {
        this.textStartSource = "header";
      } else if (reloc !== undefined && reloc !== 0) {
        tab.textStart = reloc;
        this.textStartSource = "relocation";
      } else if (this.moduledata !== undefined) {
        tab.textStart = this.moduledata.text;
        this.textStartSource = "moduledata";
      } else {
        const sym = exe.symbol("runtime.text");
        const textSec = sectionByName(exe, ".text", "__text");
        if (sym !== undefined) {
          tab.textStart = sym;
          this.textStartSource = "symbol";
        } else if (textSec !== undefined) {
          tab.textStart = textSec.addr;
          this.textStartSource = "section";
        } else {
          throw corrupt(
            "pclntab: cannot tell where the text starts (no header field, moduledata, symbol or .text)",
            tab.fileOffset,
          );
        }
      }
    } else this.textStartSource = "table";
    // Only an external link for these splits the text (cmd/link's splitTextSections).
    const splits =
      exe.arch === "arm" ||
      exe.arch === "ppc64" ||
      exe.arch === "ppc64le" ||
      (exe.arch === "arm64" && exe.format === "macho");
    if (splits && (tab.layout === "go1.18" || tab.layout === "go1.20")) {
      const md = this.moduledata;
      if (md !== undefined) tab.setTextSections(textSections(exe, md));
    }
  }

  /** The runtime's moduledata for this table, when it can be found and checked. */
  get moduledata(): ModuleData | undefined {
    this.moduledataCache ??= { value: guard(() => findModuleData(this.exe, this.pclntab)) };
    return this.moduledataCache.value;
  }

  /**
   * The build info; undefined when the file has none or a damaged one: symbolizing does not
   * need it, so a bad blob must not stop it (`buildinfo` reads it itself and says what is wrong).
   */
  get buildInfo(): BuildInfo | undefined {
    this.buildInfoCache ??= { value: guard(() => readBuildInfoOrNone(this.exe)) };
    return this.buildInfoCache.value;
  }

  /** Go version from the build info as written there ("go1.21.3"), or undefined. */
  get goVersion(): string | undefined {
    return this.buildInfo?.goVersion;
  }

  /** The release the build info names; undefined when it names none ("devel +abc…"). */
  get goRelease(): GoRelease | undefined {
    const text = this.goVersion;
    return text === undefined ? undefined : (parseGoRelease(text) ?? undefined);
  }

  /** The DWARF debug info, when the binary still has it (not built with -w or -s). */
  get dwarf(): Dwarf | undefined {
    this.dwarfCache ??= { value: Dwarf.open(this.exe) };
    return this.dwarfCache.value;
  }

  /** Address of go:func.* (1.18+ layouts), where inline trees live; undefined if not found. */
  get gofunc(): number | undefined {
    this.gofuncCache ??= { value: guard(() => this.findGofunc()) };
    return this.gofuncCache.value;
  }

  private get trees(): InlineTrees {
    this.treesCache ??= guard(
      () => new InlineTrees(this.exe, this.pclntab, this.gofunc, this.inlineFuncdataIndex()),
    );
    return this.treesCache;
  }

  static fromSource(source: ByteSource, opts: OpenOptions = {}): GoBinary {
    const exe = openExecutable(source, opts);
    return guard(() => new GoBinary(exe));
  }

  static open(path: string, opts: OpenOptions = {}): GoBinary {
    const source = new FileSource(path);
    try {
      return GoBinary.fromSource(source, opts);
    } catch (e) {
      source.close();
      throw e;
    }
  }

  close(): void {
    this.exe.source.close();
  }

  get layout(): Pclntab["layout"] {
    return this.pclntab.layout;
  }

  private findGofunc(): number | undefined {
    const tab = this.pclntab;
    if (tab.layout !== "go1.18" && tab.layout !== "go1.20") return undefined;
    const candidates: number[] = [];
    const md = this.moduledata;
    if (md !== undefined) {
      for (const w of gofuncWords(this.goRelease?.minor)) {
        const a = md.word(w);
        if (a !== undefined && a !== 0) candidates.push(a);
      }
    }
    for (const name of ["go:func.*", "go.func.*"]) {
      const a = this.exe.symbol(name);
      if (a !== undefined) candidates.push(a);
    }
    // Go 1.26+: funcdata follow the last _func record inside the table, 8-aligned.
    try {
      const end = tab.endOfFuncRecords();
      candidates.push(tab.addr + Math.ceil(end / 8) * 8, tab.addr + end);
    } catch {
      // no usable last record: leave it to the other candidates
    }
    const probe = this.probeFunctions();
    for (const c of candidates) if (this.gofuncWorks(c, probe)) return c;
    return undefined;
  }

  /**
   * The Go 1.2 layout spans releases whose FUNCDATA numbering differs: the inline tree is index 4 in
   * Go 1.12–1.15 (after RegPointerMaps and StackObjects); try that first, then 3, keeping the first
   * whose trees validate.
   */
  private inlineFuncdataIndex(): number {
    if (this.pclntab.layout !== "go1.2") return FUNCDATA_InlTree;
    for (const i of [4, 3]) {
      const probe = this.probeFunctions(i);
      const trees = new InlineTrees(this.exe, this.pclntab, undefined, i);
      if (probe.length > 0 && probe.every((f) => trees.tree(f) !== null)) return i;
    }
    return 4;
  }

  /** A few functions with inline trees, spread over the table, to test candidates against. */
  private probeFunctions(index = FUNCDATA_InlTree): FuncRecord[] {
    const tab = this.pclntab;
    const out: FuncRecord[] = [];
    const step = Math.max(1, Math.floor(tab.nfunc / 400));
    for (let i = 0; i < tab.nfunc && out.length < 8; i += step) {
      const f = tab.func(i);
      if (tab.funcdata(f, index) !== undefined && tab.inlineTable(f).values.length > 0) out.push(f);
    }
    return out;
  }

  private gofuncWorks(gofunc: number, probe: FuncRecord[]): boolean {
    if (probe.length === 0) return false;
    const trees = new InlineTrees(this.exe, this.pclntab, gofunc);
    return probe.every((f) => trees.tree(f) !== null);
  }

  /** The function containing pc, or undefined. */
  findFunc(pc: number): FuncRecord | undefined {
    return guard(() => {
      const i = this.pclntab.findFuncIndex(pc);
      return i < 0 ? undefined : this.pclntab.func(i);
    });
  }

  /** What `go tool addr2line` reports: outer function, innermost file:line. (The hot path.) */
  addr2line(pc: number): AddrLine | undefined {
    try {
      const tab = this.pclntab;
      const i = tab.findFuncIndex(pc);
      if (i < 0) return undefined;
      const f = tab.func(i);
      const off = pc - f.entry;
      const line = valueAt(tab.lineTable(f, true), off);
      const file = tab.fileName(f, valueAt(tab.fileTable(f, true), off));
      return { func: f.name, file, line };
    } catch (e) {
      return guard(() => {
        throw e;
      });
    }
  }

  /** addr2line without allocating: fills `out`; false when no function covers pc. */
  addr2lineInto(
    pc: number,
    out: { func: FuncRecord | undefined; file: string; line: number },
  ): boolean {
    try {
      const tab = this.pclntab;
      const i = tab.findFuncIndex(pc);
      if (i < 0) return false;
      const f = tab.func(i);
      const off = pc - f.entry;
      out.func = f;
      out.line = valueAt(tab.lineTable(f, true), off);
      out.file = tab.fileName(f, valueAt(tab.fileTable(f, true), off));
      return true;
    } catch (e) {
      return guard(() => {
        throw e;
      });
    }
  }

  /** Logical frames at pc, innermost first (inlined calls expanded as the runtime prints them). */
  frames(pc: number): LogicalFrame[] {
    return guard(() => {
      const f = this.findFunc(pc);
      if (f === undefined) return [];
      return expandInlined(this.pclntab, this.trees, f, pc);
    });
  }

  /** Whether inline trees can be read (false when go:func.* could not be located). */
  get inlineTreesAvailable(): boolean {
    return (
      this.pclntab.layout === "go1.2" ||
      this.pclntab.layout === "go1.16" ||
      this.gofunc !== undefined
    );
  }

  funcByName(name: string): FuncRecord | undefined {
    return guard(() => {
      if (this.byName === undefined) {
        this.byName = new Map();
        for (let i = 0; i < this.pclntab.nfunc; i++) {
          const n = this.pclntab.func(i).name;
          if (!this.byName.has(n)) this.byName.set(n, i);
        }
      }
      const i = this.byName.get(name);
      return i === undefined ? undefined : this.pclntab.func(i);
    });
  }

  summary(f: FuncRecord): FuncSummary {
    return guard(() => {
      const tab = this.pclntab;
      const file = tab.fileLine(f, f.entry).file;
      const lines = tab.lineTable(f);
      const files = tab.fileTable(f);
      const inl = tab.inlineTable(f);
      const fileAtEntry = files.values.length > 0 ? files.values[0] : -1;
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      let start = 0;
      for (let k = 0; k < lines.ends.length; k++) {
        const end = lines.ends[k]!;
        const line = lines.values[k]!;
        // Own code: not inside an inlined call, and in the function's own file.
        const own = inl.ends.length === 0 || valueAt(inl, start) < 0;
        const sameFile = valueAt(files, start) === fileAtEntry;
        if (own && sameFile && line > 0) {
          if (line < lo) lo = line;
          if (line > hi) hi = line;
        }
        start = end;
      }
      if (f.startLine !== undefined && f.startLine > 0 && f.startLine < lo) lo = f.startLine;
      if (lo === Number.POSITIVE_INFINITY) lo = hi = 0;
      return { name: f.name, entry: f.entry, end: f.end, file, startLine: lo, endLine: hi };
    });
  }

  describe(): string {
    return `${this.exe.format} ${this.exe.arch}, pclntab ${this.pclntab.layout} (${this.pclntabSource} ${this.pclntabWhere} at ${hex(this.pclntab.addr)})`;
  }
}

function readBuildInfoOrNone(exe: Executable): BuildInfo | undefined {
  try {
    return readBuildInfoLenient(exe);
  } catch (error) {
    if (error instanceof BinaryError) return undefined;
    throw error;
  }
}
