// Inline trees (FUNCDATA_InlTree) and the expansion of one physical PC into the logical frames the
// runtime prints for it, innermost first (runtime/symtabinl.go: newInlineUnwinder, next).

import { View } from "../bytes/view.js";
import type { Executable } from "./exe.js";
import { FUNCDATA_InlTree, type FuncRecord, type Pclntab } from "./pclntab.js";

export interface InlinedCall {
  funcID: number;
  /** Offset of the callee's name in the function name table. */
  nameOff: number;
  /** Offset from the outer function's entry of an instruction whose position is the call site. */
  parentPc: number;
  /** Go 1.20+: line of the callee's `func` keyword. */
  startLine?: number;
}

const MAX_ENTRIES = 1 << 16;

export class InlineTrees {
  private readonly cache = new Map<number, InlinedCall[] | null>();
  /** 20-byte entries up to Go 1.19 (rawInlinedCall112), 16-byte from 1.20 (rawInlinedCall120). */
  private readonly entrySize: number;

  constructor(
    private readonly exe: Executable,
    private readonly tab: Pclntab,
    /** Address of go:func.* (1.18+); inline tree funcdata are offsets from it. */
    private readonly gofunc: number | undefined,
    /** FUNCDATA index of the inline tree: 3 since Go 1.16, 4 in Go 1.12–1.15 (RegPointerMaps and StackObjects came first). */
    private readonly funcdataIndex = FUNCDATA_InlTree,
  ) {
    this.entrySize = tab.layout === "go1.20" ? 16 : 20;
  }

  /** Address of f's inline tree, or undefined when it has none (or we cannot locate it). */
  treeAddr(f: FuncRecord): number | undefined {
    const fd = this.tab.funcdata(f, this.funcdataIndex);
    if (fd === undefined) return undefined;
    if (this.tab.layout === "go1.18" || this.tab.layout === "go1.20") {
      return this.gofunc === undefined ? undefined : this.gofunc + fd;
    }
    return fd;
  }

  /** Decodes f's tree (entries 0..max(PCDATA[2])), validated; null when absent or implausible. */
  tree(f: FuncRecord): InlinedCall[] | null {
    const cached = this.cache.get(f.index);
    if (cached !== undefined) return cached;
    const t = this.decode(f);
    this.cache.set(f.index, t);
    return t;
  }

  private decode(f: FuncRecord): InlinedCall[] | null {
    const idx = this.tab.inlineTable(f);
    if (idx.values.length === 0) return null;
    let max = -1;
    for (const v of idx.values) if (v > max) max = v;
    if (max < 0 || max >= MAX_ENTRIES) return null;
    const addr = this.treeAddr(f);
    if (addr === undefined) return null;
    const n = max + 1;
    const bytes = this.exe.read(addr, n * this.entrySize);
    if (bytes === null) return null;
    const v = new View(bytes, this.tab.littleEndian, 0, "inline tree");
    const out: InlinedCall[] = [];
    const size = f.end - f.entry;
    for (let i = 0; i < n; i++) {
      const o = i * this.entrySize;
      const call: InlinedCall =
        this.entrySize === 16
          ? {
              funcID: v.u8(o),
              nameOff: v.i32(o + 4),
              parentPc: v.i32(o + 8),
              startLine: v.i32(o + 12),
            }
          : { funcID: v.u8(o + 2), nameOff: v.i32(o + 12), parentPc: v.i32(o + 16) };
      if (call.parentPc < 0 || call.parentPc >= size || !this.tab.isNameStart(call.nameOff))
        return null;
      out.push(call);
    }
    return out;
  }
}

/** One logical frame at a PC. */
export interface LogicalFrame {
  func: string;
  file: string;
  line: number;
  /** True for frames inlined into the physical function (printed as `f(...)`). */
  inlined: boolean;
  /** The physical function this code belongs to. */
  physical: FuncRecord;
}

/** The frames at pc, innermost first; the last one is the physical function. */
export function expandInlined(
  tab: Pclntab,
  trees: InlineTrees,
  f: FuncRecord,
  pc: number,
): LogicalFrame[] {
  const out: LogicalFrame[] = [];
  const tree = tab.inlineTable(f).values.length > 0 ? trees.tree(f) : null;
  let cur = pc;
  for (let guard = 0; guard <= (tree?.length ?? 0); guard++) {
    const { file, line } = tab.fileLine(f, cur);
    const ix = tree === null ? -1 : tab.inlineIndex(f, cur);
    const call = ix >= 0 ? tree?.[ix] : undefined;
    if (call === undefined) {
      out.push({ func: f.name, file, line, inlined: false, physical: f });
      return out;
    }
    out.push({ func: tab.funcName(call.nameOff), file, line, inlined: true, physical: f });
    cur = f.entry + call.parentPc;
  }
  // A cycle in a corrupt tree: end with the physical function.
  const { file, line } = tab.fileLine(f, cur);
  out.push({ func: f.name, file, line, inlined: false, physical: f });
  return out;
}
