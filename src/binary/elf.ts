// ELF reader (32/64-bit, little and big endian): headers, sections, PT_LOAD segments, symbols and
// R_*_RELATIVE relocations, read lazily from the file.

import { corrupt, hex } from "../bytes/decode-error.js";
import type { ByteSource } from "../bytes/source.js";
import { View } from "../bytes/view.js";
import { type Arch, type Executable, readMapped, type Section, type Segment } from "./exe.js";

const MACHINES: Record<number, Arch> = {
  3: "386",
  8: "mips",
  20: "ppc64", // EM_PPC, not a Go target; kept so that the name is not "unknown"
  21: "ppc64",
  22: "s390x",
  40: "arm",
  62: "amd64",
  183: "arm64",
  243: "riscv64",
  258: "loong64",
};

const SHT_NOBITS = 8;
const SHT_SYMTAB = 2;
const SHT_DYNSYM = 11;
const SHT_RELA = 4;
const SHF_WRITE = 1;
const SHF_ALLOC = 2;
const SHF_EXECINSTR = 4;
const SHF_COMPRESSED = 0x800;
const PT_LOAD = 1;
const ET_DYN = 3;

/** R_*_RELATIVE per machine (RELA only: REL keeps the addend in the file already). */
const RELATIVE: Record<number, number> = { 62: 8, 183: 1027, 21: 22, 22: 12, 243: 3, 258: 3 };

export function isElf(head: Uint8Array): boolean {
  return head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46;
}

export class ElfFile implements Executable {
  readonly format = "elf" as const;
  readonly arch: Arch;
  readonly littleEndian: boolean;
  readonly ptrSize: 4 | 8;
  readonly sections: Section[] = [];
  readonly segments: Segment[] = [];
  readonly entry: number;
  readonly positionIndependent: boolean;
  readonly machine: number;
  private readonly rawSections: {
    type: number;
    link: number;
    entsize: number;
    section: Section;
  }[] = [];
  private symbols: Map<string, number> | undefined;
  private relocs: Map<number, number> | undefined;

  constructor(readonly source: ByteSource) {
    const ident = new View(source.read(0, 16, "ELF identification"), true, 0, "ELF header");
    const cls = ident.u8(4);
    const data = ident.u8(5);
    if (cls !== 1 && cls !== 2) throw corrupt(`ELF class ${cls}`, 4);
    if (data !== 1 && data !== 2) throw corrupt(`ELF data encoding ${data}`, 5);
    const is64 = cls === 2;
    this.ptrSize = is64 ? 8 : 4;
    this.littleEndian = data === 1;
    const hsize = is64 ? 64 : 52;
    const h = new View(source.read(0, hsize, "ELF header"), this.littleEndian, 0, "ELF header");
    const type = h.u16(16);
    this.machine = h.u16(18);
    const w = (o32: number, o64: number) => (is64 ? h.u64(o64) : h.u32(o32));
    this.entry = w(24, 24);
    const phoff = w(28, 32);
    const shoff = w(32, 40);
    const phentsize = h.u16(is64 ? 54 : 42);
    const phnum = h.u16(is64 ? 56 : 44);
    const shentsize = h.u16(is64 ? 58 : 46);
    let shnum = h.u16(is64 ? 60 : 48);
    let shstrndx = h.u16(is64 ? 62 : 50);
    this.positionIndependent = type === ET_DYN;
    let arch = MACHINES[this.machine] ?? "unknown";
    if (arch === "ppc64" && this.littleEndian) arch = "ppc64le";
    if (arch === "mips") arch = is64 ? "mips64" : "mips";
    if ((arch === "mips" || arch === "mips64") && this.littleEndian)
      arch = arch === "mips" ? "mipsle" : "mips64le";
    this.arch = arch;

    // Program headers.
    if (phnum > 0) {
      const want = is64 ? 56 : 32;
      if (phentsize < want) throw corrupt(`ELF program header size ${phentsize}`, is64 ? 54 : 42);
      const ph = new View(
        source.read(phoff, phnum * phentsize, "ELF program headers"),
        this.littleEndian,
        phoff,
        "ELF program headers",
      );
      for (let i = 0; i < phnum; i++) {
        const o = i * phentsize;
        if (ph.u32(o) !== PT_LOAD) continue;
        const flags = is64 ? ph.u32(o + 4) : ph.u32(o + 24);
        this.segments.push({
          name: "",
          offset: is64 ? ph.u64(o + 8) : ph.u32(o + 4),
          addr: is64 ? ph.u64(o + 16) : ph.u32(o + 8),
          fileSize: is64 ? ph.u64(o + 32) : ph.u32(o + 16),
          memSize: is64 ? ph.u64(o + 40) : ph.u32(o + 20),
          exec: (flags & 1) !== 0,
          write: (flags & 2) !== 0,
        });
      }
    }

    // Section headers.
    if (shoff !== 0) {
      const want = is64 ? 64 : 40;
      if (shentsize < want) throw corrupt(`ELF section header size ${shentsize}`, is64 ? 58 : 46);
      if (shnum === 0 || shstrndx === 0xffff) {
        const s0 = new View(
          source.read(shoff, want, "ELF section header 0"),
          this.littleEndian,
          shoff,
          "ELF section header 0",
        );
        if (shnum === 0) shnum = is64 ? s0.u64(32) : s0.u32(20);
        if (shstrndx === 0xffff) shstrndx = s0.u32(is64 ? 40 : 24);
      }
      if (shnum * shentsize > source.size) {
        throw corrupt(`ELF section count ${shnum}`, is64 ? 60 : 48);
      }
      const sh = new View(
        source.read(shoff, shnum * shentsize, "ELF section headers"),
        this.littleEndian,
        shoff,
        "ELF section headers",
      );
      const raw: {
        nameOff: number;
        type: number;
        flags: number;
        s: Section;
        link: number;
        entsize: number;
      }[] = [];
      for (let i = 0; i < shnum; i++) {
        const o = i * shentsize;
        const nameOff = sh.u32(o);
        const stype = sh.u32(o + 4);
        const flags = is64 ? sh.u64(o + 8) : sh.u32(o + 8);
        const addr = is64 ? sh.u64(o + 16) : sh.u32(o + 12);
        const offset = is64 ? sh.u64(o + 24) : sh.u32(o + 16);
        const size = is64 ? sh.u64(o + 32) : sh.u32(o + 20);
        const link = sh.u32(is64 ? o + 40 : o + 24);
        const entsize = is64 ? sh.u64(o + 56) : sh.u32(o + 36);
        const s: Section = {
          name: "",
          segment: "",
          addr,
          size,
          offset,
          fileSize: stype === SHT_NOBITS ? 0 : size,
          alloc: (flags & SHF_ALLOC) !== 0,
          exec: (flags & SHF_EXECINSTR) !== 0,
          write: (flags & SHF_WRITE) !== 0,
          compressed: (flags & SHF_COMPRESSED) !== 0,
        };
        raw.push({ nameOff, type: stype, flags, s, link, entsize });
      }
      let names: View | undefined;
      const strtab = raw[shstrndx];
      if (strtab !== undefined && strtab.s.fileSize > 0) {
        names = new View(
          source.read(strtab.s.offset, strtab.s.fileSize, "ELF section names"),
          this.littleEndian,
          strtab.s.offset,
          "ELF section names",
        );
      }
      for (const r of raw) {
        if (names !== undefined && r.nameOff < names.length)
          r.s.name = names.cstring(r.nameOff, 256);
        this.sections.push(r.s);
        this.rawSections.push({ type: r.type, link: r.link, entsize: r.entsize, section: r.s });
      }
    }
  }

  read(addr: number, size: number): Uint8Array | null {
    return readMapped(this, addr, size);
  }

  hasSymbols(): boolean {
    return this.rawSections.some((r) => r.type === SHT_SYMTAB && r.section.fileSize > 0);
  }

  symbol(name: string): number | undefined {
    if (this.symbols === undefined) this.symbols = this.loadSymbols();
    return this.symbols.get(name);
  }

  private loadSymbols(): Map<string, number> {
    const out = new Map<string, number>();
    for (const wanted of [SHT_DYNSYM, SHT_SYMTAB]) {
      for (const r of this.rawSections) {
        if (r.type !== wanted || r.section.fileSize === 0) continue;
        const str = this.rawSections[r.link];
        if (str === undefined || str.section.fileSize === 0) continue;
        const is64 = this.ptrSize === 8;
        const entsize = is64 ? 24 : 16;
        const syms = new View(
          this.source.read(
            r.section.offset,
            r.section.fileSize,
            `ELF symbol table ${r.section.name}`,
          ),
          this.littleEndian,
          r.section.offset,
          `ELF symbol table ${r.section.name}`,
        );
        const strs = this.source.read(str.section.offset, str.section.fileSize, "ELF symbol names");
        const n = Math.floor(syms.length / entsize);
        for (let i = 1; i < n; i++) {
          const o = i * entsize;
          const nameOff = syms.u32(o);
          const value = is64 ? syms.u64(o + 8) : syms.u32(o + 4);
          if (nameOff === 0 || nameOff >= strs.length) continue;
          let end = nameOff;
          while (end < strs.length && strs[end] !== 0) end++;
          const name = Buffer.from(strs.buffer, strs.byteOffset + nameOff, end - nameOff).toString(
            "latin1",
          );
          if (!out.has(name)) out.set(name, value);
        }
      }
    }
    return out;
  }

  relocation(addr: number): number | undefined {
    if (this.relocs === undefined) this.relocs = this.loadRelocations();
    return this.relocs.get(addr);
  }

  relocationsTo(value: number): number[] {
    if (this.relocs === undefined) this.relocs = this.loadRelocations();
    const out: number[] = [];
    for (const [at, v] of this.relocs) if (v === value) out.push(at);
    return out;
  }

  private loadRelocations(): Map<number, number> {
    const out = new Map<number, number>();
    const relative = RELATIVE[this.machine];
    if (relative === undefined || this.ptrSize !== 8) return out;
    for (const r of this.rawSections) {
      if (r.type !== SHT_RELA || !r.section.alloc || r.section.fileSize === 0) continue;
      const v = new View(
        this.source.read(r.section.offset, r.section.fileSize, `ELF relocations ${r.section.name}`),
        this.littleEndian,
        r.section.offset,
        `ELF relocations ${r.section.name}`,
      );
      const n = Math.floor(v.length / 24);
      for (let i = 0; i < n; i++) {
        const o = i * 24;
        const info = v.u64(o + 8);
        // The type is the low 32 bits of r_info; Number keeps them exactly for our purposes.
        if (info % 0x100000000 !== relative) continue;
        const dv = new DataView(v.bytes.buffer, v.bytes.byteOffset + o + 16, 8);
        out.set(v.u64(o), Number(dv.getBigInt64(0, this.littleEndian)));
      }
    }
    return out;
  }

  toString(): string {
    return `ELF ${this.arch} entry ${hex(this.entry)}`;
  }
}
