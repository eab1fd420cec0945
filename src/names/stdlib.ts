// Which import paths are the Go standard library's.

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

/** Whether the first element of an import path (`net` of `net/http`) is a standard root. */
export function isStdlibRoot(firstElement: string): boolean {
  return STDLIB_ROOTS.has(firstElement);
}
