// maxCrashes: crashes past the first N are read and counted, not kept or diagnosed.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeText } from "../../src/pipeline/analyze.js";

const NIL_DEREF = readFileSync("testdata/go/go1.26/nil-deref.single.txt", "utf8");

test("150 crashes with maxCrashes 100: 100 kept, 50 counted, the document counts 150", async () => {
  const text = NIL_DEREF.repeat(150);
  const all = await analyzeText(text, { name: "log" });
  assert.equal(all.crashes.length, 150);
  const capped = await analyzeText(text, { name: "log", maxCrashes: 100 });
  assert.equal(capped.crashes.length, 100);
  assert.equal(capped.omittedCrashes, 50);
  // The kept ones are the first 100, read exactly as without the cap.
  assert.deepEqual(
    toDocument(capped).crashes,
    toDocument({ ...all, crashes: all.crashes.slice(0, 100) }).crashes,
  );
  assert.equal(toDocument(capped).inputs[0]?.crashes, 150);
  assert.equal(toDocument(all).inputs[0]?.crashes, 150);
});
