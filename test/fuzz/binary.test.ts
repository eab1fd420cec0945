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
    "raw-control": 0,
    "buildinfo-stops-symbolize": 0,
    // Not yet like Go: PE and Mach-O headers Go's debug/pe and debug/macho refuse, an ELF
    // whose blob Go finds through program headers only, a PE version string read differently.
    // ELF headers debug/elf refuses are refused (src/binary/elf-strict.ts). Since build info
    // is read through the executable's AddressSpace (segments first, then sections), one more
    // damaged file is refused and one more is read differently from Go.
    "not-refused": 3,
    differs: 2,
    timeout: 0,
  });
});
