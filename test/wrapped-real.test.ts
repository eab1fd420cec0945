// Every real report under testdata/real, wrapped the way log systems store output
// (./wrapped-real/wrappers.ts), must read as its expectation says: the same crashes, kinds,
// categories, crashing goroutines and crash sites. A prefix is learnt from the text, not listed,
// so a report read right bare is read right behind any of these shapes (issue 9).

import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { toDocument } from "../src/document/to-document.js";
import { analyzeText } from "../src/pipeline/analyze.js";
import { NOT_YET } from "./wrapped-real/not-yet.js";
import { WRAPPERS, type WrapperName, wrapText } from "./wrapped-real/wrappers.js";

const ROOT = join(import.meta.dirname, "..", "..", "testdata", "real");

function expectations(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) expectations(path, out);
    else if (name.endsWith(".expect.json")) out.push(path);
  }
  return out;
}

interface Expected {
  kind: string;
  category: string;
  goroutine?: number | null;
  frame?: unknown;
}

/** What the test compares of a crash: the fields the corpus score counts. */
function essentials(crash: Expected, like: Expected): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: crash.kind, category: crash.category };
  if ("goroutine" in like) out.goroutine = crash.goroutine;
  if ("frame" in like) out.frame = crash.frame;
  return out;
}

const reports = expectations(ROOT, [])
  .map((path) => ({
    path,
    input: `${path.slice(0, -".expect.json".length)}.txt`,
    expectation: JSON.parse(readFileSync(path, "utf8")) as {
      stillWrong?: string;
      crashes: Expected[];
    },
  }))
  .filter((r) => existsSync(r.input));

describe("real reports wrapped by log systems", () => {
  test("the corpus is there", () => assert.ok(reports.length > 1000, `${reports.length} reports`));
  for (const name of Object.keys(WRAPPERS) as WrapperName[]) {
    describe(name, () => {
      for (const report of reports) {
        const id = report.path.slice(ROOT.length + 1, -".expect.json".length);
        // A report still read wrong bare (its `stillWrong`) cannot be read right wrapped.
        const bare = report.expectation.stillWrong;
        const why = NOT_YET[name][id] ?? (bare === undefined ? undefined : `bare: ${bare}`);
        test(id, { todo: why }, async () => {
          const want = report.expectation.crashes;
          const text = wrapText(readFileSync(report.input, "utf8"), WRAPPERS[name]);
          const got = toDocument(await analyzeText(text), { goroutines: false })
            .crashes as unknown as Expected[];
          assert.deepEqual(
            got.map((c, i) => essentials(c, want[i] ?? c)),
            want.map((w) => essentials(w, w)),
          );
        });
      }
    });
  }
});
