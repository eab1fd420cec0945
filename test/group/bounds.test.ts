// Memory bounds of the bucket fold: past a number of distinct buckets the smallest are folded
// into a counted remainder, and past an id budget buckets keep a sample of their ids with an
// exact count. The input is a real dump of 2000 goroutines (804 distinct at `exact`).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { groupCrash } from "../../src/group/buckets.js";
import { BucketFold } from "../../src/group/fold.js";
import { MIN_KEPT } from "../../src/group/id-list.js";
import { parseCrashes } from "../../src/traceback/index.js";
import { GO } from "./helpers.js";

const MANY = join(GO, "go1.26", "many-goroutines.all.txt");

function crash() {
  const [found] = parseCrashes(readFileSync(MANY, "utf8"));
  assert.ok(found !== undefined);
  return found;
}

test("more distinct buckets than the bound: the smallest are folded into a count", () => {
  const dump = crash();
  const fold = new BucketFold("exact", { maxBuckets: 100 });
  for (const g of dump.goroutines) fold.add(g);
  const { buckets, remainder } = groupCrash(fold, dump);
  assert.ok(buckets.length <= 100, `${buckets.length} buckets`);
  assert.equal(buckets.reduce((sum, b) => sum + b.count, 0) + remainder.goroutines, 2000);
  // The big buckets stay; streaming, one goroutine of the 150 came while its bucket was still
  // a singleton and was folded with it (unbounded, below: 1000, 150, 49).
  assert.deepEqual(
    buckets
      .map((b) => b.count)
      .filter((n) => n > 1)
      .sort((a, b) => b - a),
    [1000, 149, 49],
  );
  assert.equal(remainder.goroutines, remainder.buckets);
  assert.equal(buckets[0]?.crashing, true);
  assert.deepEqual(buckets[0]?.ids, [1]);
});

test("the unbounded fold of the same dump has every bucket", () => {
  const dump = crash();
  const fold = new BucketFold("exact");
  for (const g of dump.goroutines) fold.add(g);
  const { buckets, remainder } = groupCrash(fold, dump);
  assert.equal(buckets.length, 804);
  assert.deepEqual(
    buckets
      .map((b) => b.count)
      .filter((n) => n > 1)
      .sort((a, b) => b - a),
    [1000, 150, 49],
  );
  assert.deepEqual(remainder, { buckets: 0, goroutines: 0 });
});

test("past the id budget a bucket keeps a sample of its ids and an exact count", () => {
  const dump = crash();
  const fold = new BucketFold("values", { idBudget: 100 });
  for (const g of dump.goroutines) fold.add(g);
  const { buckets } = groupCrash(fold, dump);
  const big = buckets.find((b) => b.count === 1000);
  assert.ok(big !== undefined);
  assert.equal(big.ids.length + (big.idsOmitted ?? 0), 1000);
  assert.ok(big.ids.length >= MIN_KEPT && big.ids.length <= MIN_KEPT + 100, `${big.ids.length}`);
  // Small buckets list every id.
  for (const b of buckets.filter((x) => x.count <= MIN_KEPT)) {
    assert.equal(b.ids.length, b.count);
    assert.equal(b.idsOmitted, undefined);
  }
});
