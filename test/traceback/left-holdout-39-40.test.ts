// Three reports earlier helpers left read wrong (holdout-39, holdout-40), each read through the
// pipeline as a person reads it off the page. The inputs are real reports in testdata/real.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal } from "./read-real.js";

test("headerless frames under the runtime's headline and its blank, two panic( frames for one link: the runtime's panic (holdout-39/mapstructure-70)", async () => {
  assert.deepEqual(
    await readReal(
      "holdout-39/mapstructure-70-test-panic-no-goroutine-header-trimmed-homebrew-paths-go173-cut.txt",
    ),
    [
      [
        "panic",
        "custom-panic",
        "reflect: call of reflect.Value.Type on zero Value",
        null,
        "reflect.Value.Type",
        "1.7.3/libexec/src/reflect/value.go",
        1670,
      ],
    ],
  );
});

test("a `panic: ` line behind a logger's level tags with headerless frames right under it: the logger's (holdout-40/free5gc-1035)", async () => {
  assert.deepEqual(
    await readReal(
      "holdout-40/free5gc-1035-text-fence-gin-erro-line-two-frames-no-goroutine-header-pcf-smpolicy.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        null,
        "github.com/free5gc/pcf/internal/sbi/processor.(*Processor).HandleUpdateSmPolicyContextRequest",
        "/go/src/free5gc/NFs/pcf/internal/sbi/processor/smpolicy.go",
        692,
      ],
    ],
  );
});

test("frame lines each ending in a log collector's array comma: the frames are read (holdout-39/ttlcache-46)", async () => {
  assert.deepEqual(
    await readReal(
      "holdout-39/ttlcache-46-headline-outside-fence-no-goroutine-header-trailing-commas-cut-by-reporter.txt",
    ),
    [
      [
        "panic",
        "index-out-of-range",
        "runtime error: index out of range [0] with length 0",
        null,
        "github.com/ReneKroon/ttlcache/v2.(*Cache).SetWithTTL",
        "/go/pkg/mod/github.com/!rene!kroon/ttlcache/v2@v2.5.0/cache.go",
        249,
      ],
    ],
  );
});
