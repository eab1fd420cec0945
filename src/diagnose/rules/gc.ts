// Heap corruption caught by the garbage collector (runtime/mbitmap.go badPointer,
// mgcsweep.go), finalizers and cleanups (mfinal.go, mcleanup.go, mcheckmark.go), arenas.

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const CONFIRM_CORRUPTION = [
  "`go test -race ./...` (or a `-race` build of the service under load)",
  "`go build -gcflags=all=-d=checkptr` to check unsafe.Pointer conversions",
  "`GODEBUG=gccheckmark=1` re-verifies the GC's marking; `GODEBUG=clobberfree=1` makes use-after-free fail sooner",
  "Does it reproduce without cgo (`CGO_ENABLED=0`) or with the C library updated? Random locations from run to run suggest hardware (run memtest).",
];

const HEAP_CORRUPTION: Explanation = {
  title: "Heap corruption found by the garbage collector",
  what: "While marking or sweeping, the garbage collector found a pointer that cannot be valid (into memory that is not allocated, or to an object already freed), or an allocation count that went up during a sweep. The heap no longer matches what the GC knows about it: something wrote memory behind Go's back. Recover cannot catch it.",
  mechanism: [
    {
      since: "go1.6",
      text: "The GC checks each pointer it scans (`runtime.findObject`); with `GODEBUG=invalidptr=1` (the default) a pointer into an unallocated span prints `runtime: pointer 0x… to unallocated span …` and `runtime: found in object at *(base+offset)`, then a dump of the object, and throws `found bad pointer in Go heap (incorrect use of unsafe or cgo?)`. The sweeper throws `found pointer to free object` after `runtime: marked free object in span …` (a freed object was still reachable: a use-after-free), and `sweep increased allocation count`.",
    },
    {
      until: "go1.4",
      text: "go1.4's collector (C code in runtime/mgc0.c, frames `scanblock`, `markroot`, `gc` without a package) printed `runtime: garbage collector found invalid heap pointer *(base+off)=PTR s=nil` (or `span=…`) and threw `invalid heap pointer`; for a block scanned conservatively it ran the collection again to trace the path (`runtime: found *(…) = …` lines) and threw `bad pointer`.",
    },
    {
      since: "go1.5",
      until: "go1.5",
      text: "go1.5's `heapBitsForObject` (runtime/mbitmap.go) printed `runtime:objectstart Span weird: p=… k=… s.start=… s.limit=… s.state=…` and threw `objectstart: bad pointer in unexpected span`; go1.6 renamed the throw `found bad pointer in Go heap (incorrect use of unsafe or cgo?)`.",
    },
    {
      since: "go1.5",
      until: "go1.8",
      text: "While the collector ran, the pointer write barrier (`writebarrierptr`, runtime/mbarrier.go) refused to store a value below the first page into a pointer slot: it printed `runtime: writebarrierptr *SLOT = VALUE` and threw `bad pointer in write barrier` — an integer stored in a pointer-typed variable, caught at the store.",
    },
    {
      text: "The goroutine that is printed is often innocent — it is the one that was running the GC (or assisting it) when the bad pointer was found. The object dump names the field (`<==`) that held the bad pointer.",
    },
  ],
  causes: [
    "A data race on an interface, slice, string or map: a torn write leaves a pointer that does not match its type or length.",
    "unsafe.Pointer misuse: a `uintptr` turned back into a pointer after the object was freed, or Go pointers hidden in `uintptr` fields (invisible to the GC).",
    "C code (cgo) keeping a Go pointer after the call, or writing past a Go buffer.",
    "Rarely, a runtime or compiler bug, or faulty memory.",
  ],
  fix: "Treat it as corruption, not as a GC bug: reproduce under the race detector and with checkptr, review unsafe and cgo code that touches the type named in the object dump, and keep Go pointers visible to the GC.",
  example: `// wrong: the GC does not see p through a uintptr
// type node struct{ next uintptr }
type node struct{ next *node }`,
  confirm: CONFIRM_CORRUPTION,
};

const FINALIZER: Explanation = {
  title: "Finalizer or cleanup misuse",
  what: "`runtime.SetFinalizer` or `runtime.AddCleanup` (go1.24+) was called with arguments it cannot use — not a pointer to the start of an allocation, a finalizer of the wrong type, a finalizer already set, a cleanup that keeps its own object alive — or (go1.25+, `GODEBUG=checkfinalizers=1`) the runtime found cleanups or finalizers that can never run.",
  mechanism: [
    {
      text: "`runtime.SetFinalizer` throws `runtime.SetFinalizer: <problem>` (a fatal error, not a panic): `first argument is T, not pointer`, `pointer not at beginning of allocated block`, `cannot pass T to finalizer F`, `finalizer already set`, …",
    },
    {
      since: "go1.24",
      text: "`runtime.AddCleanup` panics (recoverable) with `runtime.AddCleanup: ptr is nil`, `ptr is equal to arg, cleanup will never run`, ….",
    },
    {
      since: "go1.25",
      text: "With `GODEBUG=checkfinalizers=1` the GC lists objects whose cleanup or finalizer closes over the object itself and throws `detected possible issues with cleanups and/or finalizers`.",
    },
  ],
  causes: [
    "Setting a finalizer on a value instead of a pointer, or on a pointer to a field (not the start of the object).",
    "A finalizer function whose parameter type does not match the object's pointer type.",
    "A cleanup or finalizer closure that references its object, so the object never becomes unreachable.",
  ],
  fix: "Pass the pointer returned by `new`/`&T{}` and a function taking exactly that type; for cleanups, pass what the cleanup needs as the `arg`, never the object itself.",
  example: `f := &File{fd: fd}
runtime.AddCleanup(f, func(fd int) { syscall.Close(fd) }, f.fd) // arg is fd, not f`,
  confirm: [
    "`GODEBUG=checkfinalizers=1` (go1.25+) reports cleanups and finalizers that can never run",
  ],
};

const ARENA: Explanation = {
  title: "arena misuse",
  what: "The experimental `arena` package (GOEXPERIMENT=arenas, go1.20+) was used wrongly: an arena freed twice, `Clone` of an unsupported type, or a slice made with a negative capacity.",
  mechanism: [
    {
      since: "go1.20",
      text: "The runtime's user-arena code panics with `arena double free`, `arena: Clone only supports pointers, slices, and strings`, `userArena.slice: negative cap`, …. Using memory of a freed arena faults with `accessed data from freed user arena`.",
    },
  ],
  causes: [
    "Calling `Free` on an arena in two places (a defer plus an explicit call).",
    "Keeping arena-allocated values after `Free`.",
  ],
  fix: "Free each arena exactly once, after the last use of anything allocated in it; `arena.Clone` values that must outlive it.",
  example: `a := arena.NewArena()
defer a.Free() // only here
v := arena.New[T](a)
keep := arena.Clone(v) // survives Free`,
  confirm: ["Search for `Free()` calls on the same arena."],
};

const GODEBUG_REMOVED: Explanation = {
  title: "Removed GODEBUG setting",
  what: "The environment sets a GODEBUG option to its old behaviour, but this Go release removed that option: the old behaviour no longer exists, so the program refuses to start rather than silently ignore the setting.",
  mechanism: [
    {
      since: "go1.27",
      text: 'At start-up the runtime checks GODEBUG against the removed settings and calls `fatal` with `removed GODEBUG "name" set to old value "value" in environment (https://go.dev/doc/godebug#go-1NN)`, naming the release that removed it.',
    },
  ],
  causes: [
    "A GODEBUG value kept in a deployment (Dockerfile, systemd unit, CI) from an older Go upgrade.",
  ],
  fix: "Remove the setting from GODEBUG (and `//go:debug` lines) and adapt the program to the current behaviour described at the linked page.",
  example: `# remove the old setting:
GODEBUG= ./app`,
  confirm: [
    "`go env GODEBUG` and the process environment; the linked go.dev/doc/godebug section explains the change",
  ],
};

export const GC_RULES: Rule[] = [
  rule({
    id: "found-bad-pointer-in-heap",
    category: "bad-pointer",
    kind: "runtime-throw",
    since: "go1.4",
    replaced:
      "`invalid heap pointer` / `bad pointer` (go1.4), `objectstart: bad pointer in unexpected span` (go1.5)",
    // go1.4.3 src/runtime/mgc0.c scanblock; go1.5 src/runtime/mbitmap.go heapBitsForObject;
    // go1.6–go1.27 src/runtime/mbitmap.go (findObject since go1.12, badPointer since go1.14).
    pattern:
      /^(?:found bad pointer in Go heap \(incorrect use of unsafe or cgo\?\)|objectstart: bad pointer in unexpected span|invalid heap pointer|bad pointer|bad pointer in write barrier)$/,
    eras: [
      // go1.5–go1.8.3 src/runtime/mbarrier.go writebarrierptr (gone in go1.11.11).
      { text: /write barrier$/, since: "go1.5", until: "go1.8" },
      { text: /^(?:invalid heap pointer|bad pointer)$/, since: "go1.4", until: "go1.4" },
      { text: /^objectstart: /, since: "go1.5", until: "go1.5" },
      { text: /^found bad pointer/, since: "go1.6" },
    ],
    explanation: HEAP_CORRUPTION,
  }),
  rule({
    id: "found-pointer-to-free-object",
    category: "bad-pointer",
    kind: "runtime-throw",
    since: "go1.15",
    pattern: /^found pointer to free object$/,
    explanation: HEAP_CORRUPTION,
  }),
  rule({
    id: "sweep-increased-allocation-count",
    category: "other",
    kind: "runtime-throw",
    since: "go1.7",
    pattern: /^sweep increased allocation count$/,
    explanation: HEAP_CORRUPTION,
  }),
  rule({
    id: "gc-internal-corruption",
    category: "other",
    kind: "runtime-throw",
    since: "go1.7",
    pattern:
      /^(?:workbuf is (?:not )?empty|gc: unswept span|mspan\.sweep: bad span state(?: after sweep)?|marking free object|checkmark found unmarked object|non in-use span in unswept list|mheap\.freeSpanLocked - invalid (?:free|span state|stack free)|bad sweepgen in refill|span has no free (?:space|objects)|s\.allocCount > s\.nelems|scan missed a g|found bad interior pointer|found non-zeroed tail of allocation)$/,
    explanation: HEAP_CORRUPTION,
  }),
  rule({
    id: "setfinalizer-errors",
    category: "other",
    kind: "runtime-throw",
    since: "go1.1",
    pattern: /^runtime\.SetFinalizer: (?<problem>.+)$/,
    summary: (v) => `runtime.SetFinalizer refused its arguments: ${v.problem}.`,
    explanation: FINALIZER,
  }),
  rule({
    id: "addcleanup-errors",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.24",
    pattern:
      /^runtime\.AddCleanup: (?<problem>ptr is nil|ptr is equal to arg, cleanup will never run|ptr is arena-allocated|ptr not in allocated block|ptr is within arg, cleanup will never run|cleanup function closes over ptr, cleanup will never run)$/,
    explanation: FINALIZER,
  }),
  rule({
    id: "cleanup-finalizer-check",
    category: "other",
    kind: "runtime-throw",
    since: "go1.25",
    pattern: /^detected possible issues with cleanups and\/or finalizers$/,
    explanation: FINALIZER,
  }),
  rule({
    id: "arena-panics",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.20",
    pattern:
      /^(?:arena: Clone only supports pointers, slices, and strings|arena double free|userArena\.slice: negative cap|slice result of non-ptr type|slice of non-ptr-to-slice type)$/,
    explanation: ARENA,
  }),
  rule({
    id: "removed-godebug",
    category: "other",
    kind: "user-fatal",
    since: "go1.27",
    pattern:
      /^removed GODEBUG "(?<setting>[^"]+)" set to old value "(?<value>[^"]*)" in environment \(https:\/\/go\.dev\/doc\/godebug#go-1(?<release>\d+)\)$/,
    summary: (v) =>
      `GODEBUG ${v.setting}=${v.value} asks for behaviour removed in go1.${v.release}.`,
    explanation: GODEBUG_REMOVED,
  }),
];
