// What every executable format reader provides: sections, loaded segments, symbols and reads by
// virtual address (an AddressSpace), all over positioned reads of the file.

import type { AddressSpace } from "../bytes/address-space.js";
import type { ByteSource } from "../bytes/source.js";

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

/**
 * An executable file, and the memory its loader would map: `read(addr, size)` gives the bytes the
 * file holds at a virtual address (link-time addresses: no slide, no relocation applied — see
 * readWord). Bytes the file does not hold read as null: .bss and every other zero-filled tail of a
 * segment, because what they hold at run time is not in the executable, and a core file layered
 * over it must not pass zeros off as memory it lost. A read never spans two mappings.
 */
export interface Executable extends AddressSpace {
  readonly format: ExeFormat;
  readonly arch: Arch;
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

/**
 * The file offset that holds `addr`, and how many bytes follow it in the file within the same
 * mapping: the loaded segments, else (files without program headers) the allocated sections.
 */
export function addrToOffset(
  exe: Executable,
  addr: number,
): { offset: number; avail: number } | undefined {
  for (const g of exe.segments) {
    if (g.fileSize === 0) continue;
    if (addr >= g.addr && addr < g.addr + g.fileSize) {
      return { offset: g.offset + (addr - g.addr), avail: g.fileSize - (addr - g.addr) };
    }
  }
  for (const s of exe.sections) {
    if (!s.alloc || s.compressed || s.fileSize === 0) continue;
    if (addr >= s.addr && addr < s.addr + s.fileSize) {
      return { offset: s.offset + (addr - s.addr), avail: s.fileSize - (addr - s.addr) };
    }
  }
  return undefined;
}

/**
 * Executable.read, the same for every format: null when the file does not hold all `size` bytes
 * at `addr`; a BinaryError when a mapping claims bytes past the end of the file.
 */
export function readMapped(exe: Executable, addr: number, size: number): Uint8Array | null {
  const at = addrToOffset(exe, addr);
  if (at === undefined || size > at.avail) return null;
  return exe.source.read(at.offset, size, "data");
}

/**
 * A pointer-sized word at `addr` as the loader leaves it: a RELA relocation's addend is the value
 * (the loader ignores what the file holds there: in an arm64 PIE linked by GNU ld, words of the
 * moduledata hold other values than their addends), else the file's word.
 */
export function readWord(exe: Executable, addr: number): number | undefined {
  const b = exe.read(addr, exe.ptrSize);
  if (b === null) return undefined;
  const reloc = exe.relocation(addr);
  if (reloc !== undefined) return reloc;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return exe.ptrSize === 8
    ? Number(dv.getBigUint64(0, exe.littleEndian))
    : dv.getUint32(0, exe.littleEndian);
}

/** Whole contents of a section (decompressed if needed is the DWARF reader's business). */
export function sectionBytes(exe: Executable, s: Section): Uint8Array {
  return exe.source.read(s.offset, s.fileSize, `section ${s.name}`);
}
