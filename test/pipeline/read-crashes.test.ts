// How one input's streams are read together (src/pipeline/read-crashes.ts), on real reports.

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";
import { readRealRules } from "../traceback/read-real.js";

const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");

test("grep's `--` between a logged record and the stack under it, in another stream, leaves the record the stack's message (real/holdout-14/prysm-4363: logrus, then Kibana's `  | ` column)", async () => {
  const file =
    "real/holdout-14/prysm-4363-kibana-pipe-prefix-logrus-panic-occurred-logged-slice-bounds-capacity-cut.txt";
  const doc = toDocument(await analyzeFile(join(TESTDATA, file)), { goroutines: false });
  assert.equal(doc.crashes.length, 1);
  const crash = doc.crashes[0];
  assert.deepEqual(
    [
      crash?.kind,
      crash?.category,
      crash?.message,
      crash?.goroutine,
      crash?.frame?.func,
      crash?.frame?.file,
      crash?.frame?.line,
    ],
    [
      "logged",
      "slice-bounds",
      "runtime error: slice bounds out of range [:273522048] with capacity 496",
      58133928,
      "github.com/prysmaticlabs/go-ssz/types.(*structSSZ).Unmarshal",
      "external/com_github_prysmaticlabs_go_ssz/types/struct.go",
      243,
    ],
  );
});

test("error stacks a program logged, no panic in them, beside a fatal error the runtime printed are lines of the log (real/holdout-15/apple-container-284: buildkit's `pid version argv0` stacks)", async () => {
  const file =
    "real/holdout-15/apple-container-284-buildkitd-error-stacks-logrus-lines-span-throw-runtime-stack-only-arm64-cut.txt";
  assert.deepEqual(await readRealRules(file.slice("real/".length)), [
    [
      "fatal",
      "other",
      "runtime-internal-gc-heap",
      "non in-use span found with specials bit set",
      null,
      null,
    ],
  ]);
});
