// cgo: pointer-passing checks (runtime/cgocall.go cgoCheckPointer/cgoCheckResult,
// cgocheck.go), runtime.Pinner (pinner.go), cgo.Handle (runtime/cgo/handle.go), callbacks
// (cgocall.go, proc.go), Windows callbacks (syscall_windows.go), SetCgoTraceback.

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const POINTER_CHECK: Explanation = {
  title: "Go pointer passing rules broken (cgocheck)",
  what: "Go memory was handed to C in a way the cgo pointer rules forbid: a Go pointer passed to C pointed to memory that itself holds Go pointers (that are not pinned), a Go function called from C returned such a pointer, or (with cgocheck=2) a Go pointer was stored into C memory. C code may keep or use those inner pointers when the Go garbage collector no longer knows about them.",
  mechanism: [
    {
      text: "With `GODEBUG=cgocheck=1` (the default) the runtime checks each argument of a cgo call (`runtime.cgoCheckPointer`) and each result of a Go function exported to C (`cgoCheckResult`), and panics with a `runtime.Error`. The write-barrier check of `cgocheck=2` (GOEXPERIMENT=cgocheck2 since go1.21) throws `Go pointer stored into non-Go memory`.",
    },
    {
      until: "go1.20",
      text: "Texts: `cgo argument has Go pointer to Go pointer`, `cgo result has Go pointer`, `Go pointer stored into non-Go memory`.",
    },
    {
      since: "go1.21",
      text: "Pointers pinned with `runtime.Pinner` are allowed, and the texts say `unpinned`: `cgo argument has Go pointer to unpinned Go pointer`, `unpinned Go pointer stored into non-Go memory`; from go1.22 `cgo result is unpinned Go pointer or points to unpinned Go pointer`.",
    },
    {
      since: "go1.26",
      text: "The texts name the kind of value and the function: `argument of cgo function has Go pointer to unpinned Go <kind>`, `<file>:<line>: result of Go function <name> called from cgo is unpinned Go <kind> or points to unpinned Go <kind>`.",
    },
  ],
  causes: [
    "Passing a pointer to a Go struct that contains pointers, slices, strings or maps (`&cfg` where `cfg` has a `string` field) to C.",
    "Passing `&slice[0]` of a `[]*T` or `[][]byte`.",
    "Returning Go memory from an `//export`ed function to C.",
  ],
  fix: "Copy what C needs into C memory (`C.malloc`, `C.CString`), pass flat Go memory only (`&buf[0]` of a `[]byte`), pin objects that must be shared with `runtime.Pinner` (go1.21+), or pass an integer `cgo.Handle` instead of a pointer.",
  example: `// C keeps only a handle, never Go pointers:
h := cgo.NewHandle(obj)
C.register(C.uintptr_t(h))
// in the callback: obj := cgo.Handle(h).Value().(*Obj); later h.Delete()

var p runtime.Pinner
p.Pin(&data)
defer p.Unpin()
C.process(unsafe.Pointer(&data))`,
  confirm: [
    "The crash site is the cgo call (the `_Cfunc_` frame's caller) or the exported function named in the message.",
    "`GOEXPERIMENT=cgocheck2 go build` checks stores into C memory as well (costly; for testing).",
  ],
};

const CGOCHECK2: Explanation = {
  title: "GODEBUG=cgocheck=2 is no longer supported at run time",
  what: "The program was started with `GODEBUG=cgocheck=2`. Since go1.21 the expensive write-barrier check can only be compiled in; asking for it at run time stops the program at start-up.",
  mechanism: [
    {
      since: "go1.21",
      text: "`runtime.parsedebugvars` throws `cgocheck > 1 mode is no longer supported at runtime. Use GOEXPERIMENT=cgocheck2 at build time instead.`",
    },
  ],
  causes: ["An old deployment or CI setting `GODEBUG=cgocheck=2`."],
  fix: "Remove `cgocheck=2` from GODEBUG; build with `GOEXPERIMENT=cgocheck2` when the full check is wanted.",
  example: `# instead of GODEBUG=cgocheck=2 ./app
GOEXPERIMENT=cgocheck2 go build -o app . && ./app`,
  confirm: ["`echo $GODEBUG` in the environment the program runs in"],
};

const PINNER: Explanation = {
  title: "runtime.Pinner misuse",
  what: "`runtime.Pinner` (go1.21+) was given something it cannot pin — nil, a non-pointer, arena memory, a non-Go pointer — or a Pinner holding pinned objects became unreachable without `Unpin`.",
  mechanism: [
    {
      since: "go1.21",
      text: "`(*Pinner).Pin` panics with a `runtime.Error`: `runtime.Pinner: argument is nil`, `argument is not a pointer: T`, `object was allocated into an arena`; `runtime.Pinner.Pin: argument is not a Go pointer` (go1.21 only; later releases ignore non-Go pointers), `tried to unpin non-Go pointer` (go1.22+). A finalizer on the Pinner panics with `runtime.Pinner: found leaking pinned pointer; forgot to call Unpin()?` when it is collected still holding pins.",
    },
  ],
  causes: [
    "Pinning a value instead of its address (`p.Pin(x)` instead of `p.Pin(&x)`).",
    "A Pinner stored in a short-lived variable without `defer p.Unpin()`.",
  ],
  fix: "Pin pointers to Go memory only, and `Unpin` (usually deferred) before the Pinner goes out of use.",
  example: `var p runtime.Pinner
defer p.Unpin()
p.Pin(&buf[0])`,
  confirm: [
    "The crash site is the `Pin`/`Unpin` call; a leak panic comes from a finalizer goroutine, so search for Pinners without `Unpin`.",
  ],
};

const CGO_CALLBACK: Explanation = {
  title: "Bad call back from C into Go",
  what: "C code called into Go where that is not allowed: from a C function declared `#cgo nocallback` (go1.22+), or on a thread before any cgo call set the runtime up (`cgo callback before cgo call`).",
  mechanism: [
    {
      since: "go1.22",
      text: "`runtime.cgocallbackg` panics with `runtime: function marked with #cgo nocallback called back into Go` when the current cgo call was declared nocallback.",
    },
    {
      text: "`runtime.needm` writes `fatal error: cgo callback before cgo call` and exits when a C-created thread calls Go before the program made any cgo call (the runtime's cgo support is not initialised).",
    },
  ],
  causes: [
    "A `#cgo nocallback` annotation on a C function that can in fact call exported Go functions.",
    "A C library calling a Go callback from its own thread during a constructor (before `main` made a cgo call).",
  ],
  fix: "Remove `#cgo nocallback` from functions that can call back; make one cgo call (any) before C may call Go on its own threads.",
  example: `/*
// #cgo nocallback compute   <- only when compute never calls Go
void compute(void);
*/
import "C"`,
  confirm: ["The C frames that called Go are not printed; check the C library's callbacks."],
};

const HANDLE: Explanation = {
  title: "cgo.Handle misuse",
  what: "A `runtime/cgo.Handle` was used after `Delete` (or was never created with `NewHandle`), or more handles were created than the handle space allows.",
  mechanism: [
    {
      since: "go1.17",
      text: "`Handle.Value`/`Delete` panic with `runtime/cgo: misuse of an invalid Handle` for an unknown handle; `NewHandle` panics with `runtime/cgo: ran out of handle space` when the counter wraps.",
    },
  ],
  causes: [
    "A handle deleted on the Go side while C still calls back with it, or deleted twice.",
    "Handles created per call and never deleted (a leak until the space runs out).",
  ],
  fix: "Delete each handle exactly once, after C is done with it.",
  example: `h := cgo.NewHandle(state)
defer h.Delete() // after C stops using it
C.run(C.uintptr_t(h))`,
  confirm: ["Search for `NewHandle` and `Delete` calls and match them up."],
};

const WINDOWS_CALLBACK: Explanation = {
  title: "syscall.NewCallback misuse (Windows)",
  what: "`syscall.NewCallback`/`NewCallbackCDecl` was given a function it cannot wrap (wrong argument or result types), or the program created more callbacks than the fixed limit (2000). Callbacks are never freed.",
  mechanism: [
    {
      text: "`runtime.compileCallback` panics with `compileCallback: …` describing the bad signature, and throws `too many callback functions` (a fatal error) at the limit.",
    },
  ],
  causes: [
    "Creating a new callback per call instead of once.",
    "A callback function whose arguments or result are not uintptr-sized.",
  ],
  fix: "Create each callback once (a package-level variable), with uintptr-sized arguments and one uintptr result.",
  example: `var enumProc = syscall.NewCallback(func(hwnd, lparam uintptr) uintptr {
	return 1
})`,
  confirm: ["The crash site is the `NewCallback` call."],
};

const TRACEBACK_SETUP: Explanation = {
  title: "runtime.SetCgoTraceback misuse",
  what: "`runtime.SetCgoTraceback` was called twice, or with a version it does not support.",
  mechanism: [
    {
      since: "go1.7",
      text: "`runtime.SetCgoTraceback` panics with `call SetCgoTraceback only once` or `unsupported version`.",
    },
  ],
  causes: ["Two cgo symbolizer packages imported (each registers itself)."],
  fix: "Import a single cgo traceback/symbolizer package.",
  example: `import _ "github.com/ianlancetaylor/cgosymbolizer" // only one`,
  confirm: ["`go list -deps . | grep -i symbolizer`"],
};

export const CGO_RULES: Rule[] = [
  rule({
    id: "cgo-arg-unpinned-pointer",
    category: "cgo-crash",
    kind: "runtime-error",
    since: "go1.26",
    replaced:
      "`cgo argument has Go pointer to Go pointer` (until go1.20), `cgo argument has Go pointer to unpinned Go pointer` (go1.21–go1.25)",
    pattern:
      /^runtime error: (?:argument of cgo function has Go pointer to unpinned Go (?<kind>\w+(?: \w+)?)|cgo argument has Go pointer to unpinned Go pointer|cgo argument has Go pointer to Go pointer)$/,
    explanation: POINTER_CHECK,
  }),
  rule({
    id: "cgo-result-unpinned-pointer",
    category: "cgo-crash",
    kind: "runtime-error",
    since: "go1.26",
    replaced:
      "`cgo result has Go pointer` (until go1.21), `cgo result is unpinned Go pointer or points to unpinned Go pointer` (go1.22–go1.25)",
    pattern:
      /^runtime error: (?:(?<file>\S+):(?<line>\d+): result of Go function (?<function>\S+) called from cgo is unpinned Go (?<kind>\w+(?: \w+)?) or points to unpinned Go \w+(?: \w+)?|cgo result is unpinned Go pointer or points to unpinned Go pointer|cgo result has Go pointer)$/,
    explanation: POINTER_CHECK,
  }),
  rule({
    id: "cgo-write-barrier",
    category: "cgo-crash",
    kind: "runtime-throw",
    since: "go1.6",
    pattern: /^(?:unpinned )?Go pointer stored into non-Go memory$/,
    explanation: POINTER_CHECK,
  }),
  rule({
    id: "cgocheck2-runtime-setting",
    category: "other",
    kind: "runtime-throw",
    since: "go1.21",
    pattern:
      /^cgocheck > 1 mode is no longer supported at runtime\. Use GOEXPERIMENT=cgocheck2 at build time instead\.$/,
    explanation: CGOCHECK2,
  }),
  rule({
    id: "pinner-nil",
    category: "other",
    kind: "runtime-error",
    since: "go1.21",
    pattern: /^runtime error: runtime\.Pinner: argument is nil$/,
    explanation: PINNER,
  }),
  rule({
    id: "pinner-not-pointer",
    category: "other",
    kind: "runtime-error",
    since: "go1.21",
    pattern: /^runtime error: runtime\.Pinner: argument is not a pointer: (?<type>.+)$/,
    explanation: PINNER,
  }),
  rule({
    id: "pinner-arena",
    category: "other",
    kind: "runtime-error",
    since: "go1.21",
    pattern: /^runtime error: runtime\.Pinner: object was allocated into an arena$/,
    explanation: PINNER,
  }),
  rule({
    id: "pinner-non-go",
    category: "other",
    kind: "runtime-error",
    since: "go1.22",
    pattern: /^runtime error: tried to unpin non-Go pointer$/,
    explanation: PINNER,
  }),
  rule({
    id: "pinner-leak",
    category: "other",
    kind: "runtime-error",
    since: "go1.21",
    pattern:
      /^runtime error: runtime\.Pinner: found leaking pinned pointer; forgot to call Unpin\(\)\?$/,
    explanation: PINNER,
  }),
  rule({
    id: "pinner-go-pointer-legacy",
    category: "other",
    kind: "runtime-error",
    since: "go1.21",
    until: "go1.21",
    pattern: /^runtime error: runtime\.Pinner\.Pin: argument is not a Go pointer$/,
    explanation: PINNER,
  }),
  rule({
    id: "cgo-nocallback",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.22",
    pattern: /^runtime: function marked with #cgo nocallback called back into Go$/,
    explanation: CGO_CALLBACK,
  }),
  rule({
    id: "cgo-callback-before-cgo-call",
    category: "cgo-crash",
    kind: "runtime-throw",
    since: "go1.2",
    pattern: /^cgo callback before cgo call$/,
    explanation: CGO_CALLBACK,
  }),
  rule({
    id: "cgo-handle-invalid",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.17",
    pattern: /^runtime\/cgo: misuse of an invalid Handle$/,
    explanation: HANDLE,
  }),
  rule({
    id: "cgo-handle-exhausted",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.17",
    pattern: /^runtime\/cgo: ran out of handle space$/,
    explanation: HANDLE,
  }),
  rule({
    id: "windows-callback",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.11",
    pattern: /^compileCallb?ac?k: (?<problem>.+)$/,
    explanation: WINDOWS_CALLBACK,
  }),
  rule({
    // runtime-messages.json files this under the panic above; syscall_windows.go throws it.
    id: "windows-callback-limit",
    category: "other",
    kind: "runtime-throw",
    since: "go1.11",
    pattern: /^too many callback functions$/,
    explanation: WINDOWS_CALLBACK,
  }),
  rule({
    id: "cgo-traceback-setup",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.7",
    pattern: /^call SetCgoTraceback only once$|^unsupported version$/,
    explanation: TRACEBACK_SETUP,
  }),
];
