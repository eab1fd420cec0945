// What Go's debug/elf.NewFile refuses (go1.26 src/debug/elf/file.go), for `buildinfo`: Go's
// debug/buildinfo opens the file with it and calls anything it refuses "unrecognized file
// format", so `go version -m` prints nothing for such a file. panicscope's own ELF reader is
// lenient (it symbolizes what it can); build info is refused where Go refuses it, and read
// from what NewFile returns (section names and sizes, program headers), in Go's uint64s.

import { corrupt } from "../bytes/decode-error.js";
import type { ByteSource } from "../bytes/source.js";

const SHT_NULL = 0;
const SHT_STRTAB = 3;
const SHF_COMPRESSED = 0x800n;
const SHN_LORESERVE = 0xff00;
const SHN_XINDEX = 0xffff;
const INT64_MAX = 1n << 63n;

export interface ElfProgAsGo {
  type: number;
  flags: number;
  off: bigint;
  vaddr: bigint;
  filesz: bigint;
  memsz: bigint;
}

export interface ElfAsGo {
  /** Name, address and size (a compressed section's uncompressed size, as Go reports it). */
  sections: { name: string; addr: bigint; size: bigint }[];
  progs: ElfProgAsGo[];
}

const latin1 = new TextDecoder("latin1");

/** Throws `corrupt ELF …` where debug/elf.NewFile returns an error; what it read otherwise. */
export function checkElfAsGoDoes(source: ByteSource): ElfAsGo {
  const size = source.size;
  const read = (offset: bigint, length: bigint, what: string): DataView => {
    // saferio.ReadDataAt: the whole range or an error (nothing to read is no error).
    if (length === 0n) return new DataView(new ArrayBuffer(0));
    // The offset is where the structure starts, past the end or not.
    if (!(offset >= 0n && length >= 0n && offset + length <= BigInt(size)))
      throw corrupt(`ELF ${what}: runs past the end of the file`, offset);
    const bytes = source.read(Number(offset), Number(length), what);
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
  const ident = read(0n, 16n, "identification");
  const cls = ident.getUint8(4);
  const data = ident.getUint8(5);
  if (cls !== 1 && cls !== 2) throw corrupt(`ELF class ${cls}`, 4);
  if (data !== 1 && data !== 2) throw corrupt(`ELF data encoding ${data}`, 5);
  if (ident.getUint8(6) !== 1) throw corrupt(`ELF version ${ident.getUint8(6)}`, 6);
  const le = data === 1;
  const is64 = cls === 2;
  const h = read(0n, is64 ? 64n : 52n, "header");
  const u16 = (v: DataView, o: number) => v.getUint16(o, le);
  const u32 = (v: DataView, o: number) => v.getUint32(o, le);
  const word = (v: DataView, o: number): bigint =>
    is64 ? v.getBigUint64(o, le) : BigInt(u32(v, o));
  // Version(…) is a byte in Go: only the word's low byte is compared.
  if ((u32(h, 20) & 0xff) !== 1) throw corrupt(`ELF header: mismatched version ${u32(h, 20)}`, 20);
  const phoff = word(h, is64 ? 32 : 28);
  const shoff = word(h, is64 ? 40 : 32);
  const at = is64 ? 54 : 42;
  const phentsize = u16(h, at);
  const phnum = u16(h, at + 2);
  const shentsize = u16(h, at + 4);
  let shnum = BigInt(u16(h, at + 6));
  let shstrndx = BigInt(u16(h, at + 8));
  // Each refusal of a header field gives that field's offset (e_shoff, e_phoff, e_shnum, …).
  if (shoff >= INT64_MAX) throw corrupt("ELF header: invalid shoff", is64 ? 40 : 32);
  if (phoff >= INT64_MAX) throw corrupt("ELF header: invalid phoff", is64 ? 32 : 28);
  if (shoff === 0n && shnum !== 0n) throw corrupt(`ELF header: shnum ${shnum} for shoff=0`, at + 6);
  if (shnum > 0n && shstrndx >= shnum) throw corrupt(`ELF header: shstrndx ${shstrndx}`, at + 8);
  const wantPh = is64 ? 56 : 32;
  const wantSh = is64 ? 64 : 40;
  if (phnum > 0 && phentsize < wantPh) throw corrupt(`ELF header: phentsize ${phentsize}`, at);
  const ph = read(phoff, BigInt(phnum * phentsize), "program headers");
  const progs: ElfProgAsGo[] = [];
  for (let i = 0; i < phnum; i++) {
    const o = i * phentsize;
    const prog: ElfProgAsGo = is64
      ? {
          type: u32(ph, o),
          flags: u32(ph, o + 4),
          off: word(ph, o + 8),
          vaddr: word(ph, o + 16),
          filesz: word(ph, o + 32),
          memsz: word(ph, o + 40),
        }
      : {
          type: u32(ph, o),
          off: word(ph, o + 4),
          vaddr: word(ph, o + 8),
          filesz: word(ph, o + 16),
          memsz: word(ph, o + 20),
          flags: u32(ph, o + 24),
        };
    if (prog.off >= INT64_MAX || prog.filesz >= INT64_MAX)
      throw corrupt(`ELF program header ${i}`, phoff + BigInt(o));
    progs.push(prog);
  }
  if (shoff > 0n && shnum === 0n) {
    const s0 = read(shoff, BigInt(wantSh), "section header 0");
    // int(sh.Size): a 64-bit size past 2⁶³ is a negative int.
    shnum = BigInt.asIntN(64, word(s0, is64 ? 32 : 20));
    if (u32(s0, 4) !== SHT_NULL)
      throw corrupt("ELF section header 0: type not SHT_NULL", shoff + 4n);
    if (shnum < SHN_LORESERVE)
      throw corrupt(`ELF section header 0: shnum ${shnum}`, shoff + (is64 ? 32n : 20n));
    if (shstrndx === BigInt(SHN_XINDEX)) {
      shstrndx = BigInt(u32(s0, is64 ? 40 : 24));
      if (shstrndx < SHN_LORESERVE)
        throw corrupt(`ELF section header 0: shstrndx ${shstrndx}`, shoff + (is64 ? 40n : 24n));
    }
  }
  if (shnum > 0n && shentsize < wantSh) throw corrupt(`ELF header: shentsize ${shentsize}`, at + 4);
  const sh = read(shoff, shnum * BigInt(shentsize), "section headers");
  const names: number[] = [];
  const sections: {
    type: number;
    offset: bigint;
    fileSize: bigint;
    addr: bigint;
    size: bigint;
    compressed: boolean;
  }[] = [];
  const count = Number(shnum);
  for (let i = 0; i < count; i++) {
    const o = i * shentsize;
    const flags = word(sh, o + 8);
    const addr = word(sh, o + (is64 ? 16 : 12));
    const offset = word(sh, o + (is64 ? 24 : 16));
    const fileSize = word(sh, o + (is64 ? 32 : 20));
    if (offset >= INT64_MAX || fileSize >= INT64_MAX)
      throw corrupt(`ELF section header ${i}`, shoff + BigInt(o));
    let sectionSize = fileSize;
    if ((flags & SHF_COMPRESSED) !== 0n) {
      // The compression header is read at open (Chdr32: 12 bytes, Chdr64: 24); its size is
      // the section's size.
      const chdr = is64 ? 24n : 12n;
      if (fileSize < chdr || offset + chdr > BigInt(size))
        throw corrupt(`ELF section header ${i}: compression header cut`, shoff + BigInt(o));
      const c = read(offset, chdr, "compression header");
      sectionSize = is64 ? c.getBigUint64(8, le) : BigInt(u32(c, 4));
    }
    names.push(u32(sh, o));
    sections.push({
      type: u32(sh, o + 4),
      offset,
      fileSize,
      addr,
      size: sectionSize,
      compressed: (flags & SHF_COMPRESSED) !== 0n,
    });
  }
  const result: ElfAsGo = {
    sections: sections.map((s) => ({ name: "", addr: s.addr, size: s.size })),
    progs,
  };
  if (sections.length === 0 || shstrndx === 0n) return result;
  const strtab = sections[Number(shstrndx)];
  if (strtab === undefined || strtab.type !== SHT_STRTAB)
    throw corrupt("ELF section name table: not SHT_STRTAB", shoff + shstrndx * BigInt(shentsize));
  // A compressed name table is decompressed by Go; garbage never inflates, so it is refused.
  if (strtab.compressed)
    throw corrupt("ELF section name table: compressed", shoff + shstrndx * BigInt(shentsize));
  const table = read(strtab.offset, strtab.fileSize, "section name table");
  const bytes = new Uint8Array(table.buffer, table.byteOffset, table.byteLength);
  names.forEach((name, i) => {
    // getString: the name must end in a NUL inside the table.
    const end = name < bytes.length ? bytes.indexOf(0, name) : -1;
    if (end === -1)
      throw corrupt(`ELF section header ${i}: name index`, shoff + BigInt(i * shentsize));
    (result.sections[i] as { name: string }).name = latin1.decode(bytes.subarray(name, end));
  });
  return result;
}
