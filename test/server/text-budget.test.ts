// The text budget: texts that fit are filed side by side, the others wait their turn in order,
// and a text longer than the whole budget is filed alone.

import assert from "node:assert/strict";
import { test } from "node:test";
import { TextBudget } from "../../src/server/text-budget.js";

test("texts that fit go at once; the rest wait in order; one over the limit goes alone", async () => {
  const budget = new TextBudget(10);
  const started: string[] = [];
  const take = (name: string, size: number) =>
    budget.acquire(size).then(() => {
      started.push(name);
    });
  const a = take("a", 4);
  const b = take("b", 5);
  await Promise.all([a, b]);
  assert.deepEqual(started, ["a", "b"]);
  // 9 of 10 held: c (3) waits, and d (1), which would fit, waits behind it.
  const c = take("c", 3);
  const d = take("d", 1);
  const huge = take("huge", 50);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(started, ["a", "b"]);
  budget.release(4); // a done: 5 held, c and d fit
  await Promise.all([c, d]);
  assert.deepEqual(started, ["a", "b", "c", "d"]);
  budget.release(5);
  budget.release(3);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(started, ["a", "b", "c", "d"]); // d still holds 1: huge needs all 10
  budget.release(1);
  await huge;
  assert.deepEqual(started, ["a", "b", "c", "d", "huge"]);
  const small = take("small", 1);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(started.at(-1), "huge"); // huge holds the whole budget
  budget.release(50);
  await small;
  assert.deepEqual(started.at(-1), "small");
});
