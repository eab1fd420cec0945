// The old format (Go 1.11-1.21) checked against Go itself, on the traces that Debian's Go 1.19
// and Go 1.21 wrote of the leak and the steady workload, and Go 1.15 of the leak (the header
// "go 1.11 trace") (testdata/exectrace/gen.sh):
//
// - Every event, in order, is the line Go 1.26's `go tool trace -d=parsed` prints for it:
//   context (M, P, G), kind, time and the kind's fields. Go orders old traces by merging each
//   P's batches with per-goroutine sequence numbers (tracev1/order.go), moves a syscall's exit
//   to its real time, puts timers, syscall exits, GC and network wake-ups on fake Ps
//   (1000001-1000004) and counts time from the first event; src/exectrace/old-order.ts does
//   the same. Before it, panicscope merged by time alone, counted from the CPU's tick zero and
//   dropped tasks, regions, logs, sweeps and CPU samples (23 580 events of the steady trace
//   were 15 000).
//
// - Go 1.26's `go tool trace -d=parsed` reads old traces through its converter (go1.26
//   src/internal/trace/tracev1.go): panicscope's events, kinds, goroutines, Ps, threads,
//   transitions and reasons equal its counts exactly. Found on the way (and fixed in
//   src/exectrace/oldformat.ts): the converter turns the tracer's announcement of the
//   goroutines alive at trace start (a GoCreate each, before the first Gomaxprocs) into
//   statuses and drops that Gomaxprocs, makes each P's first ProcStart/ProcStop a status, turns
//   a GoSysCall that did not block into a 1 ns syscall, and names threads from ProcStart;
//   the reader puts a Sync first and last. Before, panicscope counted 5 GoCreates and a
//   Gomaxprocs too many, a syscall too few, no threads and no Sync.
// - The toolchain that wrote the trace prints its own parse with `go tool trace -d` (one line
//   per event: "ts Name p=P g=G off=…", go1.19 src/internal/trace/parser.go Event.String):
//   each of its event types maps onto panicscope's transitions, counted one for one below.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { readTrace } from "../../src/exectrace/analyze.js";
import { stateTransition, type TraceEvent } from "../../src/exectrace/event.js";
import type { TraceCounts } from "../../src/exectrace/summary.js";
import { dumpLines, eventLine } from "./event-line.js";
import { countsOfDump } from "./go-dump.js";
import { requireGo, TESTDATA } from "./traces.js";

const DEBIAN_GO = process.env.PANICSCOPE_DEBIAN_GO ?? "/opt/panicscope-go";
const OLD_GO: Record<string, string> = {
  "1.19": "/usr/lib/go-1.19/bin/go",
  "1.21": join(DEBIAN_GO, "1.21/usr/lib/go-1.21/bin/go"),
};
const ENV = { ...process.env, GOENV: "off", GOTOOLCHAIN: "local" };

function counts(file: string): TraceCounts {
  const read = readTrace(file);
  assert.ok(!("error" in read), JSON.stringify(read));
  return read.counts;
}

/** The old toolchain's own parse: events per type, distinct goroutines and real Ps. */
function oldParse(go: string, file: string) {
  const r = spawnSync(go, ["tool", "trace", "-d", file], {
    env: ENV,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  assert.equal(r.status, 0, r.stderr);
  const byType: Record<string, number> = {};
  const gs = new Set<number>();
  const ps = new Set<number>();
  for (const line of r.stdout.split("\n")) {
    const m = /^-?\d+ (\w+) p=(-?\d+) g=(\d+) off=\d+(.*)$/.exec(line);
    if (m === null) continue;
    const [, name, p, g, rest] = m as unknown as [string, string, string, string, string];
    byType[name] = (byType[name] ?? 0) + 1;
    if (Number(g) !== 0) gs.add(Number(g));
    // Ps from 1000000 up are the parser's fake ones (timers, netpoll, syscalls, GC).
    if (Number(p) >= 0 && Number(p) < 1_000_000) ps.add(Number(p));
    const arg = / g=(\d+)/.exec(rest);
    if (arg !== null && Number(arg[1]) !== 0) gs.add(Number(arg[1]));
  }
  return { byType, goroutines: gs.size, procs: ps.size };
}

const TRACES: Array<{ file: string; release: string; events: number }> = [
  // Go 1.11-1.18 wrote the header "go 1.11 trace".
  { file: "leak-go1.15.trace", release: "1.15", events: 2813 },
  { file: "leak-go1.19.trace", release: "1.19", events: 923 },
  { file: "leak-go1.21.trace", release: "1.21", events: 920 },
  { file: "steady-go1.19.trace", release: "1.19", events: 23_580 },
  { file: "steady-go1.21.trace", release: "1.21", events: 72_348 },
];

function eventsOf(file: string): TraceEvent[] {
  const events: TraceEvent[] = [];
  const read = readTrace(file, { folds: [{ add: (e) => events.push(e) }] });
  assert.ok(!("error" in read), JSON.stringify(read));
  assert.deepEqual(read.warnings, []);
  return events;
}

function goDump(file: string, t: { skip(msg: string): void }): string | undefined {
  const tc = requireGo(t, "1.26");
  if (tc === undefined) return undefined;
  const dump = spawnSync(tc.go, ["tool", "trace", "-d=parsed", file], {
    env: ENV,
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  assert.equal(dump.status, 0, dump.stderr);
  return dump.stdout;
}

for (const x of TRACES) {
  const file = join(TESTDATA, x.file);

  test(`${x.file}: every event in Go 1.26's order, as its go tool trace -d=parsed prints it`, (t) => {
    const text = goDump(file, t);
    if (text === undefined) return;
    const go = dumpLines(text);
    const ours = eventsOf(file).map(eventLine);
    assert.equal(ours.length, x.events);
    assert.equal(go.length, x.events);
    const at = ours.findIndex((line, i) => line !== go[i]);
    assert.equal(at, -1, `event ${at}: ${ours[at]}\n     Go: ${go[at]}`);
  });

  test(`${x.file}: each goroutine's transitions follow on from one another`, () => {
    const state = new Map<number, number>();
    let checked = 0;
    for (const e of eventsOf(file)) {
      if (e.kind !== "StateTransition") continue;
      const tr = stateTransition(e);
      if (tr.resource !== "goroutine") continue;
      const before = state.get(tr.id);
      // Undetermined: a goroutine alive when tracing started, found by its status.
      if (before === undefined) assert.ok(tr.from === 0 || tr.from === 1, `g${tr.id} at ${e.time}`);
      else assert.equal(tr.from, before, `g${tr.id} at ${e.time}`);
      state.set(tr.id, tr.to);
      checked++;
    }
    const all = Object.values(counts(file).transitions.goroutine).reduce((a, b) => a + b, 0);
    assert.equal(checked, all);
  });
}

for (const x of TRACES) {
  test(`${x.file}: the counts of Go 1.26's reader, exactly`, (t) => {
    const file = join(TESTDATA, x.file);
    const text = goDump(file, t);
    if (text === undefined) return;
    const go = countsOfDump(text);
    const ours = counts(file);
    for (const key of [
      "events",
      "eventsByKind",
      "goroutines",
      "procs",
      "threads",
      "transitions",
      "reasons",
      "start",
      "end",
    ] as const)
      assert.deepEqual(ours[key], go[key], key);
    assert.equal(ours.eventsByKind.Sync, 2);
  });
}

test("steady-go1.21.trace: what the old format holds besides scheduling", () => {
  const read = readTrace(join(TESTDATA, "steady-go1.21.trace"));
  assert.ok(!("error" in read));
  assert.deepEqual([read.goVersion, read.generations], ["go1.21", 1]);
  const c = read.counts;
  assert.deepEqual(c.eventsByKind, {
    Label: 18,
    Log: 264,
    Metric: 3294,
    RangeBegin: 420,
    RangeEnd: 420,
    RegionBegin: 13_170,
    RegionEnd: 13_170,
    StackSample: 2,
    StateTransition: 41_580,
    Sync: 2,
    TaskBegin: 4,
    TaskEnd: 4,
  });
  // Two syscalls blocked and their goroutines came back through the syscall P (1000003); the
  // GC on its own P (1000004): Go counts both among the Ps, beside the real P0 and P1.
  assert.equal(c.transitions.goroutine["Syscall->Runnable"], 2);
  assert.equal(c.procs, 4);
});

for (const release of ["1.19", "1.21"]) {
  const file = join(TESTDATA, `leak-go${release}.trace`);

  test(`go${release} trace: the toolchain's own parse, event type by event type`, (t) => {
    const go = OLD_GO[release] as string;
    if (!existsSync(go)) {
      if (process.env.CI) throw new Error(`${go} is missing (.ci/run installs it)`);
      return t.skip(`${go} is not installed`);
    }
    const old = oldParse(go, file);
    const ours = counts(file);
    const g = ours.transitions.goroutine;
    const p = ours.transitions.proc;
    const n = (k: string) => old.byType[k] ?? 0;
    assert.equal(ours.goroutines, old.goroutines);
    assert.equal(ours.procs, old.procs);
    // The goroutines alive at trace start: announced by GoCreate, found in a state instead.
    const announced =
      (g["Undetermined->Running"] ?? 0) +
      (g["Undetermined->Waiting"] ?? 0) +
      (g["Undetermined->Runnable"] ?? 0);
    assert.equal(n("GoCreate"), (g["NotExist->Runnable"] ?? 0) + announced);
    assert.equal(n("GoWaiting"), g["Undetermined->Waiting"]);
    assert.equal(n("GoStart"), (g["Runnable->Running"] ?? 0) + (g["Undetermined->Running"] ?? 0));
    assert.equal(n("GoUnblock"), g["Waiting->Runnable"]);
    assert.equal(
      n("GoSleep") +
        n("GoBlock") +
        n("GoBlockRecv") +
        n("GoBlockSend") +
        n("GoBlockSync") +
        n("GoBlockSelect") +
        n("GoBlockCond") +
        n("GoBlockNet") +
        n("GoBlockGC"),
      g["Running->Waiting"],
    );
    assert.equal(n("GoSched") + n("GoPreempt"), g["Running->Runnable"]);
    assert.equal(n("GoEnd"), g["Running->NotExist"]);
    assert.equal(n("GoSysCall"), g["Running->Syscall"]);
    assert.equal(n("ProcStart"), (p["Idle->Running"] ?? 0) + (p["Undetermined->Running"] ?? 0));
    assert.equal(n("ProcStop"), p["Running->Idle"]);
    // The first Gomaxprocs ends the tracer's announcements and is dropped.
    assert.equal(n("HeapAlloc") + n("HeapGoal") + n("Gomaxprocs") - 1, ours.eventsByKind.Metric);
    // Every event of the old parse is one of panicscope's, but for that Gomaxprocs and the
    // announcing GoCreates, plus a syscall's end and the two Syncs.
    const total = Object.values(old.byType).reduce((a, b) => a + b, 0);
    assert.equal(ours.events, total - 1 - announced + (g["Syscall->Running"] ?? 0) + 2);
  });
}
