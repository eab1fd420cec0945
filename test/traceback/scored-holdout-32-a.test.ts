// The reports of holdout-32 that the first scoring run read wrong (this helper's share), each read
// whole through the pipeline, with the exact values a person reads off it (their expectations
// hold the rest). Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("a dump with no headline whose first block threw from sigpanic: a fatal unexpected signal, its site below the runtime (holdout-32/bleve-480)", async () => {
  assert.deepEqual(
    await read(
      "holdout-32/bleve-480-headline-lost-browser-timestamp-glued-mid-stack-windows-throw-in-additab-go17-cut.txt",
    ),
    [
      [
        "fatal",
        "unexpected-signal",
        "",
        63,
        "github.com/blevesearch/bleve/index/upside_down.(*UpsideDownCouch).mergeOldAndNew",
        "E:/tools/gopath/src/github.com/blevesearch/bleve/index/upside_down/upside_down.go",
        542,
      ],
    ],
  );
});

test("a header's `[running]:` alone under a runtime error's headline that ends in `goroutine N`: the id glued by a reflow is the header's (holdout-32/zincsearch-163)", async () => {
  assert.deepEqual(
    await read(
      "holdout-32/zincsearch-163-headline-glued-goroutine-id-hard-wrapped-file-on-function-line-slice-bounds-cut.txt",
    ),
    [
      [
        "panic",
        "slice-bounds",
        "runtime error: slice bounds out of range [:10] with capacity 0",
        70,
        "github.com/blugelabs/ice.(*Segment).getDocStoredOffsets",
        "/go/pkg/mod/github.com/zinclabs/ice@v0.2.1-0.20220504041539-ace50a7ef71f/read.go",
        52,
      ],
    ],
  );
});

test("a runtime error's last word wrapped onto the row under its `http: panic serving` headline: the whole runtime error (holdout-32/linkerd2-5493)", async () => {
  assert.deepEqual(
    await read(
      "holdout-32/linkerd2-5493-logrus-line-http-panic-serving-hard-wrapped-headline-and-args-go114-cut.txt",
    ),
    [
      [
        "panic",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        410,
        "github.com/linkerd/linkerd2/pkg/inject.(*ResourceConfig).injectPodSpec",
        "/linkerd-build/pkg/inject/inject.go",
        569,
      ],
    ],
  );
});
