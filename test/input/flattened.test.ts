// A traceback whose newlines were folded into blanks, as a public report kept it
// (testdata/real/holdout-3/sql-runner-46, see its SOURCES.md).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { splitFlattened } from "../../src/input/flattened.js";

const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");

test("a flattened traceback is split where Go's grammar says its lines were (real/holdout-3/sql-runner-46)", () => {
  const text = readFileSync(
    join(TESTDATA, "real/holdout-3/sql-runner-46-whole-trace-flattened-on-one-line-go15.txt"),
    "utf8",
  ).trimEnd();
  const lines = splitFlattened(text) as string[];
  assert.deepEqual(lines.slice(0, 5), [
    "     panic: assignment to entry in nil map",
    "",
    "goroutine 1 [running]:",
    "github.com/snowplow/sql-runner/playbook.MergeCLIVariables(0xc8200e2400, 0x1, 0x1, 0x0, 0xc820118a00, 0xe, 0x10, 0xc8200dea20, 0x0, 0x0, ...)",
    "\t/opt/gopath/src/github.com/snowplow/sql-runner/playbook/playbook.go:49 +0x174",
  ]);
  assert.deepEqual(
    lines.filter((l) => l.startsWith("goroutine ")),
    [
      "goroutine 1 [running]:",
      "goroutine 17 [syscall, locked to thread]:",
      "goroutine 5 [chan receive]:",
    ],
  );
  assert.deepEqual(lines.slice(-2), [
    "created by github.com/golang/glog.init.1",
    "\t/opt/gopath/src/github.com/snowplow/sql-runner/Godeps/_workspace/src/github.com/golang/glog/glog.go:410 +0x297",
  ]);
});

test("a goroutine header alone, or a log line quoting one, is no flattened traceback", () => {
  assert.equal(splitFlattened("goroutine 1 [running]:"), null);
  // The message and header unescaped from real/broad/panicwrap-21's record: no frame follows.
  assert.equal(splitFlattened("[PANIC RECOVER] a problem goroutine 32 [running]:"), null);
});
