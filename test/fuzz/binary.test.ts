// The fixed-seed slice of the binary fuzzer every `npm test` runs: damaged copies of real Go
// executables through symbolize and buildinfo, buildinfo compared with Go's own reading
// (`npm run fuzz -- --binary --count 10000` for the long run).

import assert from "node:assert/strict";
import { test } from "node:test";
import { type BinaryFailure, fuzzBinaries } from "./binary-harness.js";

const SEED = 20261206;
const COUNT = 300;

test(`${COUNT} damaged binaries: exit 1 with an offset, nothing raw, what Go refuses refused`, async () => {
  const failures: BinaryFailure[] = [];
  const counts = await fuzzBinaries({
    seed: SEED,
    count: COUNT,
    onFailure: (failure) => {
      failures.push(failure);
    },
  });
  assert.deepEqual(
    failures.slice(0, 3).map((f) => `${f.kind} #${f.input.index} (${f.input.how}): ${f.message}`),
    [],
  );
  assert.equal(
    Object.values(counts).reduce((a, b) => a + b, 0),
    0,
  );
});
