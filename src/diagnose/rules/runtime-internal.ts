// Runtime invariant failures: one rule per area of the runtime, for the ~870 throw, fatal
// and panic texts that have no rule of their own (runtime-internal.data.ts, generated),
// plus the scheduler-lock and unwinder throws that do.

import { type Headline, type Rule, rule, type Values } from "../rule.js";
import type { Explanation } from "../types.js";
import { INTERNAL_MESSAGES, INTERNAL_PATTERNS } from "./runtime-internal.data.js";
import { OLD_INTERNAL_MESSAGES } from "./runtime-internal-old.data.js";

export type InternalArea = "gc-heap" | "scheduler" | "os" | "stack" | "misc" | "maps" | "sync";

/** [text, area, headline, since, until (null while current), where it is raised]. */
export type InternalMessage = [
  string,
  InternalArea,
  "panic" | "fatal",
  string,
  string | null,
  string,
];
export type InternalPattern = [
  RegExp,
  InternalArea,
  "panic" | "fatal",
  string,
  string | null,
  string,
];

const CORRUPTION_CONFIRM = [
  "`go test -race ./...` and `go build -gcflags=all=-d=checkptr` to rule out data races and unsafe misuse",
  "Search https://github.com/golang/go/issues for the exact message, and try the latest patch release of your Go version",
  "`GOTRACEBACK=system` (already implied by a throw) shows the runtime frames where the invariant broke",
];

/** The parts every area shares: a broken invariant is corruption or a runtime bug. */
function area(title: string, what: string, mechanism: string, causes: string[]): Explanation {
  return {
    title,
    what,
    mechanism: [{ text: mechanism }],
    causes,
    fix: "Rule out corruption first — data races, unsafe.Pointer misuse, cgo writing Go memory, `go:linkname` access to runtime internals — then update to the newest patch release of your Go version. If it still happens, report it to the Go project with the full output, the Go version and `go env`.",
    example: `// reproduce with the checks that find corruption:
//   go test -race -gcflags=all=-d=checkptr ./...
//   GODEBUG=gccheckmark=1 ./app`,
    confirm: CORRUPTION_CONFIRM,
  };
}

const GC_HEAP = area(
  "Runtime invariant failure: heap and garbage collector",
  "The memory allocator or the garbage collector found its own data structures (spans, heap bitmaps, work buffers, arenas, profiling buckets) in a state that correct code never produces, and stopped the program. This is not a bug in the line the goroutine was running: the heap was corrupted earlier.",
  "These are `throw` calls in src/runtime (malloc, mheap, mgc*, mbitmap, mspan…): the crashing goroutine is printed with runtime frames and pc/sp, often under `runtime stack:`.",
  [
    "Memory corruption from a data race on interfaces, slices, strings or maps.",
    "unsafe.Pointer misuse, or pointers hidden from the GC in `uintptr` values.",
    "C code (cgo) writing to Go memory or keeping Go pointers.",
    "A runtime bug, or failing hardware when the message changes from run to run.",
  ],
);

const SCHEDULER = area(
  "Runtime invariant failure: scheduler and runtime state",
  "The scheduler found goroutines, threads (Ms) or processors (Ps) in a state it does not allow — a goroutine in the wrong status, a lock count off, a run queue corrupted — and stopped the program.",
  "These are `throw` calls in src/runtime (proc.go, lock_*.go, trace*.go, …); a few are `fatal` (blamed on the program) or panics from runtime APIs.",
  [
    "`go:linkname` access to runtime internals from a dependency built for another Go release.",
    "Memory corruption (data races, unsafe, cgo).",
    "A runtime bug — check the Go issue tracker for the message.",
  ],
);

const OS = area(
  "Runtime invariant failure: OS interface and runtime services",
  "A runtime service — signals, system calls, timers, the network poller, channels' internal queues, panics and defers, cgo glue — found an impossible state or an OS call that must not fail did fail, and the runtime stopped the program.",
  "These are `throw` calls in src/runtime's OS layer (os_*.go, signal_*.go, netpoll_*.go, time.go, chan.go, panic.go, cgocall.go…).",
  [
    "An unusual OS environment: seccomp filters or sandboxes denying system calls the runtime needs, very old kernels, emulators.",
    "Memory corruption (data races, unsafe, cgo).",
    "A runtime bug for the platform.",
  ],
);

const STACK = area(
  "Runtime invariant failure: stacks and symbol tables",
  "Stack growth, stack unwinding or the runtime's function and type tables (pclntab, moduledata) found something impossible: a frame it cannot unwind, a bad stack map, a type table that does not add up.",
  "These are `throw` calls in src/runtime's stack.go, traceback.go, symtab.go, type.go, plugin.go….",
  [
    "Stack corruption by assembly, cgo or unsafe code.",
    "Plugins or shared libraries built with a different Go release or different flags than the main program.",
    "Binaries modified after linking (packers, some obfuscators).",
    "A runtime or compiler bug.",
  ],
);

const MISC = area(
  "Runtime invariant failure",
  "A runtime component (profiling, metrics, debug hooks, Windows callbacks and others) found a state it does not allow and stopped the program.",
  "These are `throw`/`fatal`/`panic` calls in src/runtime outside the allocator, scheduler and stack code.",
  [
    "Misuse of a runtime API through `go:linkname`.",
    "Memory corruption (data races, unsafe, cgo).",
    "A runtime bug.",
  ],
);

const MAPS = area(
  "Runtime invariant failure: map internals",
  "The Swiss-table map implementation (go1.24+, internal/runtime/maps) found a table in an impossible state — counts that do not match, no empty slot where one must exist. A map used by several goroutines without locking is the usual cause: the concurrent-write check does not catch every interleaving.",
  "These are panics and fatal errors in internal/runtime/maps (table.go, table_debug.go, runtime_*.go).",
  [
    "Concurrent writes to a map without a lock (run the race detector).",
    "Memory corruption (unsafe, cgo).",
    "A runtime bug.",
  ],
);

const SYNC = area(
  "sync.Map / internal sync invariant failure",
  "The hash-trie map behind `sync.Map` and `unique` (internal/sync.HashTrieMap, go1.24+) panicked: either the program called `CompareAndSwap`/`CompareAndDelete` with values of a type that cannot be compared, or the trie ran out of hash bits, which means corrupted memory.",
  "These are panics in internal/sync (hashtriemap.go) and in the runtime's semaphore code.",
  [
    "`sync.Map.CompareAndSwap`/`CompareAndDelete` with a slice, map or func value (the old value must be comparable).",
    "Memory corruption (data races on the keys, unsafe, cgo).",
  ],
);

const SCHEDULE_LOCKS: Explanation = {
  title: "Runtime lock held at the wrong time",
  what: "The scheduler was entered, or the world stopped, while the current thread still held runtime locks (or the allocator was re-entered). The runtime's locking discipline broke, so it stopped the program.",
  mechanism: [
    {
      text: "`schedule`, `stopm` and `stopTheWorld` check `m.locks` and throw `schedule: holding locks`, `stopm holding locks`, `stopTheWorld: holding locks`; `mallocgc` throws `malloc deadlock` when re-entered and `malloc during signal` when called from a signal handler.",
    },
  ],
  causes: [
    "Go code running in a signal handler or another restricted context (a cgo callback from a signal handler).",
    "`go:linkname` calls into runtime internals.",
    "A runtime bug.",
  ],
  fix: "Look at the runtime frames printed with the throw to see which path held the lock; remove linkname use and allocation in restricted contexts; otherwise report it to the Go project.",
  example: `// GOTRACEBACK=system is implied by a throw: read the runtime frames printed with it`,
  confirm: CORRUPTION_CONFIRM,
};

const TRACEBACK: Explanation = {
  title: "Stack unwinding failed",
  what: "The runtime could not walk a goroutine's stack: a return address did not belong to any Go function, or the unwinder went in circles. It stops the program when it needs a correct unwind (stack copying, GC scanning, a crash of its own).",
  mechanism: [
    {
      text: "The unwinder prints `runtime: g N: unexpected return pc for F called from 0x…` (the `g N:` part since go1.19) or `unknown pc`, then `stack: frame={…} stack=[…)` and a hex dump of the stack, and throws `unknown caller pc`, `unexpected return pc`, `traceback stuck` or `traceback did not unwind completely`. When only printing a traceback it stops printing instead.",
    },
  ],
  causes: [
    "Stack corruption: a buffer overflow in cgo code writing over a Go stack, assembly with a wrong frame size.",
    "A data race corrupting a closure or function value that was then called.",
    "C code on a goroutine stack without a registered cgo traceback.",
  ],
  fix: "Check assembly (`go vet` asmdecl) and cgo code around the function named in `unexpected return pc for F`; run with the race detector.",
  example: `//   go vet ./...            (asmdecl checks assembly frames)
//   go test -race ./...`,
  confirm: [
    "The `unexpected return pc for F` line names the last good frame; the hex dump shows the bad return address",
  ],
};

export const INTERNAL_AREA_RULES: Rule[] = [
  areaRule("gc-heap", GC_HEAP),
  areaRule("scheduler", SCHEDULER),
  areaRule("os", OS),
  areaRule("stack", STACK),
  areaRule("misc", MISC),
  areaRule("maps", MAPS),
  areaRule("sync", SYNC),
  rule({
    id: "schedule-holding-locks",
    category: "other",
    kind: "runtime-throw",
    since: "go1.1",
    pattern:
      /^(?:schedule: holding locks|stopm holding locks|stopTheWorld: holding locks|malloc deadlock|malloc during signal|runtime·lock: lock count|runtime·unlock: lock count)$/,
    explanation: SCHEDULE_LOCKS,
  }),
  rule({
    id: "traceback-failures",
    category: "other",
    kind: "runtime-throw",
    since: "go1.6",
    pattern:
      /^(?:unknown pc|unknown caller pc|traceback stuck|traceback did not unwind completely|unexpected return pc)$/,
    explanation: TRACEBACK,
  }),
];

function areaRule(name: InternalArea, explanation: Explanation): Rule {
  return rule({
    id: `runtime-internal-${name}`,
    category: "other",
    kind: "runtime-throw",
    since: "go1.1",
    summary: (v) => `A runtime invariant failed (${v.source ?? "src/runtime"}).`,
    explanation,
  });
}

/** A runtime-internal text found in the table: its area rule and what the row says. */
export interface InternalMatch {
  ruleId: string;
  values: Values;
  headline: "panic" | "fatal";
  since: string;
  until: string | null;
}

/** The rows by headline and text, built on first use: most crashes never look (start-up). */
let byText: Map<string, InternalMessage> | undefined;
function rowsByText(): Map<string, InternalMessage> {
  if (byText !== undefined) return byText;
  byText = new Map();
  for (const row of INTERNAL_MESSAGES) byText.set(`${row[2]} ${row[0]}`, row);
  // Texts only releases before go1.17 printed (read off their sources); go1.17+ rows win.
  for (const row of OLD_INTERNAL_MESSAGES) {
    const key = `${row[2]} ${row[0]}`;
    if (!byText.has(key)) byText.set(key, row);
  }
  return byText;
}

/** Looks a message up among the runtime-internal texts (exact text first, then the patterns). */
export function matchInternal(text: string, headline: Headline): InternalMatch | null {
  if (headline === "none") return null;
  const row = rowsByText().get(`${headline} ${text}`);
  if (row !== undefined) return toMatch(row, {});
  for (const pattern of INTERNAL_PATTERNS) {
    if (pattern[2] !== headline) continue;
    const match = pattern[0].exec(text);
    if (match !== null) return toMatch(pattern, { ...match.groups });
  }
  return null;
}

function toMatch(row: InternalMessage | InternalPattern, values: Values): InternalMatch {
  return {
    ruleId: `runtime-internal-${row[1]}`,
    values: { ...values, source: row[5] },
    headline: row[2],
    since: row[3],
    until: row[4],
  };
}

/** How many runtime-internal texts each area rule covers. */
export function internalTextCounts(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of [...INTERNAL_MESSAGES, ...OLD_INTERNAL_MESSAGES, ...INTERNAL_PATTERNS]) {
    const id = `runtime-internal-${row[1]}`;
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}
