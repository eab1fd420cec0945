// Allocation sizes the runtime refuses (runtime/slice.go makeslice/growslice,
// chan.go makechan, malloc.go newarray, string.go gobytes/concatstrings).

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const CONFIRM_SIZE = [
  "Print the length or capacity passed on the crash site's line (`frame`); it is negative or absurdly large.",
  "A test with the input that crashed reproduces it; `go test -fuzz` finds size fields that are trusted too much.",
];

const MAKE_SIZE: Explanation = {
  title: "Allocation size out of range",
  what: "`make` (or `append`, or `new` of an array) was asked for a size that cannot exist: a negative length or capacity, a capacity below the length, or more bytes than the address space allows. The runtime refuses before allocating.",
  mechanism: [
    {
      text: "`runtime.makeslice` panics with `makeslice: len out of range` or `makeslice: cap out of range`, `runtime.makechan` with `makechan: size out of range`, `runtime.newarray` with `runtime: allocation size out of range`, `runtime.growslice` (append) with `growslice: len out of range`: the byte size overflowed or exceeded the runtime's `maxAlloc`, or the count was negative. All are `runtime.Error`s that `recover` can catch. A size that is merely too big for the machine's memory is not caught here: it ends in `fatal error: out of memory` instead.",
    },
    {
      until: "go1.19",
      text: "`append` beyond the maximum reported `growslice: cap out of range`; go1.20 renamed it `growslice: len out of range`.",
    },
    {
      until: "go1.3",
      text: "The C runtime raised `makechan` with `runtime·panicstring`, so its headline read `panic: runtime error: makechan: size out of range` (go1.2 src/pkg/runtime/chan.c); from go1.4 to go1.6 it was a plain string panic (`recover()` returns a `string`), a `runtime.Error` again from go1.7. `runtime: allocation size out of range` carried the prefix too.",
    },
    {
      until: "go1.8",
      text: "`make(map[K]V, hint)` with a negative or too large hint panicked with `makemap: size out of range` (`runtime error: makemap: size out of range` until go1.3, a plain string panic from go1.4 to go1.8); later releases treat such a hint as 0 (go1.11 `makemap`).",
    },
  ],
  causes: [
    "A length read from untrusted input (a network header, a file's size field) used directly in `make([]byte, n)`.",
    "A negative length from arithmetic (`end - start` with `end < start`, `n - 1` with `n == 0`).",
    "Integer overflow when multiplying dimensions (`make([]T, w*h)`).",
  ],
  fix: "Validate sizes from input against a sane maximum before `make`, and compute lengths in a way that cannot go negative.",
  example: `const maxFrame = 16 << 20
if n < 0 || n > maxFrame {
	return fmt.Errorf("frame size %d out of range", n)
}
buf := make([]byte, n)`,
  confirm: CONFIRM_SIZE,
};

const GOBYTES: Explanation = {
  title: "C.GoBytes length out of range",
  what: "`C.GoBytes(p, n)` was called with a negative length or one larger than the runtime can allocate.",
  mechanism: [
    {
      text: "cgo's `C.GoBytes` calls `runtime.gobytes`, which panics with `runtime error: gobytes: length out of range` when `n < 0` or `n > maxAlloc`.",
    },
  ],
  causes: [
    "A C function returning -1 (an error) used as the length.",
    "A C `size_t` converted to `C.int` and wrapping negative.",
  ],
  fix: "Check the C result for errors before converting, and keep lengths in `C.size_t`/`int` without narrowing.",
  example: `n := C.read_data(buf, cap)
if n < 0 {
	return nil, fmt.Errorf("read_data failed: %d", n)
}
data := C.GoBytes(unsafe.Pointer(buf), n)`,
  confirm: CONFIRM_SIZE,
};

const CONCAT: Explanation = {
  title: "String concatenation too long",
  what: "A string concatenation (`a + b + …`) produced a length that overflows `int`. The runtime cannot represent the result and stops the program; recover cannot catch it.",
  mechanism: [
    {
      text: "`runtime.concatstrings` adds the operand lengths and throws `string concatenation too long` when the sum overflows. Before the sum overflows, an allocation this large normally fails with `out of memory`, so this usually means corrupted string headers (lengths) rather than real strings.",
    },
  ],
  causes: [
    "A string header with a corrupted length, made with unsafe (`unsafe.String`, `*(*string)(unsafe.Pointer(&b))`) or by C code.",
    "A data race on a string variable (its pointer and length are written separately).",
  ],
  fix: "Look for unsafe string construction and data races on string variables; build long outputs with `strings.Builder` and a size limit.",
  example: `// go test -race ./...
var b strings.Builder
for _, p := range parts {
	if b.Len()+len(p) > limit {
		return "", errTooLong
	}
	b.WriteString(p)
}`,
  confirm: [
    "`go test -race ./...`",
    "`go build -gcflags=all=-d=checkptr` to check unsafe conversions",
  ],
};

export const ALLOC_RULES: Rule[] = [
  rule({
    id: "makeslice-len-out-of-range",
    category: "other",
    kind: "runtime-error",
    since: "go1.1",
    pattern: /^runtime error: makeslice: len out of range$/,
    explanation: MAKE_SIZE,
  }),
  rule({
    id: "makeslice-cap-out-of-range",
    category: "other",
    kind: "runtime-error",
    since: "go1.1",
    pattern: /^runtime error: makeslice: cap out of range$/,
    explanation: MAKE_SIZE,
  }),
  rule({
    id: "growslice-len-out-of-range",
    category: "other",
    kind: "runtime-error",
    since: "go1.20",
    replaced: "`runtime error: growslice: cap out of range` (until go1.19)",
    pattern: /^runtime error: growslice: len out of range$/,
    explanation: MAKE_SIZE,
  }),
  rule({
    id: "growslice-cap-out-of-range",
    category: "other",
    kind: "runtime-error",
    since: "go1.1",
    until: "go1.19",
    pattern: /^runtime error: growslice: cap out of range$/,
    explanation: MAKE_SIZE,
  }),
  rule({
    id: "makechan-size-out-of-range",
    category: "other",
    kind: "runtime-error",
    since: "go1.1",
    // go1.2 src/pkg/runtime/chan.c, go1.3 chan.goc: runtime·panicstring (prefixed); go1.4.3,
    // go1.6 src/runtime/chan.go: panic("makechan: size out of range"); go1.7.4: plainError.
    pattern: /^(?:runtime error: )?makechan: size out of range$/,
    eras: [{ text: /^runtime error: /, since: "go1.1", until: "go1.3" }],
    explanation: MAKE_SIZE,
  }),
  rule({
    id: "allocation-size-out-of-range",
    category: "other",
    kind: "runtime-error",
    since: "go1.2",
    // go1.2 src/pkg/runtime/malloc.goc, go1.3: runtime·panicstring (prefixed).
    pattern: /^(?:runtime error: )?runtime: allocation size out of range$/,
    eras: [{ text: /^runtime error: /, since: "go1.2", until: "go1.3" }],
    explanation: MAKE_SIZE,
  }),
  rule({
    id: "makemap-size-out-of-range-legacy",
    category: "other",
    kind: "runtime-error",
    since: "go1.1",
    until: "go1.8",
    // go1.2 src/pkg/runtime/hashmap.c, go1.3 hashmap.goc: runtime·panicstring; go1.4.3–go1.8.3
    // src/runtime/hashmap.go makemap: panic("makemap: size out of range"); go1.11 clamps the hint.
    pattern: /^(?:runtime error: )?makemap: size out of range$/,
    eras: [{ text: /^runtime error: /, since: "go1.1", until: "go1.3" }],
    explanation: MAKE_SIZE,
  }),
  rule({
    id: "gobytes-length-out-of-range",
    category: "other",
    kind: "runtime-error",
    since: "go1.11",
    pattern: /^runtime error: gobytes: length out of range$/,
    explanation: GOBYTES,
  }),
  rule({
    id: "string-concatenation-too-long",
    category: "other",
    kind: "runtime-throw",
    since: "go1.1",
    pattern: /^string concatenation too long$/,
    explanation: CONCAT,
  }),
];
