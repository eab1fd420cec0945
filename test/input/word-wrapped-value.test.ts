// An escaped value a viewer word-wrapped into rows that each end with the blank they broke at
// (word-wrapped-value.ts). Inputs are public reports kept in testdata/real (SOURCES.md there).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { opensWrappedValue, WordWrappedValue } from "../../src/input/word-wrapped-value.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";

const REAL = join(import.meta.dirname, "..", "..", "..", "testdata", "real");
const LINT_1005 =
  "holdout-25/golangci-lint-1005-backtick-level-warning-msg-escaped-stack-hard-wrapped-padded-gosec-logged-go1142-cut.txt";

test("a logfmt value word-wrapped into rows is read as the logged stack it escapes (holdout-25/golangci-lint-1005)", async () => {
  const doc = toDocument(await analyzeFile(join(REAL, LINT_1005)), { goroutines: false });
  const site = {
    func: "github.com/securego/gosec/v2/rules.(*implicitAliasing).Match",
    file: "/home/runner/go/pkg/mod/github.com/securego/gosec/v2@v2.3.0/rules/implicit_aliasing.go",
    line: 36,
  };
  assert.deepEqual(
    doc.crashes.map((c) => [c.kind, c.category, c.message, c.goroutine, c.frame, c.origin]),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        10180,
        site,
        site,
      ],
    ],
  );
});

test("the rows are held until the joined value shows escaped crash text, then joined as written", () => {
  const rows = readFileSync(join(REAL, LINT_1005), "utf8").split("\n");
  const [first, second, third] = rows as [string, string, string];
  // `msg="[linters context] ` opens the value; `goroutine 10180 ` has no `[` yet.
  assert.equal(opensWrappedValue(first), true);
  assert.equal(opensWrappedValue(second), false); // its quotes are escaped: it opens none
  const value = new WordWrappedValue(first, 1);
  assert.equal(value.add(second, 2), "more");
  assert.equal(value.isValue, false);
  assert.equal(value.add(third, 3), "more"); // `[running]:\n…`: a crash, still open
  assert.equal(value.isValue, true);
  assert.equal(value.text, first + second + third);
  // A blank line ends the value before it.
  assert.equal(value.add("", 4), "stop");
});

test("rows that show no crash within a few are read as they are", () => {
  const [first, second] = readFileSync(join(REAL, LINT_1005), "utf8").split("\n") as [
    string,
    string,
  ];
  const value = new WordWrappedValue(first, 1);
  // A row that does not end with the blank it broke at is no row of a word wrap.
  assert.equal(value.add(second.trimEnd(), 2), "release");
  assert.equal(value.isValue, false);
});
