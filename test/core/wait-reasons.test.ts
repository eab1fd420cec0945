// Wait reasons are named by the runtime's own table even when the program keeps a copy of
// another release's (testdata/core/waitcopy keeps Go 1.19's, as Delve keeps one per release,
// each a []string pointing at the same strings): the goroutines' states equal what the runtime
// printed, with the symbol table (runtime.waitReasonStrings by name) and without it (the copy
// told apart by the slice header that holds it). A real case: a core of Delve 1.27.2 read
// every goroutine's state from its go1.18 copy.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { coreToolchains, coreUnavailable, crashCore } from "./cores.js";
import { assertSameGoroutines, readCore } from "./same-goroutines.js";

const why = coreUnavailable();

const BUILDS = [
  { name: "default", flags: [] },
  { name: "stripped", flags: ["-ldflags=-s -w"] },
];

describe("core files: wait reasons from the runtime's table, not a copy", { skip: why }, () => {
  // Releases whose table differs from Go 1.19's copy.
  const toolchains = (why === undefined ? coreToolchains() : []).filter((tc) =>
    ["go", "go1.20", "go1.27"].includes(tc.name),
  );
  for (const tc of toolchains) {
    for (const build of BUILDS) {
      it(`${tc.version} ${build.name}`, () => {
        const run = crashCore(tc, build.flags, [], undefined, false, {}, "waitcopy");
        const { fromCore, fromText } = readCore(run);
        assertSameGoroutines(fromCore, fromText);
        const states = new Set(fromCore.goroutines.map((g) => g.state));
        for (const s of ["chan receive", "select", "sleep", "sync.Mutex.Lock"])
          assert.ok(states.has(s), `${s} in ${[...states].join(", ")}`);
      });
    }
  }
});
