// Fatal signal dumps (runtime/signal_unix.go sighandler → fatalsignal; signal_windows.go
// winthrow) and the runtime's checks on how signals are delivered (signal_unix.go
// sigtrampgo, adjustSignalStack, badsignal, sigNotOnStack).

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";
import { SIGNAL_IN_CGO } from "./memory.js";

const SIGQUIT: Explanation = {
  title: "SIGQUIT goroutine dump",
  what: "The process received SIGQUIT — `kill -QUIT <pid>`, Ctrl-\\ in a terminal, or `go test` killing a test binary that ran past its timeout — and, as Go programs do by default, printed every goroutine and exited. Nothing crashed by itself: the dump is a snapshot of what every goroutine was doing.",
  mechanism: [
    {
      text: "SIGQUIT is in the runtime's signal table with `_SigThrow`: unless the program called `signal.Notify` for it, `sighandler` prints `SIGQUIT: quit`, `PC=… m=… sigcode=0` (0 = sent by a process), every goroutine at the `system` level (runtime frames and goroutines, pc/sp, `gp=`/`m=` from go1.22) and the registers, then exits with status 2 (GOTRACEBACK=crash: also SIGABRT and a core dump).",
    },
  ],
  causes: [
    "Someone asked for a dump of a hung or slow program (the usual reason).",
    "`go test` killed a test binary that did not stop after its timeout (`*** Test killed with quit: ran too long`).",
    "A supervisor or container runtime sending SIGQUIT as its stop signal.",
  ],
  fix: "Read the dump for what was stuck: many goroutines waiting at one place, goroutines blocked for many minutes, and what the main goroutine waits for. To take dumps without killing the process, serve `/debug/pprof/goroutine?debug=2` (net/http/pprof) or write `runtime.Stack(buf, true)` on a signal you `Notify`.",
  example: `import _ "net/http/pprof"

go http.ListenAndServe("localhost:6060", nil)
// curl 'localhost:6060/debug/pprof/goroutine?debug=2' > dump.txt
// panicscope dump.txt`,
  confirm: [
    "`curl localhost:6060/debug/pprof/goroutine?debug=2` gives the same dump without stopping the program",
    "Two dumps a minute apart show which goroutines do not move",
  ],
};

const FATAL_SIGNAL: Explanation = {
  title: "Fatal signal",
  what: "The program received a signal that Go does not turn into a panic — SIGABRT, SIGILL, SIGTRAP, SIGSYS, or (since go1.21) a SIGSEGV/SIGBUS/SIGFPE outside Go code — and the runtime printed every goroutine and the registers before exiting.",
  mechanism: [
    {
      text: "`runtime.sighandler` finds `_SigThrow` (or a synchronous fault it cannot turn into a panic) and calls `fatalsignal`: the signal name, `PC=… m=… sigcode=…` (`addr=` for faults from go1.22), the goroutine that took the signal, all goroutines at system level, then the registers. `sigcode=0` means another process sent the signal (`kill`); `sigcode=18446744073709551610` (SI_TKILL) that the process signalled itself, typically `abort()`.",
    },
    {
      text: "On Windows the same dump starts with `Exception 0xc0000005 …` (the exception code; 0xc0000005 is an access violation) instead of a signal name.",
    },
  ],
  causes: [
    "SIGABRT sent by a supervisor, or raised by C code through `abort()`/`assert()` (then see the cgo frames).",
    "SIGILL: an instruction the CPU does not support (a binary built with a higher GOAMD64 level than the machine has, or corrupt code).",
    "SIGSEGV inside the runtime or assembly on a system stack.",
  ],
  fix: "Read the signal and its code: sent by a process (sigcode=0) means find who sent it; raised by the process itself means look at the crashing thread's frames. For SIGILL, check `GOAMD64`/`GOARM` against the target CPU.",
  example: `# build for the baseline CPU level when the target is older:
GOAMD64=v1 go build ./...`,
  confirm: [
    "`go version -m ./binary` shows the build settings (GOAMD64 among them)",
    "`dmesg` and the supervisor's logs for who sent the signal",
  ],
};

const SIGNAL_SETUP: Explanation = {
  title: "Signal delivered in a way Go cannot handle",
  what: "A signal arrived on a thread or stack the Go runtime cannot use: a handler installed by C code without `SA_ONSTACK`, a signal stack disabled by C code, a signal during `fork`, or a signal on a thread Go does not know. The runtime cannot safely run Go code there and stops.",
  mechanism: [
    {
      text: "`runtime.sigtrampgo` checks the stack the handler runs on: `signal N received but handler not on signal stack` then `fatal error: non-Go code set up signal handler without SA_ONSTACK flag`, or `non-Go code disabled sigaltstack`; `signal received during fork` when a signal hits the child between fork and exec; `fatal: bad g in signal handler` (written raw, then exit) when no Go state is found.",
    },
  ],
  causes: [
    "A C library (through cgo) installing its own signal handlers without `SA_ONSTACK` (crash reporters, JVMs, some database drivers).",
    "C code creating threads and calling `sigaltstack` with `SS_DISABLE`.",
  ],
  fix: "Configure the C library to leave signals alone or to install handlers with `SA_ONSTACK`, or install the C handlers before the Go runtime starts and chain to Go's.",
  example: `/*
struct sigaction sa = {0};
sa.sa_flags = SA_ONSTACK | SA_SIGINFO; // required when Go shares the process
*/
import "C"`,
  confirm: [
    "Check the cgo dependencies for `sigaction`/`signal` calls; `strace -f -e trace=rt_sigaction ./binary` shows who installs handlers",
  ],
};

export const SIGNAL_RULES: Rule[] = [
  rule({
    id: "sigquit-dump",
    category: "goroutine-dump",
    kind: "signal",
    headline: "none",
    since: "go1.1",
    summary: (v) =>
      `The process got SIGQUIT (${v.senderMeaning ?? "sent by another process"}) and dumped its goroutines.`,
    explanation: SIGQUIT,
  }),
  rule({
    id: "signal-in-cgo",
    category: "cgo-crash",
    kind: "signal",
    headline: "none",
    since: "go1.1",
    summary: (v) => `${v.signal} arrived while the goroutine was running C code.`,
    explanation: SIGNAL_IN_CGO,
  }),
  rule({
    id: "fatal-signal",
    category: "unexpected-signal",
    kind: "signal",
    headline: "none",
    since: "go1.1",
    summary: (v) => `The program died of ${v.signal}, a signal Go does not turn into a panic.`,
    explanation: FATAL_SIGNAL,
  }),
  // Only non-Go code in the process can cause these two: the runtime installs every handler it
  // sets with SA_ONSTACK and keeps each M's sigaltstack, so a handler off the signal stack
  // (sigNotOnStack) or a thread with the stack disabled (noSignalStack) means C code — through
  // cgo or a C library loaded with the program — called sigaction or sigaltstack itself (the
  // comments over both functions, go1.15 to go1.26 src/runtime/signal_unix.go). A crash C
  // code caused is cgo-crash (holdout-16/wails-3965).
  rule({
    id: "sa-onstack",
    category: "cgo-crash",
    kind: "runtime-throw",
    since: "go1.6",
    pattern: /^non-Go code set up signal handler without SA_ONSTACK flag$/,
    explanation: SIGNAL_SETUP,
  }),
  rule({
    id: "sigaltstack-disabled",
    category: "cgo-crash",
    kind: "runtime-throw",
    since: "go1.6",
    pattern: /^non-Go code disabled sigaltstack$/,
    explanation: SIGNAL_SETUP,
  }),
  rule({
    id: "signal-during-fork",
    category: "other",
    kind: "runtime-throw",
    since: "go1.9",
    pattern: /^signal received during fork$/,
    explanation: SIGNAL_SETUP,
  }),
  // A signal on a thread with no g, in a program without cgo: badsignal writes this only when
  // `!iscgo && !cgoHasExtraM` (go1.26 src/runtime/signal_unix.go), so it is a signal the
  // program died of, not C code's doing (holdout-23/argo-workflows-9328).
  rule({
    id: "bad-g-in-signal-handler",
    category: "unexpected-signal",
    kind: "runtime-throw",
    since: "go1.14",
    pattern: /^bad g in signal handler$/,
    explanation: SIGNAL_SETUP,
  }),
];
