// The reports of holdouts 36–41 the first scoring run read wrong whose every line carries a log
// tool's name for its container, pod or unit (stern, kubetail, k9s, journald), each read whole
// through the pipeline with the exact values a person reads off it (their expectations hold the
// rest). Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("journalctl -o short-precise: a syslog stamp with microseconds is journald's prefix (holdout-41/multus-cni-481)", async () => {
  assert.deepEqual(
    await read(
      "holdout-41/multus-cni-481-journald-crio-prefix-traceback-system-panic-frame-on-top-go113-cut.txt",
    ),
    [
      [
        "panic",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        1,
        null,
        null,
        null,
      ],
    ],
  );
});
