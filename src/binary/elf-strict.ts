// What Go's debug/elf.NewFile refuses (go1.26 src/debug/elf/file.go), for `buildinfo`: Go's
// debug/buildinfo opens the file with it and calls anything it refuses "unrecognized file
// format", so `go version -m` prints nothing for such a file. panicscope's own ELF reader is
// lenient (it symbolizes what it can); build info is refused where Go refuses it.

import { corrupt } from "../bytes/decode-error.js";
import type { ByteSource } from "../bytes/source.js";

const SHT_NULL = 0;
const SHT_STRTAB = 3;
const SHF_COMPRESSED = 0x800;
const SHN_LORESERVE = 0xff00;
const SHN_XINDEX = 0xffff;
const INT64_MAX = 2 ** 63;

/** Throws `corrupt ELF …` where debug/elf.NewFile returns an error; returns otherwise. */
export function checkElfAsGoDoes(source: ByteSource): void {
  const size = source.size;
  const read = (offset: number, length: number, what: string): DataView => {
    // saferio.ReadDataAt: the whole range or an error (nothing to read is no error).
    if (length === 0) return new DataView(new ArrayBuffer(0));
    if (!(offset >= 0 && length >= 0 && offset + length <= size))
      throw corrupt(`ELF ${what}: runs past the end of the file`, Math.min(offset, size));
    const bytes = source.read(offset, length, what);
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
  const ident = read(0, 16, "identification");
  const cls = ident.getUint8(4);
  const data = ident.getUint8(5);
  if (cls !== 1 && cls !== 2) throw corrupt(`ELF class ${cls}`, 4);
  if (data !== 1 && data !== 2) throw corrupt(`ELF data encoding ${data}`, 5);
  if (ident.getUint8(6) !== 1) throw corrupt(`ELF version ${ident.getUint8(6)}`, 6);
  const le = data === 1;
  const is64 = cls === 2;
  const h = read(0, is64 ? 64 : 52, "header");
  const u16 = (v: DataView, o: number) => v.getUint16(o, le);
  const u32 = (v: DataView, o: number) => v.getUint32(o, le);
  const word = (v: DataView, o: number) => (is64 ? Number(v.getBigUint64(o, le)) : u32(v, o));
  if (u32(h, 20) !== 1) throw corrupt(`ELF header: mismatched version ${u32(h, 20)}`, 20);
  const phoff = word(h, is64 ? 32 : 28);
  const shoff = word(h, is64 ? 40 : 32);
  const at = is64 ? 54 : 42;
  const phentsize = u16(h, at);
  const phnum = u16(h, at + 2);
  const shentsize = u16(h, at + 4);
  let shnum = u16(h, at + 6);
  let shstrndx = u16(h, at + 8);
  if (shoff >= INT64_MAX) throw corrupt("ELF header: invalid shoff", 0);
  if (phoff >= INT64_MAX) throw corrupt("ELF header: invalid phoff", 0);
  if (shoff === 0 && shnum !== 0) throw corrupt(`ELF header: shnum ${shnum} for shoff=0`, 0);
  if (shnum > 0 && shstrndx >= shnum) throw corrupt(`ELF header: shstrndx ${shstrndx}`, 0);
  const wantPh = is64 ? 56 : 32;
  const wantSh = is64 ? 64 : 40;
  if (phnum > 0 && phentsize < wantPh) throw corrupt(`ELF header: phentsize ${phentsize}`, 0);
  const ph = read(phoff, phnum * phentsize, "program headers");
  for (let i = 0; i < phnum; i++) {
    const o = i * phentsize;
    const off = word(ph, o + (is64 ? 8 : 4));
    const filesz = word(ph, o + (is64 ? 32 : 16));
    if (off >= INT64_MAX || filesz >= INT64_MAX)
      throw corrupt(`ELF program header ${i}`, phoff + o);
  }
  if (shoff > 0 && shnum === 0) {
    const s0 = read(shoff, wantSh, "section header 0");
    shnum = word(s0, is64 ? 32 : 20);
    if (u32(s0, 4) !== SHT_NULL) throw corrupt("ELF section header 0: type not SHT_NULL", shoff);
    if (shnum < SHN_LORESERVE) throw corrupt(`ELF section header 0: shnum ${shnum}`, shoff);
    if (shstrndx === SHN_XINDEX) {
      shstrndx = u32(s0, is64 ? 40 : 24);
      if (shstrndx < SHN_LORESERVE)
        throw corrupt(`ELF section header 0: shstrndx ${shstrndx}`, shoff);
    }
  }
  if (shnum > 0 && shentsize < wantSh) throw corrupt(`ELF header: shentsize ${shentsize}`, 0);
  const sh = read(shoff, shnum * shentsize, "section headers");
  const names: number[] = [];
  const sections: { type: number; offset: number; size: number }[] = [];
  for (let i = 0; i < shnum; i++) {
    const o = i * shentsize;
    const flags = word(sh, o + 8);
    const offset = word(sh, o + (is64 ? 24 : 16));
    const fileSize = word(sh, o + (is64 ? 32 : 20));
    if (offset >= INT64_MAX || fileSize >= INT64_MAX)
      throw corrupt(`ELF section header ${i}`, shoff + o);
    // A compressed section's header is read at open (Chdr32: 12 bytes, Chdr64: 24).
    const chdr = is64 ? 24 : 12;
    if ((flags & SHF_COMPRESSED) !== 0 && (fileSize < chdr || offset + chdr > size))
      throw corrupt(`ELF section header ${i}: compression header cut`, shoff + o);
    names.push(u32(sh, o));
    sections.push({ type: u32(sh, o + 4), offset, size: fileSize });
  }
  if (sections.length === 0 || shstrndx === 0) return;
  const strtab = sections[shstrndx];
  if (strtab === undefined || strtab.type !== SHT_STRTAB)
    throw corrupt("ELF section name table: not SHT_STRTAB", shoff + shstrndx * shentsize);
  read(strtab.offset, strtab.size, "section name table");
  names.forEach((name, i) => {
    if (name >= strtab.size)
      throw corrupt(`ELF section header ${i}: name index`, shoff + i * shentsize);
  });
}
