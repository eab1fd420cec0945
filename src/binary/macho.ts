// Mach-O reader: thin 32/64-bit files in either byte order, and universal (fat) files, of which
// one slice is read. Segments, sections and the LC_SYMTAB symbols.

import { corrupt, hex } from "../bytes/decode-error.js";
import type { ByteSource } from "../bytes/source.js";
import { View } from "../bytes/view.js";
import { type Arch, type Executable, readMapped, type Section, type Segment } from "./exe.js";

const CPU: Record<number, Arch> = {
  7: "386",
  16777223: "amd64",
  12: "arm",
  16777228: "arm64",
  18: "ppc64",
  16777234: "ppc64",
};

const LC_SEGMENT = 0x1;
const LC_SYMTAB = 0x2;
const LC_SEGMENT_64 = 0x19;
const MH_PIE = 0x200000;

export function isMachO(head: Uint8Array): boolean {
  const be = (head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!;
  const le = (head[3]! << 24) | (head[2]! << 16) | (head[1]! << 8) | head[0]!;
  const magics = [0xfeedface, 0xfeedfacf];
  return magics.includes(be >>> 0) || magics.includes(le >>> 0);
}

export function isFat(head: Uint8Array): boolean {
  return (
    head[0] === 0xca &&
    head[1] === 0xfe &&
    head[2] === 0xba &&
    (head[3] === 0xbe || head[3] === 0xbf)
  );
}

export interface FatSlice {
  arch: Arch;
  offset: number;
  size: number;
}

/** The slices of a universal file. Java class files share the magic; they have a huge "count". */
export function fatSlices(source: ByteSource): FatSlice[] {
  const h = new View(
    source.read(0, 8, "Mach-O universal header"),
    false,
    0,
    "Mach-O universal header",
  );
  const is64 = h.u32(0) === 0xcafebabf;
  const n = h.u32(4);
  if (n === 0 || n > 64) throw corrupt(`Mach-O universal header: ${n} architectures`, 4);
  const size = is64 ? 32 : 20;
  const v = new View(
    source.read(8, n * size, "Mach-O universal header"),
    false,
    8,
    "Mach-O universal header",
  );
  const out: FatSlice[] = [];
  for (let i = 0; i < n; i++) {
    const o = i * size;
    const cpu = v.u32(o);
    out.push({
      arch: CPU[cpu] ?? "unknown",
      offset: is64 ? v.u64(o + 8) : v.u32(o + 8),
      size: is64 ? v.u64(o + 16) : v.u32(o + 12),
    });
  }
  return out;
}

export class MachOFile implements Executable {
  readonly format = "macho" as const;
  readonly arch: Arch;
  readonly littleEndian: boolean;
  readonly ptrSize: 4 | 8;
  readonly sections: Section[] = [];
  readonly segments: Segment[] = [];
  readonly entry = 0;
  readonly positionIndependent: boolean;
  private symtab: { symoff: number; nsyms: number; stroff: number; strsize: number } | undefined;
  private symbols: Map<string, number> | undefined;

  /**
   * `base`: where the thin file starts (a universal file's slice). Offsets in the Mach-O
   * structures count from there; every offset kept or reported here is one in the whole file.
   */
  constructor(
    readonly source: ByteSource,
    base = 0,
  ) {
    const m = source.read(base, 4, "Mach-O header");
    const beMagic = ((m[0]! << 24) | (m[1]! << 16) | (m[2]! << 8) | m[3]!) >>> 0;
    this.littleEndian = !(beMagic === 0xfeedface || beMagic === 0xfeedfacf);
    const magic = this.littleEndian
      ? ((m[3]! << 24) | (m[2]! << 16) | (m[1]! << 8) | m[0]!) >>> 0
      : beMagic;
    const is64 = magic === 0xfeedfacf;
    this.ptrSize = is64 ? 8 : 4;
    const hsize = is64 ? 32 : 28;
    const h = new View(
      source.read(base, hsize, "Mach-O header"),
      this.littleEndian,
      base,
      "Mach-O header",
    );
    this.arch = CPU[h.u32(4)] ?? "unknown";
    const ncmds = h.u32(16);
    const sizeofcmds = h.u32(20);
    this.positionIndependent = (h.u32(24) & MH_PIE) !== 0;
    if (sizeofcmds > source.size)
      throw corrupt(`Mach-O load commands size ${sizeofcmds}`, base + 20);
    const cmds = new View(
      source.read(base + hsize, sizeofcmds, "Mach-O load commands"),
      this.littleEndian,
      base + hsize,
      "Mach-O load commands",
    );
    let o = 0;
    for (let i = 0; i < ncmds; i++) {
      const cmd = cmds.u32(o);
      const size = cmds.u32(o + 4);
      if (size < 8 || o + size > cmds.length)
        throw corrupt(`Mach-O load command ${i} size ${size}`, base + hsize + o);
      if (cmd === LC_SEGMENT_64 || cmd === LC_SEGMENT)
        this.readSegment(cmds, o, cmd === LC_SEGMENT_64, base);
      else if (cmd === LC_SYMTAB) {
        this.symtab = {
          symoff: base + cmds.u32(o + 8),
          nsyms: cmds.u32(o + 12),
          stroff: base + cmds.u32(o + 16),
          strsize: cmds.u32(o + 20),
        };
      }
      o += size;
    }
  }

  private readSegment(v: View, o: number, is64: boolean, base: number): void {
    const name = v.fixedString(o + 8, 16);
    const w = (off: number) => (is64 ? v.u64(o + off) : v.u32(o + off));
    const addr = w(24);
    const memSize = is64 ? v.u64(o + 32) : v.u32(o + 28);
    const fileOff = is64 ? v.u64(o + 40) : v.u32(o + 32);
    const fileSize = is64 ? v.u64(o + 48) : v.u32(o + 36);
    const initprot = v.u32(o + (is64 ? 60 : 44));
    const maxprot = v.u32(o + (is64 ? 56 : 40));
    const nsects = v.u32(o + (is64 ? 64 : 48));
    const seg: Segment = {
      name,
      addr,
      memSize,
      offset: base + fileOff,
      fileSize,
      exec: (initprot & 4) !== 0,
      write: (initprot & 2) !== 0 && (maxprot & 2) !== 0,
    };
    if (name !== "__PAGEZERO") this.segments.push(seg);
    const ssize = is64 ? 80 : 68;
    let s = o + (is64 ? 72 : 56);
    for (let i = 0; i < nsects; i++, s += ssize) {
      const sname = v.fixedString(s, 16);
      const segname = v.fixedString(s + 16, 16);
      const saddr = is64 ? v.u64(s + 32) : v.u32(s + 32);
      const size = is64 ? v.u64(s + 40) : v.u32(s + 36);
      const offset = v.u32(s + (is64 ? 48 : 40));
      const flags = v.u32(s + (is64 ? 64 : 56));
      const type = flags & 0xff;
      const zerofill = type === 1 || type === 0x0c || type === 0x12;
      this.sections.push({
        name: sname,
        segment: segname,
        addr: saddr,
        size,
        offset: base + offset,
        fileSize: zerofill || offset === 0 ? 0 : size,
        alloc: name !== "__DWARF",
        exec: (flags & 0x80000400) !== 0,
        write: seg.write,
        compressed: sname.startsWith("__zdebug"),
      });
    }
  }

  read(addr: number, size: number): Uint8Array | null {
    return readMapped(this, addr, size);
  }

  hasSymbols(): boolean {
    return this.symtab !== undefined && this.symtab.nsyms > 0;
  }

  symbol(name: string): number | undefined {
    if (this.symbols === undefined) this.symbols = this.loadSymbols();
    return this.symbols.get(name);
  }

  private loadSymbols(): Map<string, number> {
    const out = new Map<string, number>();
    const st = this.symtab;
    if (st === undefined || st.nsyms === 0) return out;
    const size = this.ptrSize === 8 ? 16 : 12;
    const syms = new View(
      this.source.read(st.symoff, st.nsyms * size, "Mach-O symbol table"),
      this.littleEndian,
      st.symoff,
      "Mach-O symbol table",
    );
    const strs = this.source.read(st.stroff, st.strsize, "Mach-O symbol names");
    for (let i = 0; i < st.nsyms; i++) {
      const o = i * size;
      const strx = syms.u32(o);
      const type = syms.u8(o + 4);
      if ((type & 0xe0) !== 0 || strx === 0 || strx >= strs.length) continue; // debugging entries
      const value = this.ptrSize === 8 ? syms.u64(o + 8) : syms.u32(o + 8);
      let end = strx;
      while (end < strs.length && strs[end] !== 0) end++;
      let name = Buffer.from(strs.buffer, strs.byteOffset + strx, end - strx).toString("latin1");
      if (name.startsWith("_")) name = name.slice(1);
      if (!out.has(name)) out.set(name, value);
    }
    return out;
  }

  relocation(): number | undefined {
    return undefined;
  }
  relocationsTo(): number[] {
    return [];
  }

  toString(): string {
    return `Mach-O ${this.arch} ${hex(this.segments[0]?.addr ?? 0)}`;
  }
}
