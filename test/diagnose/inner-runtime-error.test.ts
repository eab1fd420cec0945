// A runtime error inside the words a recover handler logged around it names the category when
// what comes before it labels it (a few words, an opening bracket); a sentence of the
// program's own before it makes the value the program's.

import assert from "node:assert/strict";
import { test } from "node:test";
import { innerRuntimeError } from "../../src/diagnose/inner-runtime-error.js";
import { readRealRules } from "../traceback/read-real.js";

test('HandleCrash\'s `"…" (runtime error: …)` with the stack glued after it: the bracketed runtime error is the category (real/broad-4/kubernetes-117789)', async () => {
  const [crash] = await readRealRules(
    "broad-4/kubernetes-117789-observed-a-panic-newlines-lost-offsets-on-next-line-glued-to-functions-logged-cut.txt",
  );
  assert.deepEqual(crash?.slice(0, 3), ["logged", "nil-deref", "nil-pointer-dereference"]);
});

test('gopherjs\' `unexpected compiler panic while building package "main": interface conversion: …` is a sentence of its own before the text: custom-panic (real/holdout-30/gopherjs-1178)', async () => {
  assert.deepEqual(
    await readRealRules(
      "holdout-30/gopherjs-1178-windows-console-ansi-caret-escape-compiler-panic-original-stack-indented-stops-at-recover.txt",
    ),
    [
      [
        "logged",
        "custom-panic",
        "custom-panic",
        'unexpected compiler panic while building package "main": interface conversion: ast.Expr is *ast.IndexExpr, not *ast.Ident',
        1,
        null,
      ],
    ],
  );
});

test("the texts of real reports: a label of a few words or a bracket before the runtime error, not a sentence", () => {
  // holdout-32/certmagic-s3-1's value, the lead-in certmagic's own.
  assert.equal(
    innerRuntimeError(
      "certificate worker: runtime error: invalid memory address or nil pointer dereference",
    )?.rule.id,
    "nil-pointer-dereference",
  );
  // holdout-28/iris-161's value, fasthttp's lead-in.
  assert.equal(
    innerRuntimeError("panic on hijacked conn: interface conversion: interface is int, not string")
      ?.rule.id,
    "type-assertion-wrong-type",
  );
  assert.equal(
    innerRuntimeError(
      'unexpected compiler panic while building package "main": interface conversion: ast.Expr is *ast.IndexExpr, not *ast.Ident',
    ),
    null,
  );
});
