// A panic value that ends in a blank keeps it; blanks a paste or an export padded every line
// with are cut (src/traceback/value-blanks.ts). Every input is a public report in testdata/real.

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";

const REAL = join(import.meta.dirname, "..", "..", "..", "testdata", "real");

async function values(file: string): Promise<string[]> {
  const doc = toDocument(await analyzeFile(join(REAL, file)), { goroutines: false });
  return doc.crashes.flatMap((crash) => [crash.message, ...crash.panics.map((p) => p.value)]);
}

test("a value ending in a blank keeps it when the goroutine header lost none (dolt#3880)", async () => {
  assert.deepEqual(
    await values(
      "holdout-10/dolt-3880-prompt-server-line-custom-panic-trailing-space-value-cut.txt",
    ),
    ["unknown message id ", "unknown message id "],
  );
});

test("blanks that padded the goroutine header too are the paste's (substrate#122, updatehub#73)", async () => {
  assert.deepEqual(
    await values("holdout/substrate-122-hash-unhashable-trailing-space-padding.txt"),
    [
      "runtime error: hash of unhashable type gateway.SimpleMessage",
      "runtime error: hash of unhashable type gateway.SimpleMessage",
    ],
  );
  assert.deepEqual(await values("updatehub-73-divide-by-zero-elided-paths-trailing-spaces.txt"), [
    "runtime error: integer divide by zero",
    "runtime error: integer divide by zero",
  ]);
});

test("a status line's tail cut off the value takes its blanks with it (restic#1217)", async () => {
  assert.deepEqual(
    await values("holdout-6/restic-1217-progress-line-glued-into-custom-panic-value-go19.txt"),
    ['Write: sftp: "Failure" (SSH_FX_FAILURE)', 'Write: sftp: "Failure" (SSH_FX_FAILURE)'],
  );
});

test("a runtime error's text ends in no blank: a blank after it is the paste's, though the goroutine header lost none (holdout-11/k9s-3866)", async () => {
  const file =
    "holdout-11/k9s-3866-unfenced-markdown-link-wrapped-file-lines-trailing-space-headline-no-blank-cut.txt";
  assert.deepEqual(await values(file), [
    "runtime error: index out of range [1] with length 1",
    "runtime error: index out of range [1] with length 1",
  ]);
  const [crash] = toDocument(await analyzeFile(join(REAL, file))).crashes;
  assert.equal(crash?.category, "index-out-of-range");
  assert.equal(crash?.goroutine, 440);
  assert.deepEqual(crash?.frame, {
    func: "github.com/derailed/k9s/internal/render.(*Pod).initContainerStats",
    file: "github.com/derailed/k9s/internal/render/pod.go",
    line: 430,
  });
});

test("a value of several lines keeps its first line's blank when its next line lost none (holdout-12/juicefs-6974)", async () => {
  const [message, value] = await values(
    "holdout-12/juicefs-6974-rfc3339-nano-prefix-multiline-custom-panic-value-headline-only.txt",
  );
  assert.equal(message, value);
  assert.deepEqual(value?.split("\n").slice(0, 2), [
    "invalid compaction skipped 1, pos 0, size 67108864; slices: ",
    "{id:1328725520 size:22820994 off:0 len:22820994 pos:0 left:<nil> right:<nil>}",
  ]);
  assert.equal(value?.split("\n").length, 7);
});

test("a value that starts on the line under `panic: ` does not take that blank (holdout-2/kubernetes-58193: Ginkgo)", async () => {
  const [message] = await values(
    "holdout-2/kubernetes-58193-ginkgo-multiline-value-prow-log-prefix.txt",
  );
  assert.equal(message?.split("\n").slice(0, 2).join("\n"), "\nYour test failed.");
});
