// One or more real instances of every rule of the catalogue, with the values it must read.
// Each instance says where its exact text comes from:
//   - `file`: a real run or report under testdata/ that prints it (the test checks it does);
//   - `go` + `source` + `literal`: the runtime's format string filled in as the runtime fills
//     it, in the named file of the named Go release (the test checks the file holds the
//     literal part when that release's source is on the machine);
//   - `report`: a public crash report (URL) that printed it, for texts no local run prints.
// Rules chosen by the kind of crash rather than its text are in CONTEXT_INSTANCES: a file of
// the corpus that must get that rule.

export type From =
  | { file: string }
  | { go: string; source: string; literal: string }
  | { report: string };

export interface Instance {
  rule: string;
  /** The message after `panic: ` / `fatal error: `. */
  text: string;
  /** Default: the rule's own headline. */
  headline?: "panic" | "fatal";
  values?: Record<string, string>;
  from: From;
}

const go = (release: string, source: string, literal: string): From => ({
  go: release,
  source,
  literal,
});

export const INSTANCES: Instance[] = [
  // ── nil ────────────────────────────────────────────────────────────────────────────────
  {
    rule: "nil-pointer-dereference",
    text: "runtime error: invalid memory address or nil pointer dereference",
    from: { file: "testdata/go/go1.22/nil-deref.single.txt" },
  },
  {
    rule: "value-method-nil-pointer",
    text: "value method main.T.String called using nil *T pointer",
    values: { package: "main", type: "T", method: "String" },
    from: go("go1.26", "src/runtime/error.go", '" called using nil *" + typ + " pointer"'),
  },
  {
    rule: "value-method-nil-pointer",
    text: "value method github.com/x/store.Item.Key called using nil *Item pointer",
    values: { package: "github.com/x/store", type: "Item", method: "Key" },
    from: go("go1.19", "src/runtime/error.go", '"value method " + pkg + "." + typ + "." + meth'),
  },
  {
    rule: "go-of-nil-func",
    text: "go of nil func value",
    from: go("go1.26", "src/runtime/proc.go", 'fatal("go of nil func value")'),
  },
  // ── bounds ─────────────────────────────────────────────────────────────────────────────
  {
    rule: "index-out-of-range",
    text: "runtime error: index out of range [6] with length 3",
    values: { index: "6", length: "3" },
    from: { file: "testdata/go/go1.26/index-out-of-range.single.txt" },
  },
  {
    rule: "index-out-of-range",
    text: "runtime error: index out of range [1] with length 1",
    values: { index: "1", length: "1" },
    from: { file: "testdata/real/cntb-3-index-out-of-range-go117.txt" },
  },
  {
    rule: "index-out-of-range-negative",
    text: "runtime error: index out of range [-1]",
    values: { index: "-1" },
    from: { file: "testdata/go/go1.26/generic.single.txt" },
  },
  {
    rule: "index-out-of-range-legacy",
    text: "runtime error: index out of range",
    from: { file: "testdata/real/moby-19021-dockerd-index-out-of-range-go15.txt" },
  },
  {
    rule: "slice-bounds-alen",
    text: "runtime error: slice bounds out of range [:6] with length 3",
    values: { high: "6", length: "3" },
    from: go("go1.26", "src/runtime/error.go", '"slice bounds out of range [:%x] with length %y"'),
  },
  {
    rule: "slice-bounds-acap",
    text: "runtime error: slice bounds out of range [:23] with capacity 14",
    values: { high: "23", capacity: "14" },
    from: { file: "testdata/go/go1.25/slice-bounds.single.txt" },
  },
  {
    rule: "slice-bounds-acap",
    text: "runtime error: slice bounds out of range [:4] with capacity 0",
    values: { high: "4", capacity: "0" },
    from: { file: "testdata/real/matrixone-487-test-panic-headline-only.txt" },
  },
  {
    rule: "slice-bounds-b",
    text: "runtime error: slice bounds out of range [3:1]",
    values: { low: "3", high: "1" },
    from: go("go1.26", "src/runtime/error.go", '"slice bounds out of range [%x:%y]"'),
  },
  {
    rule: "slice3-bounds-alen",
    text: "runtime error: slice bounds out of range [::6] with length 3",
    values: { max: "6", length: "3" },
    from: go("go1.26", "src/runtime/error.go", '"slice bounds out of range [::%x] with length %y"'),
  },
  {
    rule: "slice3-bounds-acap",
    text: "runtime error: slice bounds out of range [::6] with capacity 4",
    values: { max: "6", capacity: "4" },
    from: { file: "testdata/go/go1.19/slice-bounds-3.single.txt" },
  },
  {
    rule: "slice3-bounds-b",
    text: "runtime error: slice bounds out of range [:4:2]",
    values: { high: "4", max: "2" },
    from: go("go1.26", "src/runtime/error.go", '"slice bounds out of range [:%x:%y]"'),
  },
  {
    rule: "slice3-bounds-c",
    text: "runtime error: slice bounds out of range [3:2:]",
    values: { low: "3", high: "2" },
    from: go("go1.26", "src/runtime/error.go", '"slice bounds out of range [%x:%y:]"'),
  },
  {
    rule: "slice-bounds-negative",
    text: "runtime error: slice bounds out of range [-1:]",
    values: { form: "-1:" },
    from: go("go1.26", "src/runtime/error.go", '"slice bounds out of range [%x:]"'),
  },
  {
    rule: "slice-bounds-negative",
    text: "runtime error: slice bounds out of range [::-2]",
    values: { form: "::-2" },
    from: go("go1.21", "src/runtime/error.go", '"slice bounds out of range [::%x]"'),
  },
  {
    rule: "slice-bounds-legacy",
    text: "runtime error: slice bounds out of range",
    from: { file: "testdata/real/goman-1-slice-bounds.txt" },
  },
  {
    rule: "slice-to-array-conversion",
    text: "runtime error: cannot convert slice with length 3 to array or pointer to array with length 8",
    values: { length: "3", arrayLength: "8" },
    from: go(
      "go1.26",
      "src/runtime/error.go",
      '"cannot convert slice with length %y to array or pointer to array with length %x"',
    ),
  },
  {
    rule: "slice-to-array-pointer-conversion-legacy",
    text: "runtime error: cannot convert slice with length 3 to pointer to array with length 8",
    values: { length: "3", arrayLength: "8" },
    from: go(
      "go1.19",
      "src/runtime/error.go",
      '"cannot convert slice with length %y to pointer to array with length %x"',
    ),
  },
  {
    rule: "bounds-throw-in-runtime",
    text: "index out of range",
    values: { check: "index out of range" },
    from: go(
      "go1.26",
      "src/runtime/panic.go",
      'panicCheck1(sys.GetCallerPC(), "index out of range")',
    ),
  },
  // ── arithmetic ─────────────────────────────────────────────────────────────────────────
  {
    rule: "integer-divide-by-zero",
    text: "runtime error: integer divide by zero",
    from: { file: "testdata/go/go1.24/divide-by-zero.single.txt" },
  },
  {
    rule: "integer-overflow",
    text: "runtime error: integer overflow",
    from: go("go1.26", "src/runtime/panic.go", 'errorString("integer overflow")'),
  },
  {
    rule: "floating-point-error",
    text: "runtime error: floating point error",
    from: go("go1.26", "src/runtime/panic.go", 'errorString("floating point error")'),
  },
  {
    rule: "negative-shift-amount",
    text: "runtime error: negative shift amount",
    from: go("go1.26", "src/runtime/panic.go", 'errorString("negative shift amount")'),
  },
  {
    rule: "simd-immediate-out-of-range",
    text: "runtime error: out-of-range immediate for simd intrinsic",
    from: go(
      "go1.26",
      "src/runtime/panic.go",
      'errorString("out-of-range immediate for simd intrinsic")',
    ),
  },
  // ── type assertions ────────────────────────────────────────────────────────────────────
  {
    rule: "type-assertion-nil",
    text: "interface conversion: interface {} is nil, not string",
    values: { interface: "interface {}", asserted: "string" },
    from: { file: "testdata/real/babelweb2-5-type-assertion.txt" },
  },
  {
    rule: "type-assertion-nil",
    text: "interface conversion: interface is nil, not gorm.logger",
    values: { interface: "interface", asserted: "gorm.logger" },
    from: { file: "testdata/real/gorm-1175-type-assertion-go17-panic-frame-first.txt" },
  },
  {
    rule: "type-assertion-missing-method",
    text: "interface conversion: main.Square is not io.Closer: missing method Close",
    values: { concrete: "main.Square", asserted: "io.Closer", method: "Close" },
    from: { file: "testdata/go/go1.26/type-assertion-method.single.txt" },
  },
  {
    rule: "type-assertion-wrong-type",
    text: "interface conversion: interface {} is string, not int",
    values: { interface: "interface {}", concrete: "string", asserted: "int" },
    from: { file: "testdata/go/go1.26/type-assertion.single.txt" },
  },
  {
    rule: "type-assertion-wrong-type",
    text: "interface conversion: types.Object is *types.Var, not *types.Func",
    values: { interface: "types.Object", concrete: "*types.Var", asserted: "*types.Func" },
    from: { file: "testdata/real/nilaway-100-recovered-then-closed-channel-send.txt" },
  },
  {
    rule: "type-assertion-wrong-type",
    text: "interface conversion: interface {} is main.T, not main.T (types from different scopes)",
    values: { interface: "interface {}", concrete: "main.T", asserted: "main.T", scope: "scopes" },
    from: go("go1.26", "src/runtime/error.go", '" (types from different scopes)"'),
  },
  // ── maps ───────────────────────────────────────────────────────────────────────────────
  {
    rule: "nil-map-assignment",
    text: "assignment to entry in nil map",
    from: { file: "testdata/go/go1.23/nil-map-write.single.txt" },
  },
  {
    rule: "hash-of-unhashable-type",
    text: "runtime error: hash of unhashable type []int",
    values: { type: "[]int" },
    from: go("go1.26", "src/runtime/alg.go", '"hash of unhashable type " + toRType(t).string()'),
  },
  {
    rule: "comparing-uncomparable-type",
    text: "runtime error: comparing uncomparable type map[string]int",
    values: { type: "map[string]int" },
    from: go(
      "go1.26",
      "src/runtime/alg.go",
      '"comparing uncomparable type " + toRType(t).string()',
    ),
  },
  {
    rule: "concurrent-map-writes",
    text: "concurrent map writes",
    from: { file: "testdata/go/go1.26/concurrent-map-writes.all.txt" },
  },
  {
    rule: "concurrent-map-read-write",
    text: "concurrent map read and map write",
    from: { file: "testdata/real/grtm-4-concurrent-map-read-write-windows.txt" },
  },
  {
    rule: "concurrent-map-iteration-write",
    text: "concurrent map iteration and map write",
    from: go(
      "go1.26",
      "src/internal/runtime/maps/table.go",
      'fatal("concurrent map iteration and map write")',
    ),
  },
  {
    rule: "concurrent-map-clone-write",
    text: "concurrent map clone and map write",
    from: go("go1.21", "src/runtime/map.go", 'fatal("concurrent map clone and map write")'),
  },
  {
    rule: "small-map-no-empty-slot",
    text: "small map with no empty slot (concurrent map writes?)",
    from: go(
      "go1.24",
      "src/internal/runtime/maps/map.go",
      '"small map with no empty slot (concurrent map writes?)"',
    ),
  },
  // ── channels ───────────────────────────────────────────────────────────────────────────
  {
    rule: "close-of-closed-channel",
    text: "close of closed channel",
    from: { file: "testdata/real/boomer-120-close-of-closed-channel.txt" },
  },
  {
    rule: "send-on-closed-channel",
    text: "send on closed channel",
    from: { file: "testdata/go/go1.21/send-closed-channel.single.txt" },
  },
  {
    rule: "close-of-nil-channel",
    text: "close of nil channel",
    from: { file: "testdata/go/go1.22/close-nil-channel.single.txt" },
  },
  // ── allocation sizes ───────────────────────────────────────────────────────────────────
  {
    rule: "makeslice-len-out-of-range",
    text: "runtime error: makeslice: len out of range",
    from: go("go1.26", "src/runtime/slice.go", 'errorString("makeslice: len out of range")'),
  },
  {
    rule: "makeslice-cap-out-of-range",
    text: "runtime error: makeslice: cap out of range",
    from: go("go1.26", "src/runtime/slice.go", 'errorString("makeslice: cap out of range")'),
  },
  {
    rule: "growslice-len-out-of-range",
    text: "runtime error: growslice: len out of range",
    from: go("go1.26", "src/runtime/slice.go", 'errorString("growslice: len out of range")'),
  },
  {
    rule: "growslice-cap-out-of-range",
    text: "runtime error: growslice: cap out of range",
    from: go("go1.19", "src/runtime/slice.go", 'errorString("growslice: cap out of range")'),
  },
  {
    rule: "makechan-size-out-of-range",
    text: "makechan: size out of range",
    from: go("go1.26", "src/runtime/chan.go", 'plainError("makechan: size out of range")'),
  },
  {
    rule: "allocation-size-out-of-range",
    text: "runtime: allocation size out of range",
    from: go(
      "go1.26",
      "src/runtime/malloc.go",
      'plainError("runtime: allocation size out of range")',
    ),
  },
  {
    rule: "gobytes-length-out-of-range",
    text: "runtime error: gobytes: length out of range",
    from: go("go1.26", "src/runtime/string.go", 'errorString("gobytes: length out of range")'),
  },
  {
    rule: "string-concatenation-too-long",
    text: "string concatenation too long",
    from: go("go1.26", "src/runtime/string.go", 'throw("string concatenation too long")'),
  },
  // ── unsafe ─────────────────────────────────────────────────────────────────────────────
  {
    rule: "unsafe-slice-nil-ptr",
    text: "runtime error: unsafe.Slice: ptr is nil and len is not zero",
    from: go(
      "go1.26",
      "src/runtime/unsafe.go",
      'errorString("unsafe.Slice: ptr is nil and len is not zero")',
    ),
  },
  {
    rule: "unsafe-slice-len",
    text: "runtime error: unsafe.Slice: len out of range",
    from: go("go1.26", "src/runtime/unsafe.go", 'errorString("unsafe.Slice: len out of range")'),
  },
  {
    rule: "unsafe-string-nil-ptr",
    text: "runtime error: unsafe.String: ptr is nil and len is not zero",
    from: go(
      "go1.26",
      "src/runtime/unsafe.go",
      'errorString("unsafe.String: ptr is nil and len is not zero")',
    ),
  },
  {
    rule: "unsafe-string-len",
    text: "runtime error: unsafe.String: len out of range",
    from: go("go1.26", "src/runtime/unsafe.go", 'errorString("unsafe.String: len out of range")'),
  },
  {
    rule: "checkptr-misaligned",
    text: "checkptr: misaligned pointer conversion",
    from: go(
      "go1.26",
      "src/runtime/checkptr.go",
      'throw("checkptr: misaligned pointer conversion")',
    ),
  },
  {
    rule: "checkptr-straddles",
    text: "checkptr: converted pointer straddles multiple allocations",
    from: go(
      "go1.26",
      "src/runtime/checkptr.go",
      'throw("checkptr: converted pointer straddles multiple allocations")',
    ),
  },
  {
    rule: "checkptr-bad-arith",
    text: "checkptr: pointer arithmetic computed bad pointer value",
    from: go(
      "go1.26",
      "src/runtime/checkptr.go",
      'throw("checkptr: pointer arithmetic computed bad pointer value")',
    ),
  },
  {
    rule: "checkptr-invalid-alloc",
    text: "checkptr: pointer arithmetic result points to invalid allocation",
    from: go(
      "go1.26",
      "src/runtime/checkptr.go",
      'throw("checkptr: pointer arithmetic result points to invalid allocation")',
    ),
  },
  {
    rule: "checkptr-unsafe-slice",
    text: "checkptr: unsafe.Slice result straddles multiple allocations",
    from: go(
      "go1.26",
      "src/runtime/unsafe.go",
      'throw("checkptr: unsafe.Slice result straddles multiple allocations")',
    ),
  },
  {
    rule: "checkptr-unsafe-string",
    text: "checkptr: unsafe.String result straddles multiple allocations",
    from: go(
      "go1.26",
      "src/runtime/unsafe.go",
      'throw("checkptr: unsafe.String result straddles multiple allocations")',
    ),
  },
  // ── faults and memory ──────────────────────────────────────────────────────────────────
  {
    rule: "fault",
    text: "fault",
    from: { file: "testdata/real/shen-go-18-fault-wsl-go115.txt" },
  },
  {
    rule: "unexpected-signal-during-runtime",
    text: "unexpected signal during runtime execution",
    from: go(
      "go1.26",
      "src/runtime/signal_unix.go",
      'throw("unexpected signal during runtime execution")',
    ),
  },
  {
    rule: "out-of-memory",
    text: "out of memory",
    from: { file: "testdata/go/go1.26/out-of-memory.single.txt" },
  },
  {
    rule: "out-of-memory",
    text: "runtime: out of memory",
    from: { file: "testdata/go/go1.22/out-of-memory-data.single.txt" },
  },
  {
    rule: "out-of-memory",
    text: "out of memory allocating heap arena map",
    values: { where: " allocating heap arena map" },
    from: go("go1.26", "src/runtime/malloc.go", 'throw("out of memory allocating heap arena map")'),
  },
  {
    rule: "runtime-cannot-allocate-memory",
    text: "runtime: cannot allocate memory",
    from: go("go1.26", "src/runtime/mheap.go", 'throw("runtime: cannot allocate memory")'),
  },
  {
    rule: "mmap-failed-map-pages",
    text: "runtime: cannot map pages in arena address space",
    from: go(
      "go1.26",
      "src/runtime/mem_linux.go",
      'throw("runtime: cannot map pages in arena address space")',
    ),
  },
  {
    rule: "cgo-malloc-failed",
    text: "runtime: C malloc failed",
    from: go("go1.26", "src/cmd/cgo/out.go", 'runtime_throw("runtime: C malloc failed")'),
  },
  {
    rule: "memory-reservation-exceeds",
    text: "memory reservation exceeds address space limit",
    from: go(
      "go1.26",
      "src/runtime/malloc.go",
      'throw("memory reservation exceeds address space limit")',
    ),
  },
  // ── stacks ─────────────────────────────────────────────────────────────────────────────
  {
    rule: "stack-overflow",
    text: "stack overflow",
    from: { file: "testdata/go/go1.26/stack-overflow.single.txt" },
  },
  {
    rule: "stack-overflow",
    text: "stack overflow",
    from: { file: "testdata/real/go-errorlint-19-stack-overflow-runtime-stack-only.txt" },
  },
  {
    rule: "split-stack-overflow",
    text: "runtime: split stack overflow",
    from: go("go1.26", "src/runtime/stack.go", 'throw("runtime: split stack overflow")'),
  },
  {
    rule: "stack-split-bad-time",
    text: "runtime: stack split at bad time",
    from: go("go1.26", "src/runtime/stack.go", 'throw("runtime: stack split at bad time")'),
  },
  {
    rule: "morestack-on-g0",
    text: "morestack on g0",
    values: { stack: "g0" },
    from: go("go1.26", "src/runtime/proc.go", 'throw("morestack on g0")'),
  },
  {
    rule: "morestack-on-g0",
    text: "morestack on gsignal",
    values: { stack: "gsignal" },
    from: go("go1.26", "src/runtime/proc.go", 'writeErrStr("fatal: morestack on gsignal\\n")'),
  },
  {
    rule: "attempt-system-stack-on-user-stack",
    text: "attempt to execute system stack code on user stack",
    from: go(
      "go1.26",
      "src/runtime/stack.go",
      'throw("attempt to execute system stack code on user stack")',
    ),
  },
  {
    rule: "invalid-pointer-on-stack",
    text: "invalid pointer found on stack",
    from: go("go1.26", "src/runtime/stack.go", 'throw("invalid pointer found on stack")'),
  },
  // ── deadlocks ──────────────────────────────────────────────────────────────────────────
  {
    rule: "all-goroutines-asleep",
    text: "all goroutines are asleep - deadlock!",
    from: { file: "testdata/real/golang-tour-1052-deadlock-playground.txt" },
  },
  {
    rule: "goexit-deadlock",
    text: "no goroutines (main called runtime.Goexit) - deadlock!",
    from: go(
      "go1.26",
      "src/runtime/proc.go",
      'fatal("no goroutines (main called runtime.Goexit) - deadlock!")',
    ),
  },
  // ── sync ───────────────────────────────────────────────────────────────────────────────
  {
    rule: "sync-unlock-unlocked-mutex",
    text: "sync: unlock of unlocked mutex",
    from: { file: "testdata/real/tidb-39036-sync-fatal-go119-no-blank.txt" },
  },
  {
    rule: "sync-runlock-unlocked-rwmutex",
    text: "sync: RUnlock of unlocked RWMutex",
    from: { file: "testdata/go/go1.26/runlock-unlocked-rwmutex.single.txt" },
  },
  {
    rule: "sync-unlock-unlocked-rwmutex",
    text: "sync: Unlock of unlocked RWMutex",
    from: { file: "testdata/real/neo-go-1714-rwmutex-unlock-throw.txt" },
  },
  {
    rule: "sync-inconsistent-mutex-state",
    text: "sync: inconsistent mutex state",
    from: go("go1.26", "src/internal/sync/mutex.go", 'throw("sync: inconsistent mutex state")'),
  },
  {
    rule: "sync-negative-waitgroup",
    text: "sync: negative WaitGroup counter",
    from: { file: "testdata/real/gominer-55-negative-waitgroup-windows-go16.txt" },
  },
  {
    rule: "sync-waitgroup-add-during-wait",
    text: "sync: WaitGroup misuse: Add called concurrently with Wait",
    from: go(
      "go1.26",
      "src/sync/waitgroup.go",
      'panic("sync: WaitGroup misuse: Add called concurrently with Wait")',
    ),
  },
  {
    rule: "sync-waitgroup-reused",
    text: "sync: WaitGroup is reused before previous Wait has returned",
    from: go(
      "go1.26",
      "src/sync/waitgroup.go",
      'panic("sync: WaitGroup is reused before previous Wait has returned")',
    ),
  },
  {
    rule: "sync-cond-copied",
    text: "sync.Cond is copied",
    from: go("go1.26", "src/sync/cond.go", 'panic("sync.Cond is copied")'),
  },
  {
    rule: "sync-nil-pool",
    text: "nil Pool",
    from: go("go1.26", "src/sync/pool.go", 'panic("nil Pool")'),
  },
  {
    rule: "sync-atomic-value",
    text: "sync/atomic: store of inconsistently typed value into Value",
    values: { operation: "store", problem: "inconsistently typed value" },
    from: go(
      "go1.26",
      "src/sync/atomic/value.go",
      'panic("sync/atomic: store of inconsistently typed value into Value")',
    ),
  },
  {
    rule: "unaligned-64bit-atomic",
    text: "unaligned 64-bit atomic operation",
    from: go(
      "go1.26",
      "src/internal/runtime/atomic/unaligned.go",
      'panic("unaligned 64-bit atomic operation")',
    ),
  },
  {
    rule: "sync-waitgroup-synctest",
    text: "sync: WaitGroup.Add called from multiple synctest bubbles",
    from: go(
      "go1.26",
      "src/sync/waitgroup.go",
      'fatal("sync: WaitGroup.Add called from multiple synctest bubbles")',
    ),
  },
  {
    rule: "synctest-outside-bubble",
    text: "receive on synctest channel from outside bubble",
    from: go(
      "go1.26",
      "src/runtime/chan.go",
      'fatal("receive on synctest channel from outside bubble")',
    ),
  },
  {
    rule: "synctest-deadlock",
    text: "deadlock: all goroutines in bubble are blocked",
    from: go(
      "go1.26",
      "src/runtime/synctest.go",
      '"deadlock: all goroutines in bubble are blocked"',
    ),
  },
  // ── threads ────────────────────────────────────────────────────────────────────────────
  {
    rule: "thread-exhaustion",
    text: "thread exhaustion",
    from: go("go1.26", "src/runtime/proc.go", 'throw("thread exhaustion")'),
  },
  {
    rule: "newosproc",
    text: "newosproc",
    from: go("go1.26", "src/runtime/os_linux.go", 'throw("newosproc")'),
  },
  {
    rule: "lockosthread-nesting-overflow",
    text: "LockOSThread nesting overflow",
    from: go("go1.26", "src/runtime/proc.go", 'panic("LockOSThread nesting overflow")'),
  },
  {
    rule: "exited-locked-goroutine",
    text: "exited a goroutine internally locked to the OS thread",
    from: go(
      "go1.26",
      "src/runtime/proc.go",
      'throw("exited a goroutine internally locked to the OS thread")',
    ),
  },
  {
    rule: "goexit-foreign-thread",
    text: "runtime.Goexit called in a thread that was not created by the Go runtime",
    from: go(
      "go1.26",
      "src/runtime/proc.go",
      'throw("runtime.Goexit called in a thread that was not created by the Go runtime")',
    ),
  },
  // ── the panic machinery ────────────────────────────────────────────────────────────────
  {
    rule: "panic-nil-error",
    text: "panic called with nil argument",
    from: { file: "testdata/go/go1.26/panic-nil-error.single.txt" },
  },
  {
    rule: "panic-nil-legacy",
    text: "nil",
    from: { file: "testdata/go/go1.19/panic-nil.single.txt" },
  },
  {
    rule: "panic-while-printing-panic-value",
    text: "panic while printing panic value: type runtime.boundsError",
    values: { type: "runtime.boundsError" },
    from: go(
      "go1.26",
      "src/runtime/panic.go",
      'throw(text + ": type " + toRType(efaceOf(&r)._type).string())',
    ),
  },
  {
    rule: "panic-while-printing-panic-value",
    text: "panic while printing panic value: error method exploded",
    values: { inner: "error method exploded" },
    from: go("go1.19", "src/runtime/panic.go", 'throw(text + ": " + r)'),
  },
  {
    rule: "panic-holding-locks",
    text: "panic holding locks",
    from: go("go1.26", "src/runtime/panic.go", 'throw("panic holding locks")'),
  },
  {
    rule: "panic-during-malloc",
    text: "panic during malloc",
    from: go("go1.26", "src/runtime/panic.go", 'throw("panic during malloc")'),
  },
  {
    rule: "panic-during-preemptoff",
    text: "panic during preemptoff",
    from: go("go1.26", "src/runtime/panic.go", 'throw("panic during preemptoff")'),
  },
  {
    rule: "panic-on-system-stack",
    text: "panic on system stack",
    from: go("go1.26", "src/runtime/panic.go", 'throw("panic on system stack")'),
  },
  {
    rule: "bad-recovery",
    text: "bad recovery",
    from: go("go1.26", "src/runtime/panic.go", 'throw("bad recovery")'),
  },
  {
    rule: "rangefunc-continued-after-false",
    text: "runtime error: range function continued iteration after function for loop body returned false",
    from: go(
      "go1.26",
      "src/runtime/panic.go",
      '"range function continued iteration after function for loop body returned false"',
    ),
  },
  {
    rule: "rangefunc-continued-after-panic",
    text: "runtime error: range function continued iteration after loop body panic",
    from: go(
      "go1.26",
      "src/runtime/panic.go",
      '"range function continued iteration after loop body panic"',
    ),
  },
  {
    rule: "rangefunc-continued-after-exit",
    text: "runtime error: range function continued iteration after whole loop exit",
    from: go(
      "go1.26",
      "src/runtime/panic.go",
      '"range function continued iteration after whole loop exit"',
    ),
  },
  {
    rule: "rangefunc-missing-panic",
    text: "runtime error: range function recovered a loop body panic and did not resume panicking",
    from: go(
      "go1.26",
      "src/runtime/panic.go",
      '"range function recovered a loop body panic and did not resume panicking"',
    ),
  },
  {
    rule: "rangefunc-continued-after-exit-go122",
    text: "runtime error: range function continued iteration after exit",
    from: go("go1.22", "src/runtime/panic.go", '"range function continued iteration after exit"'),
  },
  // ── cgo ────────────────────────────────────────────────────────────────────────────────
  {
    rule: "cgo-arg-unpinned-pointer",
    text: "runtime error: argument of cgo function has Go pointer to unpinned Go pointer",
    values: { kind: "pointer" },
    from: go(
      "go1.26",
      "src/runtime/cgocall.go",
      '"argument of cgo function has Go pointer to unpinned Go " + kindname',
    ),
  },
  {
    rule: "cgo-arg-unpinned-pointer",
    text: "runtime error: cgo argument has Go pointer to unpinned Go pointer",
    from: go(
      "go1.21",
      "src/runtime/cgocall.go",
      '"cgo argument has Go pointer to unpinned Go pointer"',
    ),
  },
  {
    rule: "cgo-arg-unpinned-pointer",
    text: "runtime error: cgo argument has Go pointer to Go pointer",
    from: go("go1.19", "src/runtime/cgocall.go", '"cgo argument has Go pointer to Go pointer"'),
  },
  {
    rule: "cgo-result-unpinned-pointer",
    text: "runtime error: /src/x.go:12: result of Go function getBuf called from cgo is unpinned Go pointer or points to unpinned Go pointer",
    values: { file: "/src/x.go", line: "12", function: "getBuf", kind: "pointer" },
    from: go(
      "go1.26",
      "src/runtime/cgocall.go",
      '": result of Go function " + cgoFunction + " called from cgo"',
    ),
  },
  {
    rule: "cgo-result-unpinned-pointer",
    text: "runtime error: cgo result is unpinned Go pointer or points to unpinned Go pointer",
    from: go(
      "go1.22",
      "src/runtime/cgocall.go",
      '"cgo result is unpinned Go pointer or points to unpinned Go pointer"',
    ),
  },
  {
    rule: "cgo-write-barrier",
    text: "unpinned Go pointer stored into non-Go memory",
    from: go(
      "go1.26",
      "src/runtime/cgocheck.go",
      'cgoWriteBarrierFail = "unpinned Go pointer stored into non-Go memory"',
    ),
  },
  {
    rule: "cgo-write-barrier",
    text: "Go pointer stored into non-Go memory",
    from: go(
      "go1.19",
      "src/runtime/cgocheck.go",
      'cgoWriteBarrierFail = "Go pointer stored into non-Go memory"',
    ),
  },
  {
    rule: "cgocheck2-runtime-setting",
    text: "cgocheck > 1 mode is no longer supported at runtime. Use GOEXPERIMENT=cgocheck2 at build time instead.",
    from: go(
      "go1.26",
      "src/runtime/runtime1.go",
      '"cgocheck > 1 mode is no longer supported at runtime. Use GOEXPERIMENT=cgocheck2 at build time instead."',
    ),
  },
  {
    rule: "pinner-nil",
    text: "runtime error: runtime.Pinner: argument is nil",
    from: go("go1.26", "src/runtime/pinner.go", 'errorString("runtime.Pinner: argument is nil")'),
  },
  {
    rule: "pinner-not-pointer",
    text: "runtime error: runtime.Pinner: argument is not a pointer: main.T",
    values: { type: "main.T" },
    from: go(
      "go1.26",
      "src/runtime/pinner.go",
      '"runtime.Pinner: argument is not a pointer: " + toRType(etyp).string()',
    ),
  },
  {
    rule: "pinner-arena",
    text: "runtime error: runtime.Pinner: object was allocated into an arena",
    from: go(
      "go1.26",
      "src/runtime/pinner.go",
      'errorString("runtime.Pinner: object was allocated into an arena")',
    ),
  },
  {
    rule: "pinner-non-go",
    text: "runtime error: tried to unpin non-Go pointer",
    from: go("go1.26", "src/runtime/pinner.go", 'errorString("tried to unpin non-Go pointer")'),
  },
  {
    rule: "pinner-leak",
    text: "runtime error: runtime.Pinner: found leaking pinned pointer; forgot to call Unpin()?",
    from: go(
      "go1.26",
      "src/runtime/pinner.go",
      '"runtime.Pinner: found leaking pinned pointer; forgot to call Unpin()?"',
    ),
  },
  {
    rule: "pinner-go-pointer-legacy",
    text: "runtime error: runtime.Pinner.Pin: argument is not a Go pointer",
    from: go(
      "go1.21",
      "src/runtime/pinner.go",
      '"runtime.Pinner.Pin: argument is not a Go pointer"',
    ),
  },
  {
    rule: "cgo-nocallback",
    text: "runtime: function marked with #cgo nocallback called back into Go",
    from: go(
      "go1.26",
      "src/runtime/cgocall.go",
      'panic("runtime: function marked with #cgo nocallback called back into Go")',
    ),
  },
  {
    rule: "cgo-callback-before-cgo-call",
    text: "cgo callback before cgo call",
    from: go(
      "go1.26",
      "src/runtime/proc.go",
      'writeErrStr("fatal error: cgo callback before cgo call\\n")',
    ),
  },
  {
    rule: "cgo-handle-invalid",
    text: "runtime/cgo: misuse of an invalid Handle",
    from: go(
      "go1.26",
      "src/runtime/cgo/handle.go",
      'panic("runtime/cgo: misuse of an invalid Handle")',
    ),
  },
  {
    rule: "cgo-handle-exhausted",
    text: "runtime/cgo: ran out of handle space",
    from: go(
      "go1.26",
      "src/runtime/cgo/handle.go",
      'panic("runtime/cgo: ran out of handle space")',
    ),
  },
  {
    rule: "windows-callback",
    text: "compileCallback: expected function with one uintptr-sized result",
    values: { problem: "expected function with one uintptr-sized result" },
    from: go(
      "go1.26",
      "src/runtime/syscall_windows.go",
      'panic("compileCallback: expected function with one uintptr-sized result")',
    ),
  },
  {
    rule: "windows-callback-limit",
    text: "too many callback functions",
    from: go("go1.26", "src/runtime/syscall_windows.go", 'throw("too many callback functions")'),
  },
  {
    rule: "cgo-traceback-setup",
    text: "call SetCgoTraceback only once",
    from: go("go1.26", "src/runtime/traceback.go", 'panic("call SetCgoTraceback only once")'),
  },
  // ── GC, finalizers, arenas, GODEBUG ────────────────────────────────────────────────────
  {
    rule: "found-bad-pointer-in-heap",
    text: "found bad pointer in Go heap (incorrect use of unsafe or cgo?)",
    from: go(
      "go1.26",
      "src/runtime/mbitmap.go",
      'throw("found bad pointer in Go heap (incorrect use of unsafe or cgo?)")',
    ),
  },
  {
    rule: "found-pointer-to-free-object",
    text: "found pointer to free object",
    from: go("go1.26", "src/runtime/mgcsweep.go", 'throw("found pointer to free object")'),
  },
  {
    rule: "sweep-increased-allocation-count",
    text: "sweep increased allocation count",
    from: go("go1.26", "src/runtime/mgcsweep.go", 'throw("sweep increased allocation count")'),
  },
  {
    rule: "gc-internal-corruption",
    text: "non in-use span in unswept list",
    from: go("go1.26", "src/runtime/mgcsweep.go", 'throw("non in-use span in unswept list")'),
  },
  {
    rule: "setfinalizer-errors",
    text: "runtime.SetFinalizer: first argument is main.T, not pointer",
    values: { problem: "first argument is main.T, not pointer" },
    from: go(
      "go1.26",
      "src/runtime/mfinal.go",
      '"runtime.SetFinalizer: first argument is " + toRType(etyp).string() + ", not pointer"',
    ),
  },
  {
    rule: "addcleanup-errors",
    text: "runtime.AddCleanup: ptr is equal to arg, cleanup will never run",
    values: { problem: "ptr is equal to arg, cleanup will never run" },
    from: go(
      "go1.26",
      "src/runtime/mcleanup.go",
      'panic("runtime.AddCleanup: ptr is equal to arg, cleanup will never run")',
    ),
  },
  {
    rule: "cleanup-finalizer-check",
    text: "detected possible issues with cleanups and/or finalizers",
    from: go(
      "go1.26",
      "src/runtime/mcheckmark.go",
      'throw("detected possible issues with cleanups and/or finalizers")',
    ),
  },
  {
    rule: "arena-panics",
    text: "arena double free",
    from: go("go1.26", "src/runtime/arena.go", 'panic("arena double free")'),
  },
  {
    rule: "removed-godebug",
    text: 'removed GODEBUG "x509sha1" set to old value "1" in environment (https://go.dev/doc/godebug#go-124)',
    values: { setting: "x509sha1", value: "1", release: "24" },
    // go1.27 src/runtime/proc.go; no go1.27 tree on this machine: the example of
    // ../shared/reference/runtime-messages.json (entry removed-godebug), read from that tree.
    from: { report: "runtime-messages.json removed-godebug (go1.27 src/runtime/proc.go:224)" },
  },
  // ── signal handling ────────────────────────────────────────────────────────────────────
  {
    rule: "sa-onstack",
    text: "non-Go code set up signal handler without SA_ONSTACK flag",
    from: go(
      "go1.26",
      "src/runtime/signal_unix.go",
      'throw("non-Go code set up signal handler without SA_ONSTACK flag")',
    ),
  },
  {
    rule: "sigaltstack-disabled",
    text: "non-Go code disabled sigaltstack",
    from: go("go1.26", "src/runtime/signal_unix.go", 'throw("non-Go code disabled sigaltstack")'),
  },
  {
    rule: "signal-during-fork",
    text: "signal received during fork",
    from: go("go1.26", "src/runtime/signal_unix.go", 'throw("signal received during fork")'),
  },
  {
    rule: "bad-g-in-signal-handler",
    text: "bad g in signal handler",
    from: go(
      "go1.26",
      "src/runtime/signal_unix.go",
      'writeErrStr("fatal: bad g in signal handler\\n")',
    ),
  },
  // ── reflect ────────────────────────────────────────────────────────────────────────────
  {
    rule: "reflect-zero-value",
    text: "reflect: call of reflect.Value.Interface on zero Value",
    values: { method: "reflect.Value.Interface" },
    from: go("go1.26", "src/reflect/value.go", '"reflect: call of " + e.Method + " on zero Value"'),
  },
  {
    rule: "reflect-wrong-kind",
    text: "reflect: call of reflect.Value.Elem on struct Value",
    values: { method: "reflect.Value.Elem", kind: "struct" },
    from: go(
      "go1.26",
      "src/reflect/value.go",
      '"reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"',
    ),
  },
  {
    rule: "reflect-type-method-kind",
    text: "reflect: Elem of invalid type main.T",
    values: { method: "Elem", type: "main.T" },
    from: go("go1.26", "src/reflect/type.go", '"reflect: Elem of invalid type " + stringFor(t)'),
  },
  {
    rule: "reflect-unexported-field",
    text: "reflect: reflect.Value.SetInt using value obtained using unexported field",
    values: { method: "reflect.Value.SetInt" },
    from: go("go1.26", "src/reflect/value.go", '" using value obtained using unexported field"'),
  },
  {
    rule: "reflect-unaddressable",
    text: "reflect: reflect.Value.SetInt using unaddressable value",
    values: { method: "reflect.Value.SetInt" },
    from: go("go1.26", "src/reflect/value.go", '" using unaddressable value"'),
  },
  {
    rule: "reflect-not-assignable",
    text: "reflect.Set: value of type string is not assignable to type int",
    values: { method: "reflect.Set", from: "string", to: "int" },
    from: go(
      "go1.26",
      "src/reflect/value.go",
      '": value of type " + stringFor(v.typ()) + " is not assignable to type " + stringFor(dst)',
    ),
  },
  {
    rule: "reflect-convert",
    text: "reflect.Value.Convert: value of type string cannot be converted to type int",
    values: { from: "string", to: "int" },
    from: go(
      "go1.26",
      "src/reflect/value.go",
      '"reflect.Value.Convert: value of type " + stringFor(v.typ()) + " cannot be converted to type "',
    ),
  },
  {
    rule: "reflect-call-args",
    text: "reflect: Call with too few input arguments",
    from: go(
      "go1.26",
      "src/reflect/value.go",
      'panic("reflect: Call with too few input arguments")',
    ),
  },
  {
    rule: "reflect-call-arg-size",
    text: "arg size to reflect.call more than 1GB",
    from: go(
      "go1.26",
      "src/runtime/proc.go",
      'plainError("arg size to reflect.call more than 1GB")',
    ),
  },
  {
    rule: "reflect-index-range",
    text: "reflect: slice index out of range",
    from: go("go1.26", "src/reflect/swapper.go", 'panic("reflect: slice index out of range")'),
  },
  {
    rule: "reflect-misc",
    text: "reflect: indirection through nil pointer to embedded struct",
    from: go(
      "go1.26",
      "src/reflect/value.go",
      'panic("reflect: indirection through nil pointer to embedded struct")',
    ),
  },
  // ── standard library ───────────────────────────────────────────────────────────────────
  {
    rule: "strings-repeat-negative",
    text: "strings: negative Repeat count",
    values: { package: "strings" },
    from: go("go1.26", "src/strings/strings.go", 'panic("strings: negative Repeat count")'),
  },
  {
    rule: "strings-repeat-overflow",
    text: "strings: Repeat output length overflow",
    values: { package: "strings" },
    from: go("go1.26", "src/strings/strings.go", 'panic("strings: Repeat output length overflow")'),
  },
  {
    rule: "strings-builder-copy",
    text: "strings: illegal use of non-zero Builder copied by value",
    from: go(
      "go1.26",
      "src/strings/builder.go",
      'panic("strings: illegal use of non-zero Builder copied by value")',
    ),
  },
  {
    rule: "strings-misc",
    text: "strings.NewReplacer: odd argument count",
    from: go(
      "go1.26",
      "src/strings/replace.go",
      'panic("strings.NewReplacer: odd argument count")',
    ),
  },
  {
    rule: "time-ticker-nonpositive",
    text: "non-positive interval for NewTicker",
    values: { function: "NewTicker" },
    from: go("go1.26", "src/time/tick.go", 'panic("non-positive interval for NewTicker")'),
  },
  {
    rule: "time-uninitialized-timer",
    text: "time: Stop called on uninitialized Timer",
    values: { method: "Stop", type: "Timer" },
    from: go("go1.26", "src/time/sleep.go", 'panic("time: Stop called on uninitialized Timer")'),
  },
  {
    rule: "time-missing-location",
    text: "time: missing Location in call to Date",
    values: { function: "Date" },
    from: go("go1.26", "src/time/time.go", 'panic("time: missing Location in call to Date")'),
  },
  {
    rule: "regexp-mustcompile",
    text: "regexp: Compile(`(abc`): error parsing regexp: missing closing ): `(abc`",
    values: { pattern: "`(abc`", error: "error parsing regexp: missing closing ): `(abc`" },
    from: go(
      "go1.26",
      "src/regexp/regexp.go",
      "panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())",
    ),
  },
  {
    rule: "template-must",
    text: 'template: page:1: function "upper" not defined',
    values: { template: "page", line: "1", error: 'function "upper" not defined' },
    from: go(
      "go1.26",
      "src/text/template/parse/parse.go",
      't.errorf("function %q not defined", token.val)',
    ),
  },
  {
    rule: "math-rand-invalid-argument",
    text: "invalid argument to Intn",
    values: { function: "Intn" },
    from: go("go1.26", "src/math/rand/rand.go", 'panic("invalid argument to Intn")'),
  },
  {
    rule: "math-big-division-by-zero",
    text: "division by zero",
    from: go("go1.26", "src/math/big/natdiv.go", 'panic("division by zero")'),
  },
  {
    rule: "errors-as-target",
    text: "errors: target must be a non-nil pointer",
    from: go("go1.26", "src/errors/wrap.go", 'panic("errors: target must be a non-nil pointer")'),
  },
  {
    rule: "context-nil-parent",
    text: "cannot create context from nil parent",
    from: go("go1.26", "src/context/context.go", 'panic("cannot create context from nil parent")'),
  },
  {
    rule: "slices-empty-minmax",
    text: "slices.Max: empty list",
    values: { function: "Max" },
    from: go("go1.26", "src/slices/sort.go", 'panic("slices.Max: empty list")'),
  },
  {
    rule: "pprof-misuse",
    text: "pprof: NewProfile name already in use: mutex",
    values: { name: "mutex" },
    from: go(
      "go1.26",
      "src/runtime/pprof/pprof.go",
      'panic("pprof: NewProfile name already in use: " + name)',
    ),
  },
  {
    rule: "crypto-rand-failed",
    text: "crypto/rand: failed to read random data (see https://go.dev/issue/66821): getrandom: operation not permitted",
    values: { error: "getrandom: operation not permitted" },
    from: go(
      "go1.26",
      "src/crypto/rand/rand.go",
      'fatal("crypto/rand: failed to read random data (see https://go.dev/issue/66821): " + err.Error())',
    ),
  },
  {
    rule: "fips-self-test-failed",
    text: "FIPS 140-3 self-test failed: SHA2-256: simulated CAST failure",
    values: { test: "SHA2-256", error: "simulated CAST failure" },
    from: go(
      "go1.26",
      "src/crypto/internal/fips140/cast.go",
      'fatal("FIPS 140-3 self-test failed: " + name + ": " + err.Error())',
    ),
  },
  // ── testing ────────────────────────────────────────────────────────────────────────────
  {
    rule: "test-timeout",
    text: "test timed out after 2s",
    values: { after: "2s" },
    from: { file: "testdata/go/go1.19/test-timeout.single.txt" },
  },
  {
    rule: "test-timeout",
    text: "test timed out after 10m0s",
    values: { after: "10m0s" },
    from: { file: "testdata/real/zot-286-test-timeout-trimpath-noindent.txt" },
  },
  {
    rule: "test-panic-nil-or-goexit",
    text: "test executed panic(nil) or runtime.Goexit",
    from: go(
      "go1.26",
      "src/testing/testing.go",
      'errors.New("test executed panic(nil) or runtime.Goexit")',
    ),
  },
  {
    rule: "test-log-after-complete",
    text: "Log in goroutine after TestFoo has completed: done",
    values: { test: "TestFoo", message: "done" },
    from: go(
      "go1.26",
      "src/testing/testing.go",
      'panic("Log in goroutine after " + c.name + " has completed: " + s)',
    ),
  },
  // ── runtime internals ──────────────────────────────────────────────────────────────────
  {
    rule: "schedule-holding-locks",
    text: "schedule: holding locks",
    from: go("go1.26", "src/runtime/proc.go", 'throw("schedule: holding locks")'),
  },
  {
    rule: "traceback-failures",
    text: "unknown caller pc",
    from: go("go1.26", "src/runtime/traceback.go", 'throw("unknown caller pc")'),
  },
  {
    rule: "runtime-internal-gc-heap",
    text: "s.allocCount != s.nelems && freeIndex == s.nelems",
    values: { source: "src/runtime/malloc.go:1004" },
    from: { report: "https://github.com/oxidecomputer/omicron/issues/1146" },
  },
  {
    rule: "runtime-internal-scheduler",
    text: "checkdead: runnable g",
    values: { source: "src/runtime/proc.go:6472" },
    from: go("go1.26", "src/runtime/proc.go", 'throw("checkdead: runnable g")'),
  },
  {
    rule: "runtime-internal-os",
    text: "G waiting list is corrupted",
    values: { source: "src/runtime/chan.go:292" },
    from: go("go1.26", "src/runtime/chan.go", 'throw("G waiting list is corrupted")'),
  },
  {
    rule: "runtime-internal-stack",
    text: "span has no free stacks",
    values: { source: "src/runtime/stack.go:228" },
    from: go("go1.26", "src/runtime/stack.go", 'throw("span has no free stacks")'),
  },
  {
    rule: "runtime-internal-misc",
    text: "CPUProfile no longer available",
    headline: "panic",
    values: { source: "src/runtime/cpuprof.go:209" },
    from: go("go1.26", "src/runtime/cpuprof.go", 'panic("CPUProfile no longer available")'),
  },
  {
    rule: "runtime-internal-maps",
    text: "invariant failed: slot: key not found",
    headline: "panic",
    values: { source: "src/internal/runtime/maps/table_debug.go:53" },
    from: go(
      "go1.26",
      "src/internal/runtime/maps/table_debug.go",
      'panic("invariant failed: slot: key not found")',
    ),
  },
  {
    rule: "runtime-internal-sync",
    text: "called CompareAndSwap when value is not of comparable type",
    headline: "panic",
    values: { source: "src/internal/sync/hashtriemap.go:283" },
    from: go(
      "go1.26",
      "src/internal/sync/hashtriemap.go",
      'panic("called CompareAndSwap when value is not of comparable type")',
    ),
  },
  // ── fallbacks ──────────────────────────────────────────────────────────────────────────
  {
    rule: "custom-panic",
    text: "cannot handle job 2 (poison-pill)",
    from: { file: "testdata/go/go1.26/goroutine-panic.single.txt" },
  },
  {
    rule: "runtime-error-unknown",
    // runtime.StartTrace's error, raised by a program that panics with it; no rule names it.
    text: "runtime error: tracing is already enabled",
    values: { error: "tracing is already enabled" },
    from: go("go1.26", "src/runtime/trace.go", 'errorString("tracing is already enabled")'),
  },
  {
    rule: "runtime-internal-gc-heap",
    // A heap throw of go1.2–go1.11 (runtime/mheap.go since go1.4, renamed since), as a public
    // report printed it: runtime-internal-old.data.ts, read off those releases' sources.
    text: "MSpanList_Insert",
    values: { source: "go1.11 src/runtime/mheap.go" },
    from: { report: "https://github.com/justjanne/powerline-go/issues/22" },
  },
  {
    rule: "fatal-unknown",
    // A throw only go1.1 and older printed (the catalogue reads go1.2 and later).
    text: "mangled symbol table",
    values: { error: "mangled symbol table" },
    from: go("go1.1", "src/pkg/runtime/symtab.c", 'runtime·throw("mangled symbol table")'),
  },
  // ── texts of releases before go1.17 (the Go sources named; most are not on this machine) ──
  {
    rule: "send-on-closed-channel",
    // go1.2 src/pkg/runtime/chan.c: runtime·panicstring prefixes "runtime error: ".
    text: "runtime error: send on closed channel",
    from: {
      file: "testdata/real/old-go/tsuru-624-send-closed-channel-go12-runtime-error-prefix.txt",
    },
  },
  {
    rule: "close-of-closed-channel",
    text: "runtime error: close of closed channel",
    from: { file: "testdata/real/old-go/heka-957-close-closed-channel-go13-recovered-repanic.txt" },
  },
  {
    rule: "close-of-nil-channel",
    text: "runtime error: close of nil channel",
    from: go("go1.3", "src/pkg/runtime/chan.goc", 'runtime·panicstring("close of nil channel")'),
  },
  {
    rule: "send-on-closed-channel",
    // go1.15+ printanycustomtype: a plainError printed raw on the system stack.
    text: 'runtime.plainError("send on closed channel")',
    headline: "panic",
    from: go(
      "go1.15",
      "src/runtime/error.go",
      'print(typestring, `("`, *(*string)(eface.data), `")`)',
    ),
  },
  {
    rule: "integer-divide-by-zero",
    text: 'runtime.errorString("integer divide by zero")',
    from: {
      file: "testdata/real/old-go/golang-65867-errorstring-panic-on-system-stack-go121-windows.txt",
    },
  },
  {
    rule: "runtime-error-unknown",
    // go1.11–go1.14 printany default case: the type, then the interface's two words.
    text: "(runtime.errorString) (0x4c1f60,0xc42000e1e0)",
    values: { error: "a runtime.errorString whose text the runtime did not print" },
    from: go("go1.11", "src/runtime/error.go", 'print("(", typestring(i), ") ", i)'),
  },
  {
    rule: "nil-pointer-dereference",
    text: "runtime error: call of nil func value",
    from: go(
      "go1.2",
      "src/pkg/runtime/os_linux.c",
      'runtime·panicstring("call of nil func value")',
    ),
  },
  {
    rule: "nil-map-assignment",
    text: "runtime error: assignment to entry in nil map",
    from: go(
      "go1.2",
      "src/pkg/runtime/hashmap.c",
      'runtime·panicstring("assignment to entry in nil map")',
    ),
  },
  {
    rule: "hash-of-unhashable-type",
    // go1.2 alg.c nohash: no type name.
    text: "runtime error: hash of unhashable type",
    from: go("go1.2", "src/pkg/runtime/alg.c", 'runtime·panicstring("hash of unhashable type")'),
  },
  {
    rule: "hash-of-unhashable-type",
    text: "runtime error: hash of unhashable type []interface {}",
    values: { type: "[]interface {}" },
    from: {
      file: "testdata/real/broad/yaml-25-hash-of-unhashable-recovered-headline-only-go13.txt",
    },
  },
  {
    rule: "hash-of-unhashable-type",
    // go1.25+ lookup or delete on an empty map with an unhashable interface key.
    text: "hash of unhashable type: valdo.Errors",
    values: { type: "valdo.Errors" },
    from: go(
      "go1.25",
      "src/internal/runtime/maps/map.go",
      'return "hash of unhashable type: " + typeString(e.typ)',
    ),
  },
  {
    rule: "comparing-uncomparable-type",
    text: "runtime error: comparing uncomparable types",
    from: go(
      "go1.2",
      "src/pkg/runtime/alg.c",
      'runtime·panicstring("comparing uncomparable types")',
    ),
  },
  {
    rule: "makechan-size-out-of-range",
    text: "runtime error: makechan: size out of range",
    from: go(
      "go1.2",
      "src/pkg/runtime/chan.c",
      'runtime·panicstring("makechan: size out of range")',
    ),
  },
  {
    rule: "makemap-size-out-of-range-legacy",
    text: "makemap: size out of range",
    from: go("go1.8", "src/runtime/hashmap.go", 'panic("makemap: size out of range")'),
  },
  {
    rule: "makemap-size-out-of-range-legacy",
    text: "runtime error: makemap: size out of range",
    from: go(
      "go1.2",
      "src/pkg/runtime/hashmap.c",
      'runtime·panicstring("makemap: size out of range")',
    ),
  },
  {
    rule: "allocation-size-out-of-range",
    text: "runtime error: runtime: allocation size out of range",
    from: go(
      "go1.2",
      "src/pkg/runtime/malloc.goc",
      'runtime·panicstring("runtime: allocation size out of range")',
    ),
  },
  {
    rule: "reflect-call-arg-size",
    text: "runtime: arg size to reflect.call more than 1GB",
    from: go(
      "go1.6",
      "src/runtime/proc.go",
      'panic("runtime: arg size to reflect.call more than 1GB")',
    ),
  },
  {
    rule: "sync-unlock-panic-legacy",
    text: "sync: unlock of unlocked mutex",
    values: { op: "unlock of unlocked mutex" },
    from: { file: "testdata/real/broad/syncthing-tray-25-unlock-of-unlocked-mutex-panic-go16.txt" },
  },
  {
    rule: "sync-unlock-panic-legacy",
    text: "sync: RUnlock of unlocked RWMutex",
    values: { op: "RUnlock of unlocked RWMutex" },
    from: go("go1.7", "src/sync/rwmutex.go", 'panic("sync: RUnlock of unlocked RWMutex")'),
  },
  {
    rule: "sync-inconsistent-mutex-state-panic-legacy",
    text: "sync: inconsistent mutex state",
    headline: "panic",
    from: go("go1.6", "src/sync/mutex.go", 'panic("sync: inconsistent mutex state")'),
  },
  {
    rule: "found-bad-pointer-in-heap",
    text: "objectstart: bad pointer in unexpected span",
    from: { file: "testdata/real/old-go/golang-13289-objectstart-bad-pointer-go151-fp-sp.txt" },
  },
  {
    rule: "found-bad-pointer-in-heap",
    text: "invalid heap pointer",
    from: { file: "testdata/real/old-go/golang-11138-invalid-heap-pointer-go14-double-spaced.txt" },
  },
  {
    rule: "found-bad-pointer-in-heap",
    text: "bad pointer",
    from: go("go1.4", "src/runtime/mgc0.c", 'runtime·throw("bad pointer")'),
  },
  {
    rule: "found-bad-pointer-in-heap",
    text: "bad pointer in write barrier",
    from: go("go1.8", "src/runtime/mbarrier.go", 'throw("bad pointer in write barrier")'),
  },
  {
    rule: "invalid-pointer-on-stack",
    text: "invalid stack pointer",
    from: {
      file: "testdata/real/old-go/golang-12253-invalid-stack-pointer-go15dev-wrapped-line.txt",
    },
  },
  {
    rule: "invalid-pointer-on-stack",
    text: "bad pointer!",
    from: go("go1.3", "src/pkg/runtime/stack.c", 'runtime·throw("bad pointer!")'),
  },
  {
    rule: "invalid-pointer-on-stack",
    text: "bad pointer in scanbitvector",
    from: go("go1.3", "src/pkg/runtime/mgc0.c", 'runtime·throw("bad pointer in scanbitvector")'),
  },
  {
    rule: "panic-on-system-stack",
    text: "panic during gc",
    from: go("go1.4", "src/runtime/panic.go", 'gothrow("panic during gc")'),
  },
  {
    rule: "runtime-internal-scheduler",
    text: "acquirep: invalid p state",
    values: { source: "go1.11 src/runtime/proc.go" },
    from: { file: "testdata/real/old-go/etcd-12320-acquirep-invalid-p-state-go17-capnslog.txt" },
  },
];

/** Rules chosen from the kind of crash: a corpus file that must get each. */
export const CONTEXT_INSTANCES: { rule: string; file: string }[] = [
  { rule: "sigquit-dump", file: "testdata/go/go1.22/sigquit.single.txt" },
  { rule: "sigquit-dump", file: "testdata/real/kubectl-1647-sigquit-go122-gp-header-trimpath.txt" },
  { rule: "signal-in-cgo", file: "testdata/go/go1.23/cgo-segv.single.txt" },
  { rule: "signal-in-cgo", file: "testdata/go/go1.19/cgo-abort.single.txt" },
  { rule: "signal-in-cgo", file: "testdata/real/jnigi-73-windows-exception-go117.txt" },
  {
    rule: "fatal-signal",
    file: "testdata/real/syncthing-9919-sigill-zero-instruction-bytes-arm64.txt",
  },
  { rule: "unexpected-signal-in-cgo", file: "testdata/go/go1.19/cgo-segv.single.txt" },
  { rule: "data-race", file: "testdata/go/go1.26/race-run.single.txt" },
  { rule: "data-race", file: "testdata/real/memtierd-99-race-go122-runtime-map-frames.txt" },
  { rule: "goroutine-dump", file: "testdata/go/go1.26/runtime-stack.single.txt" },
  { rule: "goroutine-profile", file: "testdata/go/go1.26/pprof-debug1.single.txt" },
];
