// Folds are mergeable: a dump read in two parts and merged says what it says read whole.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import {
  addToFolds,
  type CrashFolds,
  mergeFolds,
  newCrashFolds,
} from "../../src/analysis/folds.js";
import type { Crash } from "../../src/model.js";
import { parseCrashes } from "../../src/traceback/index.js";

const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");

function crashOf(file: string): Crash {
  const [crash] = parseCrashes(readFileSync(join(TESTDATA, file), "utf8"));
  assert.ok(crash);
  return crash;
}

function results(folds: CrashFolds) {
  const waits = folds.waits.result();
  return {
    sample: folds.sample.result().map((g) => g.id),
    waits: waits.sites,
    longWaits: waits.longWaits,
    runtimeGoroutines: waits.runtimeGoroutines,
    children: [...waits.children.entries()],
    shared: folds.objects?.result() ?? null,
    maps: folds.maps?.result() ?? null,
    tests: folds.tests?.result() ?? null,
  };
}

for (const file of [
  "go/go1.22/sigquit.single.txt",
  "go/go1.25/concurrent-map-writes.all.txt",
  "go/go1.26/test-timeout.single.txt",
  "real/matrixone-19185-test-timeout-go123-actions-timestamps.txt",
]) {
  test(`folds merged from two halves equal one fold: ${file}`, () => {
    const crash = crashOf(file);
    const whole = newCrashFolds(crash);
    for (const goroutine of crash.goroutines) addToFolds(whole, goroutine);
    for (let cut = 0; cut <= crash.goroutines.length; cut++) {
      const head = newCrashFolds(crash);
      const tail = newCrashFolds(crash);
      crash.goroutines.forEach((goroutine, i) => {
        addToFolds(i < cut ? head : tail, goroutine);
      });
      mergeFolds(head, tail);
      assert.deepEqual(results(head), results(whole), `cut after ${cut} goroutines`);
    }
  });
}

test("only the crashes that ask for them get the folds that read function names", () => {
  const panic = newCrashFolds(crashOf("go/go1.26/nil-deref.all.txt"));
  assert.deepEqual([panic.objects, panic.maps, panic.tests], [null, null, null]);
  const deadlock = newCrashFolds(crashOf("go/go1.21/deadlock-chan.single.txt"));
  assert.ok(deadlock.objects !== null && deadlock.maps === null && deadlock.tests === null);
  const maps = newCrashFolds(crashOf("go/go1.25/concurrent-map-writes.all.txt"));
  assert.ok(maps.maps !== null && maps.objects === null);
  const timeout = newCrashFolds(crashOf("go/go1.26/test-timeout.single.txt"));
  assert.ok(timeout.tests !== null && timeout.objects !== null);
});
