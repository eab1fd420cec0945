// pprof labels from real cores of releases whose tracebacks do not print them (before 1.26):
// the goroutines testdata/core/crash starts inside pprof.Do carry exactly the program's labels
// (a map[string]string before Go 1.24, a sorted list after), printed in go1.26's form.
// (go1.26 and later print labels themselves: goroutines.test.ts compares those with stderr.)

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { crashFromCore } from "../../src/core/crash.js";
import { CoreProcess } from "../../src/core/open.js";
import { coreToolchains, coreUnavailable, crashCore } from "./cores.js";

const why = coreUnavailable();

describe("core files: pprof labels the runtime did not print", { skip: why }, () => {
  const older = (why === undefined ? coreToolchains() : []).filter(
    (tc) => Number(tc.version.split(".")[1]) < 26,
  );
  for (const tc of older) {
    it(`${tc.version}: the goroutines started under pprof.Do`, () => {
      const run = crashCore(tc, ["-ldflags=-s -w"], ["labels"]);
      assert.ok(!run.stderr.includes("labels:"));
      const proc = CoreProcess.open(run.binary, run.core);
      try {
        const crash = crashFromCore(proc);
        const labelled = crash.goroutines
          .filter((g) => g.labels !== undefined)
          .map((g) => [g.createdBy?.func, g.labels]);
        const started = (f: string) => [f, '{"request": "r-42", "user": "ann"}'];
        assert.deepEqual(labelled, [
          started("main.startParked"),
          started("main.startParked"),
          started("main.startParked"),
        ]);
        assert.equal(crash.goroutines.find((g) => g.id === 1)?.labels, undefined);
      } finally {
        proc.close();
      }
    });
  }
});
