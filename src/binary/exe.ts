// What every executable format reader provides: sections, loaded segments, symbols and reads by
// virtual address, all over positioned reads of the file.

import { corrupt, hex, truncated } from "./errors.js";
import type { ByteSource } from "./source.js";

export type ExeFormat = "elf" | "macho" | "pe";

/** GOARCH names. */
export type Arch =
  | "386"
  | "amd64"
  | "arm"
  | "arm64"
  | "ppc64"
  | "ppc64le"
  | "s390x"
  | "mips"
  | "mipsle"
  | "mips64"
  | "mips64le"
  | "riscv64"
  | "loong64"
  | "unknown";

export interface Section {
  name: string;
  /** Segment name for Mach-O (`__TEXT`), empty elsewhere. */
  segment: string;
  addr: number;
  /** Size in memory. */
  size: number;
  /** File offset of the section's bytes. */
  offset: number;
  /** Bytes present in the file (0 for .bss-like sections). */
  fileSize: number;
  /** Loaded into memory at run time. */
  alloc: boolean;
  exec: boolean;
  write: boolean;
  /** ELF SHF_COMPRESSED or Mach-O __zdebug: the file bytes are compressed. */
  compressed: boolean;
}

export interface Segment {
  addr: number;
  memSize: number;
  offset: number;
  fileSize: number;
  exec: boolean;
  write: boolean;
  /** Mach-O segment name. */
  name: string;
}

export interface Executable {
  readonly format: ExeFormat;
  readonly arch: Arch;
  readonly littleEndian: boolean;
  readonly ptrSize: 4 | 8;
  readonly sections: readonly Section[];
  readonly segments: readonly Segment[];
  /** Entry point address (0 when there is none, e.g. some shared objects). */
  readonly entry: number;
  /** ELF ET_DYN (PIE or shared object), or a PE/Mach-O that is position independent. */
  readonly positionIndependent: boolean;
  readonly source: ByteSource;
  /** Address of a symbol by name, from the symbol tables the file kept. */
  symbol(name: string): number | undefined;
  /** Whether the file still has a symbol table (not stripped). */
  hasSymbols(): boolean;
  /** The value a loader relocation would store at `addr` (ELF RELA R_*_RELATIVE addend), if any. */
  relocation(addr: number): number | undefined;
  /** Addresses of the relocated words whose value is `value` (for PIE files whose words are 0 on disk). */
  relocationsTo(value: number): number[];
}

export function sectionByName(exe: Executable, ...names: string[]): Section | undefined {
  for (const name of names) {
    const s = exe.sections.find((x) => x.name === name);
    if (s !== undefined) return s;
  }
  return undefined;
}

/** The file offset that holds `addr`, and how many bytes follow it in the file. */
export function addrToOffset(
  exe: Executable,
  addr: number,
): { offset: number; avail: number } | undefined {
  for (const s of exe.sections) {
    if (!s.alloc || s.compressed || s.fileSize === 0) continue;
    if (addr >= s.addr && addr < s.addr + s.fileSize) {
      return { offset: s.offset + (addr - s.addr), avail: s.fileSize - (addr - s.addr) };
    }
  }
  for (const g of exe.segments) {
    if (g.fileSize === 0) continue;
    if (addr >= g.addr && addr < g.addr + g.fileSize) {
      return { offset: g.offset + (addr - g.addr), avail: g.fileSize - (addr - g.addr) };
    }
  }
  return undefined;
}

/** Reads `length` bytes at a virtual address; throws a BinaryError when they are not in the file. */
export function readAddr(exe: Executable, addr: number, length: number, what: string): Uint8Array {
  const at = addrToOffset(exe, addr);
  if (at === undefined) throw corrupt(`${what}: address ${hex(addr)} is not in the file`);
  if (length > at.avail) throw truncated(what, at.offset + at.avail);
  return exe.source.read(at.offset, length, what);
}

/** Like readAddr, but returns undefined instead of throwing. */
export function tryReadAddr(exe: Executable, addr: number, length: number): Uint8Array | undefined {
  const at = addrToOffset(exe, addr);
  if (at === undefined || length > at.avail) return undefined;
  return exe.source.read(at.offset, length, "data");
}

/** A pointer-sized word at `addr`, with the loader's relocation applied when the file holds 0. */
export function readWord(exe: Executable, addr: number): number | undefined {
  const b = tryReadAddr(exe, addr, exe.ptrSize);
  if (b === undefined) return undefined;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const v =
    exe.ptrSize === 8
      ? Number(dv.getBigUint64(0, exe.littleEndian))
      : dv.getUint32(0, exe.littleEndian);
  if (v === 0) return exe.relocation(addr) ?? 0;
  return v;
}

/** Whole contents of a section (decompressed if needed is the DWARF reader's business). */
export function sectionBytes(exe: Executable, s: Section): Uint8Array {
  return exe.source.read(s.offset, s.fileSize, `section ${s.name}`);
}
