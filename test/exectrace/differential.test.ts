// The differential test of issue 14: traces written by real Go programs with every Go
// toolchain on the machine (1.22, 1.23, 1.24, 1.25, 1.27 from Debian; 1.26), read by
// panicscope and by the same toolchain's `go tool trace -d=parsed` (-d=1 before Go 1.24):
// the event counts, kinds, goroutines, procs, threads, transitions and reasons must agree.
// And every event, in order, must be the line Go 1.26's reader prints for it (context, kind,
// time, transition, reason, range, metric, task, region, log, label): the order of Go's
// order.go, so that each goroutine's and P's state is right at every instant.

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { readTrace } from "../../src/exectrace/analyze.js";
import { eventLine } from "./event-line.js";
import {
  type GoToolchain,
  go126Lines,
  makeTrace,
  RELEASES,
  ROOT,
  requireGo,
  TESTDATA,
} from "./traces.js";

const PROGRAMS: Array<{
  name: string;
  module: string;
  pkg: string;
  args: string[];
  suffix?: string;
  since?: number;
  godebug?: string;
}> = [
  { name: "steady workload", module: TESTDATA, pkg: "steady", args: ["OUT", "60ms"] },
  { name: "goroutine leak", module: TESTDATA, pkg: "leak", args: ["OUT"] },
  {
    // Every allocation in experimental batches (Go 1.23+): Go's reader hands them over with
    // the Sync events, not as events of their own.
    name: "goroutine leak with the AllocFree experiment",
    module: TESTDATA,
    pkg: "leak",
    args: ["OUT"],
    godebug: "traceallocfree=1",
    since: 23,
  },
  {
    name: "flight-recorder snapshot of a recovered panic",
    module: join(ROOT, "examples", "flight-recorder"),
    pkg: ".",
    args: ["-out", "OUT", "-run", "250ms"],
    suffix: ".trace",
    since: 25,
  },
];

function check(tc: GoToolchain, p: (typeof PROGRAMS)[number]): void {
  const made = makeTrace(tc, p.module, p.pkg, p.args, p.suffix, p.godebug);
  const ours = readTrace(made.trace, { syncAt: tc.syncAt });
  if ("error" in ours) assert.fail(ours.error);
  assert.deepEqual(ours.warnings, []);
  assert.ok(made.counts.events > 100, `${made.counts.events} events`);
  assert.deepEqual(ours.counts, made.counts);
}

for (const release of RELEASES) {
  for (const p of PROGRAMS) {
    test(`go${release}: ${p.name}: counts equal go tool trace's`, (t) => {
      if (p.since !== undefined && Number(release.split(".")[1]) < p.since) {
        t.skip(`needs Go 1.${p.since}+`);
        return;
      }
      const tc = requireGo(t, release);
      if (tc !== undefined) check(tc, p);
    });
  }
}

function checkOrder(tc: GoToolchain, go126: GoToolchain, p: (typeof PROGRAMS)[number]): void {
  const made = makeTrace(tc, p.module, p.pkg, p.args, p.suffix, p.godebug);
  const go = go126Lines(go126, made.trace);
  const ours: string[] = [];
  const read = readTrace(made.trace, { folds: [{ add: (e) => ours.push(eventLine(e)) }] });
  if ("error" in read) assert.fail(read.error);
  assert.equal(ours.length, go.length);
  const at = ours.findIndex((line, i) => line !== go[i]);
  assert.equal(at, -1, `event ${at}: ${ours[at]}\n     Go: ${go[at]}`);
}

for (const release of RELEASES) {
  for (const p of PROGRAMS) {
    test(`go${release}: ${p.name}: every event in the order and form of Go 1.26's reader`, (t) => {
      if (p.since !== undefined && Number(release.split(".")[1]) < p.since) {
        t.skip(`needs Go 1.${p.since}+`);
        return;
      }
      const tc = requireGo(t, release);
      const go126 = tc === undefined ? undefined : requireGo(t, "1.26");
      if (tc !== undefined && go126 !== undefined) checkOrder(tc, go126, p);
    });
  }
}
