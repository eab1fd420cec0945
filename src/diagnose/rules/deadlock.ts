// Whole-program deadlocks found by the scheduler (runtime/proc.go checkdead).

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const DEADLOCK: Explanation = {
  title: "All goroutines are asleep: deadlock",
  what: "Every goroutine of the program was blocked — on a channel, a mutex, a WaitGroup, a select — and nothing could ever wake one of them: no goroutine running, no timer pending, no system call in progress. The runtime detected it and stopped the program. No goroutine crashed: the answer is in where each one waits.",
  mechanism: [
    {
      text: "When the last running thread goes idle, `runtime.checkdead` counts the user goroutines; if all are waiting and no timer is due, it reports the deadlock. It prints every goroutine (checkdead runs on the system stack, so there is no current goroutine to limit the output to), each with its wait reason: `chan receive`, `chan send`, `select`, `sync.Mutex.Lock` (go1.20+; `semacquire` before), `sync.WaitGroup.Wait` (go1.24+; `semacquire` before), `chan receive (nil chan)`, `select (no cases)`.",
    },
    {
      text: "The detection is conservative: a program with anything that could still wake a goroutine — a `time.Sleep` or timer, a goroutine in a system call or cgo call, a network listener waiting in the netpoller — hangs instead of reporting. Programs built with cgo often never report a deadlock.",
    },
    {
      until: "go1.18",
      text: "Reported with `throw`, marked so that only the program's goroutines are printed, as in later releases (`fatal` since go1.19).",
    },
  ],
  causes: [
    "A send on an unbuffered channel with no receiver (or a receive with no sender), often the main goroutine waiting for a result that a failed worker never sends.",
    "`wg.Wait()` with an `Add` that has no matching `Done` (a `Done` skipped on an error path, or `Add` called inside the goroutine).",
    "Locking a `sync.Mutex` twice in the same goroutine (Go mutexes are not reentrant), or two goroutines taking two locks in opposite orders.",
    "Ranging over a channel that nobody closes.",
    "A nil channel (never made) used for a send or receive: it blocks forever.",
  ],
  fix: "Look at where each goroutine waits (listed below with their code lines) and find the missing counterpart: the sender, receiver, `Done`, `Unlock` or `close` that never happens. Make every path — errors included — send, close, call `Done` (`defer wg.Done()`) or `Unlock` (`defer mu.Unlock()`).",
  example: `results := make(chan int)
var wg sync.WaitGroup
for _, job := range jobs {
	wg.Add(1) // before go, not inside the goroutine
	go func() {
		defer wg.Done() // on every path
		results <- work(job)
	}()
}
go func() { wg.Wait(); close(results) }() // so that range ends
for r := range results {
	fmt.Println(r)
}`,
  confirm: [
    "The goroutines printed and their wait reasons are the whole picture; panicscope groups identical waits and points at the program's line for each.",
    "`go vet ./...` (copylocks check) catches mutexes and WaitGroups copied by value, a common cause.",
    "For hangs that are not reported: `kill -QUIT <pid>` (or Ctrl-\\) prints the same goroutine dump.",
  ],
};

const GOEXIT: Explanation = {
  title: "main goroutine called runtime.Goexit",
  what: "The main goroutine ran `runtime.Goexit` (directly, or through `t.FailNow`/`log` helpers that call it) and then every other goroutine finished or blocked. `Goexit` in main does not end the program: it waits for other goroutines, and when none is left the runtime reports this.",
  mechanism: [
    {
      text: "`runtime.checkdead` finds no user goroutine running or waiting (the main goroutine has exited through Goexit) and reports `no goroutines (main called runtime.Goexit) - deadlock!`.",
    },
  ],
  causes: [
    '`runtime.Goexit()` called in `main` to "exit quietly".',
    "A test helper that calls `t.FailNow`/`t.SkipNow` used outside a test, on the main goroutine.",
  ],
  fix: "End the program with `os.Exit(code)` or by returning from `main`.",
  example: `func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1) // not runtime.Goexit()
	}
}`,
  confirm: ["Search for `runtime.Goexit` and `FailNow` calls reachable from `main`."],
};

export const DEADLOCK_RULES: Rule[] = [
  rule({
    id: "all-goroutines-asleep",
    category: "deadlock",
    kind: "user-fatal",
    since: "go1.1",
    pattern: /^all goroutines are asleep - deadlock!$/,
    summary: (v) =>
      v.goroutines === "1"
        ? "The program's only goroutine blocked forever, with nothing left to wake it."
        : `All ${v.goroutines ?? "the"} goroutines of the program blocked forever; none could wake another.`,
    explanation: DEADLOCK,
  }),
  rule({
    id: "goexit-deadlock",
    category: "deadlock",
    kind: "user-fatal",
    since: "go1.3",
    pattern: /^no goroutines \(main called runtime\.Goexit\) - deadlock!$/,
    explanation: GOEXIT,
  }),
];
