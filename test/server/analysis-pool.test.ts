// The analysis threads: a text filed on a thread is filed exactly as the library reads it, for
// every real crash text of one Go release's corpus, many at once.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { AnalysisPool } from "../../src/server/analysis-pool.js";
import { defaultAnalysisThreads } from "../../src/server/app.js";
import { KEEP_WHOLE_ABOVE, readDocument } from "../../src/store/document.js";
import { filedCrashes } from "../../src/store/types.js";

const DIR = "testdata/go/go1.26";

test("a pool of two threads files every text of go1.26's corpus as the library reads it", async () => {
  const names = readdirSync(DIR).filter((name) => name.endsWith(".txt"));
  assert.ok(names.length >= 40, `${names.length} texts`);
  const pool = new AnalysisPool(2);
  try {
    const texts = names.map((name) => readFileSync(join(DIR, name), "utf8"));
    const recipe = (i: number) => ({ name: names[i] as string, maxCrashes: 100 });
    const threaded = await Promise.all(texts.map((text, i) => pool.analyse(text, recipe(i))));
    for (const [i, text] of texts.entries()) {
      const document = await readDocument(text, recipe(i));
      const long = text.length > KEEP_WHOLE_ABOVE;
      assert.deepEqual(
        threaded[i],
        {
          crashes: filedCrashes(document),
          found: document.inputs[0]?.crashes ?? 0,
          // A dump too long to read again on every view keeps its document whole.
          ...(long ? { wholeDocument: JSON.stringify(document) } : {}),
        },
        names[i],
      );
    }
    assert.deepEqual(
      names.filter((_, i) => (texts[i] as string).length > KEEP_WHOLE_ABOVE),
      ["many-goroutines.all.txt"],
    );
    const crashes = threaded.reduce((sum, filing) => sum + filing.crashes.length, 0);
    assert.ok(crashes >= names.length, `${crashes} crashes`);
  } finally {
    await pool.close();
  }
});

test("a text with no crash: nothing to file, none found; a closed pool starts again", async () => {
  const pool = new AnalysisPool(1);
  await pool.close();
  assert.deepEqual(await pool.analyse("level=info msg=started\n", { name: "log" }), {
    crashes: [],
    found: 0,
  });
  await pool.close();
});

test("threads by default: the cores but one, at most 4; none on 1 core", () => {
  assert.deepEqual(
    [1, 2, 3, 4, 5, 8, 64].map((cores) => defaultAnalysisThreads(cores)),
    [0, 1, 2, 3, 4, 4, 4],
  );
});
