// Folds are mergeable: a dump read in two parts and merged says what it says read whole.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Crash } from "../../src/model.js";
import {
  addToFolds,
  type CrashFolds,
  FOLDS,
  foldsFromData,
  mergeFolds,
  newCrashFolds as newFolds,
} from "../../src/pipeline/folds.js";
import { parseCrashes } from "../../src/traceback/index.js";

const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");

function crashOf(file: string): Crash {
  const [crash] = parseCrashes(readFileSync(join(TESTDATA, file), "utf8"));
  assert.ok(crash);
  return crash;
}

const newCrashFolds = (crash: Crash) => newFolds(crash, { similarity: "pointers" });

function results(folds: CrashFolds) {
  const waits = folds.waits.result();
  return {
    sample: folds.sample.result().map((g) => g.id),
    waits: waits.sites,
    longWaits: waits.longWaits,
    runtimeGoroutines: waits.runtimeGoroutines,
    children: [...waits.children.entries()],
    shared: folds.shared.result(),
    maps: folds.maps.result(),
    tests: folds.tests.result(),
    buckets: folds.buckets.result().length,
  };
}

for (const file of [
  "go/go1.22/sigquit.single.txt",
  "go/go1.25/concurrent-map-writes.all.txt",
  "go/go1.26/test-timeout.single.txt",
  "go/go1.26/deadlock-mutex-holder.single.txt",
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

test("every fold kind is in the registry and comes back from plain data whole", () => {
  assert.deepEqual(Object.keys(FOLDS), [
    "sample",
    "buckets",
    "waits",
    "shared",
    "maps",
    "tests",
    "locks",
  ]);
  for (const file of [
    "go/go1.21/deadlock-chan.single.txt",
    "go/go1.25/concurrent-map-writes.all.txt",
    "go/go1.26/test-timeout.single.txt",
  ]) {
    const crash = crashOf(file);
    const folds = newCrashFolds(crash);
    for (const goroutine of crash.goroutines) addToFolds(folds, goroutine);
    // What a worker thread sends: structured clone keeps data, not classes.
    const revived = foldsFromData(structuredClone(folds));
    assert.deepEqual(results(revived), results(folds), file);
    const more = newCrashFolds(crash);
    mergeFolds(revived, more);
    assert.equal(revived.waits.result().sites.length, folds.waits.result().sites.length, file);
  }
});
