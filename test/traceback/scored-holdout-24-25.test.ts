// The reports of holdout-24 and holdout-25 that the first scoring run read wrong, each read
// whole through the pipeline, with the exact values a person reads off it (their expectations
// hold the rest). Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("a Windows exception's `Exception 0x…` header glued after a progress bar written with no newline: its signal dump (holdout-25/gorgonia-537)", async () => {
  assert.deepEqual(
    await read(
      "holdout-25/gorgonia-537-progress-bar-glued-windows-exception-0xc0000006-no-goroutine-header-fp-sp-cuda-build.txt",
    ),
    [
      [
        "signal",
        "unexpected-signal",
        "0xc0000006: exception",
        null,
        "gorgonia.org/gorgonia.CloneValue",
        "E:/code/selfCode/gorgonia/values_utils.go",
        94,
      ],
    ],
  );
});
