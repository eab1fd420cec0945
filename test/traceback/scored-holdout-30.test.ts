// The reports of holdout-30 that the first scoring run read wrong, each read whole through the
// pipeline, with the exact values a person reads off it (their expectations hold the rest).
// Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("a reporter's label over the stack, between the headline's fence and the stack's, keeps the goroutines the crash's (holdout-30/unidoc-77, unidoc-80)", async () => {
  assert.deepEqual(
    await read(
      "holdout-30/unidoc-77-headline-and-stack-in-two-fences-prose-between-interface-conversion-nil-go18-cut.txt",
    ),
    [
      [
        "panic",
        "type-assertion",
        "interface conversion: pdf.PdfObject is nil, not *pdf.PdfObjectInteger",
        1,
        "github.com/unidoc/unidoc/pdf.(*PdfParser).decodeStream",
        "/Users/Metalnem/Go/src/github.com/unidoc/unidoc/pdf/pdfstream.go",
        58,
      ],
    ],
  );
  assert.deepEqual(
    await read(
      "holdout-30/unidoc-80-stack-overflow-runtime-stack-fence-then-top-of-stack-fence-mallocgc-homebrew-go183-cut.txt",
    ),
    [
      [
        "fatal",
        "stack-overflow",
        "stack overflow",
        1,
        "github.com/unidoc/unidoc/pdf.(*PdfParser).parseName",
        "/Users/Metalnem/Go/src/github.com/unidoc/unidoc/pdf/pdfparser.go",
        215,
      ],
    ],
  );
});

test("a tag that names a panic over a blank and a recover handler's debug.Stack(): its value is the message; a Windows console's `←[31m` and a heading of a few words before the stack name nothing (holdout-30/gopherjs-1049, gopherjs-1178)", async () => {
  assert.deepEqual(
    await read(
      "holdout-30/gopherjs-1049-compiler-panic-line-leading-space-header-debug-stack-double-panic-frames-windows-go116-cut.txt",
    ),
    [
      [
        "logged",
        "custom-panic",
        "open C:\\Program Files\\Go\\src\\runtime/fastrand.go: open /\\src\\runtime/fastrand.go: file does not exist",
        1,
        "github.com/gopherjs/gopherjs/build.parseAndAugment",
        "C:/Users/go/src/github.com/gopherjs/gopherjs/build/build.go",
        267,
      ],
    ],
  );
  assert.deepEqual(
    await read(
      "holdout-30/gopherjs-1178-windows-console-ansi-caret-escape-compiler-panic-original-stack-indented-stops-at-recover.txt",
    ),
    [
      [
        "logged",
        "custom-panic",
        'unexpected compiler panic while building package "main": interface conversion: ast.Expr is *ast.IndexExpr, not *ast.Ident',
        1,
        null,
        null,
        null,
      ],
    ],
  );
});

test("a goroutine header broken before its state, `goroutine 82` then ` [running]:`, under a runtime error's headline is one header (holdout-30/excelize-529)", async () => {
  assert.deepEqual(
    await read(
      "holdout-30/excelize-529-goroutine-header-split-across-lines-lost-indentation-no-blank-lines-go1126.txt",
    ),
    [
      [
        "panic",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        82,
        "github.com/360EntSecGroup-Skylar/excelize/v2.(*xlsxC).getValueFrom",
        "/data/wubin/gopath/pkg/mod/github.com/360!ent!sec!group-!skylar/excelize/v2@v2.0.2/rows.go",
        214,
      ],
    ],
  );
});
