// Build info (what `go version -m` prints): the Go version and the module information the linker
// embeds in the "\xff Go buildinf:" blob, in the pre-1.18 pointer encoding and the 1.18+ inline one.

import { VarintCursor } from "../bytes/varint.js";
import { View } from "../bytes/view.js";
import { addrToOffset, type Executable, readWord, sectionByName } from "./exe.js";
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
  /** Key and value as written (quoted when Go quotes them), for faithful printing. */
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

const utf8 = new TextDecoder("utf-8");

function readInlineString(exe: Executable, addr: number): { s: string; next: number } | undefined {
  // A length is at most ten bytes long, and the string may end sooner than that: read what is there.
  const head = exe.read(addr, 10) ?? exe.read(addr, 1);
  if (head === null) return undefined;
  const cur = new VarintCursor(head);
  const len = cur.uvarint();
  if (len < 0 || len > SEARCH_LIMIT) return undefined;
  const body = exe.read(addr + cur.pos, len);
  if (body === null) return undefined;
  return { s: utf8.decode(body), next: addr + cur.pos + len };
}

function readGoString(exe: Executable, hdrAddr: number): string {
  const data = readWord(exe, hdrAddr);
  const len = readWord(exe, hdrAddr + exe.ptrSize);
  if (data === undefined || len === undefined || len > SEARCH_LIMIT) return "";
  const body = exe.read(data, len);
  return body === null ? "" : utf8.decode(body);
}

/** Reads the raw (version, modinfo) pair; undefined when the file has no build info. */
export function readRawBuildInfo(exe: Executable): { version: string; mod: string } | undefined {
  const ds = dataStart(exe);
  if (ds === undefined || ds.size === 0) return undefined;
  const at = findMagic(exe, ds.addr, ds.size);
  if (at === undefined) return undefined;
  const h = exe.read(at, HEADER_SIZE);
  if (h === null) return undefined;
  const flags = h[15]!;
  let version: string;
  let mod: string;
  if ((flags & 2) !== 0) {
    const v = readInlineString(exe, at + HEADER_SIZE);
    if (v === undefined) return undefined;
    const m = readInlineString(exe, v.next);
    version = v.s;
    mod = m?.s ?? "";
  } else {
    const ptrSize = h[14]!;
    if (ptrSize !== 4 && ptrSize !== 8) return undefined;
    // The header's own pointer size and byte order (flag bit 0: big endian), as debug/buildinfo reads them.
    const header = new View(h, (flags & 1) === 0, 0, "build info header");
    version = readGoString(exe, header.word(16, ptrSize));
    mod = readGoString(exe, header.word(16 + ptrSize, ptrSize));
  }
  if (version === "") return undefined;
  if (mod.length >= 33 && mod[mod.length - 17] === "\n") mod = mod.slice(16, mod.length - 16);
  else mod = "";
  return { version, mod };
}

/** Go's strconv.Unquote for the quoted keys and values of build lines. */
export function goUnquote(s: string): string | undefined {
  if (s.length < 2) return undefined;
  const q = s[0];
  if (q === "`") return s.endsWith("`") ? s.slice(1, -1) : undefined;
  if (q !== '"' || !s.endsWith('"')) return undefined;
  const body = s.slice(1, -1);
  let out = "";
  const bytes: number[] = [];
  const flush = () => {
    if (bytes.length > 0) {
      out += utf8.decode(Uint8Array.from(bytes));
      bytes.length = 0;
    }
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== "\\") {
      flush();
      out += c;
      continue;
    }
    const e = body[++i];
    const simple: Record<string, string> = {
      n: "\n",
      t: "\t",
      r: "\r",
      a: "\x07",
      b: "\b",
      f: "\f",
      v: "\v",
      "\\": "\\",
      '"': '"',
      "'": "'",
    };
    if (e !== undefined && simple[e] !== undefined) {
      flush();
      out += simple[e];
    } else if (e === "x") {
      bytes.push(Number.parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (e === "u" || e === "U") {
      const n = e === "u" ? 4 : 8;
      flush();
      out += String.fromCodePoint(Number.parseInt(body.slice(i + 1, i + 1 + n), 16));
      i += n;
    } else if (e !== undefined && e >= "0" && e <= "7") {
      bytes.push(Number.parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else return undefined;
  }
  flush();
  return out;
}

function quotedPrefixEnd(s: string): number {
  // s starts with a quote; returns the index just past the closing quote, or -1.
  const q = s[0];
  for (let i = 1; i < s.length; i++) {
    if (q === '"' && s[i] === "\\") {
      i++;
      continue;
    }
    if (s[i] === q) return i + 1;
  }
  return -1;
}

/** runtime/debug.ParseBuildInfo, keeping the raw text of settings. Unknown lines are skipped. */
export function parseModInfo(goVersion: string, mod: string): BuildInfo {
  const bi: BuildInfo = { goVersion, path: "", deps: [], settings: [], raw: mod };
  let last: Module | undefined;
  const module = (cols: string[]): Module | undefined =>
    cols.length === 2 || cols.length === 3
      ? { path: cols[0]!, version: cols[1]!, sum: cols[2] ?? "" }
      : undefined;
  const lines = mod.split("\n");
  lines.pop(); // text after the last newline is not a line (ParseBuildInfo stops there)
  for (const line of lines) {
    if (line.startsWith("path\t")) bi.path = line.slice(5);
    else if (line.startsWith("mod\t")) {
      const m = module(line.slice(4).split("\t"));
      if (m !== undefined) bi.main = m;
      last = m;
    } else if (line.startsWith("dep\t")) {
      const m = module(line.slice(4).split("\t"));
      if (m !== undefined) bi.deps.push(m);
      last = m;
    } else if (line.startsWith("=>\t")) {
      const cols = line.slice(3).split("\t");
      if (cols.length === 3 && last !== undefined)
        last.replace = { path: cols[0]!, version: cols[1]!, sum: cols[2]! };
      last = undefined;
    } else if (line.startsWith("build\t")) {
      const kv = line.slice(6);
      let rawKey: string;
      let rawValue: string;
      if (kv.startsWith('"') || kv.startsWith("`")) {
        const end = quotedPrefixEnd(kv);
        if (end < 0 || kv[end] !== "=") continue;
        rawKey = kv.slice(0, end);
        rawValue = kv.slice(end + 1);
      } else {
        const eq = kv.indexOf("=");
        if (eq <= 0) continue;
        rawKey = kv.slice(0, eq);
        rawValue = kv.slice(eq + 1);
      }
      const key =
        rawKey.startsWith('"') || rawKey.startsWith("`") ? (goUnquote(rawKey) ?? rawKey) : rawKey;
      const value =
        rawValue.startsWith('"') || rawValue.startsWith("`")
          ? (goUnquote(rawValue) ?? rawValue)
          : rawValue;
      bi.settings.push({ key, value, rawKey, rawValue });
    }
  }
  return bi;
}

export function readBuildInfo(exe: Executable): BuildInfo | undefined {
  const raw = readRawBuildInfo(exe);
  return raw && parseModInfo(raw.version, raw.mod);
}

/** debug.BuildInfo.String() without the go line. */
export function modInfoString(bi: BuildInfo): string {
  let out = "";
  if (bi.path !== "") out += `path\t${bi.path}\n`;
  const fmt = (word: string, m: Module) => {
    out += `${word}\t${m.path}\t${m.version}`;
    if (m.replace === undefined) out += `\t${m.sum}`;
    else {
      out += "\n";
      fmt("=>", m.replace);
    }
    out += "\n";
  };
  if (
    bi.main !== undefined &&
    (bi.main.path !== "" || bi.main.version !== "" || bi.main.sum !== "")
  )
    fmt("mod", bi.main);
  for (const d of bi.deps) fmt("dep", d);
  for (const s of bi.settings) out += `build\t${s.rawKey}=${s.rawValue}\n`;
  return out;
}

/** Exactly what `go version -m FILE` prints. */
export function formatGoVersionM(file: string, bi: BuildInfo): string {
  let out = `${file}: ${bi.goVersion}\n`;
  const mod = modInfoString(bi);
  if (mod.length > 0) out += `\t${mod.slice(0, -1).replaceAll("\n", "\n\t")}\n`;
  return out;
}

/** The setting's value, or undefined. */
export function setting(bi: BuildInfo, key: string): string | undefined {
  return bi.settings.find((s) => s.key === key)?.value;
}
