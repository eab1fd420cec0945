// A real report read whole through the pipeline, each crash as the values a person reads off
// it: shared by the tests of single real reports (a holdout's first-run misses, messages, a
// report after one of test/damaged-real/damages.ts's damages).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toDocument } from "../../src/document/to-document.js";
import { type Analysis, analyzeFile, analyzeText } from "../../src/pipeline/analyze.js";

const REAL = join(import.meta.dirname, "..", "..", "..", "testdata", "real");

/** Each crash of an analysis as [kind, category, message, goroutine, func, file, line]. */
function crashValues(analysis: Analysis): unknown[][] {
  const doc = toDocument(analysis, { goroutines: false });
  return doc.crashes.map((c) => [
    c.kind,
    c.category,
    c.message,
    c.goroutine,
    c.frame?.func ?? null,
    c.frame?.file ?? null,
    c.frame?.line ?? null,
  ]);
}

/** Each crash of testdata/real/`path` as [kind, category, message, goroutine, func, file, line]. */
export async function readReal(path: string): Promise<unknown[][]> {
  return crashValues(await analyzeFile(join(REAL, path)));
}

/** Each crash of testdata/real/`path` as the document gives it: kind, category, rule, message, goroutine, site. */
export async function readRealRules(path: string): Promise<unknown[][]> {
  const doc = toDocument(await analyzeFile(join(REAL, path)), { goroutines: false });
  return doc.crashes.map((c) => [c.kind, c.category, c.rule, c.message, c.goroutine, c.frame]);
}

/** The text of the real report testdata/real/`path`.txt. */
export function realText(path: string): string {
  return readFileSync(join(REAL, `${path}.txt`), "utf8");
}

/** The crashes of testdata/real/`path`.txt after `change` (a paste's damage) made to its text. */
export async function readRealChanged(
  path: string,
  change: (text: string) => string,
): Promise<unknown[][]> {
  return crashValues(await analyzeText(change(realText(path))));
}
