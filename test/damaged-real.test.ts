// Every real report under testdata/real, damaged the way real pastes are (./damaged-real/damages.ts:
// tabs expanded, indentation lost, padding, blank lines lost or doubled, no-break spaces,
// a Windows console's hard wrap), must read as its expectation says: the same crashes, kinds,
// categories, crashing goroutines and crash sites (issue 9: crash text read wherever it was
// logged, generally).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { DAMAGES, type DamageName } from "./damaged-real/damages.js";
import { NOT_YET } from "./damaged-real/not-yet.js";
import { assertReadsAsExpected, REPORTS, todo } from "./wrapped-real/corpus.js";

describe("real reports damaged by pastes", () => {
  test("the corpus is there", () => assert.ok(REPORTS.length > 1000, `${REPORTS.length} reports`));
  for (const name of Object.keys(DAMAGES) as DamageName[]) {
    describe(name, () => {
      for (const report of REPORTS) {
        const why = todo(report, NOT_YET[name]);
        test(report.id, { todo: why }, async () => {
          await assertReadsAsExpected(report, DAMAGES[name](readFileSync(report.input, "utf8")));
        });
      }
    });
  }
});
