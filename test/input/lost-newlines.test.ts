// A traceback whose line breaks became blanks but some (src/input/lost-newlines.ts).

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { splitLostNewlines } from "../../src/input/lost-newlines.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";

const HOLDOUT_8 = join(import.meta.dirname, "..", "..", "..", "testdata", "real", "holdout-8");

test("each file line carrying the next function line, the headline and `runtime stack:` on one line: read as the runtime printed it (holdout-8/oasdiff-101, go1.18)", async () => {
  const analysis = await analyzeFile(
    join(
      HOLDOUT_8,
      "oasdiff-101-newlines-lost-trace-joined-on-few-lines-stack-overflow-reflect-resolvenameoff-go118-cut.txt",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash;
  assert.equal(crash?.kind, "fatal");
  assert.equal(crash?.fatal, "stack overflow");
  assert.deepEqual(crash?.span, { startLine: 1, endLine: 10 });
  assert.equal(crash?.crashing?.id, 1);
  assert.equal(crash?.crashing?.frames.length, 7);
  const doc = toDocument(analysis, { goroutines: false }).crashes[0];
  assert.equal(doc?.category, "stack-overflow");
  assert.deepEqual(
    [doc?.frame?.func, doc?.frame?.file, doc?.frame?.line],
    ["reflect.resolveNameOff", "/usr/local/go/src/runtime/runtime1.go", 498],
  );
});

test("only a file line followed by a function line or a header is split", () => {
  assert.deepEqual(
    splitLostNewlines(
      "/usr/local/go/src/runtime/asm_amd64.s:547 +0x8b goroutine 1 [running]: runtime.resolveNameOff(0x8707e0?, 0xbec8)",
    ),
    [
      "\t/usr/local/go/src/runtime/asm_amd64.s:547 +0x8b",
      "goroutine 1 [running]:",
      "runtime.resolveNameOff(0x8707e0?, 0xbec8)",
    ],
  );
  // A log line that names a file and goes on in words is not a traceback.
  assert.equal(
    splitLostNewlines("/etc/app/main.go:12 failed to open the config (see above)"),
    null,
  );
  assert.equal(splitLostNewlines("runtime: program exceeds 10000-thread limit"), null);
});

test("a headline with its `[signal …]` line joined after a blank: two lines, the fault's address read (holdout-12/dgraph-4288, go1.12)", async () => {
  const analysis = await analyzeFile(
    join(
      HOLDOUT_8,
      "..",
      "holdout-12",
      "dgraph-4288-email-quoted-joined-lines-fault-headline-and-signal-one-line-wrapped-pc-go112-cut.txt",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash;
  assert.equal(crash?.kind, "fatal");
  assert.equal(crash?.fatal, "fault");
  assert.equal(crash?.crashing?.id, 1281391);
  const doc = toDocument(analysis, { goroutines: false }).crashes[0];
  assert.equal(doc?.category, "bad-pointer");
  assert.equal(doc?.goroutine, 1281391);
  // A value that only mentions a signal in words is not split.
  assert.equal(splitLostNewlines("panic: got [signal SIGTERM] from the supervisor"), null);
});
