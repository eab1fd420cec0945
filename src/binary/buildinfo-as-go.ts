// debug/buildinfo's readRawBuildInfo (go1.26 src/debug/buildinfo/buildinfo.go), step by step:
// the file opened as debug/elf, debug/pe or debug/macho open it (what they refuse is refused),
// the blob searched where Go searches and read through the same segment or section windows,
// with Go's uint64 wrap-around. `buildinfo` answers exactly where `go version -m` does, for
// the XCOFF and Plan 9 files Go also reads (which panicscope does not symbolize).

import { notGo } from "../bytes/decode-error.js";
import type { ByteSource } from "../bytes/source.js";
import type { RawBuildInfo } from "./buildinfo.js";
import { checkElfAsGoDoes } from "./elf-strict.js";
import {
  fileReaderAt,
  type GoReaderAt,
  i64,
  readDataAt,
  sectionReader,
  u64,
} from "./go-reader-at.js";
import { byteString } from "./go-utf8.js";
import { checkFatAsGoDoes, checkMachoAsGoDoes, type MachoAsGo } from "./macho-strict.js";
import { checkPeAsGoDoes } from "./pe-strict.js";
import { checkPlan9AsGoDoes, hasPlan9Magic } from "./plan9-strict.js";
import { checkXcoffAsGoDoes, xcoffData } from "./xcoff-strict.js";

/** Go's exe interface: where the blob should be, and a window from an address to its end. */
interface GoExe {
  dataStart(): [bigint, bigint];
  dataReader(addr: bigint): GoReaderAt | undefined;
}

const MAGIC = "\xff Go buildinf:";
const ALIGN = 16n;
const HEADER_SIZE = 32n;
const CHUNK = 1n << 20n;

/** errNotGoExe: the file is read, and holds no build info (or a blob Go cannot read). */
class NotGoExe extends Error {}

function elfExe(source: ByteSource, r: GoReaderAt): GoExe {
  const f = checkElfAsGoDoes(source);
  const progs = f.progs.map((p) => ({ ...p, reader: sectionReader(r, p.off, p.filesz) }));
  return {
    dataStart() {
      const s = f.sections.find((s) => s.name === ".go.buildinfo");
      if (s !== undefined) return [s.addr, s.size];
      // PT_LOAD, writable, not executable.
      const p = f.progs.find((p) => p.type === 1 && (p.flags & 3) === 2);
      return p === undefined ? [0n, 0n] : [p.vaddr, p.memsz];
    },
    dataReader(addr) {
      for (const p of progs) {
        if (p.vaddr <= addr && addr <= u64(p.vaddr + p.filesz - 1n)) {
          const remaining = u64(p.vaddr + p.filesz - addr);
          return sectionReader(p.reader, i64(addr - p.vaddr), i64(remaining));
        }
      }
      return undefined;
    },
  };
}

function peExe(r: GoReaderAt): GoExe {
  const f = checkPeAsGoDoes(r);
  const u32 = (x: number) => x >>> 0;
  return {
    dataStart() {
      for (const s of f.sections) {
        if (
          s.virtualAddress !== 0 &&
          s.size !== 0 &&
          u32(s.characteristics & ~0x600000) === 0xc0000040
        )
          return [u64(BigInt(s.virtualAddress) + f.imageBase), BigInt(s.virtualSize)];
      }
      return [0n, 0n];
    },
    dataReader(addr) {
      const rva = u64(addr - f.imageBase);
      for (const s of f.sections) {
        const va = BigInt(s.virtualAddress);
        // VirtualAddress+Size are uint32s: their sum wraps at 2³².
        if (va <= rva && rva <= BigInt(u32(s.virtualAddress + s.size - 1))) {
          const remaining = u64(BigInt(u32(s.virtualAddress + s.size)) - rva);
          return sectionReader(s.reader, i64(rva - va), i64(remaining));
        }
      }
      return undefined;
    },
  };
}

function machoExe(f: MachoAsGo): GoExe {
  return {
    dataStart() {
      const s = f.sections.find((s) => s.name === "__go_buildinfo");
      if (s !== undefined) return [s.addr, s.size];
      const seg = f.segments.find(
        (g) => g.addr !== 0n && g.filesz !== 0n && g.prot === 3 && g.maxprot === 3,
      );
      return seg === undefined ? [0n, 0n] : [seg.addr, seg.memsz];
    },
    dataReader(addr) {
      for (const seg of f.segments) {
        if (seg.addr <= addr && addr <= u64(seg.addr + seg.filesz - 1n)) {
          if (seg.name === "__PAGEZERO") continue;
          const remaining = u64(seg.addr + seg.filesz - addr);
          return sectionReader(seg.reader, i64(addr - seg.addr), i64(remaining));
        }
      }
      return undefined;
    },
  };
}

function xcoffExe(r: GoReaderAt, size: number): GoExe {
  const sections = checkXcoffAsGoDoes(r, size);
  return {
    dataStart() {
      const s = xcoffData(sections);
      return s === undefined ? [0n, 0n] : [s.virtualAddress, s.size];
    },
    dataReader(addr) {
      for (const s of sections) {
        if (s.virtualAddress <= addr && addr <= u64(s.virtualAddress + s.size - 1n)) {
          const remaining = u64(s.virtualAddress + s.size - addr);
          return sectionReader(s.reader, i64(addr - s.virtualAddress), i64(remaining));
        }
      }
      return undefined;
    },
  };
}

function plan9Exe(r: GoReaderAt): GoExe {
  const sections = checkPlan9AsGoDoes(r);
  return {
    dataStart() {
      const s = sections.find((s) => s.name === "data");
      return s === undefined ? [0n, 0n] : [BigInt(s.offset), BigInt(s.size)];
    },
    dataReader(addr) {
      // A section's file offset is its address; Offset+Size is a uint32 sum.
      for (const s of sections) {
        if (BigInt(s.offset) <= addr && addr <= BigInt((s.offset + s.size - 1) >>> 0)) {
          const remaining = u64(BigInt((s.offset + s.size) >>> 0) - addr);
          return sectionReader(s.reader, i64(addr - BigInt(s.offset)), i64(remaining));
        }
      }
      return undefined;
    },
  };
}

function openAsGo(source: ByteSource): GoExe {
  const r = fileReaderAt(source);
  if (source.size < 16) throw notGo(`file is ${source.size} bytes, too short for a header`);
  const ident = source.read(0, 16, "file header");
  const at = (bytes: number[], from = 0) => bytes.every((b, i) => ident[from + i] === b);
  if (at([0x7f, 0x45, 0x4c, 0x46])) return elfExe(source, r);
  if (at([0x4d, 0x5a])) return peExe(r);
  if (at([0xfe, 0xed, 0xfa]) || at([0xfa, 0xed, 0xfe], 1)) return machoExe(checkMachoAsGoDoes(r));
  if (at([0xca, 0xfe, 0xba, 0xbe]) || at([0xca, 0xfe, 0xba, 0xbf]))
    return machoExe(checkFatAsGoDoes(r));
  if (at([0x01, 0xdf]) || at([0x01, 0xf7])) return xcoffExe(r, source.size);
  if (hasPlan9Magic(ident)) return plan9Exe(r);
  throw notGo("unrecognized file format (not ELF, Mach-O, PE, XCOFF or Plan 9 a.out)");
}

/** readData: all `size` bytes at `addr` in its window, or NotGoExe. */
function readData(x: GoExe, addr: bigint, size: bigint): Uint8Array {
  const r = x.dataReader(addr);
  if (r === undefined) throw new NotGoExe();
  const b = readDataAt(r, size, 0n);
  if (b === undefined) throw new NotGoExe();
  return b;
}

/** searchMagic, with Go's slicing of each chunk as it skips misaligned matches. */
function searchMagic(x: GoExe, from: bigint, size: bigint): bigint {
  const end = u64(from + size);
  if (end < from) throw new NotGoExe();
  let start = u64(from + ALIGN - 1n) & ~(ALIGN - 1n);
  if (start >= end) throw new NotGoExe();
  while (start < end) {
    const remaining = end - start;
    const chunkSize = CHUNK < remaining ? CHUNK : remaining;
    const r = x.dataReader(start);
    if (r === undefined) throw new NotGoExe();
    const got = r.readAt(chunkSize, 0n);
    if (got.bytes.length === 0 || (got.err !== null && got.err !== "EOF")) throw new NotGoExe();
    let data = byteString(got.bytes);
    for (;;) {
      const i = data.indexOf(MAGIC);
      if (i < 0) break;
      if (remaining - BigInt(i) < HEADER_SIZE) throw new NotGoExe();
      if (i % 16 !== 0) {
        const next = (i + 15) & ~15;
        if (next > data.length) throw new NotGoExe();
        data = data.slice(next);
        continue;
      }
      // Go adds the index within the sliced data, as it does.
      return start + BigInt(i);
    }
    start += chunkSize;
  }
  throw new NotGoExe();
}

/** decodeString: a varint length, then that many bytes, inside one window (and their address). */
function decodeString(x: GoExe, addr: bigint): [string, bigint, bigint] {
  const head = readData(x, addr, 10n);
  let length = 0n;
  let n = 0;
  for (let shift = 0n; ; shift += 7n) {
    // binary.Uvarint: at most ten bytes, the tenth at most 1.
    if (n === 10) throw new NotGoExe();
    const b = head[n] as number;
    n++;
    if (b < 0x80) {
      if (n === 10 && b > 1) throw new NotGoExe();
      length |= BigInt(b) << shift;
      break;
    }
    length |= BigInt(b & 0x7f) << shift;
  }
  const at = u64(addr + BigInt(n));
  const body = readData(x, at, length);
  return [byteString(body), u64(at + length), at];
}

/** readString: a Go string header at `addr` (and the string's address); "" when anything cannot be read. */
function readString(x: GoExe, ptrSize: number, big: boolean, addr: bigint): [string, bigint] {
  const word = (b: Uint8Array, o: number): bigint => {
    const v = new DataView(b.buffer, b.byteOffset + o, ptrSize);
    return ptrSize === 8 ? v.getBigUint64(0, !big) : BigInt(v.getUint32(0, !big));
  };
  try {
    const hdr = readData(x, addr, BigInt(2 * ptrSize));
    const len = word(hdr, ptrSize);
    return [byteString(readData(x, word(hdr, 0), len)), word(hdr, 0)];
  } catch (error) {
    if (error instanceof NotGoExe) return ["", 0n];
    throw error;
  }
}

/**
 * The (version, module text) pair as byte strings, exactly where Go's debug/buildinfo finds
 * it; undefined where Go says "not a Go executable"; a BinaryError where it says
 * "unrecognized file format".
 */
export function readRawBuildInfoAsGo(source: ByteSource): RawBuildInfo | undefined {
  const x = openAsGo(source);
  try {
    const [dataAddr, dataSize] = x.dataStart();
    if (dataSize === 0n) return undefined;
    const addr = searchMagic(x, dataAddr, dataSize);
    const header = readData(x, addr, HEADER_SIZE);
    const flags = header[15] as number;
    let version: string;
    let mod: string;
    let modAddr: bigint;
    if ((flags & 2) !== 0) {
      const [v, next] = decodeString(x, addr + HEADER_SIZE);
      version = v;
      [mod, , modAddr] = decodeString(x, next);
    } else {
      const ptrSize = header[14] as number;
      if (ptrSize !== 4 && ptrSize !== 8) return undefined;
      const big = (flags & 1) === 1;
      const ptr = (o: number) => {
        const v = new DataView(header.buffer, header.byteOffset + o, ptrSize);
        return ptrSize === 8 ? v.getBigUint64(0, !big) : BigInt(v.getUint32(0, !big));
      };
      version = readString(x, ptrSize, big, ptr(16))[0];
      [mod, modAddr] = readString(x, ptrSize, big, ptr(16 + ptrSize));
    }
    if (version === "") return undefined;
    // The sentinels around the module text are cut when the text has them.
    mod = mod.length >= 33 && mod[mod.length - 17] === "\n" ? mod.slice(16, -16) : "";
    const offset = x.dataReader(addr)?.origin(0n);
    const modAt = mod === "" ? undefined : x.dataReader(modAddr)?.origin(0n);
    return {
      version,
      mod,
      offset: offset === undefined ? undefined : Number(offset),
      textOffset: modAt === undefined ? undefined : Number(modAt) + 16,
    };
  } catch (error) {
    if (error instanceof NotGoExe) return undefined;
    throw error;
  }
}

/**
 * Why `buildinfo` found none, for its message: a Plan 9 a.out file is searched by file offset
 * for a 16-byte aligned blob, and Go's linker does not place it so.
 */
export function noBuildInfoReason(source: ByteSource): string {
  const plan9 = source.size >= 4 && hasPlan9Magic(source.read(0, 4, "file header"));
  return plan9
    ? "no build info where Go looks for it in a Plan 9 a.out file (at a 16-byte aligned file offset in its data; go version -m finds none either)"
    : "no build info (\\xff Go buildinf: blob) found";
}
