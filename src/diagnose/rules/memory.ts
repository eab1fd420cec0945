// Faults at addresses that are not nil, and the runtime running out of memory
// (runtime/signal_unix.go sigpanic; malloc.go, mheap.go, mcache.go, mem_*.go).

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const FAULT: Explanation = {
  title: "Memory fault at a non-nil address",
  what: "Go code read or wrote an address that is not mapped (or not accessible) and is too far from zero to be a nil pointer. Go's own pointers never do this, so the pointer was made with unsafe, by cgo, or corrupted (often by a data race on an interface or slice). The runtime stops the program; recover cannot catch it.",
  mechanism: [
    {
      text: "`runtime.sigpanic` gets the SIGSEGV/SIGBUS with the fault address. Addresses below 0x1000 become the recoverable nil-dereference panic; any other address prints `unexpected fault address 0x…` and throws `fault`. `debug.SetPanicOnFault(true)` turns these faults into recoverable panics instead (meant for code that reads memory-mapped files).",
    },
    {
      since: "go1.20",
      text: "An access to a freed `arena` chunk (GOEXPERIMENT=arenas) prints `accessed data from freed user arena 0x…` before `fatal error: fault`.",
    },
    {
      text: "`SIGBUS` with a valid-looking address usually means a memory-mapped file shrank under the mapping: the pages past its new end no longer exist.",
    },
  ],
  causes: [
    "A data race on an interface, slice or string: a reader sees the new pointer with the old type or length and follows a bogus address.",
    "unsafe.Pointer arithmetic or conversions that produced an invalid pointer; a `uintptr` kept across a GC and turned back into a pointer.",
    "Memory owned by C (cgo) freed while Go still uses it, or C code writing over Go memory.",
    "A memory-mapped file (mmap, e.g. by a database library) truncated by another process (SIGBUS).",
  ],
  fix: "Run the tests with the race detector and pointer checks, and review unsafe and cgo code around the crash site. For mmap'd files, make sure nothing truncates them while mapped, or read them with `debug.SetPanicOnFault(true)` and recover.",
  example: `// find races and invalid unsafe.Pointer use:
//   go test -race ./...
//   go test -gcflags=all=-d=checkptr ./...

// reading a mapped file that may shrink:
defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
defer func() {
	if r := recover(); r != nil {
		err = fmt.Errorf("mapped file changed: %v", r)
	}
}()`,
  confirm: [
    "`go test -race ./...` (or build the service with `-race` in staging)",
    "`go build -gcflags=all=-d=checkptr` to check unsafe.Pointer conversions",
    "`GOTRACEBACK=crash` and a core dump (`ulimit -c unlimited`), then `dlv core ./binary core` to inspect the bad pointer",
  ],
};

const UNEXPECTED_SIGNAL: Explanation = {
  title: "Signal while the runtime could not panic",
  what: "A memory fault (or other synchronous signal) hit the program at a moment when the runtime cannot turn it into a panic: while running runtime code, holding runtime locks, allocating, in a system call, or on a system stack. The program is stopped; recover cannot catch it.",
  mechanism: [
    {
      text: "`runtime.sigpanic` asks `canpanic()`, which refuses when the signal did not arrive on a user goroutine running Go code: then it throws `unexpected signal during runtime execution`, and the `[signal …]` line gives the fault address and pc. The runtime's own frames are printed with pc/sp (a throw), often under `runtime stack:`.",
    },
    {
      until: "go1.20",
      text: "A fault in C code called through cgo also ended here (the goroutine is in `runtime.cgocall`, state `syscall`).",
    },
    {
      since: "go1.21",
      text: "A fault in C code no longer gets here: it prints a signal dump (`SIGSEGV: segmentation violation`, `PC=…`, `signal arrived during cgo execution`).",
    },
  ],
  causes: [
    "Heap corruption (unsafe, cgo, data races) that makes the runtime itself follow a bad pointer, e.g. in the garbage collector or the allocator.",
    "A nil or wild pointer passed into a runtime function that faults inside it (`memmove`, `typedmemmove`).",
    "Rarely, a runtime or kernel bug, or failing hardware (random faults in different places each time).",
  ],
  fix: "Treat it as memory corruption: run the race detector and checkptr, audit unsafe and cgo code, and check whether the crashes move around (hardware) or repeat at one place (a bug to report with the full output).",
  example: `// go test -race -gcflags=all=-d=checkptr ./...
// GODEBUG=gccheckmark=1 to make the GC verify its marking`,
  confirm: [
    "`go test -race ./...`",
    "`go build -gcflags=all=-d=checkptr`",
    "Look at the top runtime frames under `runtime stack:` or on the crashing goroutine: the function that faulted.",
  ],
};

const SIGNAL_IN_CGO: Explanation = {
  title: "Crash in C code (cgo)",
  what: "The fault happened while the goroutine was running C code through cgo (it is in `runtime.cgocall`, state `syscall`, or the dump says `signal arrived during cgo execution`). The bug is in the C code or in what Go passed to it; Go's recover cannot catch a fault in C.",
  mechanism: [
    {
      until: "go1.20",
      text: "A synchronous signal in C code went through `sigpanic`, which cannot panic during a cgo call, so it printed `fatal error: unexpected signal during runtime execution` with the `[signal …]` line.",
    },
    {
      since: "go1.21",
      text: "The runtime no longer injects a panic into non-Go code: the signal is fatal and prints a dump headed `SIGSEGV: segmentation violation` (or `SIGABRT: abort`, …), `PC=… m=… sigcode=…`, `signal arrived during cgo execution`, every goroutine at system level and the registers.",
    },
    {
      text: "The frames printed stop at `runtime.cgocall` and the `_Cfunc_` stub; the C frames are not shown unless a cgo symbolizer is registered (`runtime.SetCgoTraceback`, e.g. github.com/ianlancetaylor/cgosymbolizer).",
    },
  ],
  causes: [
    "A NULL or dangling pointer dereferenced in the C library (a handle closed or freed earlier).",
    "A Go pointer passed to C that C kept after the call returned, then the Go memory moved or was freed.",
    "C code called from several goroutines (threads) at once while it is not thread-safe.",
    "`abort()`/`assert()` in C (SIGABRT with sigcode SI_TKILL).",
  ],
  fix: "Debug the C side: reproduce with the C code built with `-g` and run under a debugger, or with AddressSanitizer (`go build -asan`). Check the lifetime of every handle and pointer shared across the cgo boundary, and serialise calls into libraries that are not thread-safe.",
  example: `// keep Go memory out of C's hands after the call, and free C memory exactly once:
cs := C.CString(s)
defer C.free(unsafe.Pointer(cs))
C.use(cs) // C must not keep cs after returning`,
  confirm: [
    "`go build -asan` (go1.18+, with clang/gcc ASan) to find the invalid access in C",
    "`GOTRACEBACK=crash` plus `ulimit -c unlimited`, then `gdb ./binary core` and `bt` to see the C frames",
    'Register a cgo symbolizer (`import _ "github.com/ianlancetaylor/cgosymbolizer"`) to print C frames in the traceback',
  ],
};

const OOM: Explanation = {
  title: "Out of memory",
  what: "The runtime asked the operating system for memory and was refused, so it stopped the program. This is Go's own report; a process killed by the Linux OOM killer or a container limit prints nothing at all (the parent sees `signal: killed`, exit status 137).",
  mechanism: [
    {
      text: "The heap grows in arenas mapped with mmap (VirtualAlloc on Windows). When the kernel refuses (ENOMEM: an `ulimit -v`/`RLIMIT_AS` or `RLIMIT_DATA` limit, overcommit disabled, a 32-bit address space), the runtime throws `out of memory` (in the allocator, often after `runtime: out of memory: cannot allocate N-byte block (M in use)`) or `runtime: out of memory` (mapping heap pages). `runtime: cannot allocate memory` and `runtime: cannot map pages in arena address space` are the same failure at other steps (the latter after `runtime: mmap(…) returned …, errno`).",
    },
    {
      text: "The allocating goroutine's stack (printed with runtime frames, a throw) shows who asked; with `runtime stack:` only, the request came from the runtime on a system stack and the goroutine below is the one that was allocating.",
    },
  ],
  causes: [
    "Reading a whole large input into memory (`io.ReadAll` of a big body or file, `bytes.Buffer` growing without bound).",
    "A cache or map that only grows; goroutines that leak and keep their data alive.",
    "A size from input used to allocate (`make([]byte, n)` with a huge but valid n).",
    "An address-space limit (`ulimit -v`, some container runtimes) or a 32-bit build.",
  ],
  fix: "Find what held the memory: a heap profile shortly before the crash shows it. Stream large inputs instead of buffering them, bound caches and queues, and set a soft limit with `GOMEMLIMIT` (go1.19+) so the GC works harder before the hard limit.",
  example: `// stream instead of io.ReadAll:
dec := json.NewDecoder(io.LimitReader(r.Body, 10<<20))

// expose heap profiles:
import _ "net/http/pprof"
// go tool pprof http://localhost:6060/debug/pprof/heap`,
  confirm: [
    "`go tool pprof -top http://host:6060/debug/pprof/heap` (or `pprof.WriteHeapProfile`) before the crash",
    "`GODEBUG=gctrace=1` prints the live heap after each GC",
    "`ulimit -v` / `ulimit -d` and the container's memory limit; `dmesg` for the OOM killer when nothing was printed",
  ],
};

const RESERVATION: Explanation = {
  title: "Memory outside the heap's address range",
  what: "The operating system returned memory at an address the Go heap cannot use (outside the range its arena index covers). The runtime cannot manage it and stops the program.",
  mechanism: [
    {
      since: "go1.11",
      text: "When the heap grows, `runtime.(*mheap).sysAlloc` checks that the region the OS returned lies inside the usable address space; otherwise it prints `runtime: memory allocated by OS [lo, hi) not in usable address space: <reason>` and throws `memory reservation exceeds address space limit`. The runtime's comment calls this impossible on most architectures.",
    },
  ],
  causes: [
    "An unusual kernel or emulator address-space layout (some sandboxes, user-mode emulation such as QEMU, very old kernels).",
    "A port or architecture with a smaller address space than the runtime expects.",
  ],
  fix: "Run the program on a supported OS and kernel, or outside the emulator; if it happens on a mainstream platform, report it to the Go project with the preceding `runtime: memory allocated by OS` line.",
  example: `// nothing to change in the program: check the platform
//   uname -a; go version; go env GOOS GOARCH`,
  confirm: [
    "The `runtime: memory allocated by OS [...]` line printed just before names the region and the reason.",
  ],
};

export const MEMORY_RULES: Rule[] = [
  rule({
    id: "fault",
    category: "bad-pointer",
    kind: "runtime-throw",
    since: "go1.1",
    pattern: /^fault$/,
    summary: (v) =>
      v.faultAddress !== undefined
        ? `Go code touched address ${v.faultAddress}, which is not mapped and too far from 0 to be a nil pointer.`
        : v.arenaAddress !== undefined
          ? `Go code touched ${v.arenaAddress} in a freed arena.`
          : "Go code touched an address that is not mapped and too far from 0 to be a nil pointer.",
    explanation: FAULT,
  }),
  rule({
    id: "unexpected-signal-during-runtime",
    category: "unexpected-signal",
    kind: "runtime-throw",
    since: "go1.3",
    pattern: /^unexpected signal during runtime execution$/,
    explanation: UNEXPECTED_SIGNAL,
  }),
  rule({
    id: "unexpected-signal-in-cgo",
    category: "cgo-crash",
    kind: "runtime-throw",
    since: "go1.3",
    refines: "unexpected-signal-during-runtime",
    summary: () =>
      "C code called through cgo faulted (before go1.21 this printed as an unexpected signal).",
    explanation: SIGNAL_IN_CGO,
  }),
  rule({
    id: "out-of-memory",
    category: "out-of-memory",
    kind: "runtime-throw",
    since: "go1.1",
    pattern:
      /^(?:runtime: )?out of memory(?<where> \(stackalloc\)| allocating heap arena map| allocating heap arena metadata| allocating allArenas| allocating checkmarks bitmap)?$/,
    summary: (v) =>
      v.requested !== undefined
        ? `The runtime could not get ${v.requested} more bytes from the OS (${v.inUse} bytes in use).`
        : "The runtime could not get more memory from the operating system.",
    explanation: OOM,
  }),
  rule({
    id: "runtime-cannot-allocate-memory",
    category: "out-of-memory",
    kind: "runtime-throw",
    since: "go1.1",
    pattern: /^runtime: cannot allocate memory$/,
    explanation: OOM,
  }),
  rule({
    id: "mmap-failed-map-pages",
    category: "out-of-memory",
    kind: "runtime-throw",
    since: "go1.1",
    pattern: /^runtime: cannot map pages in arena address space$/,
    explanation: OOM,
  }),
  rule({
    id: "cgo-malloc-failed",
    category: "out-of-memory",
    kind: "runtime-throw",
    since: "go1.8",
    pattern: /^runtime: C malloc failed$/,
    summary: () => "C.malloc (or C.CString/C.CBytes) could not get memory from the C allocator.",
    explanation: {
      ...OOM,
      title: "Out of memory in C.malloc",
      what: "`C.malloc`, `C.CString` or `C.CBytes` asked the C library's malloc for memory and got NULL. cgo's wrapper never returns nil: it stops the program like the Go allocator does when it runs out of memory.",
      mechanism: [
        {
          since: "go1.8",
          text: "cmd/cgo generates `_cgo_cmalloc`, which calls malloc and throws `runtime: C malloc failed` on NULL (see the cgo documentation on C.malloc).",
        },
      ],
      causes: [
        "Memory really exhausted (see the process's other allocations, C and Go).",
        "A huge or negative size converted to `C.size_t` (a `-1` becomes 2⁶⁴-1).",
        "C memory never freed: `C.CString`/`C.CBytes` results without `C.free`.",
      ],
      fix: "Free every C allocation (`defer C.free(unsafe.Pointer(p))`), and check sizes before converting them to `C.size_t`.",
      example: `cs := C.CString(s)
defer C.free(unsafe.Pointer(cs))`,
    },
  }),
  rule({
    id: "memory-reservation-exceeds",
    category: "other",
    kind: "runtime-throw",
    since: "go1.11",
    pattern: /^memory reservation exceeds address space limit$/,
    explanation: RESERVATION,
  }),
];

/** Also the explanation of a fatal signal dump in C code (./signals.ts). */
export { SIGNAL_IN_CGO };
