// What Go's internal/xcoff.NewFile refuses (go1.26 src/internal/xcoff/file.go), for `buildinfo`:
// Go's debug/buildinfo reads AIX executables through it, calls what it refuses "unrecognized
// file format", and finds the blob in the first STYP_DATA section. NewFile reads the whole
// symbol table and the relocations of .text and .data, so a cut in any of them is a refusal;
// its reads are copied (a sequential reader's position, Go's uint64 and int64 arithmetic).
// panicscope does not symbolize XCOFF files: only their build info is read.

import { corrupt } from "../bytes/decode-error.js";
import {
  failingReader,
  type GoReaderAt,
  i64,
  readDataAt,
  readFullAt,
  sectionReader,
  u64,
} from "./go-reader-at.js";

const U802TOCMAGIC = 0o737;
const U64_TOCMAGIC = 0o767;
const SYMESZ = 18n;
const STYP_TEXT = 0x20;
const STYP_DATA = 0x40;
const C_EXT = 2;
const C_HIDEXT = 107;
const C_WEAKEXT = 111;
const SYM_TYPE_FUNC = 0x20;
const MAXINT64 = (1n << 63n) - 1n;

export interface XcoffSectionAsGo {
  virtualAddress: bigint;
  size: bigint;
  type: number;
  /** The section's bytes as Go reads them (every read fails when Sscnptr is 0: .bss). */
  reader: GoReaderAt;
}

/** Throws `corrupt XCOFF …` where internal/xcoff.NewFile returns an error; its sections otherwise. */
export function checkXcoffAsGoDoes(r: GoReaderAt, fileSize: number): XcoffSectionAsGo[] {
  const fail = (what: string, offset: bigint): never => {
    throw corrupt(`XCOFF ${what}`, offset);
  };
  // The io.SectionReader(r, 0, 1<<63-1) NewFile reads through: a position, Read, Seek.
  let pos = 0n;
  const read = (n: number, what: string): DataView => {
    const at = pos;
    const b = pos >= MAXINT64 ? undefined : readFullAt(r, n, pos);
    if (b === undefined) return fail(`${what}: cut`, at);
    pos += BigInt(n);
    return new DataView(b.buffer, b.byteOffset, b.byteLength);
  };
  const seek = (to: bigint, what: string): void => {
    if (to < 0n) fail(`${what}: offset past 2⁶³`, u64(to));
    pos = to;
  };
  const magic = read(2, "file header").getUint16(0, false);
  if (magic !== U802TOCMAGIC && magic !== U64_TOCMAGIC) fail("file header: magic", 0n);
  const is64 = magic === U64_TOCMAGIC;
  seek(0n, "file header");
  const h = read(is64 ? 24 : 20, "file header");
  const nscns = h.getUint16(2, false);
  const symptr = is64 ? h.getBigUint64(8, false) : BigInt(h.getUint32(8, false));
  const nsyms = h.getUint32(is64 ? 20 : 12, false);
  const opthdr = h.getUint16(16, false);
  if (symptr === 0n || nsyms === 0) fail("file header: no symbol table", 8n);

  // The string table, right after the symbols: a length word, then the rest.
  const strAt = u64(symptr + BigInt(nsyms) * SYMESZ);
  seek(i64(strAt), "string table");
  const length = read(4, "string table length").getUint32(0, false);
  let strings: Uint8Array = new Uint8Array(0);
  if (length > 4)
    strings = readDataAt(r, BigInt(length), i64(strAt)) ?? fail("string table: cut", strAt);

  seek(BigInt((is64 ? 24 : 20) + opthdr), "section headers");
  const sections: (XcoffSectionAsGo & { relptr: bigint; nreloc: number })[] = [];
  for (let i = 0; i < nscns; i++) {
    const s = read(is64 ? 72 : 40, `section header ${i}`);
    const w = (o32: number, o64: number) =>
      is64 ? s.getBigUint64(o64, false) : BigInt(s.getUint32(o32, false));
    const virtualAddress = w(12, 16);
    const size = w(16, 24);
    const scnptr = w(20, 32);
    sections.push({
      virtualAddress,
      size,
      type: s.getUint32(is64 ? 64 : 36, false),
      relptr: w(24, 40),
      nreloc: is64 ? s.getUint32(56, false) : s.getUint16(32, false),
      reader: sectionReader(scnptr === 0n ? failingReader : r, i64(scnptr), i64(size)),
    });
  }

  // The symbol table, walked as NewFile walks it (its position and index can part ways).
  seek(i64(symptr), "symbol table");
  const known = (offset: number) => offset >= 4 && offset < strings.length;
  for (let i = 0; i < nsyms; i++) {
    const e = read(18, `symbol ${i}`);
    let numaux = e.getUint8(17);
    const sclass = e.getUint8(16);
    const scnum = e.getUint16(12, false);
    const type = e.getUint16(14, false);
    const named = is64
      ? known(e.getUint32(8, false))
      : e.getUint32(0, false) !== 0 || known(e.getUint32(4, false));
    const kept =
      named &&
      (sclass === C_EXT || sclass === C_WEAKEXT || sclass === C_HIDEXT) &&
      numaux >= 1 &&
      i + numaux < nsyms &&
      scnum <= nscns;
    if (kept) {
      const needAuxFcn = (type & SYM_TYPE_FUNC) !== 0 && numaux > 1;
      if (needAuxFcn) read(18, `symbol ${i} function entry`);
      else pos += BigInt(numaux - 1) * SYMESZ;
      i += numaux;
      numaux = 0;
      read(18, `symbol ${i} csect entry`);
    }
    i += numaux;
    pos += BigInt(numaux) * SYMESZ;
  }

  // The relocations of .text and .data, each read whole.
  sections.forEach((s, i) => {
    if ((s.type !== STYP_TEXT && s.type !== STYP_DATA) || s.relptr === 0n) return;
    seek(i64(s.relptr), `section ${i} relocations`);
    // Read one by one in Go; all of them must be in the file.
    const size = BigInt(s.nreloc) * (is64 ? 14n : 10n);
    if (s.nreloc > 0 && pos + size > BigInt(fileSize))
      fail(`section ${i} relocations: cut`, s.relptr);
  });
  return sections;
}

/** The first section of type STYP_DATA (debug/buildinfo's DataStart), if any. */
export function xcoffData(sections: XcoffSectionAsGo[]): XcoffSectionAsGo | undefined {
  return sections.find((s) => s.type === STYP_DATA);
}
