// go test's own panics (testing/testing.go startAlarm, tRunner, c.log/Fail after completion).

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const TIMEOUT: Explanation = {
  title: "go test timed out",
  what: "A test binary ran longer than its `-timeout` (10 minutes by default) and the testing package stopped it. The panic comes from a timer goroutine, not from the test: what matters is where the running tests' goroutines were blocked, which the dump of every goroutine shows.",
  mechanism: [
    {
      text: '`testing.(*M).startAlarm` arms a `time.AfterFunc`; when it fires, it raises the traceback level to `all` (`debug.SetTraceback("all")`) and panics with `test timed out after D`. Every goroutine is printed, the crashing one being the alarm (`testing.(*M).startAlarm.func1`, created by `time.goFunc`).',
    },
    {
      since: "go1.20",
      text: "The panic value lists the tests still running and for how long: `running tests:` then one `TestName (duration)` per line (indented by a tab from go1.23, which frames multi-line panic values).",
    },
    {
      text: "If the test binary does not exit within a minute after its own deadline, `go test` kills it with SIGQUIT (`*** Test killed with quit: ran too long`), which prints a SIGQUIT goroutine dump instead.",
    },
  ],
  causes: [
    "A test blocked forever: waiting on a channel, a WaitGroup or a lock that the code under test never releases (a deadlock the runtime cannot see because timers or network pollers are alive).",
    "A network call or a subprocess without a timeout.",
    "A test that is merely slow, or many slow tests in one package, under the default 10-minute limit.",
  ],
  fix: "Look at where the goroutine of each running test waits (panicscope lists them with their lines) and fix what it waits for. Give network and subprocess calls deadlines (`context.WithTimeout`, `t.Context()` in go1.24+), and raise `-timeout` only for tests that are legitimately long.",
  example: `func TestFetch(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := client.Fetch(ctx, url); err != nil {
		t.Fatal(err)
	}
}
// go test -run TestFetch -timeout 30s ./pkg`,
  confirm: [
    "`go test -run 'TestName$' -timeout 30s -v ./pkg` reproduces it faster",
    "`go test -race` to see whether the blocked code races",
    "The running tests and their goroutines are listed below; `t.Deadline()` tells a test how long it has",
  ],
};

const NIL_OR_GOEXIT: Explanation = {
  title: "Test ended with panic(nil) or runtime.Goexit",
  what: "A test function's goroutine ended without the test finishing normally: it called `runtime.Goexit` directly, or panicked with a nil value (before go1.21), or a subtest called `FailNow`/`Fatal` on its parent's `t`.",
  mechanism: [
    {
      text: "`testing.tRunner` notices the test did not finish and reports `test executed panic(nil) or runtime.Goexit` (with `: subtest may have called FailNow on a parent test` when that is the likely cause).",
    },
  ],
  causes: [
    "`t.Fatal`/`t.FailNow` called on the outer test's `t` inside a `t.Run` subtest.",
    "`runtime.Goexit` called by code under test.",
    "`panic(nil)` with Go before 1.21 (or `GODEBUG=panicnil=1`).",
  ],
  fix: "Inside `t.Run(name, func(t *testing.T) {…})`, use the subtest's own `t` (shadow the outer one); do not call `runtime.Goexit` in code under test.",
  example: `t.Run("case", func(t *testing.T) { // this t, not the parent's
	if err := check(); err != nil {
		t.Fatal(err)
	}
})`,
  confirm: [
    "Search the failing test for `FailNow`/`Fatal` calls on a `t` captured from an enclosing test.",
  ],
};

const AFTER_COMPLETE: Explanation = {
  title: "Test logged or failed after it completed",
  what: "A goroutine started by a test called `t.Log`, `t.Error`, `t.Fail` (or wrote to `t.Output()`) after the test function had returned. The test's result was already reported, so testing panics.",
  mechanism: [
    {
      since: "go1.7",
      text: "`testing.(*common).logDepth`/`Fail` check whether the test finished and panic with `Log in goroutine after TestX has completed: <message>` or `Fail in goroutine after TestX has completed`; go1.25 adds `Output called after …` and `Write called after …`.",
    },
  ],
  causes: [
    "A goroutine started in the test and not waited for (no WaitGroup, no channel) that logs when it finishes later.",
    "A server or client left running after the test returns, with its logger writing to `t`.",
  ],
  fix: "Wait for every goroutine the test starts before returning (a `sync.WaitGroup`, `t.Cleanup` that stops servers), and do not log to `t` from long-lived background code.",
  example: `var wg sync.WaitGroup
wg.Add(1)
go func() {
	defer wg.Done()
	t.Log(work())
}()
wg.Wait()`,
  confirm: [
    "The goroutine that panicked was created by the test named in the message (`created by` line).",
  ],
};

export const TESTING_RULES: Rule[] = [
  rule({
    id: "test-timeout",
    category: "test-timeout",
    kind: "library-panic",
    recoverable: false,
    since: "go1.2",
    pattern: /^test timed out after (?<after>\S+)$/,
    summary: (v) =>
      v.running !== undefined
        ? `go test stopped the test binary after ${v.after}; still running: ${v.running}.`
        : `go test stopped the test binary after ${v.after}.`,
    explanation: TIMEOUT,
  }),
  rule({
    id: "test-panic-nil-or-goexit",
    category: "custom-panic",
    kind: "library-panic",
    recoverable: false,
    since: "go1.3",
    pattern:
      /^test executed panic\(nil\) or runtime\.Goexit(?<parent>: subtest may have called FailNow on a parent test)?$/,
    explanation: NIL_OR_GOEXIT,
  }),
  rule({
    id: "test-log-after-complete",
    category: "custom-panic",
    kind: "library-panic",
    since: "go1.7",
    pattern:
      /^(?:(?:Log|Fail) in goroutine|Output called|Write called) after (?<test>\S+) has completed(?:: (?<message>.*))?$/,
    summary: (v) => `A goroutine of ${v.test} used its t after ${v.test} had returned.`,
    explanation: AFTER_COMPLETE,
  }),
];
