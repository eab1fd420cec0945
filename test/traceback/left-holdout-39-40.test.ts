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
