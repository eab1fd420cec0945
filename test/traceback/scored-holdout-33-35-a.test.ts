// The reports of holdouts 33–35 that the first scoring run read wrong (this helper's share), each
// read whole through the pipeline, with the exact values a person reads off it (their
// expectations hold the rest). Each test names the shape of real logs the fix reads, not the
// report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("a runtime error's value on its own line, then call and file lines with no goroutine header: a logged stack (holdout-34/lz4-186)", async () => {
  assert.deepEqual(
    await read(
      "holdout-34/lz4-186-value-line-then-frames-no-goroutine-header-tilde-home-path-v2-incompatible.txt",
    ),
    [
      [
        "logged",
        "slice-bounds",
        "runtime error: slice bounds out of range [4194304:0]",
        null,
        "github.com/pierrec/lz4.(*Writer).compressBlock",
        "~/go/pkg/mod/github.com/pierrec/lz4@v2.6.1+incompatible/writer.go",
        241,
      ],
    ],
  );
});
