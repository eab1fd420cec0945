// Every real report under testdata/real, wrapped the way log systems store output
// (./wrapped-real/wrappers.ts), must read as its expectation says: the same crashes, kinds,
// categories, crashing goroutines and crash sites. A prefix is learnt from the text, not listed,
// so a report read right bare is read right behind any of these shapes (issue 9).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { assertReadsAsExpected, REPORTS, todo } from "./wrapped-real/corpus.js";
import { NOT_YET } from "./wrapped-real/not-yet.js";
import { WRAPPERS, type WrapperName, wrapText } from "./wrapped-real/wrappers.js";

describe("real reports wrapped by log systems", () => {
  test("the corpus is there", () => assert.ok(REPORTS.length > 1000, `${REPORTS.length} reports`));
  for (const name of Object.keys(WRAPPERS) as WrapperName[]) {
    describe(name, () => {
      for (const report of REPORTS) {
        test(report.id, { todo: todo(report, NOT_YET[name]) }, async () => {
          const text = wrapText(readFileSync(report.input, "utf8"), WRAPPERS[name]);
          await assertReadsAsExpected(report, text);
        });
      }
    });
  }
});
