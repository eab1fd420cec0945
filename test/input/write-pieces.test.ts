// Go's lines written in pieces, one log line per write(2) (write-pieces.ts). Inputs are public
// reports kept in testdata/real (SOURCES.md there).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { Unwrapper } from "../../src/input/unwrap.js";
import { PieceJoiner } from "../../src/input/write-pieces.js";

const REAL = join(import.meta.dirname, "..", "..", "..", "testdata", "real");

function unwrap(file: string): [string, number, string][] {
  const out: [string, number, string][] = [];
  const unwrapper = new Unwrapper((text, line, stream) => out.push([text, line, stream]));
  readFileSync(join(REAL, file), "utf8")
    .split("\n")
    .forEach((text, i) => {
      unwrapper.push(text, i + 1);
    });
  unwrapper.end();
  return out;
}

test("pieces of Go's lines, one per write, are joined and cut where Go's lines ended (prefixed/golang-32002)", () => {
  const stream = "api_1  | 15:58:21 app         |";
  assert.deepEqual(unwrap("prefixed/golang-32002-compose-stacked-prefix-split-writes.txt"), [
    ["", 1, ""],
    [
      "panic: interface conversion: http.http2Frame is *http.http2UnknownFrame, not *http.http2HeadersFrame",
      2,
      stream,
    ],
    ["\tpanic: err must be non-nil", 5, stream],
    ["", 9, stream],
    ["goroutine 32 [running]:panic(0x9e0580, 0xbb6070)", 10, stream],
    [
      "\t/usr/local/go/src/runtime/panic.go:565 +0x2c5 fp=0xc000407b68 sp=0xc000407ad8 pc=0x42bca5",
      21,
      stream,
    ],
    ["", 34, ""],
  ]);
});

test("a headline whose value starts on the next line, in whole lines, is read as it is (holdout-2/kubernetes-7464, Ginkgo)", () => {
  const lines = unwrap("holdout-2/kubernetes-7464-ginkgo-multiline-value-info-lines-go14.txt");
  assert.deepEqual(lines.slice(3, 6), [
    ["panic:", 4, ""],
    ["Your test failed.", 5, ""],
    ["Ginkgo panics to prevent subsequent assertions from running.", 6, ""],
  ]);
  assert.equal(lines.length, 24); // 23 lines and the empty one after the last newline
});

test("a piece that was only a newline ends a line; a tab starts one", () => {
  // The pieces of lines 5–7 and 21–22 of prefixed/golang-32002, after their prefix.
  const joiner = new PieceJoiner();
  for (const [piece, line] of [
    ["\t", 5],
    ["panic: ", 6],
    ["err must be non-nil", 7],
    ["", 8],
    [")", 20],
    ["\t", 21],
    ["/usr/local/go/src/runtime/panic.go", 22],
  ] as const)
    joiner.add(piece, line);
  assert.deepEqual(joiner.take(), [
    ["\tpanic: err must be non-nil", 5],
    [")", 20],
  ]);
  assert.deepEqual(joiner.finish(), [["\t/usr/local/go/src/runtime/panic.go", 21]]);
});
