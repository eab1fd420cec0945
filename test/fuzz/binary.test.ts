// The fixed-seed slice of the binary fuzzer every `npm test` runs: damaged copies of real Go
// executables through symbolize and buildinfo, buildinfo compared with Go's own reading
// (`npm run fuzz -- --binary --count 10000` for the long run).

import assert from "node:assert/strict";
import { test } from "node:test";
import { fuzzBinaries } from "./binary-harness.js";

const SEED = 20261206;
const COUNT = 300;

test(`${COUNT} damaged binaries: exit 1 with an offset, nothing raw, symbolize not stopped`, async () => {
  const counts = await fuzzBinaries({ seed: SEED, count: COUNT });
  assert.deepEqual(counts, {
    exception: 0,
    "exit-2": 0,
    "no-offset": 0,
    "raw-control": 0,
    "buildinfo-stops-symbolize": 0,
    // Build info is read as Go's debug/buildinfo reads it (src/binary/buildinfo-as-go.ts with
    // the elf, pe and macho strict openers): Go's answer on every variant, read or refused.
    "not-refused": 0,
    refused: 0,
    differs: 0,
    timeout: 0,
  });
});
