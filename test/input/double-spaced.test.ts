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
