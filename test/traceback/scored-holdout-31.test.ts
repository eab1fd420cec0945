// The reports of holdout-31 that the first scoring run read wrong, each read whole through the
// pipeline, with the exact values a person reads off it (their expectations hold the rest).
// Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("go1.0's `throw: ` headline, a goroutine header after its blank: the throw, a deadlock (holdout-31/howeyc-fsnotify-4)", async () => {
  assert.deepEqual(
    await read(
      "holdout-31/howeyc-fsnotify-4-go10-throw-prefix-deadlock-bsd-kqueue-created-by-runtime-main-no-frame.txt",
    ),
    [["fatal", "deadlock", "all goroutines are asleep - deadlock!", null, null, null, null]],
  );
});
