// Buckets of real dumps: what folds together at each similarity level, in what order, and
// that the fold gives the same answer however the dump was split.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { groupCrash } from "../../src/group/buckets.js";
import { BucketFold } from "../../src/group/fold.js";
import { normalizeFunc } from "../../src/names/normalize.js";
import { parseCrashes } from "../../src/traceback/index.js";
import { crashOf, GO } from "./helpers.js";

const MANY = ["go1.19", "go1.23", "go1.26"].map((v) => join(GO, v, "many-goroutines.all.txt"));

/** Bucket → "count state top-program-function". */
function summary(crash: Awaited<ReturnType<typeof crashOf>>): string[] {
  return crash.buckets.map((b) => {
    const top = b.representative.frames.find((f) => f.location === "user");
    return `${b.count} ${b.state} ${top === undefined ? "-" : normalizeFunc(top.func)}`;
  });
}

describe("buckets of 2 000 goroutines parked at five sites (many-goroutines)", () => {
  for (const path of MANY) {
    const version = path.split("/").at(-2);
    test(`${version}: pointers (default) folds the 500 sync.Cond waiters whose wait tickets differ`, async () => {
      const crash = await crashOf(path);
      assert.equal(crash.similarity, "pointers");
      const buckets = summary(crash);
      // The crashing goroutine first, then by suspicion.
      assert.equal(buckets[0], "1 running main.manyGoroutines");
      assert.equal(crash.buckets[0]?.crashing, true);
      assert.ok(buckets.includes("500 sync.Cond.Wait main.(*Pool).Acquire"), buckets.join("\n"));
      assert.ok(buckets.includes("1000 chan receive main.(*Conn2k).readLoop"), buckets.join("\n"));
      // The appenders' loop index (0..299) is an identity, not a value: it does not split
      // them; the length of fmt.Sprint(n) (1, 2 or 3 digits) is a value, and does.
      const appenders = crash.buckets.filter((b) =>
        b.representative.frames.some((f) => f.func === "main.(*Batch).Append"),
      );
      assert.deepEqual(
        appenders.map((b) => b.count).sort((a, b) => a - b),
        [10, 90, 200],
      );
      assert.equal(
        crash.buckets.reduce((sum, b) => sum + b.count, 0),
        2000,
      );
      const ids = crash.buckets.flatMap((b) => b.ids);
      assert.equal(new Set(ids).size, 2000, "every goroutine id in exactly one bucket");
    });
  }

  test("values ignores arguments: the appenders are one bucket", async () => {
    const crash = await crashOf(MANY[2] as string, "values");
    const appenders = crash.buckets.filter((b) =>
      b.representative.frames.some((f) => f.func === "main.(*Batch).Append"),
    );
    assert.deepEqual(
      appenders.map((b) => b.count),
      [300],
    );
    assert.equal(crash.buckets.length, 6);
  });

  test("exact compares every argument: each sync.Cond waiter's ticket splits it off", async () => {
    const crash = await crashOf(MANY[2] as string, "exact");
    const waiters = crash.buckets.filter((b) =>
      b.representative.frames.some((f) => f.func === "main.(*Pool).Acquire"),
    );
    assert.equal(waiters.length, 500);
  });

  test("created by … in goroutine 1 is the creator of every bucket, found in bucket #1", async () => {
    const crash = await crashOf(MANY[2] as string);
    for (const bucket of crash.buckets.slice(1))
      assert.deepEqual(bucket.creators, [{ goroutine: 1, count: bucket.count, bucket: 1 }]);
  });

  test("the fold of a dump read in two parts, merged, equals the fold of it read whole", () => {
    const [crash] = parseCrashes(readFileSync(MANY[2] as string, "utf8"));
    assert.ok(crash !== undefined);
    for (const similarity of ["exact", "pointers", "values"] as const) {
      const whole = new BucketFold(similarity);
      for (const g of crash.goroutines) whole.add(g);
      const first = new BucketFold(similarity);
      const second = new BucketFold(similarity);
      crash.goroutines.forEach((g, i) => {
        (i < 777 ? first : second).add(g);
      });
      first.merge(second);
      const shape = (fold: BucketFold) =>
        groupCrash(fold, crash)
          .buckets.map((b) => `${b.rank} ${b.count} ${b.ids.join(",")}`)
          .join("\n");
      assert.equal(shape(first), shape(whole), similarity);
    }
  });
});

describe("buckets across Go releases and levels", () => {
  test("wait durations fold into a range, and the program's goroutines come before the runtime's", async () => {
    const crash = await crashOf(join(GO, "go1.26", "goroutine-panic.system.txt"));
    const programFirst = crash.buckets.findIndex((b) => !b.program);
    assert.ok(programFirst > 0);
    assert.ok(
      crash.buckets.slice(programFirst).every((b) => !b.program),
      "runtime-only buckets last",
    );
    for (const b of crash.buckets) assert.ok(b.waitMinutes.min <= b.waitMinutes.max);
  });

  test("the crashing goroutine's family: tracebackancestors names its parent and grandparent", async () => {
    for (const version of ["go1.19", "go1.26"]) {
      const crash = await crashOf(join(GO, version, "ancestors.single.txt"));
      assert.equal(crash.family.length, 2, version);
      assert.ok(
        crash.family[0]?.frames?.some((f) => f.func === "main.spawnChild"),
        version,
      );
      assert.ok(
        crash.family[1]?.frames?.some((f) => f.func === "main.ancestors"),
        version,
      );
      // The ancestor's own `created by` does not replace the goroutine's.
      assert.equal(crash.crash.crashing?.createdBy?.func, "main.spawnChild");
    }
  });

  test("Go 1.21+: the crashing goroutine's parent is found among the buckets", async () => {
    const crash = await crashOf(join(GO, "go1.26", "goroutine-panic.all.txt"));
    assert.equal(crash.family[0]?.goroutine, 1);
    const parent = crash.buckets[(crash.family[0]?.bucket ?? 0) - 1];
    assert.ok(parent?.ids.includes(1));
  });
});
