// What Go's debug/macho.NewFile and NewFatFile refuse (go1.26 src/debug/macho/file.go,
// fat.go), for `buildinfo`: Go's debug/buildinfo calls such a file "unrecognized file format"
// and `go version -m` prints nothing. panicscope's Mach-O reader (macho.ts) stays lenient for
// symbolize; build info is read from what NewFile returns (segments, section names).

import { BinaryError, corrupt, hex } from "../bytes/decode-error.js";
import { type GoReaderAt, readDataAt, readFullAt, sectionReader } from "./go-reader-at.js";

export interface MachoSegmentAsGo {
  name: string;
  addr: bigint;
  memsz: bigint;
  filesz: bigint;
  maxprot: number;
  prot: number;
  reader: GoReaderAt;
}

export interface MachoAsGo {
  /** Segments in load-command order. */
  segments: MachoSegmentAsGo[];
  sections: { name: string; addr: bigint; size: bigint }[];
}

const MAGIC32 = 0xfeedface;
const MAGIC64 = 0xfeedfacf;
const CMD_SEGMENT = 0x1;
const CMD_SYMTAB = 0x2;
const CMD_DYSYMTAB = 0xb;
const CMD_DYLIB = 0xc;
const CMD_SEGMENT64 = 0x19;
const CMD_RPATH = 0x8000001c;
const INT64_MAX = 1n << 63n;

const latin1 = new TextDecoder("latin1");

function cstring(b: Uint8Array): string {
  const i = b.indexOf(0);
  return latin1.decode(i === -1 ? b : b.subarray(0, i));
}

/** Throws `corrupt Mach-O …` where debug/macho.NewFile returns an error. */
export function checkMachoAsGoDoes(r: GoReaderAt): MachoAsGo {
  // Offsets in r (a universal file's slice starts at 0) are given as file offsets.
  const fail = (what: string, offset: number | bigint = 0): never => {
    throw corrupt(`Mach-O ${what}`, r.origin(BigInt(offset)) ?? offset);
  };
  const ident = readFullAt(r, 4, 0n) ?? fail("header: cut");
  const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
  const be = view(ident).getUint32(0, false);
  const leMagic = view(ident).getUint32(0, true);
  let le: boolean;
  let magic: number;
  if ((be & ~1) >>> 0 === MAGIC32) [le, magic] = [false, be];
  else if ((leMagic & ~1) >>> 0 === MAGIC32) [le, magic] = [true, leMagic];
  else return fail("header: magic");
  const h = view(readFullAt(r, 28, 0n) ?? fail("header: cut"));
  const ncmd = h.getUint32(16, le);
  const cmdsz = h.getUint32(20, le);
  const is64 = magic === MAGIC64;
  let offset = is64 ? 32 : 28;
  const all = readDataAt(r, BigInt(cmdsz), BigInt(offset)) ?? fail("load commands: cut", offset);
  const out: MachoAsGo = { segments: [], sections: [] };
  let dat = all;
  let nsyms: number | undefined;
  for (let i = 0; i < ncmd; i++) {
    // Every refusal inside a command gives the command's own offset.
    const at = offset;
    if (dat.length < 8) fail("command block too small", at);
    const d = view(dat);
    const cmd = d.getUint32(0, le);
    const siz = d.getUint32(4, le);
    if (siz < 8 || siz > dat.length) fail("invalid command block size", at);
    const c = view(dat.subarray(0, siz));
    const cmddat = dat.subarray(0, siz);
    dat = dat.subarray(siz);
    offset += siz;
    const need = (n: number) => {
      if (siz < n) fail(`load command 0x${cmd.toString(16)}: cut`, at);
    };
    const read = (n: bigint, from: number, what: string) =>
      readDataAt(r, n, BigInt(from)) ?? fail(`${what}: cut`, from);
    switch (cmd) {
      case CMD_RPATH:
        need(12);
        if (c.getUint32(8, le) >= siz) fail("invalid path in rpath command", at);
        break;
      case CMD_DYLIB:
        need(24);
        if (c.getUint32(8, le) >= siz) fail("invalid name in dynamic library command", at);
        break;
      case CMD_SYMTAB: {
        need(24);
        const symoff = c.getUint32(8, le);
        const n = c.getUint32(12, le);
        const stroff = c.getUint32(16, le);
        const strsize = c.getUint32(20, le);
        read(BigInt(strsize), stroff, "string table");
        const size = is64 ? 16 : 12;
        const syms = read(BigInt(n) * BigInt(size), symoff, "symbol table");
        const s = view(syms);
        for (let k = 0; k < n; k++)
          if (s.getUint32(k * size, le) >= strsize)
            fail("invalid name in symbol table", symoff + k * size);
        nsyms = n;
        break;
      }
      case CMD_DYSYMTAB: {
        need(80);
        const iundef = c.getUint32(24, le);
        const nundef = c.getUint32(28, le);
        if (nsyms === undefined) fail("dynamic symbol table before the symbol table", at);
        else if (iundef > nsyms) fail("undefined symbols index", at);
        else if ((iundef + nundef) >>> 0 > nsyms) fail("number of undefined symbols", at);
        read(BigInt(c.getUint32(60, le)) * 4n, c.getUint32(56, le), "indirect symbols");
        break;
      }
      case CMD_SEGMENT:
      case CMD_SEGMENT64: {
        const wide = cmd === CMD_SEGMENT64;
        need(wide ? 72 : 56);
        const w = (o: number): bigint =>
          wide ? c.getBigUint64(o, le) : BigInt(c.getUint32(o, le));
        const name = cstring(cmddat.subarray(8, 24));
        const addr = w(24);
        const memsz = w(wide ? 32 : 28);
        const fileoff = w(wide ? 40 : 32);
        const filesz = w(wide ? 48 : 36);
        const p = wide ? 56 : 40;
        const nsect = c.getUint32(p + 8, le);
        const head = wide ? 72 : 56;
        const secSize = wide ? 80 : 68;
        for (let k = 0; k < nsect; k++) {
          const o = head + k * secSize;
          need(o + secSize);
          const sw = (x: number): bigint =>
            wide ? c.getBigUint64(o + x, le) : BigInt(c.getUint32(o + x, le));
          const sectionName = cstring(cmddat.subarray(o, o + 16));
          const secAddr = sw(32);
          const secSizeField = sw(wide ? 40 : 36);
          out.sections.push({ name: sectionName, addr: secAddr, size: secSizeField });
          const reloff = c.getUint32(o + (wide ? 56 : 48), le);
          const nreloc = c.getUint32(o + (wide ? 60 : 52), le);
          if (nreloc > 0) read(BigInt(nreloc) * 8n, reloff, "relocations");
        }
        if (fileoff >= INT64_MAX) fail("invalid section offset", at);
        if (filesz >= INT64_MAX) fail("invalid section file size", at);
        out.segments.push({
          name,
          addr,
          memsz,
          filesz,
          maxprot: c.getUint32(p, le),
          prot: c.getUint32(p + 4, le),
          reader: sectionReader(r, fileoff, filesz),
        });
        break;
      }
    }
  }
  return out;
}

/** debug/macho.NewFatFile: every slice must open, no architecture twice, one Mach-O type. */
export function checkFatAsGoDoes(r: GoReaderAt): MachoAsGo {
  const fail = (what: string, offset = 0): never => {
    throw corrupt(`Mach-O universal ${what}`, offset);
  };
  const head = readFullAt(r, 8, 0n) ?? fail("header: cut");
  const h = new DataView(head.buffer, head.byteOffset, 8);
  if (h.getUint32(0, false) !== 0xcafebabe) fail("header: magic");
  const narch = h.getUint32(4, false);
  if (narch < 1) fail("file contains no images", 4);
  const seen = new Set<string>();
  let first: MachoAsGo | undefined;
  let firstType = 0;
  for (let i = 0; i < narch; i++) {
    const at = 8 + 20 * i;
    const b = readFullAt(r, 20, BigInt(at)) ?? fail("invalid fat_arch header", at);
    const a = new DataView(b.buffer, b.byteOffset, 20);
    const slice = sectionReader(r, BigInt(a.getUint32(8, false)), BigInt(a.getUint32(12, false)));
    let file: MachoAsGo;
    try {
      file = checkMachoAsGoDoes(slice);
    } catch (error) {
      // Which slice, and the record that placed it: its own offsets may be those of another.
      if (!(error instanceof BinaryError)) throw error;
      const where = `Mach-O universal slice ${i} (fat_arch at ${hex(at)}): `;
      throw new BinaryError(
        error.kind,
        error.message.replace(/^corrupt /, `corrupt ${where}`),
        error.offset,
      );
    }
    const arch = `${a.getUint32(0, false)}/${a.getUint32(4, false)}`;
    if (seen.has(arch)) fail(`duplicate architecture ${arch}`, at);
    seen.add(arch);
    // FatArch.Type is the slice's own header's file type.
    const type = machoType(slice);
    if (i === 0) {
      first = file;
      firstType = type;
    } else if (type !== firstType)
      fail(`Mach-O type of architecture #${i}`, Number(slice.origin(12n) ?? BigInt(at)));
  }
  return first as MachoAsGo;
}

/** The slice header's filetype word (read already by checkMachoAsGoDoes). */
function machoType(r: GoReaderAt): number {
  const b = readFullAt(r, 16, 0n) as Uint8Array;
  const d = new DataView(b.buffer, b.byteOffset, 16);
  const le = (d.getUint32(0, true) & ~1) >>> 0 === MAGIC32;
  return d.getUint32(12, le);
}
