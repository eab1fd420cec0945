// The bound of upload bytes held at once: bodies over 1 MiB share all but an eighth of it,
// small ones may use it whole, one over the bound is refused with 503 and Retry-After, and a
// body of the body limit alone always fits.

import assert from "node:assert/strict";
import { test } from "node:test";
import { BodyBudget, SMALL_BODY } from "../../src/server/body-budget.js";
import { HttpError } from "../../src/server/http-error.js";

const MiB = 1024 * 1024;

function refusal(grow: () => void): { status: number; headers: Record<string, string> } {
  try {
    grow();
  } catch (error) {
    assert.ok(error instanceof HttpError);
    return { status: error.status, headers: error.headers };
  }
  assert.fail("not refused");
}

test("big bodies share 7/8 of the bound; the next one gets 503, Retry-After 5", () => {
  const budget = new BodyBudget(8 * MiB, 2 * MiB);
  const holds = [budget.hold(), budget.hold(), budget.hold()];
  for (const hold of holds) hold.growTo(2 * MiB);
  assert.equal(budget.held, 6 * MiB);
  const fourth = budget.hold();
  fourth.growTo(MiB); // small so far: fits
  assert.equal(budget.held, 7 * MiB);
  assert.deepEqual(
    refusal(() => fourth.growTo(MiB + 1)),
    { status: 503, headers: { "Retry-After": "5" } },
  );
  assert.equal(budget.held, 7 * MiB); // the refused growth holds nothing more
  fourth.release();
  assert.equal(budget.held, 6 * MiB);
});

test("small bodies use the eighth big ones leave, up to the bound itself", () => {
  const budget = new BodyBudget(8 * MiB, 2 * MiB);
  for (let i = 0; i < 3; i++) budget.hold().growTo(2 * MiB);
  const small = Array.from({ length: 2 }, () => budget.hold());
  for (const hold of small) hold.growTo(SMALL_BODY);
  assert.equal(budget.held, 8 * MiB);
  // Over the bound even for a small one: it waits for nothing, it is refused.
  assert.equal(refusal(() => budget.hold().growTo(1)).status, 503);
  small[0]?.release();
  budget.hold().growTo(50 * 1024);
  assert.equal(budget.held, 7 * MiB + 50 * 1024);
});

test("a body of the body limit alone fits a bound smaller than it", () => {
  const budget = new BodyBudget(MiB, 4 * MiB);
  const hold = budget.hold();
  hold.growTo(4 * MiB);
  assert.equal(budget.held, 4 * MiB);
  assert.equal(refusal(() => budget.hold().growTo(2 * MiB)).status, 503);
  hold.release();
  assert.equal(budget.held, 0);
  hold.release(); // twice: nothing more
  assert.equal(budget.held, 0);
});
