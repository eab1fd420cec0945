// What a message is when no rule names it: the program's own panic value, a runtime
// error of a newer Go, or a fatal error the catalogue does not know.

import { type Rule, rule, type Values } from "../rule.js";
import type { Explanation } from "../types.js";

/** How the runtime prints values it formats itself (printpanicval, go1.15+ for named types). */
// (A type may hold one parenthesised part, as in `func(int) error`: unambiguous, linear.)
const COMPOSITE = /^\((?<valueType>[^()]+(?:\([^()]*\)[^()]*)?)\) (?<valueAddress>0x[0-9a-f]+)$/;
const NAMED_BASIC =
  /^(?<valueType>[\w./-]+(?:\[[^\]]*\])?)\((?<namedValue>"(?:[^"\\]|\\.)*"|[^()"]*)\)$/;

/** What the printed form of a program's panic value says about the value. */
export function readPanicValue(value: string): Values {
  const first = value.startsWith("\n") ? value.replace(/^\n+/, "") : value;
  const line = (first.split("\n", 1)[0] as string).trimEnd();
  const text = line.length > 1000 ? line.slice(0, 1000) : line;
  const match = COMPOSITE.exec(text) ?? NAMED_BASIC.exec(text);
  const values: Values = {};
  for (const [name, found] of Object.entries(match?.groups ?? {})) {
    if (found !== undefined) values[name] = found;
  }
  if (match === null) values.value = text.length > 200 ? `${text.slice(0, 199)}…` : text;
  return values;
}

const CUSTOM: Explanation = {
  title: "Panic with the program's own value",
  what: "Code called `panic(v)` with its own value — an error it could not handle, a violated invariant, or a `Must…` helper failing. The runtime had nothing to do with the decision; the crash site is the `panic` call (or the `Must` helper's caller), and the value is what the code chose to say.",
  mechanism: [
    {
      text: "`panic(v)` unwinds the goroutine running deferred calls; if no deferred `recover()` stops it, the program prints the value and exits with status 2. Before printing, an `error` value is printed with `Error()` and a `fmt.Stringer` with `String()`; a string is printed as is; other values by the runtime itself, not by fmt: numbers in decimal (floats as `+1.500000e+000`), a named basic type as `T(value)` (go1.15+), and anything else — structs, pointers, slices, maps — as `(T) 0xADDRESS`, the address of the value and not its contents.",
    },
    {
      since: "go1.23",
      text: "Multi-line values are printed with a tab after each newline, so they cannot be mistaken for traceback lines.",
    },
  ],
  causes: [
    "An unexpected error from a dependency turned into a panic (`if err != nil { panic(err) }`), often at start-up (configuration, listening on a port).",
    "A `Must…` helper (`template.Must`, `regexp.MustCompile`, a project's own `must(err)`) given a failing input.",
    "An invariant check in the program's own code.",
    "A library panicking on misuse (its message usually names the library).",
  ],
  fix: "Read the value and the `panic` call at the crash site: return the error to the caller instead of panicking where the situation can happen in production, and keep panics for programming errors. For `(T) 0x…` values, panic with an error or a string that says what went wrong, since the address tells nothing.",
  example: `ln, err := net.Listen("tcp", addr)
if err != nil {
	return fmt.Errorf("listen %s: %w", addr, err) // not panic(err)
}`,
  confirm: [
    "The crash site (`frame`, or `root cause` for a chain) is the `panic` call; its caller decided to panic.",
    "`grep -rn 'panic(' .` near that code, and the error the value wraps, tell the story.",
  ],
};

const RUNTIME_ERROR: Explanation = {
  title: "Runtime error not in the catalogue",
  what: "The runtime raised a `runtime.Error` (the value starts with `runtime error:`) whose text panicscope's catalogue does not know — most likely from a Go release newer than the catalogue, or from a rare path. It is recoverable like other runtime errors, and the crash site is the operation that failed.",
  mechanism: [
    {
      text: "Runtime errors are panics raised by the runtime on the program's behalf (bounds, nil, conversions, arithmetic); `recover` catches them.",
    },
  ],
  causes: ["An operation the runtime checks at run time failed on the crash site's line."],
  fix: "Read the message and the crash site's line together; search the Go source (`src/runtime`) for the text to find the check.",
  example: `// grep the runtime for the message text:
//   grep -rn "the message" "$(go env GOROOT)/src/runtime"`,
  confirm: [
    "`grep -rn '<message>' $(go env GOROOT)/src/runtime` finds the check and its conditions",
  ],
};

const FATAL: Explanation = {
  title: "Fatal error not in the catalogue",
  what: "The runtime stopped the program with a `fatal error:` whose text panicscope's catalogue does not know. A `fatal error:` cannot be recovered. Unknown texts are almost always runtime invariant failures (memory corruption, unsafe or cgo misuse, or a runtime bug), or come from a Go release newer than the catalogue.",
  mechanism: [
    {
      text: "`throw` (runtime invariants) and `fatal` (go1.19+, errors the runtime blames on the program) print the message and the goroutines and exit with status 2. A throw prints the runtime's own frames with pc/sp, which show where the invariant broke.",
    },
  ],
  causes: [
    "Memory corruption (data races, unsafe.Pointer misuse, cgo).",
    "A runtime bug in the Go release used.",
  ],
  fix: "Search the Go source and issue tracker for the exact text; run the race detector and checkptr to rule out corruption; upgrade to the latest patch release of your Go version.",
  example: `//   grep -rn "the message" "$(go env GOROOT)/src/runtime"
//   go test -race -gcflags=all=-d=checkptr ./...`,
  confirm: [
    "`grep -rn '<message>' $(go env GOROOT)/src` finds the throw",
    "Search https://github.com/golang/go/issues for the message",
  ],
};

export const FALLBACK_RULES: Rule[] = [
  rule({
    id: "custom-panic",
    category: "custom-panic",
    kind: "user-panic",
    recoverable: true,
    since: "go1.0",
    summary: (v) =>
      v.valueAddress !== undefined
        ? `The program panicked with a ${v.valueType} value; Go printed its address (${v.valueAddress}), not its contents.`
        : v.namedValue !== undefined
          ? `The program panicked with a value of type ${v.valueType}: ${v.namedValue}.`
          : v.value === undefined
            ? "The program's own code panicked; the text does not hold the value."
            : `The program's own code panicked with «${v.value}».`,
    explanation: CUSTOM,
  }),
  rule({
    id: "runtime-error-unknown",
    category: "other",
    kind: "runtime-error",
    since: "go1.0",
    pattern: /^runtime error: (?<error>.+)$/,
    explanation: RUNTIME_ERROR,
  }),
  rule({
    id: "fatal-unknown",
    category: "other",
    kind: "runtime-throw",
    since: "go1.0",
    pattern: /^(?<error>.+)$/,
    explanation: FATAL,
  }),
];
