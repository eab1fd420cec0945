// Goroutine and system stacks (runtime/stack.go newstack, copystack, adjustpointers;
// proc.go badmorestackg0/gsignal).

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const OVERFLOW: Explanation = {
  title: "Goroutine stack overflow",
  what: "A goroutine's stack grew past the maximum stack size (1 GB on 64-bit systems, 250 MB on 32-bit, unless changed with `debug.SetMaxStack`). Goroutine stacks grow on demand, so reaching the limit almost always means unbounded recursion. Recover cannot catch it.",
  mechanism: [
    {
      text: "Each function checks its stack bound on entry and calls `runtime.morestack`; `runtime.newstack` doubles the stack by copying it. When the new size would exceed the limit it prints `runtime: goroutine stack exceeds N-byte limit` and `runtime: sp=… stack=[lo, hi]`, then throws `stack overflow`. The throw happens on the system stack (`runtime stack:` comes first), then the overflowing goroutine is printed.",
    },
    {
      until: "go1.20",
      text: "Only the first 100 frames are printed, then `...additional frames elided...`: the recursion's entry point is usually not visible.",
    },
    {
      since: "go1.21",
      text: "The first 50 and the last 50 frames are printed around `...N frames elided...`: the bottom shows where the recursion started.",
    },
  ],
  causes: [
    "A `String()`/`Error()`/`Format` method that formats its own receiver with `%v`/`%s` (fmt calls the method again).",
    "A `MarshalJSON`/`UnmarshalJSON` that calls `json.Marshal`/`Unmarshal` on the same type.",
    "A method or setter that calls itself by mistake (`func (c *C) Name() string { return c.Name() }`).",
    "Recursion over data with a cycle (a linked structure pointing back to itself) or over very deep input without a depth limit.",
  ],
  fix: "Find the repeating frames (the recursion cycle) and give the recursion a base case. For formatting and JSON methods, convert to a type without the method first.",
  example: `func (t T) String() string {
	type plain T // same fields, no String method
	return fmt.Sprintf("T%+v", plain(t))
}

func (t T) MarshalJSON() ([]byte, error) {
	type alias T
	return json.Marshal(alias(t))
}`,
  confirm: [
    "The repeating frames at the top and bottom of the crashing goroutine show the cycle (panicscope names it under `recursion`).",
    "`go vet ./...` (printf check) reports `Sprintf format %v with arg t causes recursive String method call`.",
  ],
};

const STACK_CORRUPT: Explanation = {
  title: "Stack bookkeeping violated",
  what: "The runtime found a goroutine or system stack in a state it should never be in: a stack pointer below the stack's bottom, a stack that needs to grow while growing is forbidden, a system-stack-only function running on a goroutine stack, or the system stack (g0) itself overflowing.",
  mechanism: [
    {
      text: "`runtime.newstack` throws `runtime: split stack overflow` (printed after `runtime: split stack overflow: sp < lo`) when the stack pointer is already past the bottom, and `runtime: stack split at bad time` when a stack must grow during a system-call transition; `morestackc` throws `attempt to execute system stack code on user stack`.",
    },
    {
      until: "go1.21",
      text: "An overflow of the system stack (g0) printed only `fatal: morestack on g0` and aborted (SIGTRAP/SIGABRT), with no traceback.",
    },
    {
      since: "go1.22",
      text: "An overflow of the system stack prints `runtime: morestack on g0, stack [lo hi], sp=…, called from`, the offending frames, and `fatal error: morestack on g0`. `fatal: morestack on gsignal` (the signal stack) still aborts without a traceback.",
    },
  ],
  causes: [
    "Deep recursion in code that runs on the system stack: C code called through cgo calling back into Go repeatedly, or a signal handler doing too much.",
    "Assembly or `//go:nosplit` functions that use more stack than declared, or `go:linkname` access to runtime internals.",
    "Memory corruption of a goroutine's stack bounds.",
  ],
  fix: "Look at the frames printed with the error: the function that needed the stack. Reduce stack use in cgo callbacks and nosplit/assembly code, and remove linkname access to runtime internals. With none of those in the program, report it to the Go project.",
  example: `// cgo: do the deep work on a goroutine, not in the callback itself
//export onEvent
func onEvent(ev C.int) {
	events <- int(ev) // hand off; a goroutine stack can grow, g0 cannot
}`,
  confirm: [
    "The frames printed after the message (or under `runtime stack:`) show the function that overflowed.",
    "`go vet ./...` (asmdecl check) verifies assembly frame sizes against Go declarations.",
  ],
};

const BAD_STACK_POINTER: Explanation = {
  title: "Invalid pointer found on a goroutine stack",
  what: "While copying a goroutine's stack (to grow or shrink it) the runtime found, in a slot the compiler marked as a pointer, a value that cannot be a pointer (a small non-zero number, or an address in freed memory). Go cannot adjust or scan such a value safely and stops.",
  mechanism: [
    {
      since: "go1.8",
      text: "`runtime.adjustpointers` checks each pointer slot of every frame during `copystack`; with `GODEBUG=invalidptr=1` (the default) a bad value prints `runtime: bad pointer in frame F at ADDR: VALUE` and throws `invalid pointer found on stack`.",
    },
    {
      until: "go1.3",
      text: "go1.3 checked in two places: copying a stack (`adjustpointers` in runtime/stack.c) printed `runtime: bad pointer in frame F at ADDR: VALUE` and threw `bad pointer!`; the garbage collector's precise stack scan (`scanbitvector` in runtime/mgc0.c) printed `bad pointer in frame F at ADDR: VALUE` and threw `bad pointer in scanbitvector`.",
    },
    {
      since: "go1.4",
      until: "go1.7",
      text: "The stack copier threw `invalid stack pointer` after the same `runtime: bad pointer in frame …` line (runtime/stack.c in go1.4, stack1.go in go1.5, stack.go in go1.6–go1.7); go1.8 renamed it `invalid pointer found on stack`.",
    },
  ],
  causes: [
    "An integer stored in an `unsafe.Pointer` variable, or a `uintptr` converted to `unsafe.Pointer` after the object was freed.",
    "C code (cgo) writing into Go stack memory, or returning a C pointer through a Go pointer type with a fake small value.",
    "A data race on a pointer field.",
  ],
  fix: "Look at the function named in the `bad pointer in frame` line: find the pointer-typed variable that holds a non-pointer, and keep integers in `uintptr`, not `unsafe.Pointer`.",
  example: `// wrong: a handle number stored as a pointer
p := unsafe.Pointer(uintptr(handle))
// right: keep it an integer
var h uintptr = uintptr(handle)`,
  confirm: [
    "`go build -gcflags=all=-d=checkptr` (and `go vet` unsafeptr) for invalid conversions",
    "`go test -race ./...`",
  ],
};

export const STACK_RULES: Rule[] = [
  rule({
    id: "stack-overflow",
    category: "stack-overflow",
    kind: "runtime-throw",
    since: "go1.2",
    pattern: /^stack overflow$/,
    summary: (v) =>
      v.stackLimit !== undefined
        ? `A goroutine's stack passed the ${v.stackLimit}-byte limit: almost always unbounded recursion.`
        : "A goroutine's stack passed its size limit: almost always unbounded recursion.",
    explanation: OVERFLOW,
  }),
  rule({
    id: "split-stack-overflow",
    category: "stack-overflow",
    kind: "runtime-throw",
    since: "go1.1",
    pattern: /^runtime: split stack overflow$/,
    explanation: STACK_CORRUPT,
  }),
  rule({
    id: "stack-split-bad-time",
    category: "other",
    kind: "runtime-throw",
    since: "go1.4",
    pattern: /^runtime: stack split at bad time$/,
    explanation: STACK_CORRUPT,
  }),
  rule({
    id: "morestack-on-g0",
    category: "stack-overflow",
    kind: "runtime-throw",
    since: "go1.8",
    pattern: /^morestack on (?<stack>g0|gsignal)$/,
    summary: (v) =>
      v.stack === "g0"
        ? "The system stack (g0) of a thread overflowed."
        : "The signal-handling stack (gsignal) of a thread overflowed.",
    explanation: STACK_CORRUPT,
  }),
  rule({
    id: "attempt-system-stack-on-user-stack",
    category: "other",
    kind: "runtime-throw",
    since: "go1.9",
    pattern: /^attempt to execute system stack code on user stack$/,
    explanation: STACK_CORRUPT,
  }),
  rule({
    id: "invalid-pointer-on-stack",
    category: "bad-pointer",
    kind: "runtime-throw",
    since: "go1.3",
    replaced:
      "`bad pointer!`, `bad pointer in scanbitvector` (go1.3), `invalid stack pointer` (go1.4–go1.7)",
    // go1.3 src/pkg/runtime/stack.c and mgc0.c; go1.4.3 src/runtime/stack.c, go1.5 stack1.go,
    // go1.6–go1.7.4 stack.go: "invalid stack pointer"; go1.8.3–go1.27 stack.go.
    pattern:
      /^(?:invalid pointer found on stack|invalid stack pointer|bad pointer!|bad pointer in scanbitvector)$/,
    eras: [
      { text: /^bad pointer/, since: "go1.3", until: "go1.3" },
      { text: /^invalid stack pointer$/, since: "go1.4", until: "go1.7" },
      { text: /^invalid pointer found on stack$/, since: "go1.8" },
    ],
    summary: (v) =>
      v.badPointerFrame !== undefined
        ? `Frame ${v.badPointerFrame} held ${v.badPointerValue} in a pointer slot.`
        : "A pointer slot on a goroutine stack held a value that is not a valid pointer.",
    explanation: BAD_STACK_POINTER,
  }),
];
