// Texts that are not a message on a headline: race detector reports and goroutine dumps
// taken on purpose (runtime.Stack, /debug/pprof/goroutine?debug=1|2).

import { type Rule, rule } from "../rule.js";
import type { Explanation } from "../types.js";

const RACE: Explanation = {
  title: "Data race",
  what: "Two goroutines accessed the same memory at the same time without synchronisation, and at least one access was a write. The race detector saw it happen (it does not guess); the report shows both accesses and where their goroutines were started. The program's behaviour under a race is undefined: torn values, lost updates, and later crashes elsewhere.",
  mechanism: [
    {
      text: "Programs built with `-race` run under ThreadSanitizer: every memory access is checked against a happens-before model built from channel operations, locks, WaitGroups and atomics. On a conflict it prints `WARNING: DATA RACE`, the current access (`Read/Write at ADDR by goroutine N`), the previous conflicting one, and the creation stacks of both goroutines, then keeps running (`GORACE=halt_on_error=1` stops at the first report); the program exits with status 66 at the end, and `go test` fails the test (`race detected during execution of test`).",
    },
    {
      text: "A report whose stacks go through `runtime.mapassign`, `runtime.mapaccess` or `runtime.mapiterinit` is a concurrent map access, which without `-race` ends as `fatal error: concurrent map writes` — if the accesses happen to overlap.",
    },
  ],
  causes: [
    "A variable (a counter, a flag, a cached value) written by one goroutine and read by another without a mutex, channel or atomic.",
    "A loop variable captured by goroutines (before go1.22 every iteration shares one variable).",
    "A map or slice shared between goroutines.",
    "A struct with a mutex copied by value, so the two goroutines lock different mutexes.",
  ],
  fix: "Protect the shared variable with one `sync.Mutex`, make it an atomic (`atomic.Int64`, `atomic.Pointer[T]`), or hand it over through a channel so that only one goroutine owns it at a time. Both access sites must use the same protection.",
  example: `type Stats struct {
	mu   sync.Mutex
	hits map[string]int
}

func (s *Stats) Hit(k string) {
	s.mu.Lock()
	s.hits[k]++
	s.mu.Unlock()
}

var requests atomic.Int64 // for a lone counter
requests.Add(1)`,
  confirm: [
    "`go test -race -count=1 ./...`, or `go build -race` and run the service with realistic load",
    '`GORACE="halt_on_error=1 history_size=7"` stops at the first race and keeps more history for the previous access',
  ],
};

const DUMP: Explanation = {
  title: "Goroutine dump",
  what: 'A listing of every goroutine and where it is, taken on purpose (`runtime.Stack(buf, true)`, `pprof.Lookup("goroutine").WriteTo(w, 2)`, `/debug/pprof/goroutine?debug=2`), with no crash. It answers "what is this program doing / waiting for": leaks show up as many goroutines parked at one line, hangs as goroutines waiting for a long time.',
  mechanism: [
    {
      text: "`runtime.Stack(buf, true)` stops the world and prints each goroutine in the traceback format (header with state and, after a GC, the minutes it has been waiting; frames; `created by`). `debug=1` profiles instead group identical stacks with a count (`N @ pc…`).",
    },
  ],
  causes: [
    "A goroutine leak: goroutines blocked forever on a channel nobody sends to, a lock, or a network read without deadline.",
    "A hang: the main work waiting on something that never comes.",
  ],
  fix: "Start from the biggest group of goroutines waiting at one place and from the longest waits; find what should wake them (a send, a close, an Unlock, a context cancel, a deadline) and make sure every path does.",
  example: `select {
case out <- v:
case <-ctx.Done(): // a way out for every blocked send
	return ctx.Err()
}`,
  confirm: [
    "Two dumps taken some time apart: groups that grow are leaks",
    "`go tool pprof -top 'http://host:6060/debug/pprof/goroutine'` counts goroutines by stack",
  ],
};

export const REPORT_RULES: Rule[] = [
  rule({
    id: "data-race",
    category: "data-race",
    kind: "report",
    since: "go1.1",
    summary: (v) =>
      v.previousOp !== undefined
        ? `A ${v.op} by ${v.goroutine} raced with a ${v.previousOp} by ${v.previousGoroutine}${v.location !== undefined ? ` (${v.location})` : ""}.`
        : `A ${v.op ?? "memory access"} by ${v.goroutine ?? "a goroutine"} raced with another goroutine.`,
    explanation: RACE,
  }),
  rule({
    id: "goroutine-dump",
    category: "goroutine-dump",
    kind: "report",
    since: "go1.1",
    explanation: DUMP,
  }),
  rule({
    id: "goroutine-profile",
    category: "goroutine-dump",
    kind: "report",
    since: "go1.1",
    explanation: DUMP,
  }),
];
