// The fixed-seed slice of the text fuzzer that every `npm test` runs: every cut of the
// smallest real texts, then mutations of all of them and grammar-made goroutine text. The
// long run is `npm run fuzz -- --count 1000000` (scripts/fuzz.mjs).

import assert from "node:assert/strict";
import { test } from "node:test";
import { loadCorpus } from "./corpus.js";
import { type Failure, fuzzText } from "./harness.js";

const SEED = 20261206;
const COUNT = 20_000;
const CUTS = 2_000;

test(`${COUNT} fuzzed texts: no exception, documents keep their types, nothing raw on the terminal, chunking changes nothing`, async () => {
  const failures: Failure[] = [];
  const stats = await fuzzText({
    seed: SEED,
    count: COUNT,
    cuts: CUTS,
    // Texts up to 4 KB: the slice is for breadth; the long run takes them up to 64 KB.
    corpus: loadCorpus(4096),
    // CPU time (test/fuzz/cpu-time.ts), so a loaded machine does not count. The slowest
    // inputs, grammar texts up to 180 KB read again one byte at a time, take ~1.5 s of CPU
    // (linear: test/linear-time.test.ts); 5 s means something is wrong.
    timeBoundMs: 5_000,
    onFailure: (failure) => {
      failures.push(failure);
    },
  });
  assert.equal(stats.inputs, COUNT);
  assert.deepEqual(
    failures.slice(0, 3).map((f) => `${f.kind} #${f.input.index} (${f.input.how}): ${f.message}`),
    [],
  );
  assert.deepEqual(stats.failures, {
    exception: 0,
    schema: 0,
    "raw-control": 0,
    chunking: 0,
    timeout: 0,
  });
});
