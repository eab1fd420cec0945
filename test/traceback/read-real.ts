// A real report read whole through the pipeline, each crash as the values a person reads off
// it: shared by the tests of single real reports (a holdout's first-run misses, messages).

import { join } from "node:path";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";

const REAL = join(import.meta.dirname, "..", "..", "..", "testdata", "real");

/** Each crash of testdata/real/`path` as [kind, category, message, goroutine, func, file, line]. */
export async function readReal(path: string): Promise<unknown[][]> {
  const doc = toDocument(await analyzeFile(join(REAL, path)), { goroutines: false });
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
