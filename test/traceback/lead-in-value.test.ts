// A recover handler's lead-in, then its value on a line of its own, then the stack it took, with
// the blank lines between them lost (test/damaged-real/damages.ts noBlanks): the value line names
// the panic, not the lead-in's own words (src/traceback/logged-stack.ts valueBelow). Every input
// is a real report in testdata/real.

import assert from "node:assert/strict";
import { test } from "node:test";
import { DAMAGES } from "../damaged-real/damages.js";
import { readRealChanged } from "./read-real.js";

/** Each crash of the report with its blank lines removed, as [kind, category, message, goroutine, func, file, line]. */
const withoutBlanks = (path: string) => readRealChanged(path, DAMAGES.noBlanks);

test("a lead-in ending with its colon over a runtime error's whole value right above the stack: the value is that line (broad-3/golang-29215, the compiler's panic during lower)", async () => {
  assert.deepEqual(
    await withoutBlanks(
      "broad-3/golang-29215-compile-ice-panic-during-lower-value-after-blank-runtime-stack-logged-windows-cut",
    ),
    [
      [
        "logged",
        "index-out-of-range",
        "runtime error: index out of range",
        21,
        "cmd/compile/internal/ssa.read8",
        "go/src/cmd/compile/internal/ssa/rewrite.go",
        1140,
      ],
    ],
  );
});

test("a lead-in with other output glued after its colon: the value is the line under it, not the glued text (holdout-15/kubectl-klock-161, bubbletea's Caught panic:)", async () => {
  assert.deepEqual(
    await withoutBlanks(
      "holdout-15/kubectl-klock-161-tui-debris-caught-panic-bubbletea-print-stack-index-with-length-logged-cut",
    ),
    [
      [
        "logged",
        "index-out-of-range",
        "runtime error: index out of range [1] with length 0",
        1,
        "github.com/applejag/kubectl-klock/pkg/table.(*Row).ReRenderFields",
        "github.com/applejag/kubectl-klock/pkg/table/row.go",
        118,
      ],
    ],
  );
});
