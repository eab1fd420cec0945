// A logged stack whose log line names no runtime error: the runtime's own frames under
// `panic(…)` say what it raised — a helper of one fixed text, a bounds check's helper, or a
// method called on a nil pointer receiver right under the panic.

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";
import { readRealRules } from "../traceback/read-real.js";

const LOGGED = join(import.meta.dirname, "..", "..", "..", "testdata", "logged");

/** Each crash of testdata/logged/`path`: kind, category, rule, message, goroutine, site. */
async function readLogged(path: string): Promise<unknown[][]> {
  const doc = toDocument(await analyzeFile(join(LOGGED, path)), { goroutines: false });
  return doc.crashes.map((c) => [c.kind, c.category, c.rule, c.message, c.goroutine, c.frame]);
}

const site = (func: string, line: number) => ({
  func,
  file: "/tmp/lg/callershelpers/main.go",
  line,
});

test("runtime.Callers frames of a recover that logged only its own line, go1.19: mapassign_faststr is a nil map write, goPanicIndex an index, goPanicSliceAcap a slice bound (logged/callershelpers)", async () => {
  assert.deepEqual(await readLogged("callershelpers/output-go1.19.txt"), [
    [
      "logged",
      "nil-map-write",
      "nil-map-assignment",
      "job count stopped",
      null,
      site("main.count", 39),
    ],
    [
      "logged",
      "index-out-of-range",
      "index-out-of-range",
      "job pick stopped",
      null,
      site("main.pick", 42),
    ],
    [
      "logged",
      "slice-bounds",
      "slice-bounds-acap",
      "job window stopped",
      null,
      site("main.window", 45),
    ],
  ]);
});

test("the same with go1.26: mapassign_faststr still names a nil map write; panicBounds64 serves every bounds check, so it names none (logged/callershelpers)", async () => {
  assert.deepEqual(await readLogged("callershelpers/output.txt"), [
    [
      "logged",
      "nil-map-write",
      "nil-map-assignment",
      "job count stopped",
      null,
      site("main.count", 39),
    ],
    ["logged", "custom-panic", "custom-panic", "job pick stopped", null, site("main.pick", 42)],
    ["logged", "custom-panic", "custom-panic", "job window stopped", null, site("main.window", 45)],
  ]);
});

test("debug.PrintStack() under a prompt line, go1.16: `(*Bucket).GetUploadAuth(0x0, …)` right under panic(…) is a nil dereference; the line above stays the message (real/holdout-31/juicefs-1905)", async () => {
  assert.deepEqual(
    await readRealRules(
      "holdout-31/juicefs-1905-sudo-prompt-credential-prompts-debug-printstack-withtimeout-recover-vendored-b2-go116-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "nil-pointer-dereference",
        "Application Key for b2://hidePrivacyInfo",
        311,
        {
          func: "gopkg.in/kothar/go-backblaze%2ev0.(*Bucket).GetUploadAuth",
          file: "/p8s/root/jfs/vendor/gopkg.in/kothar/go-backblaze.v0/buckets.go",
          line: 193,
        },
      ],
    ],
  );
});
