// A `panic: ` headline with the program's own logger's stamp over a stack whose lines have
// none: one log call wrote both (the logger stamps only a message's first line), so the crash
// is logged, whatever the words the program put before the value.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readRealRules } from "./read-real.js";

test("std log's stamp on the headline only, the stack taken in the deferred call above panic(…): logged, the runtime error the value (real/holdout-32/certmagic-s3-1)", async () => {
  assert.deepEqual(
    await readRealRules(
      "holdout-32/certmagic-s3-1-certificate-worker-logged-panic-two-space-indent-nil-receiver-redislock-go116-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "nil-pointer-dereference",
        "runtime error: invalid memory address or nil pointer dereference",
        53,
        {
          func: "github.com/bsm/redislock.(*Lock).Release",
          file: "github.com/bsm/redislock@v0.5.0/redislock.go",
          line: 174,
        },
      ],
    ],
  );
});
