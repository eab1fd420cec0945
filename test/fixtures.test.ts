// Every real crash text under testdata/ against the values a person read off it
// (testdata/README.md): each `X.expect.json` beside its input `X` (`.txt` or `.txt.gz`).

import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { toDocument } from "../src/document/to-document.js";
import { analyzeFile } from "../src/pipeline/analyze.js";
import { schemaErrors } from "./document/schema.js";

const ROOT = join(import.meta.dirname, "..", "..", "testdata");

interface Expectation {
  source?: string;
  /** Why panicscope still reads this report wrong: the test then checks it is still read wrong. */
  stillWrong?: string;
  crashes: Record<string, unknown>[];
}

function findExpectations(dir: string, out: string[]): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) findExpectations(path, out);
    else if (name.endsWith(".expect.json")) out.push(path);
  }
  return out;
}

function inputFor(expectPath: string): string {
  const base = expectPath.slice(0, -".expect.json".length);
  for (const candidate of [`${base}.txt`, `${base}.txt.gz`, `${base}.log`, base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`no input beside ${expectPath}`);
}

/** The part of `actual` that `expected` speaks of: only the keys it names are compared. */
function pick(actual: unknown, expected: unknown): unknown {
  if (
    expected === null ||
    typeof expected !== "object" ||
    actual === null ||
    typeof actual !== "object"
  ) {
    return actual;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return actual;
    return actual.map((item, i) => (i < expected.length ? pick(item, expected[i]) : item));
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(expected))
    out[key] = pick(
      (actual as Record<string, unknown>)[key],
      (expected as Record<string, unknown>)[key],
    );
  return out;
}

const expectations = findExpectations(ROOT, []);

describe("real crash texts", () => {
  test("the corpus is there", () => {
    assert.ok(expectations.length > 0, `no *.expect.json under ${ROOT}`);
  });
  for (const expectPath of expectations) {
    const name = expectPath.slice(ROOT.length + 1);
    const expected = JSON.parse(readFileSync(expectPath, "utf8")) as Expectation;
    const compare = async () => {
      const analysis = await analyzeFile(inputFor(expectPath));
      const document = toDocument(analysis, { goroutines: true });
      assert.deepEqual(schemaErrors(document), [], "the document breaks its schema");
      const crashes = document.crashes;
      assert.equal(
        crashes.length,
        expected.crashes.length,
        `crashes found: ${crashes.map((c) => `${c.kind}@${JSON.stringify(c.span)}`).join(", ")}`,
      );
      expected.crashes.forEach((want, i) => {
        assert.deepEqual(pick(crashes[i], want), want, `crash ${i + 1} of ${name}`);
      });
    };
    if (expected.stillWrong === undefined) {
      test(name, compare);
      continue;
    }
    // A report panicscope is known to read wrongly is pinned, so that reading it right fails
    // this test until the marker goes, and the figures stay honest.
    test(`${name} (still read wrong: ${expected.stillWrong})`, async (t) => {
      const error = await compare().then(
        () => null,
        (e: unknown) => e,
      );
      assert.notEqual(error, null, `${name} is read right now: remove its "stillWrong"`);
      t.diagnostic(`still wrong: ${name}: ${expected.stillWrong}`);
    });
  }
});
