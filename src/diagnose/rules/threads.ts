// OS threads and locked goroutines (runtime/proc.go checkmcount, newm, goexit0,
// LockOSThread; os_linux.go newosproc).

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const EXHAUSTION: Explanation = {
  title: "Too many OS threads",
  what: "The program needed more operating-system threads than it may have: either past Go's own limit (10 000 by default, `debug.SetMaxThreads`), or the OS refused to create one more (`ulimit -u`, a container's pids limit, or memory for thread stacks). Go parks goroutines on a few threads, but every goroutine blocked in a system call or a cgo call holds a thread of its own.",
  mechanism: [
    {
      text: "`runtime.checkmcount` prints `runtime: program exceeds N-thread limit` and throws `thread exhaustion` when the count of Ms passes `sched.maxmcount`.",
    },
    {
      text: "When `clone`/`pthread_create` fails, `newosproc` prints `runtime: failed to create new OS thread (have N already; errno=E)` (errno 11 = EAGAIN: a process/thread limit) and, on Linux, `runtime: may need to increase max user processes (ulimit -u)`, then throws `newosproc`.",
    },
  ],
  causes: [
    "Thousands of goroutines blocked at once in blocking system calls: file I/O on a slow or hung filesystem (NFS, FUSE), or calls into C (cgo) that block.",
    "Goroutines that call `runtime.LockOSThread` and then block, each pinning a thread.",
    "A container or systemd unit with a low `pids.max`/`TasksMax`, or a low `ulimit -u` for the user running many processes.",
  ],
  fix: "Bound the number of goroutines that can be in blocking syscalls or cgo calls at once (a semaphore or worker pool), fix the hung filesystem or C call, and raise the OS limit only when the thread count is legitimate.",
  example: `sem := make(chan struct{}, 64) // at most 64 concurrent blocking calls
for _, f := range files {
	sem <- struct{}{}
	go func() {
		defer func() { <-sem }()
		process(f)
	}()
}`,
  confirm: [
    "Count threads while it runs: `ls /proc/PID/task | wc -l`, or `go tool pprof http://host:6060/debug/pprof/threadcreate`",
    "`ulimit -u`, `cat /sys/fs/cgroup/pids.max` (containers), `systemctl show -p TasksMax UNIT`",
    "A goroutine dump (`kill -QUIT`) while it runs: many goroutines in `[syscall]` show where threads are held",
  ],
};

const LOCK_NESTING: Explanation = {
  title: "LockOSThread nested too deeply",
  what: "`runtime.LockOSThread` was called about 4 billion times more than `UnlockOSThread` on one goroutine: the nesting counter overflowed. Each call must be paired with an `UnlockOSThread`.",
  mechanism: [
    {
      since: "go1.10",
      text: "Since go1.10 LockOSThread calls nest (a counter, `m.lockedExt`); `runtime.LockOSThread` panics with `LockOSThread nesting overflow` when the counter wraps.",
    },
  ],
  causes: [
    "`LockOSThread` called in a loop or on every request in a long-lived goroutine without `UnlockOSThread`.",
  ],
  fix: "Pair every `LockOSThread` with a deferred `UnlockOSThread` in the same function.",
  example: `runtime.LockOSThread()
defer runtime.UnlockOSThread()`,
  confirm: [
    "Search the code for `LockOSThread` calls without a matching `defer runtime.UnlockOSThread()`.",
  ],
};

const LOCKED_EXIT: Explanation = {
  title: "Goroutine exited while the runtime held it on its thread",
  what: "A goroutine ended (returned or called `runtime.Goexit`) while the runtime itself had it locked to its OS thread. That happens for Go code called from C (a cgo callback): the goroutine belongs to the C thread and cannot simply end.",
  mechanism: [
    {
      since: "go1.23",
      text: "`runtime.goexit0` prints `runtime: mp.lockedInt = N` and throws `exited a goroutine internally locked to the OS thread`.",
    },
    {
      since: "go1.24",
      text: "On a thread created by C (an extra M), the text is `runtime.Goexit called in a thread that was not created by the Go runtime`.",
    },
  ],
  causes: [
    "`runtime.Goexit` in a function exported to C and called back from C.",
    "`t.FailNow`, `t.Fatal`, `t.SkipNow` (which call `Goexit`) inside a cgo callback in a test.",
  ],
  fix: "Return normally from Go functions called by C; report failures with a return value instead of `Goexit`/`t.FailNow`.",
  example: `//export onData
func onData(p *C.char) C.int {
	if err := handle(C.GoString(p)); err != nil {
		return -1 // not runtime.Goexit()
	}
	return 0
}`,
  confirm: [
    "The crashing goroutine's stack shows `runtime.cgocallback` below the Go function that exited.",
  ],
};

export const THREAD_RULES: Rule[] = [
  rule({
    id: "thread-exhaustion",
    category: "other",
    kind: "runtime-throw",
    since: "go1.2",
    pattern: /^thread exhaustion$/,
    summary: (v) =>
      v.threadLimit !== undefined
        ? `The program went past its ${v.threadLimit}-thread limit.`
        : "The program went past its thread limit.",
    explanation: EXHAUSTION,
  }),
  rule({
    id: "newosproc",
    category: "other",
    kind: "runtime-throw",
    since: "go1.3",
    pattern: /^(?:newosproc|runtime\.newosproc|runtime: failed to create new OS thread)$/,
    summary: (v) =>
      v.errno !== undefined
        ? `The OS refused to create another thread (errno ${v.errno}${v.threads !== undefined ? `, ${v.threads} threads already` : ""}).`
        : "The OS refused to create another thread.",
    explanation: EXHAUSTION,
  }),
  rule({
    id: "lockosthread-nesting-overflow",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.10",
    pattern: /^LockOSThread nesting overflow$/,
    explanation: LOCK_NESTING,
  }),
  rule({
    id: "exited-locked-goroutine",
    category: "other",
    kind: "runtime-throw",
    since: "go1.23",
    pattern: /^exited a goroutine internally locked to the OS thread$/,
    explanation: LOCKED_EXIT,
  }),
  rule({
    id: "goexit-foreign-thread",
    category: "other",
    kind: "runtime-throw",
    since: "go1.24",
    pattern: /^runtime\.Goexit called in a thread that was not created by the Go runtime$/,
    explanation: LOCKED_EXIT,
  }),
];
