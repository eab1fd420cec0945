// A headline that a second logger echoed in its own stream is a line of the log, not a crash
// of its own (src/pipeline/echoed-headline.ts).

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeFile, analyzeText } from "../../src/pipeline/analyze.js";

const HOLDOUT_8 = join(import.meta.dirname, "..", "..", "..", "testdata", "real", "holdout-8");

test("logcat's `Go` and `GoLog` tags both printing `fatal error: concurrent map writes`: one crash, the echo a stray line (holdout-8/openim-sdk-core-216)", async () => {
  const analysis = await analyzeFile(
    join(
      HOLDOUT_8,
      "openim-sdk-core-216-logcat-grep-line-numbers-glued-triple-fatal-headlines-map-writes-arm64-go117-cut.txt",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash;
  assert.equal(crash?.kind, "fatal");
  assert.equal(crash?.fatal, "concurrent map writes");
  assert.deepEqual(crash?.span, { startLine: 5, endLine: 14 });
  assert.equal(crash?.crashing?.id, 316);
  assert.deepEqual(
    analysis.stray.filter((s) => s.line === 7),
    [{ line: 7, text: "fatal error: concurrent map writes" }],
  );
  const doc = toDocument(analysis, { goroutines: false }).crashes[0];
  assert.equal(doc?.category, "concurrent-map");
  assert.deepEqual(
    [doc?.frame?.func, doc?.frame?.file, doc?.frame?.line],
    ["open_im_sdk/internal/heartbeart.(*Heartbeat).Run", "", 0],
  );
});

test("the same headline alone in one stream with no crash of it elsewhere stays a crash", async () => {
  const analysis = await analyzeText("fatal error: concurrent map writes\n");
  assert.equal(analysis.crashes.length, 1);
  assert.equal(analysis.crashes[0]?.crash.fatal, "concurrent map writes");
});
