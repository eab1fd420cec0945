// The old format (Go 1.11-1.21) checked against Go itself, on the leak traces that Debian's
// Go 1.19 and Go 1.21 wrote (testdata/exectrace/gen.sh):
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
import type { TraceCounts } from "../../src/exectrace/summary.js";
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

for (const release of ["1.19", "1.21"]) {
  const file = join(TESTDATA, `leak-go${release}.trace`);

  test(`go${release} trace: the counts of Go 1.26's reader, exactly`, (t) => {
    const tc = requireGo(t, "1.26");
    if (tc === undefined) return;
    const dump = spawnSync(tc.go, ["tool", "trace", "-d=parsed", file], {
      env: ENV,
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    assert.equal(dump.status, 0, dump.stderr);
    const go = countsOfDump(dump.stdout);
    const ours = counts(file);
    for (const key of [
      "events",
      "eventsByKind",
      "goroutines",
      "procs",
      "threads",
      "transitions",
      "reasons",
    ] as const)
      assert.deepEqual(ours[key], go[key], key);
    assert.equal(ours.eventsByKind.Sync, 2);
  });

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
