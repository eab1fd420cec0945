// Misuse of package sync and sync/atomic (sync/rwmutex.go, waitgroup.go, cond.go,
// pool.go, atomic/value.go; internal/sync/mutex.go since go1.24, sync/mutex.go before),
// and of testing/synctest bubbles (runtime/chan.go, synctest.go; go1.24+).

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const UNLOCK: Explanation = {
  title: "Unlock of an unlocked mutex",
  what: "`Unlock` (or `RUnlock`) was called on a `sync.Mutex`/`sync.RWMutex` that was not locked in that mode. The lock's state is now wrong for every goroutine using it, so the runtime stops the program; recover cannot catch it.",
  mechanism: [
    {
      since: "go1.8",
      until: "go1.18",
      text: "`sync` reported it with `throw` (the `sync.throw` frame, runtime frames with pc/sp). Before go1.8 it was an ordinary panic (rule sync-unlock-panic-legacy), and go1.9's `sync.Mutex` panicked again (golang/go#23039).",
    },
    {
      since: "go1.19",
      text: "`sync` reports it with `fatal` (frame `sync.fatal`), a fatal error blamed on the program: no runtime frames; every goroutine is printed until go1.25, only the current one at the default GOTRACEBACK from go1.26.",
    },
    {
      since: "go1.24",
      text: "`sync.Mutex` is implemented in `internal/sync`: the frames read `internal/sync.fatal` and `internal/sync.(*Mutex).unlockSlow`. RWMutex stays in `sync` (`sync.fatal`, `sync.(*RWMutex).RUnlock`).",
    },
  ],
  causes: [
    "Two unlocks for one lock: an explicit `Unlock` plus a `defer mu.Unlock()`, or an unlock on an early-return path that the lock did not take.",
    "A struct holding the mutex copied by value (a value receiver, a range loop copy): the copy is unlocked while the original is locked.",
    "`RUnlock` after `Lock` (or `Unlock` after `RLock`) — the modes must match.",
    "Unlocking in a deferred function that runs while panicking, after the code that locked never ran.",
  ],
  fix: "Unlock with `defer` right after `Lock`, and nowhere else; use pointer receivers for types that contain a mutex. `go vet` finds copies of locks.",
  example: `func (c *Counter) Inc() { // pointer receiver: no copy of c.mu
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}`,
  confirm: [
    "`go vet ./...` (copylocks) reports mutexes passed or copied by value.",
    "The crash site is the bad `Unlock`; look for another `Unlock` of the same mutex on the same path.",
  ],
};

const INCONSISTENT: Explanation = {
  title: "Inconsistent mutex state",
  what: "A `sync.Mutex` found its own state word in a combination that correct use never produces. Something other than Lock/Unlock wrote over the mutex's memory.",
  mechanism: [
    {
      since: "go1.8",
      text: "`(*Mutex).lockSlow` throws `sync: inconsistent mutex state` when the starvation and lock bits disagree with the waiter count (`internal/sync` since go1.24).",
    },
  ],
  causes: [
    "Memory corruption: a data race on the struct that contains the mutex (e.g. the struct is reassigned `*s = S{}` while locked), unsafe writes, or C code writing into Go memory.",
    "A mutex copied while in use (the copy carries a half-updated state).",
  ],
  fix: "Run the race detector; never reassign or copy a struct while its mutex may be held.",
  example: `// wrong: resets the mutex while other goroutines use it
// *s = State{}
s.mu.Lock()
s.items = nil
s.mu.Unlock()`,
  confirm: ["`go test -race ./...`", "`go vet ./...` (copylocks)"],
};

// Before go1.8, sync raised these with panic (go1.2–go1.7.4 src/sync/mutex.go, go1.4.3–go1.7.4
// src/sync/rwmutex.go; CL "sync: throw, not panic" is in go1.8.3's sources), and go1.9's
// starvation-mode Mutex panicked again (golang/go commit 0556e26, src/sync/mutex.go;
// golang/go#23039) until go1.10 (go1.11.11 src/sync/mutex.go throws).
const UNLOCK_PANIC: Explanation = {
  title: "Unlock of an unlocked mutex (a panic in old Go releases)",
  what: "`Unlock` (or `RUnlock`) was called on a `sync.Mutex`/`sync.RWMutex` that was not locked in that mode. Go releases before 1.8, and go1.9 for `sync.Mutex`, reported it with an ordinary panic, so `recover` could catch it — but the lock's state is already wrong: a program that recovers can deadlock or let two goroutines in at once.",
  mechanism: [
    {
      until: "go1.7",
      text: '`sync.(*Mutex).Unlock` subtracts the locked bit, finds it was not set and calls `panic("sync: unlock of unlocked mutex")`; from go1.4 `(*RWMutex).RUnlock` and `Unlock` panic with `sync: RUnlock of unlocked RWMutex` and `sync: Unlock of unlocked RWMutex`. The goroutine\'s stack shows the panic frame right above `sync.(*Mutex).Unlock` (or the RWMutex method): that method is where it was detected, its caller is the bad unlock.',
    },
    {
      since: "go1.8",
      until: "go1.8",
      text: "All three became a `throw` (`fatal error: sync: …`, not recoverable).",
    },
    {
      since: "go1.9",
      until: "go1.9",
      text: 'go1.9 rewrote `sync.Mutex` (starvation mode) and its `Unlock` went back to `panic("sync: unlock of unlocked mutex")` by accident (golang/go#23039); the RWMutex texts stayed throws. go1.10 made the Mutex one a throw again.',
    },
  ],
  causes: [
    "Two unlocks for one lock: an explicit `Unlock` plus a `defer mu.Unlock()`, or an unlock on an early-return path that the lock did not take.",
    "A struct holding the mutex copied by value (a value receiver, a range loop copy): the copy is unlocked while the original is locked.",
    "`RUnlock` after `Lock` (or `Unlock` after `RLock`) — the modes must match.",
    "A deferred unlock that runs while panicking, after the code that locked never ran.",
  ],
  fix: "Unlock with `defer` right after `Lock`, and nowhere else; use pointer receivers for types that contain a mutex. Do not recover from this panic: the mutex is corrupt afterwards. Newer Go releases stop the program here.",
  example: `func (c *Counter) Inc() { // pointer receiver: no copy of c.mu
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}`,
  confirm: [
    "`go vet ./...` (copylocks) reports mutexes passed or copied by value.",
    "The frame below `sync.(*Mutex).Unlock` is the bad unlock; look for another `Unlock` of the same mutex on the same path.",
  ],
};

const INCONSISTENT_PANIC: Explanation = {
  title: "Inconsistent mutex state (a panic in old Go releases)",
  what: "A `sync.Mutex` found its own state word in a combination that correct use never produces, and Go 1.5–1.7 (and go1.9) reported it with an ordinary panic. Something other than Lock/Unlock wrote over the mutex's memory, or the mutex was copied while in use.",
  mechanism: [
    {
      since: "go1.5",
      until: "go1.7",
      text: '`(*Mutex).Lock`, woken after spinning, expects the woken bit it set and calls `panic("sync: inconsistent mutex state")` when it is gone (go1.5–go1.7.4 src/sync/mutex.go). go1.8 made it a throw.',
    },
    {
      since: "go1.9",
      until: "go1.9",
      text: "go1.9's starvation-mode `Lock` panicked with the same text in two places (woken bit missing, or a starving handoff with no waiters) until go1.10 made them throws again (golang/go#23039).",
    },
  ],
  causes: [
    "Memory corruption: a data race on the struct that contains the mutex (e.g. the struct is reassigned `*s = S{}` while locked), unsafe writes, or C code writing into Go memory.",
    "A mutex copied while in use (the copy carries a half-updated state).",
  ],
  fix: "Run the race detector; never reassign or copy a struct while its mutex may be held. Do not recover from this panic.",
  example: `// wrong: resets the mutex while other goroutines use it
// *s = State{}
s.mu.Lock()
s.items = nil
s.mu.Unlock()`,
  confirm: ["`go test -race ./...`", "`go vet ./...` (copylocks)"],
};

const WAITGROUP: Explanation = {
  title: "WaitGroup misuse",
  what: "A `sync.WaitGroup`'s counter was driven wrong: `Done` called more times than `Add` (the counter went negative), `Add` racing with a `Wait` that had already seen zero, or the WaitGroup reused for a new round before the previous `Wait` returned.",
  mechanism: [
    {
      text: "`(*WaitGroup).Add` (and `Done`, which is `Add(-1)`) panics with `sync: negative WaitGroup counter` when the counter drops below zero, and with `sync: WaitGroup misuse: Add called concurrently with Wait` when a positive `Add` starts a new count while a `Wait` is in progress; `Wait` panics with `sync: WaitGroup is reused before previous Wait has returned`. These are ordinary panics (`recover` can catch them), raised in the goroutine that called `Done`/`Add`/`Wait`.",
    },
  ],
  causes: [
    "`Done` called twice for one task (a `defer wg.Done()` plus an explicit `wg.Done()` on an error path).",
    "`Add(1)` once but `Done` in each iteration of a loop, or `Add(len(a))` with `Done` per item of a different slice.",
    "`wg.Add(1)` called inside the started goroutine instead of before `go` (races with `Wait`).",
    "A WaitGroup reused in a loop while the previous round's goroutines still call `Done`.",
  ],
  fix: "Call `Add` before starting the goroutine, and `defer wg.Done()` as its first statement, nothing else. Since go1.25, `wg.Go(func() { … })` does both.",
  example: `for _, item := range items {
	wg.Add(1)
	go func() {
		defer wg.Done()
		process(item)
	}()
}
wg.Wait()

// go1.25+:
// wg.Go(func() { process(item) })`,
  confirm: [
    "The crash site is the `Done`/`Add`/`Wait` call; count the `Add` and `Done` calls on every path.",
    "`go test -race ./...` reports `Add` racing with `Wait`.",
  ],
};

const COPIED: Explanation = {
  title: "sync value copied or nil",
  what: "A `sync.Cond` was used after being copied, or a `sync.Pool` method was called on a nil `*Pool`. sync types must not be copied after first use, and their methods need a real value.",
  mechanism: [
    {
      text: "`sync.Cond` remembers its own address (`copyChecker`) and panics with `sync.Cond is copied` when a method runs on a copy; `(*Pool).Get`/`Put` panic with `nil Pool` on a nil receiver (go1.22+ message).",
    },
  ],
  causes: [
    "A struct containing a `sync.Cond` passed or returned by value, or stored in a slice of values and then copied.",
    "A `*sync.Pool` field left nil.",
  ],
  fix: "Keep sync values in structs used through pointers, and initialise pool pointers (or embed the `sync.Pool` value).",
  example: `type Queue struct {
	mu   sync.Mutex
	cond *sync.Cond // or sync.Cond, with *Queue used everywhere
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}`,
  confirm: [
    "`go vet ./...` (copylocks) reports copies of `sync.Cond` and other lock-holding values.",
  ],
};

const ATOMIC: Explanation = {
  title: "sync/atomic misuse",
  what: "An `atomic.Value` was given `nil` or a value of a different concrete type than the first one stored, or a 64-bit atomic operation was made on a variable not aligned to 8 bytes (32-bit platforms).",
  mechanism: [
    {
      text: "`atomic.Value.Store`/`Swap`/`CompareAndSwap` panic with `sync/atomic: store of nil value into Value` or `… of inconsistently typed value into Value`: every stored value must have the type of the first.",
    },
    {
      text: "On 386, ARM and 32-bit MIPS, 64-bit atomics need 8-byte alignment; the runtime panics with `unaligned 64-bit atomic operation` otherwise. The first word of an allocated struct, array or slice is aligned; fields after a 32-bit field may not be.",
    },
  ],
  causes: [
    "Storing different error types (or a nil interface) into one `atomic.Value`.",
    "An `int64`/`uint64` struct field updated with `atomic.AddInt64`, placed after an `int32` or `bool` field, built for a 32-bit target.",
  ],
  fix: "Store one concrete type in an `atomic.Value` (wrap variants in a struct), or use the typed `atomic.Pointer[T]`; use `atomic.Int64`/`atomic.Uint64` (go1.19+), which are always aligned.",
  example: `type Stats struct {
	flag  bool
	count atomic.Int64 // aligned on every platform (go1.19+)
}

var cfg atomic.Pointer[Config]
cfg.Store(&Config{})`,
  confirm: ["`GOARCH=386 go test ./...` reproduces alignment problems on a 64-bit machine"],
};

const SYNCTEST: Explanation = {
  title: "testing/synctest bubble misuse or deadlock",
  what: "Inside a `testing/synctest` bubble (a test's fake-time sandbox), either a channel, timer or WaitGroup that belongs to the bubble was used from outside it, or every goroutine in the bubble blocked with nothing left to advance the fake clock.",
  mechanism: [
    {
      since: "go1.24",
      text: "Channels, timers and (go1.25+) WaitGroups created in a bubble are tied to it; an operation from outside is a fatal error (`… synctest channel from outside bubble`). When all goroutines of the bubble are durably blocked and no timer can fire, `synctest.Test`/`Run` panics with `deadlock: all goroutines in bubble are blocked` (or `main bubble goroutine has exited but blocked goroutines remain`).",
    },
    {
      since: "go1.25",
      text: "The goroutine headers show `synctest bubble N` and `(durable)` on blocked goroutines (go1.24 printed `synctest group N` under GOEXPERIMENT=synctest).",
    },
  ],
  causes: [
    "A channel or timer created inside the bubble handed to a goroutine started outside it (a shared server, a package-level worker).",
    "A goroutine in the bubble waiting for I/O or for something outside the bubble that never comes, so the fake clock cannot advance.",
  ],
  fix: "Create everything the test's goroutines share inside the bubble, and replace real I/O with in-memory fakes (`net.Pipe`) inside it.",
  example: `synctest.Test(t, func(t *testing.T) {
	ch := make(chan int) // created inside the bubble, used only inside
	go producer(ch)
	synctest.Wait()
	...
})`,
  confirm: [
    "The goroutine headers marked `synctest bubble N` are the bubble's members; those marked `(durable)` are blocked inside it.",
  ],
};

export const SYNC_RULES: Rule[] = [
  rule({
    id: "sync-unlock-unlocked-mutex",
    category: "sync-misuse",
    kind: "user-fatal",
    // A throw since go1.8 (go1.8.3 src/sync/mutex.go), except go1.9 (sync-unlock-panic-legacy).
    since: "go1.8",
    replaced: "`panic: sync: unlock of unlocked mutex` (go1.1–go1.7, go1.9)",
    pattern: /^sync: unlock of unlocked mutex$/,
    explanation: UNLOCK,
  }),
  rule({
    id: "sync-unlock-panic-legacy",
    category: "sync-misuse",
    kind: "library-panic",
    since: "go1.1",
    until: "go1.9",
    pattern:
      /^sync: (?<op>unlock of unlocked mutex|RUnlock of unlocked RWMutex|Unlock of unlocked RWMutex)$/,
    eras: [
      // go1.4.3–go1.7.4 src/sync/rwmutex.go panicked; go1.8.3 throws and so does go1.9's RWMutex.
      { text: /RWMutex$/, since: "go1.4", until: "go1.7" },
    ],
    summary: (v) =>
      v.op === "unlock of unlocked mutex"
        ? "A sync.Mutex was unlocked while not locked (a recoverable panic in this Go release)."
        : "A sync.RWMutex was unlocked in a mode it was not locked in (a recoverable panic in this Go release).",
    explanation: UNLOCK_PANIC,
  }),
  rule({
    id: "sync-runlock-unlocked-rwmutex",
    category: "sync-misuse",
    kind: "user-fatal",
    // go1.8.3 src/sync/rwmutex.go: throw; a panic before (sync-unlock-panic-legacy).
    since: "go1.8",
    pattern: /^sync: RUnlock of unlocked RWMutex$/,
    explanation: UNLOCK,
  }),
  rule({
    id: "sync-unlock-unlocked-rwmutex",
    category: "sync-misuse",
    kind: "user-fatal",
    since: "go1.8",
    pattern: /^sync: Unlock of unlocked RWMutex$/,
    explanation: UNLOCK,
  }),
  rule({
    id: "sync-inconsistent-mutex-state",
    category: "sync-misuse",
    kind: "runtime-throw",
    // go1.8.3 src/sync/mutex.go: throw; a panic in go1.5–go1.7 and go1.9.
    since: "go1.8",
    pattern: /^sync: inconsistent mutex state$/,
    explanation: INCONSISTENT,
  }),
  rule({
    id: "sync-inconsistent-mutex-state-panic-legacy",
    category: "sync-misuse",
    kind: "library-panic",
    since: "go1.5",
    until: "go1.9",
    pattern: /^sync: inconsistent mutex state$/,
    explanation: INCONSISTENT_PANIC,
  }),
  rule({
    id: "sync-negative-waitgroup",
    category: "sync-misuse",
    kind: "library-panic",
    since: "go1.1",
    pattern: /^sync: negative WaitGroup counter$/,
    summary: () => "A WaitGroup's Done was called more times than Add.",
    explanation: WAITGROUP,
  }),
  rule({
    id: "sync-waitgroup-add-during-wait",
    category: "sync-misuse",
    kind: "library-panic",
    since: "go1.5",
    pattern: /^sync: WaitGroup misuse: Add called concurrently with Wait$/,
    explanation: WAITGROUP,
  }),
  rule({
    id: "sync-waitgroup-reused",
    category: "sync-misuse",
    kind: "library-panic",
    since: "go1.5",
    pattern: /^sync: WaitGroup is reused before previous Wait has returned$/,
    explanation: WAITGROUP,
  }),
  rule({
    id: "sync-cond-copied",
    category: "sync-misuse",
    kind: "library-panic",
    since: "go1.2",
    pattern: /^sync\.Cond is copied$/,
    explanation: COPIED,
  }),
  rule({
    id: "sync-nil-pool",
    category: "sync-misuse",
    kind: "library-panic",
    since: "go1.22",
    pattern: /^nil Pool$/,
    explanation: COPIED,
  }),
  rule({
    id: "sync-atomic-value",
    category: "sync-misuse",
    kind: "library-panic",
    since: "go1.4",
    pattern:
      /^sync\/atomic: (?<operation>store|swap|compare and swap) of (?<problem>nil value|inconsistently typed values?) into Value$|^sync\/atomic: compare and swap of inconsistently typed values$/,
    explanation: ATOMIC,
  }),
  rule({
    id: "unaligned-64bit-atomic",
    category: "sync-misuse",
    kind: "library-panic",
    since: "go1.16",
    pattern: /^unaligned 64-bit atomic operation$/,
    explanation: ATOMIC,
  }),
  rule({
    id: "sync-waitgroup-synctest",
    category: "sync-misuse",
    kind: "user-fatal",
    since: "go1.25",
    pattern:
      /^sync: WaitGroup\.Add called from (?:multiple synctest bubbles|inside and outside synctest bubble)$/,
    explanation: SYNCTEST,
  }),
  rule({
    id: "synctest-outside-bubble",
    category: "other",
    kind: "user-fatal",
    since: "go1.24",
    pattern:
      /^(?:(?:send on|receive on|close of|select on) synctest channel|(?:stop of|reset of) synctest timer|synctest timer accessed|semaphore wake of synctest goroutine) from outside bubble$/,
    explanation: SYNCTEST,
  }),
  rule({
    id: "synctest-deadlock",
    category: "deadlock",
    kind: "library-panic",
    since: "go1.24",
    pattern:
      /^deadlock: (?:all goroutines in bubble are blocked|main bubble goroutine has exited but blocked goroutines remain)$/,
    explanation: SYNCTEST,
  }),
];
