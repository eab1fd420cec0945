// The double-spaced reader (src/input/double-spaced.ts) on text that only looks double-spaced.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeText } from "../../src/pipeline/analyze.js";

const GO = join(import.meta.dirname, "..", "..", "..", "testdata", "go");

test("the same headline again one blank below is another crash, not a doubled paste (GOTRACEBACK=none, go1.26, printed eight times)", async () => {
  const once = readFileSync(join(GO, "go1.26", "goroutine-panic.none.txt"), "utf8");
  const document = toDocument(await analyzeText(`${once}\n`.repeat(8), { name: "restarts" }));
  assert.equal(document.crashes.length, 8);
  assert.deepEqual(
    document.crashes.map((c) => [c.kind, c.category, c.message, c.span.startLine]),
    [1, 3, 5, 7, 9, 11, 13, 15].map((line) => [
      "panic",
      "custom-panic",
      "cannot handle job 2 (poison-pill)",
      line,
    ]),
  );
});

test("a code fence opening the paste is the reporter's, not doubled: the lines under it are read double-spaced (holdout-22/quic-go-2533, its indentation lost too)", async () => {
  const path = join(
    import.meta.dirname,
    "..",
    "..",
    "..",
    "testdata",
    "real",
    "holdout-22",
    "quic-go-2533-race-ginkgo-heading-space-blank-line-between-every-line-cut-before-previous.txt",
  );
  // The report's blank lines hold a blank each; pasted outside a code block they are empty, and
  // the race runtime's indentation under each access line is gone with them.
  const unindented = readFileSync(path, "utf8").replace(/^[ \t]+/gm, "");
  const document = toDocument(await analyzeText(unindented), { goroutines: false });
  assert.deepEqual(
    document.crashes.map((c) => [
      c.kind,
      c.category,
      c.goroutine,
      c.frame?.func,
      c.frame?.file,
      c.frame?.line,
      c.span.startLine,
    ]),
    [
      [
        "race",
        "data-race",
        367,
        "github.com/lucas-clemente/quic-go/internal/wire.parseStreamFrame",
        "/go/src/github.com/lucas-clemente/quic-go/internal/wire/stream_frame.go",
        68,
        8,
      ],
    ],
  );
});
