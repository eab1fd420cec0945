// What a Go function name is made of, and whose code it is.

/** A function name split into its parts, as printed (escapes such as `%2e` kept). */
export interface Func {
  /** Package path as printed: `github.com/x/y`, `main`, `gopkg.in/yaml%2ev2`; empty for names
   * outside any package (`panic`, the C functions of Go ≤1.4, linker and compiler symbols). */
  pkg: string;
  /** Receiver type without parentheses or type arguments: `*T`, `T`, `*Stack`; or empty. */
  receiver: string;
  /** The function or method: `Sum`, `main`, `glob.` (package-level initialisers); empty for a
   * Go ≤1.4 package-level closure (`main.func·001`); the whole name when there is no package. */
  name: string;
  /** What follows the name, as printed: `func1.2`, `gowrap1`, `deferwrap1`, `-range1`, `-fm`,
   * `0` (init.0), `·dwrap·21` (go1.17), `·1` (init·1, Go ≤1.4); for a closure inlined into
   * another function (go1.21+) the inlined function's name comes first: `closures.func1.func5`. */
  closure: string;
  /** The type arguments of a generic instantiation, from the first `[` to the last `]`, as the
   * runtime cuts them (runtime/traceback.go funcNamePiecesForPrint): `[...]` in tracebacks,
   * `[go.shape.int]` in binaries; empty when not generic. */
  typeArgs: string;
}

/** Whose code a function is. */
export type CodeOwner =
  /** The runtime's own machinery: runtime, runtime/…, internal/…, panic, throw helpers, the
   * compiler's and linker's generated symbols, functions outside any package. */
  | "runtime"
  /** Any other package of the Go standard library (including GOROOT's vendor/). */
  | "stdlib"
  /** A module the program depends on: code in the module cache (`…@v1.2.3/`) or vendored. */
  | "dependency"
  /** The program's own code. */
  | "program";
