// Panic values that are not strings, read from real cores of testdata/core/values: each value of
// the chain equals the line the runtime printed to stderr before aborting — builtin and named
// basic types, floats in the format of each release (Go 1.26 changed it), structs, pointers,
// slices and maps as `(TYPE) 0xADDR`, errors and Stringers as their text; recovered panics and
// values raised again marked as each release marks them.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { crashFromCore } from "../../src/core/crash.js";
import { CoreProcess } from "../../src/core/open.js";
import { printComplex, printFloat } from "../../src/core/runtime-print.js";
import { parseCrashes } from "../../src/traceback/index.js";
import { coreToolchains, coreUnavailable, crashCore } from "./cores.js";

const why = coreUnavailable();

/** The values of the `panic: ` lines the runtime printed, oldest first. */
function printedValues(stderr: string): string[] {
  const head = stderr.slice(0, stderr.indexOf("\ngoroutine "));
  return head
    .split("\n")
    .filter((l) => /^\t?panic: /.test(l))
    .map((l) => l.replace(/^\t?panic: /, ""));
}

const BUILDS = [
  { name: "stripped", flags: ["-ldflags=-s -w"] },
  { name: "stripped PIE", flags: ["-buildmode=pie", "-ldflags=-s -w"] },
  { name: "default", flags: [] },
];

describe("core files: panic values as the runtime prints them", { skip: why }, () => {
  for (const tc of why === undefined ? coreToolchains() : []) {
    const builds = tc.name === "go" ? BUILDS : BUILDS.slice(0, 1);
    for (const build of builds) {
      for (const mode of ["basic", "named"]) {
        it(`${tc.version} ${build.name}: ${mode}`, () => {
          const run = crashCore(tc, build.flags, [mode], undefined, false, {}, "values");
          const proc = CoreProcess.open(run.binary, run.core);
          let values: string[];
          try {
            const crash = crashFromCore(proc);
            assert.equal(crash.kind, "panic");
            values = crash.panics.map((p) => p.value);
          } finally {
            proc.close();
          }
          const printed = printedValues(run.stderr);
          assert.equal(printed.length, mode === "basic" ? 24 : 14);
          assert.deepEqual(values, printed);
          // The text reader agrees with both.
          const [fromText] = parseCrashes(run.stderr);
          assert.deepEqual(
            fromText?.panics.map((p) => p.value),
            printed,
          );
        });
      }
    }
  }
});

describe("core files: recovered and repanicked panics", { skip: why }, () => {
  for (const tc of why === undefined ? coreToolchains() : []) {
    it(`${tc.version}: a chain printed as the runtime printed it`, () => {
      const run = crashCore(tc, ["-ldflags=-s -w"], ["repanic"], undefined, false, {}, "values");
      const proc = CoreProcess.open(run.binary, run.core);
      let panics: { value: string; recovered: boolean; repanicked: boolean }[];
      try {
        panics = crashFromCore(proc).panics.map(({ value, recovered, repanicked }) => ({
          value,
          recovered,
          repanicked,
        }));
      } finally {
        proc.close();
      }
      const minor = Number(tc.version.split(".")[1]);
      // Go 1.25 prints a value recovered and raised again once; before, twice.
      assert.deepEqual(
        panics,
        minor >= 25
          ? [
              { value: "main.Code(7)", recovered: true, repanicked: false },
              { value: "wrapped: 7", recovered: true, repanicked: true },
            ]
          : [
              { value: "main.Code(7)", recovered: true, repanicked: false },
              { value: "wrapped: 7", recovered: true, repanicked: false },
              { value: "wrapped: 7", recovered: false, repanicked: false },
            ],
      );
      const [fromText] = parseCrashes(run.stderr);
      assert.deepEqual(
        fromText?.panics.map(({ value, recovered, repanicked }) => ({
          value,
          recovered,
          repanicked,
        })),
        panics,
      );
    });
  }
});

describe("runtime print of floats and complex numbers", () => {
  it("Go ≤ 1.25: sign, seven digits, three-digit exponent", () => {
    const f = (v: number) => printFloat(v, 64, 25);
    assert.deepEqual(
      [1.5, -0.1, 1e21, 2.5e-7, 123456789, -0, 0, Infinity, -Infinity, NaN, 9.9999999].map(f),
      [
        "+1.500000e+000",
        "-1.000000e-001",
        "+1.000000e+021",
        "+2.500000e-007",
        "+1.234568e+008",
        "-0.000000e+000",
        "+0.000000e+000",
        "+Inf",
        "-Inf",
        "NaN",
        "+1.000000e+001",
      ],
    );
    assert.equal(printComplex(1, 2, 32, 19), "(+1.000000e+000+2.000000e+000i)");
  });
  it("Go 1.26+: the shortest form of strconv's %g", () => {
    const f = (v: number) => printFloat(v, 64, 26);
    assert.deepEqual(
      [1.5, -0.1, 1e21, 2.5e-7, 123456789, 100000, 1e6, 0.0001, 0.00001234, -0, 12.5, NaN].map(f),
      [
        "1.5",
        "-0.1",
        "1e+21",
        "2.5e-07",
        "1.23456789e+08",
        "100000",
        "1e+06",
        "0.0001",
        "1.234e-05",
        "-0",
        "12.5",
        "NaN",
      ],
    );
    // float32: the shortest digits that read back as the same float32, not float64's.
    assert.equal(printFloat(Math.fround(0.1), 32, 26), "0.1");
    assert.equal(printFloat(Math.fround(0.1), 64, 26), "0.10000000149011612");
    assert.equal(printComplex(-1.5, -0.25, 64, 26), "(-1.5-0.25i)");
    assert.equal(printComplex(3, Number.NaN, 64, 27), "(3+NaNi)");
  });
});
