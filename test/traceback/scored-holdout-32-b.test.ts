// The reports of holdout-32 that the first scoring run read wrong (the second half), each read
// whole through the pipeline, with the exact values a person reads off it (their expectations
// hold the rest). Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("HandleCrash's `Observed a panic: ` behind a tab-separated logger's fields: a logged panic, its value (holdout-32/istio-33634)", async () => {
  assert.deepEqual(
    await read(
      "holdout-32/istio-33634-klog-error-observed-a-panic-handlecrash-operator-prune-go116-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        550,
        "istio.io/istio/operator/pkg/translate.GetEnabledComponents",
        "istio.io/istio/operator/pkg/translate/translate_common.go",
        105,
      ],
    ],
  );
});

test("the value with the runtime's `[signal …]` text joined on its line, `at func (file:line)` entries under it: the value alone (holdout-32/istio-18944)", async () => {
  assert.deepEqual(
    await read(
      "holdout-32/istio-18944-value-and-signal-one-line-then-at-func-file-line-entries-logged-listener-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        null,
        "istio.io/istio/pilot/pkg/networking/core/v1alpha3.buildHTTPConnectionManager",
        "listener.go",
        1780,
      ],
    ],
  );
});
