// Shapes of real logs that holdout-44 and holdout-45's first run read wrong, each on its report
// (copied verbatim into testdata/real/holdout-44 and holdout-45, SOURCES.md there).

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal } from "./read-real.js";

test("a reporter's `[my service path]` redaction at the root of a function line: still the call (holdout-44/lib-pq-644, go1.8)", async () => {
  assert.deepEqual(
    await readReal(
      "holdout-44/lib-pq-644-panic-eof-bracketed-redacted-service-path-ssl-cancel-go18-cut.txt",
    ),
    [
      [
        "panic",
        "custom-panic",
        "EOF",
        13745112,
        "[my service path]/vendor/github.com/lib/pq.(*conn).ssl",
        "/go/src/[my service path]/vendor/github.com/lib/pq/conn.go",
        1030,
      ],
    ],
  );
});
