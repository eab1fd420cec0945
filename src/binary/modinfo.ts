// The module text of a build-info blob, read and written as Go's runtime/debug reads and
// writes it (go1.26 runtime/debug/mod.go: ParseBuildInfo, BuildInfo.String, and the strconv
// quoting they use), so that `buildinfo` prints exactly what `go version -m` prints and
// refuses what it refuses.

import { corrupt } from "../bytes/decode-error.js";
import type { BuildInfo, BuildSetting, Module } from "./buildinfo.js";
import { goDisplay, goQuoteBytes, goUnquoteBytes, goUnquotePrefix } from "./go-utf8.js";

/** strconv.Unquote of a (display) string; undefined where Go returns ErrSyntax. */
export function goUnquote(s: string): string | undefined {
  const bytes = Buffer.from(s, "utf8").toString("latin1");
  const value = goUnquoteBytes(bytes);
  return value === undefined ? undefined : goDisplay(value);
}

/** strconv.Quote of a (display) string. */
export function goQuote(text: string): string {
  return goDisplay(goQuoteBytes(Buffer.from(text, "utf8").toString("latin1")));
}

/** runtime/debug's quoteKey and quoteValue (go1.26 runtime/debug/mod.go). */
const KEY_NEEDS_QUOTES = /[= \t\r\n"`]/;
const VALUE_NEEDS_QUOTES = /[ \t\r\n"`]/;

/**
 * runtime/debug.ParseBuildInfo (go1.26 runtime/debug/mod.go). `goVersion` and `mod` are byte
 * strings (one char per byte, as Go's strings are bytes: go-utf8.ts); what it returns is
 * display text, settings with the form BuildInfo.String prints. Unknown lines are skipped; a
 * line Go refuses throws `corrupt build info: line N: …`, so that `buildinfo` refuses what
 * `go version -m` refuses.
 */
export function parseModInfo(goVersion: string, mod: string, textOffset?: number): BuildInfo {
  const bi: BuildInfo = {
    goVersion: goDisplay(goVersion),
    path: "",
    deps: [],
    settings: [],
    raw: goDisplay(mod),
  };
  let last: Module | undefined;
  let lineNum = 1;
  // Where the line starts in the file, when the text's own offset is known (one char per byte).
  let lineStart = 0;
  const refuse = (why: string): never => {
    const at = textOffset === undefined ? undefined : textOffset + lineStart;
    throw corrupt(`build info: line ${lineNum}: ${why}`, at);
  };
  const module = (cols: string[]): Module =>
    cols.length === 2 || cols.length === 3
      ? { path: goDisplay(cols[0]!), version: goDisplay(cols[1]!), sum: goDisplay(cols[2] ?? "") }
      : refuse(`expected 2 or 3 columns; got ${cols.length}`);
  const lines = mod.split("\n");
  lines.pop(); // text after the last newline is not a line (ParseBuildInfo stops there)
  for (const line of lines) {
    if (line.startsWith("path\t")) bi.path = goDisplay(line.slice(5));
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
      last.replace = module(cols);
      last = undefined;
    } else if (line.startsWith("build\t")) {
      bi.settings.push(buildSetting(line.slice(6), refuse));
    }
    lineNum++;
    lineStart += line.length + 1;
  }
  return bi;
}

/** One `build\tKEY=VALUE` line, checked as ParseBuildInfo checks it (bytes in). */
function buildSetting(kv: string, refuse: (why: string) => never): BuildSetting {
  if (kv.length < 1) refuse("build line missing '='");
  if (kv[0] === "=") refuse("build line with missing key");
  let key: string;
  let rawValue: string;
  if (kv[0] === '"' || kv[0] === "`") {
    const prefix = goUnquotePrefix(kv);
    if (prefix === undefined) return refuse("invalid quoted key in build line");
    if (prefix.rest === "") refuse("build line missing '=' after quoted key");
    if (prefix.rest[0] !== "=")
      refuse(`unexpected character after quoted key: ${goQuoteBytes(prefix.rest[0]!)}`);
    key = prefix.value;
    rawValue = prefix.rest.slice(1);
  } else {
    const eq = kv.indexOf("=");
    if (eq < 0) refuse("build line missing '=' after key");
    key = kv.slice(0, eq);
    if (key === "" || KEY_NEEDS_QUOTES.test(key))
      refuse(`unquoted key ${goDisplay(goQuoteBytes(key))} must be quoted`);
    rawValue = kv.slice(eq + 1);
  }
  let value = rawValue;
  if (rawValue[0] === '"' || rawValue[0] === "`") {
    const unquoted = goUnquoteBytes(rawValue);
    if (unquoted === undefined) return refuse("invalid quoted value in build line");
    value = unquoted;
  } else if (VALUE_NEEDS_QUOTES.test(rawValue)) {
    refuse(`unquoted value ${goDisplay(goQuoteBytes(rawValue))} must be quoted`);
  }
  // As BuildInfo.String writes them: quoted where they must be (a damaged file's text may hold
  // a carriage return, a control character or an invalid byte that Go prints escaped).
  const printedKey = key === "" || KEY_NEEDS_QUOTES.test(key) ? goQuoteBytes(key) : key;
  const printedValue = VALUE_NEEDS_QUOTES.test(value) ? goQuoteBytes(value) : value;
  return {
    key: goDisplay(key),
    value: goDisplay(value),
    rawKey: goDisplay(printedKey),
    rawValue: goDisplay(printedValue),
  };
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
  const main = bi.main;
  // `bi.Main != (Module{})`: a replacement alone makes the line.
  if (
    main !== undefined &&
    (main.path !== "" || main.version !== "" || main.sum !== "" || main.replace !== undefined)
  )
    fmt("mod", main);
  for (const d of bi.deps) fmt("dep", d);
  for (const s of bi.settings) out += `build\t${s.rawKey}=${s.rawValue}\n`;
  return out;
}
