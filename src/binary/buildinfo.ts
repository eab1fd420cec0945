// Build info (what `go version -m` prints): the Go version and the module information the linker
// embeds in the "\xff Go buildinf:" blob, in the pre-1.18 pointer encoding and the 1.18+ inline one.

import { BinaryError, corrupt } from "../bytes/decode-error.js";
import type { ByteSource } from "../bytes/source.js";
import { VarintCursor } from "../bytes/varint.js";
import { View } from "../bytes/view.js";
import { readRawBuildInfoAsGo } from "./buildinfo-as-go.js";
import { addrToOffset, type Executable, readWord, sectionByName } from "./exe.js";
import { byteString } from "./go-utf8.js";
import { modInfoString, parseModInfo } from "./modinfo.js";
import type { PEFile } from "./pe.js";

export interface Module {
  path: string;
  version: string;
  sum: string;
  replace?: Module;
}

export interface BuildSetting {
  key: string;
  value: string;
  /** Key and value as `go version -m` prints them (quoted where Go quotes them). */
  rawKey: string;
  rawValue: string;
}

export interface BuildInfo {
  goVersion: string;
  path: string;
  main?: Module;
  deps: Module[];
  settings: BuildSetting[];
  /** The modinfo text as embedded (between the sentinels). */
  raw: string;
}

/** The blob's two strings as byte strings, and where they are in the file. */
export interface RawBuildInfo {
  version: string;
  /** The module text, its sentinels cut ("" when it has none). */
  mod: string;
  /** File offset of the blob. */
  offset?: number | undefined;
  /** File offset of the module text's first byte. */
  textOffset?: number | undefined;
}

const MAGIC = [0xff, 0x20, 0x47, 0x6f, 0x20, 0x62, 0x75, 0x69, 0x6c, 0x64, 0x69, 0x6e, 0x66, 0x3a];
const HEADER_SIZE = 32;
const SEARCH_LIMIT = 64 << 20;

/** Where the linker puts the blob: its own section, else the start of the first writable data. */
function dataStart(exe: Executable): { addr: number; size: number } | undefined {
  const named = sectionByName(exe, ".go.buildinfo", "__go_buildinfo");
  if (named !== undefined) return { addr: named.addr, size: named.size };
  if (exe.format === "elf") {
    const seg = exe.segments.find((s) => s.write && !s.exec);
    return seg && { addr: seg.addr, size: seg.memSize };
  }
  if (exe.format === "pe") {
    const pe = exe as PEFile;
    for (let i = 0; i < pe.sections.length; i++) {
      const s = pe.sections[i]!;
      const ch = (pe.characteristics[i]! & ~0x600000) >>> 0;
      if (s.size !== 0 && ch === 0xc0000040) return { addr: s.addr, size: s.size };
    }
    return undefined;
  }
  const seg = exe.segments.find((s) => s.write && !s.exec && s.fileSize !== 0 && s.addr !== 0);
  return seg && { addr: seg.addr, size: seg.memSize };
}

function findMagic(exe: Executable, start: number, size: number): number | undefined {
  let addr = Math.ceil(start / 16) * 16;
  const end = start + Math.min(size, SEARCH_LIMIT);
  while (addr < end) {
    const at = addrToOffset(exe, addr);
    if (at === undefined) return undefined;
    let n = Math.min(at.avail, end - addr, 1 << 20);
    if (n < MAGIC.length) return undefined;
    const buf = exe.source.read(at.offset, n, "build info");
    for (let i = 0; i + MAGIC.length <= n; i += 16) {
      let ok = true;
      for (let j = 0; j < MAGIC.length; j++) {
        if (buf[i + j] !== MAGIC[j]) {
          ok = false;
          break;
        }
      }
      if (ok) return addr + i;
    }
    n -= n % 16;
    if (n === 0) return undefined;
    addr += n;
  }
  return undefined;
}

const NO_BYTES = new Uint8Array(0);

function readInlineString(
  exe: Executable,
  addr: number,
): { s: Uint8Array; next: number } | undefined {
  // A length is at most ten bytes long, and the string may end sooner than that: read what is there.
  const head = exe.read(addr, 10) ?? exe.read(addr, 1);
  if (head === null) return undefined;
  const cur = new VarintCursor(head);
  const len = cur.uvarint();
  if (len < 0 || len > SEARCH_LIMIT) return undefined;
  const body = exe.read(addr + cur.pos, len);
  if (body === null) return undefined;
  return { s: body, next: addr + cur.pos + len };
}

function readGoString(exe: Executable, hdrAddr: number): Uint8Array {
  const data = readWord(exe, hdrAddr);
  const len = readWord(exe, hdrAddr + exe.ptrSize);
  if (data === undefined || len === undefined || len > SEARCH_LIMIT) return NO_BYTES;
  return exe.read(data, len) ?? NO_BYTES;
}

/**
 * Reads the raw (version, modinfo) pair as byte strings, leniently: through panicscope's own
 * reader of the executable, so a damaged file Go refuses still names its Go version where the
 * blob can be read (symbolize and analyze --binary); undefined when there is none.
 */
export function readRawBuildInfo(exe: Executable): RawBuildInfo | undefined {
  const ds = dataStart(exe);
  if (ds === undefined || ds.size === 0) return undefined;
  const at = findMagic(exe, ds.addr, ds.size);
  if (at === undefined) return undefined;
  const h = exe.read(at, HEADER_SIZE);
  if (h === null) return undefined;
  const flags = h[15]!;
  let version: Uint8Array;
  let mod: Uint8Array;
  let modAddr: number | undefined;
  if ((flags & 2) !== 0) {
    const v = readInlineString(exe, at + HEADER_SIZE);
    if (v === undefined) return undefined;
    const m = readInlineString(exe, v.next);
    // Go refuses a blob whose module text cannot be read (go1.26 debug/buildinfo decodeString).
    if (m === undefined) return undefined;
    version = v.s;
    mod = m.s;
    modAddr = m.next - m.s.length;
  } else {
    const ptrSize = h[14]!;
    if (ptrSize !== 4 && ptrSize !== 8) return undefined;
    // The header's own pointer size and byte order (flag bit 0: big endian), as debug/buildinfo reads them.
    const header = new View(h, (flags & 1) === 0, 0, "build info header");
    version = readGoString(exe, header.word(16, ptrSize));
    mod = readGoString(exe, header.word(16 + ptrSize, ptrSize));
    modAddr = readWord(exe, header.word(16 + ptrSize, ptrSize));
  }
  if (version.length === 0) return undefined;
  // The sentinels around the module text are bytes, not text: cut them before decoding.
  const text =
    mod.length >= 33 && mod[mod.length - 17] === 0x0a
      ? byteString(mod.subarray(16, mod.length - 16))
      : "";
  const modAt = modAddr === undefined ? undefined : addrToOffset(exe, modAddr)?.offset;
  return {
    version: byteString(version),
    mod: text,
    offset: addrToOffset(exe, at)?.offset,
    textOffset: text === "" || modAt === undefined ? undefined : modAt + 16,
  };
}

/**
 * The build info as Go's debug/buildinfo reads it (buildinfo-as-go.ts): undefined where Go
 * finds none ("not a Go executable"), a BinaryError where Go refuses the file or its module
 * text (`corrupt build info … at offset 0x…`, the blob's offset). A universal Mach-O file is
 * read as Go reads it (its first slice) when given as a ByteSource.
 */
export function readBuildInfo(file: Executable | ByteSource): BuildInfo | undefined {
  const source = "format" in file ? file.source : file;
  return parse(readRawBuildInfoAsGo(source));
}

/**
 * The build info read leniently (readRawBuildInfo): for symbolize and analyze --binary, which
 * do not need Go's strictness; a module text Go refuses is still refused.
 */
export function readBuildInfoLenient(exe: Executable): BuildInfo | undefined {
  return parse(readRawBuildInfo(exe));
}

function parse(raw: RawBuildInfo | undefined): BuildInfo | undefined {
  if (raw === undefined) return undefined;
  try {
    // A refused line is given at its own offset when the text's is known, else at the blob's.
    return parseModInfo(raw.version, raw.mod, raw.textOffset);
  } catch (error) {
    if (error instanceof BinaryError && error.offset !== undefined) throw error;
    if (!(error instanceof BinaryError) || raw.offset === undefined) throw error;
    throw corrupt(error.message.replace(/^corrupt /, ""), raw.offset);
  }
}

/** Exactly what `go version -m FILE` prints. */
export function formatGoVersionM(file: string, bi: BuildInfo): string {
  let out = `${file}: ${bi.goVersion}\n`;
  const mod = modInfoString(bi);
  if (mod.length > 0) out += `\t${mod.slice(0, -1).replaceAll("\n", "\n\t")}\n`;
  return out;
}

export { goQuote, goUnquote, modInfoString, parseModInfo } from "./modinfo.js";

/** The setting's value, or undefined. */
export function setting(bi: BuildInfo, key: string): string | undefined {
  return bi.settings.find((s) => s.key === key)?.value;
}
