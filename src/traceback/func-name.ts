// Go function names as tracebacks print them, and where their code lives.

import type { FrameLocation, Func } from "../model.js";

/**
 * Top-level directories of the Go standard library (GOROOT/src), go1.17 → go1.27.
 * A function whose import path starts with one of these (and has no dot in its first
 * element, as every module path outside the standard library does) is the standard library's.
 */
const STDLIB_ROOTS = new Set([
  "archive",
  "arena",
  "bufio",
  "builtin",
  "bytes",
  "cmd",
  "cmp",
  "compress",
  "container",
  "context",
  "crypto",
  "database",
  "debug",
  "embed",
  "encoding",
  "errors",
  "expvar",
  "flag",
  "fmt",
  "go",
  "hash",
  "html",
  "image",
  "index",
  "internal",
  "io",
  "iter",
  "log",
  "maps",
  "math",
  "mime",
  "net",
  "os",
  "path",
  "plugin",
  "reflect",
  "regexp",
  "runtime",
  "slices",
  "sort",
  "strconv",
  "strings",
  "structs",
  "sync",
  "syscall",
  "testing",
  "text",
  "time",
  "unicode",
  "unique",
  "unsafe",
  "vendor",
  "weak",
]);

/**
 * Functions outside runtime/internal that exist only to crash the program: the runtime's
 * throw helpers linked into other packages (go1.17–1.18 `sync.throw`, go1.19+ `sync.fatal`).
 */
const THROW_HELPERS = new Set(["sync.throw", "sync.fatal"]);

/** Index where the package path ends: the first '.' after the last '/' (brackets skipped). */
function packageEnd(name: string): number {
  let lastSlash = -1;
  let depth = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 0x5b /* [ */) depth++;
    else if (c === 0x5d /* ] */) depth--;
    else if (c === 0x28 /* ( */ && depth === 0) break;
    else if (c === 0x2f /* / */ && depth === 0) lastSlash = i;
  }
  const dot = name.indexOf(".", lastSlash + 1);
  return dot === -1 ? name.length : dot;
}

/** The import path of a function's package: `github.com/x/y` for `github.com/x/y.(*T).M`. */
export function packageOf(func: string): string {
  return func.slice(0, packageEnd(func));
}

/**
 * Classifies a printed function name. Called for every frame of every goroutine, so it
 * avoids hashing the whole name: prefix checks first, then one short lookup of the
 * package path's first element.
 */
export function locationOf(func: string): FrameLocation {
  const c = func.charCodeAt(0);
  if (c === 0x6d /* m */ && func.startsWith("main.")) return "user";
  if (c === 0x72 /* r */ && (func.startsWith("runtime.") || func.startsWith("runtime/")))
    return "runtime";
  if (c === 0x69 /* i */ && func.startsWith("internal/")) return "runtime";
  if (c === 0x70 /* p */ && func === "panic") return "runtime";
  if (c === 0x73 /* s */ && THROW_HELPERS.has(func)) return "runtime";
  const slash = func.indexOf("/");
  const dot = func.indexOf(".");
  // A dot before the first slash is a domain (github.com/…): never the standard library.
  if (slash !== -1 && dot !== -1 && dot < slash) return "user";
  // No package at all: a function of the C runtime of Go ≤1.4 (`stopm`, `runfinq`).
  if (dot === -1 && slash === -1) return "runtime";
  const rootEnd = slash === -1 ? dot : slash;
  if (rootEnd === -1) return "user";
  return STDLIB_ROOTS.has(func.slice(0, rootEnd)) ? "stdlib" : "user";
}

/** Splits a printed function name into package, receiver, name, closure suffixes. */
export function parseFunc(func: string): Func {
  const end = packageEnd(func);
  const pkg = func.slice(0, end);
  let rest = end < func.length ? func.slice(end + 1) : "";
  let receiver = "";
  if (rest.startsWith("(")) {
    const close = rest.indexOf(").");
    if (close !== -1) {
      receiver = rest.slice(1, close);
      rest = rest.slice(close + 2);
    }
  } else {
    // Value receivers print without parentheses: pkg.T.Method. A type starts with an upper-case
    // letter or is generic; a method set is then followed by a name. Only treat the first
    // segment as a receiver when a second, non-closure segment follows.
    const dot = indexOfOutsideBrackets(rest, ".");
    if (dot !== -1) {
      const first = rest.slice(0, dot);
      const second = rest.slice(dot + 1).split(".")[0] ?? "";
      if (second !== "" && !isClosureSegment(second) && !/^\d/.test(second)) {
        receiver = first;
        rest = rest.slice(dot + 1);
      }
    }
  }
  const dot = indexOfOutsideBrackets(rest, ".");
  const name = dot === -1 ? rest : rest.slice(0, dot);
  const closure = dot === -1 ? "" : rest.slice(dot + 1);
  return {
    pkg,
    receiver,
    name,
    closure,
    generic: func.includes("["),
  };
}

function isClosureSegment(segment: string): boolean {
  return /^(func|gowrap|deferwrap)\d+$/.test(segment);
}

function indexOfOutsideBrackets(s: string, ch: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "[") depth++;
    else if (c === "]") depth--;
    else if (c === ch && depth === 0) return i;
  }
  return -1;
}
