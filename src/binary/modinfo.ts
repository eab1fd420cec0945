// The module text of a build-info blob, read and written as Go's runtime/debug reads and
// writes it (go1.26 runtime/debug/mod.go: ParseBuildInfo, BuildInfo.String, and the strconv
// quoting they use), so that `buildinfo` prints exactly what `go version -m` prints and
// refuses what it refuses.

import { corrupt } from "../bytes/decode-error.js";
import type { BuildInfo, BuildSetting, Module } from "./buildinfo.js";

const utf8 = new TextDecoder("utf-8");

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
