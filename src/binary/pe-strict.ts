// What Go's debug/pe.NewFile refuses (go1.26 src/debug/pe/file.go, string.go, symbol.go,
// section.go), for `buildinfo`: Go's debug/buildinfo calls such a file "unrecognized file
// format" and `go version -m` prints nothing. panicscope's PE reader (pe.ts) stays lenient for
// symbolize; build info is read from what NewFile returns.

import { corrupt } from "../bytes/decode-error.js";
import {
  failingReader,
  type GoReaderAt,
  readDataAt,
  readFullAt,
  sectionReader,
} from "./go-reader-at.js";

export interface PeSectionAsGo {
  virtualSize: number;
  virtualAddress: number;
  /** SizeOfRawData. */
  size: number;
  characteristics: number;
  /** The section's bytes as Go reads them (none when PointerToRawData is 0). */
  reader: GoReaderAt;
}

export interface PeAsGo {
  /** The optional header's ImageBase; 0 without an optional header. */
  imageBase: bigint;
  sections: PeSectionAsGo[];
}

const MACHINES = new Set([0x8664, 0xaa64, 0x1c4, 0x14c, 0x5032, 0x5064, 0x5128, 0]);
const COFF_SYMBOL_SIZE = 18;

function u16(b: Uint8Array, o: number): number {
  return (b[o] as number) | ((b[o + 1] as number) << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;
}

/** cstring: up to the first NUL. */
function cstring(b: Uint8Array): Uint8Array {
  const i = b.indexOf(0);
  return i === -1 ? b : b.subarray(0, i);
}

/** strconv.Atoi of a short string: an optional sign, then at least one digit. */
function atoi(text: string): number | undefined {
  const m = /^([+-]?)(\d+)$/.exec(text);
  if (m === null) return undefined;
  const n = Number(m[2]);
  return m[1] === "-" ? -n : n;
}

/** Throws `corrupt PE …` where debug/pe.NewFile returns an error; what it read otherwise. */
export function checkPeAsGoDoes(r: GoReaderAt): PeAsGo {
  const fail = (what: string, offset: number | bigint): never => {
    throw corrupt(`PE ${what}`, Number(offset));
  };
  const dos = readFullAt(r, 96, 0n) ?? fail("DOS header: shorter than 96 bytes", 0);
  // The signature is read ignoring errors: what is past the end stays zero.
  const signoff = u32(dos, 0x3c);
  const sign = new Uint8Array(4);
  sign.set(r.readAt(4n, BigInt(signoff)).bytes);
  if (sign[0] !== 0x50 || sign[1] !== 0x45 || sign[2] !== 0 || sign[3] !== 0)
    fail("signature", signoff);
  const base = BigInt(signoff) + 4n;
  const fh = readFullAt(r, 20, base) ?? fail("file header: cut", base);
  const machine = u16(fh, 0);
  if (!MACHINES.has(machine)) fail(`file header: machine 0x${machine.toString(16)}`, base);
  const numberOfSections = u16(fh, 2);
  const symtab = u32(fh, 8);
  const numberOfSymbols = u32(fh, 12);
  const sizeOfOptionalHeader = u16(fh, 16);

  // readStringTable: past the symbols (uint32 arithmetic, as Go computes it).
  let strings: Uint8Array = new Uint8Array(0);
  if (symtab > 0) {
    const at = BigInt((symtab + COFF_SYMBOL_SIZE * numberOfSymbols) >>> 0);
    const len = readFullAt(r, 4, at) ?? fail("string table length: cut", at);
    const l = u32(len, 0);
    if (l > 4)
      strings = readDataAt(r, BigInt(l - 4), at + 4n) ?? fail("string table: cut", at + 4n);
  }
  const stringAt = (start: number): Uint8Array | undefined => {
    // StringTable.String: an offset before the table, or past its end, is an error.
    if (start < 4 || start - 4 > strings.length) return undefined;
    return cstring(strings.subarray(start - 4));
  };
  // readCOFFSymbols and removeAuxSymbols: every record read; each primary one's name resolved.
  if (symtab !== 0 && numberOfSymbols > 0) {
    const all = BigInt(numberOfSymbols) * BigInt(COFF_SYMBOL_SIZE);
    const syms = readDataAt(r, all, BigInt(symtab)) ?? fail("symbol table: cut", symtab);
    for (let k = 0, aux = 0; k < numberOfSymbols; k++) {
      if (aux > 0) {
        aux--;
        continue;
      }
      const o = k * COFF_SYMBOL_SIZE;
      if (u32(syms, o) === 0) {
        const offset = u32(syms, o + 4);
        if (offset !== 0 && stringAt(offset) === undefined)
          fail(`symbol ${k}: name offset ${offset}`, BigInt(symtab) + BigInt(o));
      }
      aux = syms[o + 17] as number;
    }
  }

  let at = base + 20n;
  let imageBase = 0n;
  if (sizeOfOptionalHeader !== 0) {
    const sz = sizeOfOptionalHeader;
    // SizeOfOptionalHeader is the file header's field at +16.
    if (sz < 2) fail("optional header: smaller than its magic", base + 16n);
    const oh = readFullAt(r, 2, at) ?? fail("optional header: cut", at);
    const magic = u16(oh, 0);
    if (magic !== 0x10b && magic !== 0x20b)
      fail(`optional header: magic 0x${magic.toString(16)}`, at);
    const min = magic === 0x10b ? 96 : 112;
    if (sz < min) fail(`optional header: size ${sz}`, base + 16n);
    const head = readFullAt(r, min, at) ?? fail("optional header: cut", at);
    imageBase =
      magic === 0x10b
        ? BigInt(u32(head, 28))
        : BigInt(u32(head, 24)) | (BigInt(u32(head, 28)) << 32n);
    const n = u32(head, min - 4);
    // readDataDirectories: the rest of the header is exactly n directories of 8 bytes.
    // NumberOfRvaAndSizes is the last field before the directories.
    if (sz - min !== n * 8)
      fail(`optional header: ${n} data directories in ${sz - min} bytes`, at + BigInt(min - 4));
    if (readFullAt(r, n * 8, at + BigInt(min)) === undefined)
      fail("data directories: cut", at + BigInt(min));
    at += BigInt(sz);
  }

  const sections: PeSectionAsGo[] = [];
  const relocs: { pointer: number; count: number }[] = [];
  for (let i = 0; i < numberOfSections; i++) {
    const sh = readFullAt(r, 40, at) ?? fail(`section header ${i}: cut`, at);
    if (sh[0] === 0x2f) {
      // "/123": the name is in the string table.
      const index = atoi(new TextDecoder("latin1").decode(cstring(sh.subarray(1, 8))));
      if (index === undefined || stringAt(index >>> 0) === undefined)
        fail(`section header ${i}: name`, at);
    }
    const size = u32(sh, 16);
    const offset = u32(sh, 20);
    sections.push({
      virtualSize: u32(sh, 8),
      virtualAddress: u32(sh, 12),
      size,
      characteristics: u32(sh, 36),
      reader: sectionReader(offset === 0 ? failingReader : r, BigInt(offset), BigInt(size)),
    });
    relocs.push({ pointer: u32(sh, 24), count: u16(sh, 32) });
    at += 40n;
  }
  relocs.forEach(({ pointer, count }, i) => {
    if (count > 0 && readDataAt(r, BigInt(count * 10), BigInt(pointer)) === undefined)
      fail(`section ${i} relocations: cut`, pointer);
  });
  return { imageBase, sections };
}
