// The console-row joiner (src/input/console-wrap.ts) on text no console cut: nothing is joined,
// so every line keeps its number and its place inside or outside a crash.

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";

const GO = join(import.meta.dirname, "..", "..", "..", "testdata", "go");

test("a race report's closing ==================, under a file line as wide as the widest, is no rest of it (go1.26 race-run)", async () => {
  const document = toDocument(await analyzeFile(join(GO, "go1.26", "race-run.single.txt")));
  const crash = document.crashes[0];
  assert.ok(crash !== undefined);
  assert.equal(crash.kind, "race");
  assert.deepEqual(crash.span, { startLine: 1, endLine: 26 });
  assert.equal(crash.unparsed, 0);
  // `requests: 1`, `Found 1 data race(s)`, `exit status 66` and the final empty line: the program's, outside.
  assert.equal(document.inputs[0]?.strayLines, 4);
});
