// Build info (what `go version -m` prints): the Go version and the module information the linker
// embeds in the "\xff Go buildinf:" blob, in the pre-1.18 pointer encoding and the 1.18+ inline one.

import { checkElfAsGoDoes } from "./elf-strict.js";
import { BinaryError, corrupt } from "./errors.js";
import { addrToOffset, type Executable, readWord, sectionByName, tryReadAddr } from "./exe.js";
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

function uvarint(b: Uint8Array, at: number): { value: number; next: number } | undefined {
  let v = 0;
  let mul = 1;
  for (let i = at; i < b.length && i < at + 10; i++) {
    const c = b[i]!;
    v += (c & 0x7f) * mul;
    mul *= 128;
    if ((c & 0x80) === 0) return { value: v, next: i + 1 };
  }
  return undefined;
}

const utf8 = new TextDecoder("utf-8");

const NO_BYTES = new Uint8Array(0);

function readInlineString(
  exe: Executable,
  addr: number,
): { s: Uint8Array; next: number } | undefined {
  const head = tryReadAddr(exe, addr, 10) ?? tryReadAddr(exe, addr, 1);
  if (head === undefined) return undefined;
  const n = uvarint(head, 0);
  if (n === undefined || n.value > SEARCH_LIMIT) return undefined;
  const body = tryReadAddr(exe, addr + n.next, n.value);
  if (body === undefined) return undefined;
  return { s: body, next: addr + n.next + n.value };
}

function readGoString(exe: Executable, hdrAddr: number): Uint8Array {
  const data = readWord(exe, hdrAddr);
  const len = readWord(exe, hdrAddr + exe.ptrSize);
  if (data === undefined || len === undefined || len > SEARCH_LIMIT) return NO_BYTES;
  return tryReadAddr(exe, data, len) ?? NO_BYTES;
}

/** Reads the raw (version, modinfo) pair; undefined when the file has no build info. */
export function readRawBuildInfo(
  exe: Executable,
): { version: string; mod: string; offset?: number } | undefined {
  const ds = dataStart(exe);
  if (ds === undefined || ds.size === 0) return undefined;
  const at = findMagic(exe, ds.addr, ds.size);
  if (at === undefined) return undefined;
  const h = tryReadAddr(exe, at, HEADER_SIZE);
  if (h === undefined) return undefined;
  const flags = h[15]!;
  let version: Uint8Array;
  let mod: Uint8Array;
  if ((flags & 2) !== 0) {
    const v = readInlineString(exe, at + HEADER_SIZE);
    if (v === undefined) return undefined;
    const m = readInlineString(exe, v.next);
    // Go refuses a blob whose module text cannot be read (go1.26 debug/buildinfo decodeString).
    if (m === undefined) return undefined;
    version = v.s;
    mod = m.s;
  } else {
    const ptrSize = h[14]!;
    if (ptrSize !== 4 && ptrSize !== 8) return undefined;
    const dv = new DataView(h.buffer, h.byteOffset, h.byteLength);
    const le = (flags & 1) === 0;
    const ptr = (o: number) =>
      ptrSize === 8 ? Number(dv.getBigUint64(o, le)) : dv.getUint32(o, le);
    version = readGoString(exe, ptr(16));
    mod = readGoString(exe, ptr(16 + ptrSize));
  }
  if (version.length === 0) return undefined;
  // The sentinels around the module text are bytes, not text: cut them before decoding.
  const text =
    mod.length >= 33 && mod[mod.length - 17] === 0x0a
      ? utf8.decode(mod.subarray(16, mod.length - 16))
      : "";
  return { version: utf8.decode(version), mod: text, offset: addrToOffset(exe, at)?.offset };
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

/** runtime/debug's quoteKey and quoteValue (go1.26 runtime/debug/mod.go). */
const KEY_NEEDS_QUOTES = /[= \t\r\n"`]/;
const VALUE_NEEDS_QUOTES = /[ \t\r\n"`]/;

/**
 * runtime/debug.ParseBuildInfo (go1.26 runtime/debug/mod.go), keeping the raw text of settings.
 * Unknown lines are skipped; a line Go refuses throws `corrupt build info: line N: …`, so that
 * `buildinfo` refuses what `go version -m` refuses.
 */
export function parseModInfo(goVersion: string, mod: string): BuildInfo {
  const bi: BuildInfo = { goVersion, path: "", deps: [], settings: [], raw: mod };
  let last: Module | undefined;
  let lineNum = 1;
  const refuse = (why: string): never => {
    throw corrupt(`build info: line ${lineNum}: ${why}`);
  };
  const module = (cols: string[]): Module =>
    cols.length === 2 || cols.length === 3
      ? { path: cols[0]!, version: cols[1]!, sum: cols[2] ?? "" }
      : refuse(`expected 2 or 3 columns; got ${cols.length}`);
  const lines = mod.split("\n");
  lines.pop(); // text after the last newline is not a line (ParseBuildInfo stops there)
  for (const line of lines) {
    if (line.startsWith("path\t")) bi.path = line.slice(5);
    else if (line.startsWith("mod\t")) {
      bi.main = module(line.slice(4).split("\t"));
      last = bi.main;
    } else if (line.startsWith("dep\t")) {
      last = module(line.slice(4).split("\t"));
      bi.deps.push(last);
    } else if (line.startsWith("=>\t")) {
      const cols = line.slice(3).split("\t");
      if (cols.length !== 3) refuse(`expected 3 columns for replacement; got ${cols.length}`);
      if (last === undefined) return refuse("replacement with no module on previous line");
      last.replace = { path: cols[0]!, version: cols[1]!, sum: cols[2]! };
      last = undefined;
    } else if (line.startsWith("build\t")) {
      bi.settings.push(buildSetting(line.slice(6), refuse));
    }
    lineNum++;
  }
  return bi;
}

/** One `build\tKEY=VALUE` line, checked as ParseBuildInfo checks it. */
function buildSetting(kv: string, refuse: (why: string) => never): BuildSetting {
  if (kv.length < 1) refuse("build line missing '='");
  if (kv[0] === "=") refuse("build line with missing key");
  let rawKey: string;
  let key: string;
  let rawValue: string;
  if (kv[0] === '"' || kv[0] === "`") {
    const end = quotedPrefixEnd(kv);
    const unquoted = end < 0 ? undefined : goUnquote(kv.slice(0, end));
    if (unquoted === undefined) return refuse("invalid quoted key in build line");
    if (end === kv.length) refuse("build line missing '=' after quoted key");
    if (kv[end] !== "=")
      refuse(`unexpected character after quoted key: ${JSON.stringify(kv[end])}`);
    rawKey = kv.slice(0, end);
    key = unquoted;
    rawValue = kv.slice(end + 1);
  } else {
    const eq = kv.indexOf("=");
    if (eq < 0) refuse("build line missing '=' after key");
    rawKey = kv.slice(0, eq);
    key = rawKey;
    if (key === "" || KEY_NEEDS_QUOTES.test(key))
      refuse(`unquoted key ${JSON.stringify(key)} must be quoted`);
    rawValue = kv.slice(eq + 1);
  }
  let value = rawValue;
  if (rawValue[0] === '"' || rawValue[0] === "`") {
    const unquoted = goUnquote(rawValue);
    if (unquoted === undefined) return refuse("invalid quoted value in build line");
    value = unquoted;
  } else if (VALUE_NEEDS_QUOTES.test(rawValue)) {
    refuse(`unquoted value ${JSON.stringify(rawValue)} must be quoted`);
  }
  return { key, value, rawKey, rawValue };
}

/**
 * The build info, or undefined when the file has none; a damaged one throws `corrupt build
 * info … at offset 0x…` (the blob's offset).
 */
export function readBuildInfo(exe: Executable): BuildInfo | undefined {
  if (exe.format === "elf") checkElfAsGoDoes(exe.source);
  const raw = readRawBuildInfo(exe);
  if (raw === undefined) return undefined;
  try {
    return parseModInfo(raw.version, raw.mod);
  } catch (error) {
    if (!(error instanceof BinaryError) || raw.offset === undefined) throw error;
    throw corrupt(error.message.replace(/^corrupt /, ""), raw.offset);
  }
}

const SHORT_ESCAPES: Record<string, string> = {
  "\u0007": "\\a",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\v": "\\v",
  '"': '\\"',
  "\\": "\\\\",
};
/** What Go's unicode.IsPrint refuses (besides ASCII space, which it allows). */
const NOT_PRINT = /[\p{C}\p{Z}]/u;

/** strconv.Quote: `"…"` with Go's escapes. */
export function goQuote(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    const short = SHORT_ESCAPES[ch];
    if (short !== undefined) out += short;
    else if (ch === " " || !NOT_PRINT.test(ch)) out += ch;
    else if (code < 0x80) out += `\\x${code.toString(16).padStart(2, "0")}`;
    else if (code < 0x10000) out += `\\u${code.toString(16).padStart(4, "0")}`;
    else out += `\\U${code.toString(16).padStart(8, "0")}`;
  }
  return `${out}"`;
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
  // As BuildInfo.String writes them: quoted where they must be (a damaged file's raw text may
  // hold a carriage return or a control character that Go prints escaped).
  for (const s of bi.settings) {
    const key = KEY_NEEDS_QUOTES.test(s.key) || s.key === "" ? goQuote(s.key) : s.key;
    const value = VALUE_NEEDS_QUOTES.test(s.value) ? goQuote(s.value) : s.value;
    out += `build\t${key}=${value}\n`;
  }
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
