// The reports of holdout-23 that the first scoring run read wrong, each read whole through the
// pipeline, with the exact values a person reads off it (their expectations hold the rest). Each
// test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("a quoted JSON field holding a message then escaped file-and-pc lines with no function (debug.Stack before go1.6, kept by a recover handler), behind a prefix, the record cut in a later field: a logged stack (holdout-23/atlantis-260)", async () => {
  assert.deepEqual(
    await read(
      "holdout-23/atlantis-260-stern-prefix-zap-json-panic-msg-escaped-file-pc-stack-wrapped-in-stacktrace-field-go119-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        null,
        "",
        "github.com/runatlantis/atlantis/server/events/vcs/github_client.go",
        329,
      ],
    ],
  );
});
