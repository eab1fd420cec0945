// package log's Lshortfile position (`worker.go:263: `) before a message is a logger's text, not
// Go's traceback: a debug.Stack() logged through it keeps its goroutine header. The input is a
// public report in testdata/real (see its folder's SOURCES.md).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { looksLikeGoLine } from "../../src/input/prefix-learner.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";

const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");
const MACHINERY =
  "real/holdout-26/machinery-119-unfenced-log-prefix-debug-stack-logged-no-value-go18-cut.txt";

test("a Go file's position closed by `: ` is no line of Go's traceback", () => {
  const third = readFileSync(join(TESTDATA, MACHINERY), "utf8").split("\n")[2] as string;
  assert.equal(looksLikeGoLine(third.slice("machinery: ".length)), false);
  // A frame's file line that lost its tab, and a function line, still are.
  assert.equal(looksLikeGoLine("worker.go:263 +0xf5"), true);
  assert.equal(looksLikeGoLine("runtime/debug.Stack(0x750de0, 0x746200, 0xc420326bf0)"), true);
});

test("debug.Stack() logged behind a prefix and log's Lshortfile position is a logged crash", async () => {
  const doc = toDocument(await analyzeFile(join(TESTDATA, MACHINERY)), { goroutines: false });
  const crash = doc.crashes[0];
  assert.deepEqual(
    [
      doc.crashes.length,
      crash?.kind,
      crash?.category,
      crash?.message,
      crash?.goroutine,
      crash?.frame?.func,
      crash?.frame?.file,
      crash?.frame?.line,
    ],
    [
      1,
      "logged",
      "custom-panic",
      // The position (`worker.go:263: `) names no value: the value was not logged.
      "",
      294,
      "github.com/RichardKnop/machinery/examples/tasks.PanicTask",
      "/opt/Projects/Golang/src/github.com/RichardKnop/machinery/examples/tasks/tasks.go",
      27,
    ],
  );
});
