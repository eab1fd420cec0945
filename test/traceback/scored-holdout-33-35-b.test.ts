// The reports of holdouts 33–35 that the first scoring run read wrong (one share of them), each
// read whole through the pipeline, with the exact values a person reads off it (their
// expectations hold the rest). Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("net/http's recovery line whose redacted address lost its colon: the value from `runtime error` (holdout-35/yurl-84)", async () => {
  assert.deepEqual(
    await read(
      "holdout-35/yurl-84-http-panic-serving-redacted-xxxx-no-colon-headline-only-go120.txt",
    ),
    [
      [
        "panic",
        "index-out-of-range",
        "runtime error: index out of range [0] with length 0",
        null,
        null,
        null,
        null,
      ],
    ],
  );
});
