// Under a stack heading (Ginkgo's `Full Stack Trace`), function lines alone, every file line
// left out, are still the stack: a second call line confirms the first as a file line would.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readRealRules } from "./read-real.js";

test("Ginkgo's `Test Panicked`, its runtime error, `Full Stack Trace` and function lines only: logged, the first frame the site with no file (real/holdout-34/jwx-pr360)", async () => {
  assert.deepEqual(
    await readRealRules(
      "holdout-34/jwx-pr360-ginkgo-test-panicked-full-stack-trace-no-files-inlined-big-int-bytes-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "nil-pointer-dereference",
        "runtime error: invalid memory address or nil pointer dereference",
        null,
        { func: "math/big.(*Int).Bytes", file: "", line: 0 },
      ],
    ],
  );
});
