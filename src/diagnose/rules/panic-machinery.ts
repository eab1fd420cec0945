// The panic machinery itself (runtime/panic.go gopanic, preprintpanics, recovery;
// error.go PanicNilError) and range-over-func checks (panic.go panicrangestate, go1.23+).

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const PANIC_NIL: Explanation = {
  title: "panic(nil)",
  what: 'The program called `panic(nil)` (or `panic(err)` with a nil `err`). A nil panic value cannot be told apart from "no panic" by `recover()`, so Go 1.21 replaced it with a `*runtime.PanicNilError`.',
  mechanism: [
    {
      until: "go1.20",
      text: "The value stays nil: the headline reads `panic: nil`, and `recover()` returns nil, so deferred code believes no panic happened.",
    },
    {
      since: "go1.21",
      text: "`runtime.gopanic` replaces a nil value with `*runtime.PanicNilError` (`panic called with nil argument`), which `recover()` returns like any other value. `GODEBUG=panicnil=1` (or a go.mod `go` line before 1.21) restores the old behaviour and the `panic: nil` text.",
    },
    {
      since: "go1.27",
      text: "`PanicNilError.Error()` carries the runtime-error prefix: `runtime error: panic called with nil argument`.",
    },
  ],
  causes: [
    "`panic(err)` where `err` is nil on that path (the check before it tested the wrong variable).",
    "Re-panicking the result of `recover()` unconditionally (`panic(recover())`) when there was no panic.",
    "A deliberate `panic(nil)` used for control flow.",
  ],
  fix: "Panic with a non-nil value that says what went wrong, and check `err != nil` before panicking with it.",
  example: `if err != nil {
	panic(fmt.Errorf("load config: %w", err))
}

if r := recover(); r != nil {
	panic(r) // only re-panic a real panic
}`,
  confirm: ["The crash site is the `panic` call; print the value passed there."],
};

const WHILE_PRINTING: Explanation = {
  title: "Panic while printing the panic value",
  what: "The program was already dying of a panic, and the value's `Error()` or `String()` method panicked while the runtime called it to print the headline. The original panic's text is lost; the new panic's text (or type) follows the colon.",
  mechanism: [
    {
      text: "Before printing, `runtime.preprintpanics` calls `Error()`/`String()` on each panic value; a panic inside them is recovered and turned into a throw.",
    },
    {
      until: "go1.18",
      text: "The text is just `panic while printing panic value`.",
    },
    {
      since: "go1.19",
      text: "The text adds the inner panic: `: <string value>` when it is a string, or `: type <T>` otherwise (e.g. `: type runtime.boundsError` for an index error inside `Error()`).",
    },
  ],
  causes: [
    "An `Error()` method on a pointer receiver called with a nil pointer (a typed nil error was panicked).",
    "An `Error()`/`String()` method that indexes or dereferences fields that are not set in this value.",
  ],
  fix: "Make `Error()` and `String()` safe for every value they can be called on, including a nil receiver; then the original panic will print.",
  example: `func (e *QueryError) Error() string {
	if e == nil {
		return "<nil QueryError>"
	}
	return e.Query + ": " + e.Err.Error()
}`,
  confirm: [
    "The goroutine's stack shows the `Error`/`String` method that panicked, above `runtime.preprintpanics`.",
  ],
};

const PANIC_IN_RUNTIME_STATE: Explanation = {
  title: "Panic where the runtime cannot panic",
  what: "A panic started while the current thread was in a state where unwinding is impossible: on the system stack, inside the memory allocator, with preemption disabled, or holding runtime locks. The runtime prints the panic value, then stops the program.",
  mechanism: [
    {
      since: "go1.5",
      text: "`runtime.gopanic` checks the M before unwinding and throws `panic on system stack`, `panic during malloc`, `panic during preemptoff` (after `preempt off reason: …`) or `panic holding locks`, printing the panic value first with `panic: …`.",
    },
    {
      until: "go1.4",
      text: "Before go1.5 the checks were `panic during malloc`, `panic during gc` (the thread was running the stop-the-world collector), `panic holding locks` (go1.3+) and, on ARM in go1.4, `panic during softfloat` (runtime/panic.c, panic.go in go1.4); go1.5 added `panic on system stack`.",
    },
    {
      since: "go1.9",
      text: 'The value is printed raw, without calling its `Error` method: a runtime error reads `runtime.errorString("integer divide by zero")` or `runtime.plainError("…")` since go1.15 (`printanycustomtype`), and only `(runtime.errorString) (0x…,0x…)` — the type and two addresses — in go1.11 to go1.14 (go1.8 still printed the error text). The text inside is the runtime error that started it (here an integer division by zero).',
    },
  ],
  causes: [
    "A runtime bug, or runtime state corrupted by unsafe code or cgo.",
    "A panic inside code the runtime calls in a restricted state: a finalizer or a `go:linkname`'d runtime hook, a signal handler path, a memory profiler callback.",
    "Go code called from C at a bad moment (a cgo callback from a signal handler).",
  ],
  fix: "Fix the panic printed first (it is the real error), and look at what runtime function was on the stack; if no unsafe, linkname or cgo code is involved, report it to the Go project.",
  example: `// the printed panic value is the bug to fix; run with pointer and race checks:
//   go test -race -gcflags=all=-d=checkptr ./...`,
  confirm: [
    "`GOTRACEBACK=system` shows the runtime frames that held the lock or ran on the system stack.",
  ],
};

const BAD_RECOVERY: Explanation = {
  title: "Recovery failed",
  what: "`recover()` stopped a panic, but the runtime could not resume the function that deferred the recover: the saved stack state was inconsistent. This is a runtime invariant failure.",
  mechanism: [
    {
      text: "After a successful recover, `runtime.recovery` unwinds to the deferring frame; it throws `bad recovery`, `recovery failed` or `bad panic stack` when the frame it should return to is not where the panic record says.",
    },
  ],
  causes: [
    "Stack corruption by unsafe code, assembly or cgo.",
    "A runtime or compiler bug (search the Go issue tracker for the message).",
  ],
  fix: "Check unsafe, assembly and cgo code in the goroutine's stack; if none, report it to the Go project with the full output and Go version.",
  example: `// reproduce with the race detector and checkptr:
//   go test -race -gcflags=all=-d=checkptr ./...`,
  confirm: ["`go test -race ./...`", "`GOTRACEBACK=system` for the runtime frames"],
};

const RANGEFUNC: Explanation = {
  title: "Range-over-func iterator broke the loop protocol",
  what: "A range-over-func iterator (`for x := range seq`, where `seq` is a `func(yield func(T) bool)`) kept calling `yield` after the loop body told it to stop (`yield` returned false because of `break`/`return`), after the loop had exited, or after the body panicked; or it recovered a panic from the body and did not re-panic.",
  mechanism: [
    {
      since: "go1.23",
      text: "The compiler wraps the loop body in a `yield` func that tracks the loop's state and calls `runtime.panicrangestate`, which panics with `runtime error: range function continued iteration after function for loop body returned false` / `… after loop body panic` / `… after whole loop exit`, or `range function recovered a loop body panic and did not resume panicking`.",
    },
    {
      since: "go1.22",
      until: "go1.22",
      text: "Only with GOEXPERIMENT=rangefunc; the text was `range function continued iteration after exit`.",
    },
  ],
  causes: [
    "An iterator that ignores `yield`'s result: `for _, v := range items { yield(v) }` instead of `if !yield(v) { return }`.",
    "An iterator that calls `yield` from another goroutine or after returning.",
    "An iterator that recovers panics around `yield` and swallows them.",
  ],
  fix: "Stop iterating as soon as `yield` returns false, never call it after returning, and let panics from `yield` propagate.",
  example: `func All[T any](items []T) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range items {
			if !yield(v) {
				return
			}
		}
	}
}`,
  confirm: [
    "The stack shows the iterator function between the loop body and the caller; check every `yield(` call in it.",
  ],
};

export const PANIC_MACHINERY_RULES: Rule[] = [
  rule({
    id: "panic-nil-error",
    category: "custom-panic",
    kind: "runtime-error",
    since: "go1.21",
    replaced: "`panic: nil` (until go1.20)",
    pattern: /^(?:runtime error: )?panic called with nil argument(?: \(goexit=(?:true|false)\))?$/,
    explanation: PANIC_NIL,
  }),
  rule({
    id: "panic-nil-legacy",
    category: "custom-panic",
    kind: "user-panic",
    since: "go1.0",
    pattern: /^nil$/,
    summary: () =>
      "panic(nil) was called (printed as `panic: nil` before go1.21 or with GODEBUG=panicnil=1).",
    explanation: PANIC_NIL,
  }),
  rule({
    id: "panic-while-printing-panic-value",
    category: "other",
    kind: "runtime-throw",
    since: "go1.8",
    pattern: /^panic while printing panic value(?:: (?:type (?<type>.+)|(?<inner>.*)))?$/,
    summary: (v) =>
      v.type !== undefined
        ? `The panic value's Error/String method panicked with a ${v.type}.`
        : v.inner !== undefined
          ? `The panic value's Error/String method panicked: ${v.inner}`
          : "The panic value's Error/String method panicked.",
    explanation: WHILE_PRINTING,
  }),
  rule({
    id: "panic-holding-locks",
    category: "other",
    kind: "runtime-throw",
    since: "go1.3",
    pattern: /^panic holding locks$/,
    explanation: PANIC_IN_RUNTIME_STATE,
  }),
  rule({
    id: "panic-during-malloc",
    category: "other",
    kind: "runtime-throw",
    since: "go1.2",
    pattern: /^panic during malloc$/,
    explanation: PANIC_IN_RUNTIME_STATE,
  }),
  rule({
    id: "panic-during-preemptoff",
    category: "other",
    kind: "runtime-throw",
    since: "go1.5",
    pattern: /^panic during preemptoff$/,
    summary: (v) =>
      v.preemptOffReason !== undefined
        ? `A panic started while preemption was off (${v.preemptOffReason}).`
        : "A panic started while preemption was off.",
    explanation: PANIC_IN_RUNTIME_STATE,
  }),
  rule({
    id: "panic-on-system-stack",
    category: "other",
    kind: "runtime-throw",
    since: "go1.2",
    // go1.2 src/pkg/runtime/panic.c and go1.4.3 src/runtime/panic.go: "panic during gc",
    // "panic during softfloat" (go1.4); go1.5–go1.27 src/runtime/panic.go: "panic on system stack".
    pattern: /^(?:panic on system stack|panic during gc|panic during softfloat)$/,
    eras: [{ text: /^panic during /, since: "go1.2", until: "go1.4" }],
    explanation: PANIC_IN_RUNTIME_STATE,
  }),
  rule({
    id: "bad-recovery",
    category: "other",
    kind: "runtime-throw",
    since: "go1.4",
    pattern: /^(?:bad recovery|recovery failed|bypassed recovery failed|bad panic stack)$/,
    explanation: BAD_RECOVERY,
  }),
  rule({
    id: "rangefunc-continued-after-false",
    category: "other",
    kind: "runtime-error",
    since: "go1.23",
    pattern:
      /^runtime error: range function continued iteration after function for loop body returned false$/,
    explanation: RANGEFUNC,
  }),
  rule({
    id: "rangefunc-continued-after-panic",
    category: "other",
    kind: "runtime-error",
    since: "go1.23",
    pattern: /^runtime error: range function continued iteration after loop body panic$/,
    explanation: RANGEFUNC,
  }),
  rule({
    id: "rangefunc-continued-after-exit",
    category: "other",
    kind: "runtime-error",
    since: "go1.23",
    pattern: /^runtime error: range function continued iteration after whole loop exit$/,
    explanation: RANGEFUNC,
  }),
  rule({
    id: "rangefunc-missing-panic",
    category: "other",
    kind: "runtime-error",
    since: "go1.23",
    pattern:
      /^runtime error: range function recovered a loop body panic and did not resume panicking$/,
    explanation: RANGEFUNC,
  }),
  rule({
    id: "rangefunc-continued-after-exit-go122",
    category: "other",
    kind: "runtime-error",
    since: "go1.22",
    until: "go1.22",
    pattern: /^runtime error: range function continued iteration after exit$/,
    explanation: RANGEFUNC,
  }),
];
