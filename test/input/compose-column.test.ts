// docker compose's service column on a log's first line is taken off every line that carries it
// (src/input/compose-column.ts), so lines read before any Go text teaches a prefix are read bare.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { ComposeColumn } from "../../src/input/compose-column.js";
import { analyzeText } from "../../src/pipeline/analyze.js";
import { WRAPPERS, wrapText } from "../wrapped-real/wrappers.js";

const REAL = join(import.meta.dirname, "..", "..", "..", "testdata", "real");

function lines(file: string, from: number, to: number): string[] {
  return readFileSync(join(REAL, file), "utf8")
    .split("\n")
    .slice(from - 1, to);
}

test("the first line's column comes off the lines that carry it; compose's own line stays (real/holdout-4/tidb-docker-compose-108)", () => {
  const column = new ComposeColumn();
  const got = lines(
    "holdout-4/tidb-docker-compose-108-compose-prefix-restart-loop-previous-tail-slice-bounds.txt",
    1,
    5,
  ).map((line) => column.take(line));
  assert.deepEqual(got, [
    "\t/go/src/github.com/mholt/caddy/vendor/github.com/xenolf/lego/acmev2/dns_challenge.go:40 +0x4d",
    "tidb-docker-compose_tidb-vision_1 exited with code 2",
    "panic: runtime error: slice bounds out of range",
    "",
    "goroutine 1 [running]:",
  ]);
  assert.equal(column.name, "tidb-vision_1     |");
});

test("a first line without the column turns the reader off (real/holdout-11/hub-2068)", () => {
  const column = new ComposeColumn();
  const [first] = lines(
    "holdout-11/hub-2068-crash-reporter-error-line-logged-stack-debian-build-path-go16.txt",
    1,
    1,
  );
  assert.equal(column.take(first as string), first);
  assert.ok(column.off);
});

test("a crash reporter's message above its stack, behind compose's column, names the value (real/holdout-11/hub-2068)", async () => {
  const text = readFileSync(
    join(
      REAL,
      "holdout-11/hub-2068-crash-reporter-error-line-logged-stack-debian-build-path-go16.txt",
    ),
    "utf8",
  );
  const [crash] = toDocument(await analyzeText(wrapText(text, WRAPPERS.compose)), {
    goroutines: false,
  }).crashes;
  assert.equal(crash?.kind, "logged");
  assert.equal(crash?.category, "index-out-of-range");
  assert.equal(crash?.goroutine, 1);
  assert.deepEqual(crash?.frame, {
    func: "github.com/github/hub/git.WorkdirName",
    file: "/build/hub-F8SKBG/hub-2.2.9/obj-x86_64-linux-gnu/src/github.com/github/hub/git/git.go",
    line: 70,
  });
});
