// A goroutine header right under a panic's headline, then the paste's end (a reporter cut it at
// the header, and its blank lines were lost: test/damaged-real/damages.ts noBlanks): the header
// is the runtime's, not a value's last line (src/traceback/under-headline.ts takeHeader). The
// input is a real report in testdata/real.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeText } from "../../src/pipeline/analyze.js";
import { DAMAGES } from "../damaged-real/damages.js";

const REAL = join(import.meta.dirname, "..", "..", "..", "testdata", "real");

test("a chain's last link, the header under it and the closing fence, no blank between: the header is the crash's goroutine (holdout-14/venus-623)", async () => {
  const text = DAMAGES.noBlanks(
    readFileSync(
      join(
        REAL,
        "holdout-14/venus-623-fish-prompts-recovered-chain-headline-only-cut-at-goroutine-header.txt",
      ),
      "utf8",
    ),
  );
  const doc = toDocument(await analyzeText(text), { goroutines: false });
  assert.deepEqual(
    doc.crashes.map((c) => [
      c.kind,
      c.category,
      c.panics.map((p) => [p.value, p.recovered]),
      c.goroutine,
      c.frame,
      c.span.startLine,
    ]),
    [
      [
        "panic",
        "custom-panic",
        [
          ["here", true],
          ["here", false],
        ],
        50,
        null,
        6,
      ],
    ],
  );
});
