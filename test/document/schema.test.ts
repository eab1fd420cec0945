// The published schema is the one the document's types give, and it rejects what breaks them.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";
import { schemaErrors } from "./schema.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");

test("schema/analysis-1.json is what src/document/types.ts gives (scripts/schema.mjs --check)", () => {
  const run = spawnSync(process.execPath, ["scripts/schema.mjs", "--check"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  assert.equal(run.status, 0, run.stderr);
});

test("a document that breaks its types is refused, naming the field", async () => {
  const analysis = await analyzeFile(join(ROOT, "testdata/go/go1.26/nil-deref.all.txt"));
  const document = toDocument(analysis);
  assert.deepEqual(schemaErrors(document), []);
  const crash = document.crashes[0];
  assert.ok(crash !== undefined);
  assert.deepEqual(schemaErrors({ ...document, crashes: [{ ...crash, goroutine: "1" }] }), [
    "/crashes/0/goroutine: must be number,null",
  ]);
  assert.deepEqual(schemaErrors({ ...document, crashes: [{ ...crash, category: "oops" }] }), [
    "/crashes/0/category: must be equal to one of the allowed values",
  ]);
});
