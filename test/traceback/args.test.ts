// Argument lists copied verbatim from real tracebacks (source named in each test).

import assert from "node:assert/strict";
import { test } from "node:test";
import { parseArgs } from "../../src/traceback/args.js";

const word = (value: string, inaccurate = false) => ({ kind: "word", value, inaccurate });

test("go ≤1.16 raw words (real/babelweb2-5)", () => {
  assert.deepEqual(parseArgs("0xc4201f2e40, 0xc4200fec00, 0x6e7a26, 0x9"), [
    word("0xc4201f2e40"),
    word("0xc4200fec00"),
    word("0x6e7a26"),
    word("0x9"),
  ]);
});

test("go1.18+ aggregates with inaccurate words (real/canary-checker-2136)", () => {
  assert.deepEqual(parseArgs("0xc013e86200?, {0x6efbe09?, 0x4?, 0x6efbe0d?}"), [
    word("0xc013e86200", true),
    {
      kind: "aggregate",
      fields: [word("0x6efbe09", true), word("0x4", true), word("0x6efbe0d", true)],
    },
  ]);
});

test("nested aggregates and an empty struct (traceback-format.md §10.4 go1.23, runtime.goexit({}))", () => {
  assert.deepEqual(parseArgs("{}"), [{ kind: "aggregate", fields: [] }]);
  assert.deepEqual(parseArgs("0x4756b3?, {{0x1, 0x2}, 0x3}"), [
    word("0x4756b3", true),
    {
      kind: "aggregate",
      fields: [{ kind: "aggregate", fields: [word("0x1"), word("0x2")] }, word("0x3")],
    },
  ]);
});

test("an inlined frame and a cut list (real/forego-114: runtime.futex(… 0x3b370, ...))", () => {
  assert.deepEqual(parseArgs("..."), [{ kind: "elided" }]);
  assert.deepEqual(parseArgs("0x0, 0x3b370, ..."), [
    word("0x0"),
    word("0x3b370"),
    { kind: "elided" },
  ]);
});

test("offset too large and malformed lists", () => {
  assert.deepEqual(parseArgs("_, 0x1"), [{ kind: "offset-too-large" }, word("0x1")]);
  assert.equal(parseArgs("{0x1"), null);
  assert.equal(parseArgs("0x1,, 0x2"), null);
  assert.equal(parseArgs("hello"), null);
  assert.equal(parseArgs("{".repeat(100_000)), null);
});
