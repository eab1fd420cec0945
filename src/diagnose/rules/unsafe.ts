// unsafe.Slice / unsafe.String argument checks (runtime/unsafe.go) and the checkptr
// instrumentation of unsafe.Pointer conversions (runtime/checkptr.go; -d=checkptr, implied
// by -race, -msan and -asan).

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const UNSAFE_SLICE: Explanation = {
  title: "Invalid unsafe.Slice or unsafe.String arguments",
  what: "`unsafe.Slice(ptr, len)` or `unsafe.String(ptr, len)` got a length that is negative or would run past the end of the address space, or a nil pointer with a non-zero length. These are the only checks these functions make: a length that is merely longer than the memory behind the pointer is not caught.",
  mechanism: [
    {
      since: "go1.17",
      text: "`runtime.unsafeslice` panics with `unsafe.Slice: len out of range` or `unsafe.Slice: ptr is nil and len is not zero` (`runtime.Error`s).",
    },
    {
      since: "go1.20",
      text: "`unsafe.String` (new in go1.20) has the same checks in `runtime.unsafestring`.",
    },
  ],
  causes: [
    "Wrapping a C buffer whose pointer is NULL (an allocation or lookup that failed) with a non-zero length.",
    "A length computed in C types that wrapped negative when converted to `int`.",
  ],
  fix: "Check the pointer and the length before the call, and return an empty slice for a nil pointer with zero length.",
  example: `if p == nil || n <= 0 {
	return nil
}
return unsafe.Slice((*byte)(p), n)`,
  confirm: [
    "The crash site is the `unsafe.Slice`/`unsafe.String` call; print its arguments there.",
  ],
};

const CHECKPTR: Explanation = {
  title: "checkptr: invalid unsafe.Pointer use",
  what: "The program was built with pointer checking (`-d=checkptr`, which `-race`, `-msan` and `-asan` turn on) and an `unsafe.Pointer` conversion or arithmetic broke the rules of the unsafe package: a pointer misaligned for its type, a conversion to a type that reaches past the end of the allocation, or arithmetic that left the original object.",
  mechanism: [
    {
      since: "go1.14",
      text: "The compiler instruments `unsafe.Pointer` conversions and arithmetic with calls to `runtime.checkptrAlignment` and `runtime.checkptrArithmetic`, which throw: `misaligned pointer conversion` (a `*T` with pointers at an address not aligned for `T`), `converted pointer straddles multiple allocations` (the `*[n]T` reaches into the next object), `pointer arithmetic computed bad pointer value` (a small non-nil address), `pointer arithmetic result points to invalid allocation` (the result lands in a different heap object than every original pointer). These messages exist since go1.15.",
    },
    {
      since: "go1.17",
      text: "`unsafe.Slice` (and `unsafe.String` from go1.20) are checked too: `unsafe.Slice result straddles multiple allocations`.",
    },
  ],
  causes: [
    "Casting a `[]byte` to a pointer to a larger struct or array (`(*Header)(unsafe.Pointer(&b[0]))` with `len(b) < unsafe.Sizeof(Header{})`).",
    "Converting byte offsets into pointers to types that contain pointers, at unaligned addresses.",
    "Pointer arithmetic through `uintptr` stored in a variable, or stepping past the end of an array.",
    "Old code that converted `reflect.SliceHeader`/`StringHeader` by hand.",
  ],
  fix: "Keep conversions within one allocation and aligned: check lengths before casting, use `encoding/binary` to decode structs from bytes, and use `unsafe.Add`/`unsafe.Slice`/`unsafe.String` instead of `uintptr` arithmetic and header casts.",
  example: `// instead of (*Header)(unsafe.Pointer(&b[0]))
var h Header
if err := binary.Read(bytes.NewReader(b), binary.LittleEndian, &h); err != nil {
	return err
}

s := unsafe.String(&b[0], len(b)) // not *(*string)(unsafe.Pointer(&b))`,
  confirm: [
    "`go test -gcflags=all=-d=checkptr ./...` reproduces it without the race detector",
    "`go vet ./...` (unsafeptr check) flags some invalid uintptr→unsafe.Pointer conversions",
  ],
};

export const UNSAFE_RULES: Rule[] = [
  rule({
    id: "unsafe-slice-nil-ptr",
    category: "bad-pointer",
    kind: "runtime-error",
    since: "go1.17",
    pattern: /^runtime error: unsafe\.Slice: ptr is nil and len is not zero$/,
    explanation: UNSAFE_SLICE,
  }),
  rule({
    id: "unsafe-slice-len",
    category: "bad-pointer",
    kind: "runtime-error",
    since: "go1.17",
    pattern: /^runtime error: unsafe\.Slice: len out of range$/,
    explanation: UNSAFE_SLICE,
  }),
  rule({
    id: "unsafe-string-nil-ptr",
    category: "bad-pointer",
    kind: "runtime-error",
    since: "go1.20",
    pattern: /^runtime error: unsafe\.String: ptr is nil and len is not zero$/,
    explanation: UNSAFE_SLICE,
  }),
  rule({
    id: "unsafe-string-len",
    category: "bad-pointer",
    kind: "runtime-error",
    since: "go1.20",
    pattern: /^runtime error: unsafe\.String: len out of range$/,
    explanation: UNSAFE_SLICE,
  }),
  rule({
    id: "checkptr-misaligned",
    category: "bad-pointer",
    kind: "runtime-throw",
    since: "go1.15",
    pattern: /^checkptr: misaligned pointer conversion$/,
    explanation: CHECKPTR,
  }),
  rule({
    id: "checkptr-straddles",
    category: "bad-pointer",
    kind: "runtime-throw",
    since: "go1.15",
    pattern: /^checkptr: converted pointer straddles multiple allocations$/,
    explanation: CHECKPTR,
  }),
  rule({
    id: "checkptr-bad-arith",
    category: "bad-pointer",
    kind: "runtime-throw",
    since: "go1.15",
    pattern: /^checkptr: pointer arithmetic computed bad pointer value$/,
    explanation: CHECKPTR,
  }),
  rule({
    id: "checkptr-invalid-alloc",
    category: "bad-pointer",
    kind: "runtime-throw",
    since: "go1.15",
    pattern: /^checkptr: pointer arithmetic result points to invalid allocation$/,
    explanation: CHECKPTR,
  }),
  rule({
    id: "checkptr-unsafe-slice",
    category: "bad-pointer",
    kind: "runtime-throw",
    since: "go1.17",
    pattern: /^checkptr: unsafe\.Slice result straddles multiple allocations$/,
    explanation: CHECKPTR,
  }),
  rule({
    id: "checkptr-unsafe-string",
    category: "bad-pointer",
    kind: "runtime-throw",
    since: "go1.20",
    pattern: /^checkptr: unsafe\.String result straddles multiple allocations$/,
    explanation: CHECKPTR,
  }),
];
