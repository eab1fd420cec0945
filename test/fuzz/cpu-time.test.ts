// The fuzzers' clock counts work, not waiting.

import assert from "node:assert/strict";
import { test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { cpuMs } from "./cpu-time.js";

test("waiting 300 ms costs almost no CPU time; 100 ms of work shows as such", async () => {
  let before = cpuMs();
  await sleep(300);
  assert.ok(cpuMs() - before < 100, `${cpuMs() - before} ms`);
  before = cpuMs();
  const wallStart = Date.now();
  let spins = 0;
  while (cpuMs() - before < 100 && Date.now() - wallStart < 60_000) spins++;
  assert.ok(cpuMs() - before >= 100);
  assert.ok(spins > 0);
});
