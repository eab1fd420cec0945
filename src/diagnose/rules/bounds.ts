// Index and slice expressions out of bounds (runtime/error.go boundsError, go1.13+; the
// texts without values before). Formats: boundsErrorFmts / boundsNegErrorFmts, where %x is
// the offending index and %y the length, capacity or other bound.

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const CONFIRM_BOUNDS = [
  "Open the crash site (`frame` above) and check every index and slice expression on that line against the values printed in the message.",
  "Add a test with the input that crashed; `go test -run TestName -v ./pkg` reproduces it in isolation.",
  "`go vet ./...` catches some constant out-of-range indexes; fuzzing (`go test -fuzz=FuzzX`) finds the input-dependent ones.",
];

const INDEX: Explanation = {
  title: "Index out of range",
  what: "An index expression `a[i]` used an index that is negative or not below the length of the slice, array or string. Go checks every index at run time (unless the compiler proves it safe) and panics instead of reading past the end.",
  mechanism: [
    {
      since: "go1.13",
      text: "The compiler inserts a bounds check before the access; when it fails it calls `runtime.panicIndex` (or `panicIndexU` for unsigned indexes), which panics with a `runtime.boundsError` printed as `index out of range [i] with length n`. A negative signed index prints without the length: `index out of range [-1]`.",
    },
    {
      until: "go1.12",
      text: "Before go1.13 the same check panicked with the bare text `index out of range`, without the index or the length: only the crash site tells which expression failed.",
    },
  ],
  causes: [
    "Reading the first element (`s[0]`) of an empty slice: an empty result, an empty `strings.Split` field, no command-line arguments (`os.Args[1]`).",
    "An off-by-one loop bound (`i <= len(s)`), or an index computed from another slice's length.",
    "A slice shared between goroutines and shrunk by one while another indexes it (a data race).",
    "`-1` from `strings.Index`/`bytes.IndexByte` used as an index without checking it.",
  ],
  fix: "Check the length before indexing, and decide what an empty or short input means for the caller (return an error rather than index blindly). Where the index comes from a search, test for -1 first.",
  example: `if len(args) < 2 {
	return fmt.Errorf("usage: %s FILE", args[0])
}
name := args[1]

if i := strings.Index(s, ":"); i >= 0 {
	key, value = s[:i], s[i+1:]
}`,
  confirm: CONFIRM_BOUNDS,
};

const SLICE: Explanation = {
  title: "Slice bounds out of range",
  what: "A slice expression `s[low:high]` or `s[low:high:max]` used bounds that do not fit: each bound must be between 0 and the capacity (the length, for strings and arrays), and `low <= high <= max`.",
  mechanism: [
    {
      since: "go1.13",
      text: "The compiler checks the bounds before building the slice header and calls `runtime.panicSlice*` on failure. The message says which check failed: `[:h] with capacity c` (high bound past the capacity), `[:h] with length n` (past the length of a string or array), `[l:h]` (low bound greater than high bound), `[::m] with capacity c`, `[:h:m]` (high greater than max), `[l:h:]` (low greater than high) in three-index slices; a negative bound prints alone, e.g. `[-1:]`.",
    },
    {
      until: "go1.12",
      text: "Before go1.13 every such failure printed `slice bounds out of range` with no values.",
    },
  ],
  causes: [
    "Cutting a fixed-size prefix or header (`buf[:4]`, `s[:n]`) from input that is shorter than expected.",
    "Using a count returned by `Read` or a length field read from the input without checking it against what was actually read.",
    "Computing `low` after `high` from two searches (`s[i:j]` with `j < i`), e.g. when a closing delimiter comes before the opening one.",
    "A slice reused or truncated by another goroutine while this one slices it (a data race).",
  ],
  fix: "Validate the bounds against `len` (or `cap`) before slicing, and treat short input as an error. For `Read`, slice by the count returned (`buf[:n]`), and use `io.ReadFull` when a fixed size is required.",
  example: `if len(buf) < headerSize {
	return nil, fmt.Errorf("short header: %d bytes", len(buf))
}
hdr := buf[:headerSize]

n, err := r.Read(buf)
data := buf[:n] // never buf[:size]`,
  confirm: CONFIRM_BOUNDS,
};

const CONVERT: Explanation = {
  title: "Slice too short to convert to an array",
  what: "A conversion of a slice to an array or an array pointer (`[N]T(s)`, `(*[N]T)(s)`) found fewer than N elements in the slice. The conversion needs at least N elements and panics otherwise.",
  mechanism: [
    {
      since: "go1.20",
      text: "Both conversions exist (slice to array since go1.20) and share the check `runtime.panicSliceConvert`: `cannot convert slice with length n to array or pointer to array with length N`.",
    },
    {
      since: "go1.17",
      until: "go1.19",
      text: "Only slice-to-array-pointer conversion existed (go1.17); the text was `cannot convert slice with length n to pointer to array with length N`.",
    },
  ],
  causes: [
    "Converting a fixed-size key, hash or header out of input that was shorter than expected.",
    "Assuming `len(s) == N` after a read that returned fewer bytes.",
  ],
  fix: "Check `len(s) >= N` before converting, or copy into an array with `copy(arr[:], s)`, which copies what is there without panicking.",
  example: `if len(b) < 32 {
	return errors.New("key must be 32 bytes")
}
key := [32]byte(b)`,
  confirm: CONFIRM_BOUNDS,
};

const IN_RUNTIME: Explanation = {
  title: "Bounds check failed inside the runtime",
  what: "A bounds check failed while the runtime itself was running (in code that is not allowed to panic), so the runtime threw instead of panicking. The plain text (`index out of range`, `slice bounds out of range`, …) with `fatal error:` marks this case.",
  mechanism: [
    {
      since: "go1.13",
      text: "`runtime.panicCheck1` turns a bounds failure into `throw(<text>)` when the faulting PC is inside the runtime package: a runtime bug, or runtime memory corrupted by unsafe code, cgo or a data race.",
    },
  ],
  causes: [
    "Memory corruption: unsafe.Pointer misuse, C code writing Go memory, data races on slices or interfaces.",
    "A runtime bug (rare; search the Go issue tracker for the top runtime frames).",
  ],
  fix: "Look for corruption first: run the tests with `-race`, build with `-gcflags=all=-d=checkptr`, and check cgo code. If the program is clean, report the crash to the Go project with the full output.",
  example: `// Run the program or its tests with the race detector and pointer checks:
//   go test -race -gcflags=all=-d=checkptr ./...`,
  confirm: [
    "`go test -race ./...` or `go run -race .`",
    "`go build -gcflags=all=-d=checkptr` to check unsafe.Pointer conversions",
    "`GODEBUG=invalidptr=1` (the default) and `GODEBUG=gccheckmark=1` to find bad pointers sooner",
  ],
};

export const BOUNDS_RULES: Rule[] = [
  rule({
    id: "index-out-of-range",
    category: "index-out-of-range",
    kind: "runtime-error",
    since: "go1.13",
    replaced: "`runtime error: index out of range` (go1.0–go1.12, without values)",
    pattern: /^runtime error: index out of range \[(?<index>\d+)\] with length (?<length>\d+)$/,
    summary: (v) => `Index ${v.index} was used on something of length ${v.length}.`,
    explanation: INDEX,
  }),
  rule({
    id: "index-out-of-range-negative",
    category: "index-out-of-range",
    kind: "runtime-error",
    since: "go1.13",
    pattern: /^runtime error: index out of range \[(?<index>-\d+)\]$/,
    summary: (v) => `A negative index (${v.index}) was used.`,
    explanation: INDEX,
  }),
  rule({
    id: "index-out-of-range-legacy",
    category: "index-out-of-range",
    kind: "runtime-error",
    since: "go1.0",
    until: "go1.12",
    pattern: /^runtime error: index out of range$/,
    summary: () => "An index was out of range (Go before 1.13 does not print which one).",
    explanation: INDEX,
  }),
  rule({
    id: "slice-bounds-alen",
    category: "slice-bounds",
    kind: "runtime-error",
    since: "go1.13",
    pattern:
      /^runtime error: slice bounds out of range \[:(?<high>\d+)\] with length (?<length>\d+)$/,
    summary: (v) =>
      `A slice expression asked for [:${v.high}] of a string or array of length ${v.length}.`,
    explanation: SLICE,
  }),
  rule({
    id: "slice-bounds-acap",
    category: "slice-bounds",
    kind: "runtime-error",
    since: "go1.13",
    pattern:
      /^runtime error: slice bounds out of range \[:(?<high>\d+)\] with capacity (?<capacity>\d+)$/,
    summary: (v) =>
      `A slice expression asked for [:${v.high}] of a slice with capacity ${v.capacity}.`,
    explanation: SLICE,
  }),
  rule({
    id: "slice-bounds-b",
    category: "slice-bounds",
    kind: "runtime-error",
    since: "go1.13",
    pattern: /^runtime error: slice bounds out of range \[(?<low>\d+):(?<high>\d+)\]$/,
    summary: (v) => `The low bound ${v.low} is greater than the high bound ${v.high}.`,
    explanation: SLICE,
  }),
  rule({
    id: "slice3-bounds-alen",
    category: "slice-bounds",
    kind: "runtime-error",
    since: "go1.13",
    pattern:
      /^runtime error: slice bounds out of range \[::(?<max>\d+)\] with length (?<length>\d+)$/,
    summary: (v) => `A three-index slice asked for max ${v.max} of an array of length ${v.length}.`,
    explanation: SLICE,
  }),
  rule({
    id: "slice3-bounds-acap",
    category: "slice-bounds",
    kind: "runtime-error",
    since: "go1.13",
    pattern:
      /^runtime error: slice bounds out of range \[::(?<max>\d+)\] with capacity (?<capacity>\d+)$/,
    summary: (v) =>
      `A three-index slice asked for max ${v.max} of a slice with capacity ${v.capacity}.`,
    explanation: SLICE,
  }),
  rule({
    id: "slice3-bounds-b",
    category: "slice-bounds",
    kind: "runtime-error",
    since: "go1.13",
    pattern: /^runtime error: slice bounds out of range \[:(?<high>\d+):(?<max>\d+)\]$/,
    summary: (v) => `In s[:${v.high}:${v.max}] the high bound is greater than max.`,
    explanation: SLICE,
  }),
  rule({
    id: "slice3-bounds-c",
    category: "slice-bounds",
    kind: "runtime-error",
    since: "go1.13",
    pattern: /^runtime error: slice bounds out of range \[(?<low>\d+):(?<high>\d+):\]$/,
    summary: (v) => `In s[${v.low}:${v.high}:…] the low bound is greater than the high bound.`,
    explanation: SLICE,
  }),
  rule({
    id: "slice-bounds-negative",
    category: "slice-bounds",
    kind: "runtime-error",
    since: "go1.13",
    pattern: /^runtime error: slice bounds out of range \[(?<form>(?::|::)?-\d+(?::|::)?)\]$/,
    summary: (v) => `A slice expression used a negative bound: [${v.form}].`,
    explanation: SLICE,
  }),
  rule({
    id: "slice-bounds-legacy",
    category: "slice-bounds",
    kind: "runtime-error",
    since: "go1.0",
    until: "go1.12",
    pattern: /^runtime error: slice bounds out of range$/,
    summary: () => "Slice bounds were out of range (Go before 1.13 does not print which ones).",
    explanation: SLICE,
  }),
  rule({
    id: "slice-to-array-conversion",
    category: "slice-bounds",
    kind: "runtime-error",
    since: "go1.20",
    replaced:
      "`cannot convert slice with length Y to pointer to array with length X` (go1.17–go1.19)",
    pattern:
      /^runtime error: cannot convert slice with length (?<length>\d+) to array or pointer to array with length (?<arrayLength>\d+)$/,
    summary: (v) =>
      `A slice of length ${v.length} was converted to an array of length ${v.arrayLength}.`,
    explanation: CONVERT,
  }),
  rule({
    id: "slice-to-array-pointer-conversion-legacy",
    category: "slice-bounds",
    kind: "runtime-error",
    since: "go1.17",
    until: "go1.19",
    pattern:
      /^runtime error: cannot convert slice with length (?<length>\d+) to pointer to array with length (?<arrayLength>\d+)$/,
    summary: (v) =>
      `A slice of length ${v.length} was converted to a pointer to an array of length ${v.arrayLength}.`,
    explanation: CONVERT,
  }),
  rule({
    id: "bounds-throw-in-runtime",
    category: "other",
    // The text is the check's own: go1.15 src/runtime/panic.go goPanicIndexU calls
    // panicCheck1(pc, "index out of range") before the boundsError it panics with elsewhere,
    // so the throw is the same failed check as the panic, in the runtime's code.
    categoryOf: (v) =>
      v.check === "index out of range"
        ? "index-out-of-range"
        : v.check?.startsWith("slice ")
          ? "slice-bounds"
          : "other",
    kind: "runtime-throw",
    since: "go1.13",
    pattern:
      /^(?<check>index out of range|slice bounds out of range|slice length too short to convert to array or pointer to array|slice length too short to convert to pointer to array|negative shift amount)$/,
    summary: (v) => `A runtime check (${v.check}) failed inside the runtime itself.`,
    explanation: IN_RUNTIME,
  }),
];
