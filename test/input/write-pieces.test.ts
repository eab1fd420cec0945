// Go's lines written in pieces, one log line per write(2) (write-pieces.ts). Inputs are public
// reports kept in testdata/real (SOURCES.md there).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { Unwrapper } from "../../src/input/unwrap.js";
import { PieceJoiner } from "../../src/input/write-pieces.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";

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

test("pieces whose newlines the log dropped are cut where Go's grammar starts a line (holdout-19/cilium-pr1043, Vagrant)", async () => {
  const file =
    "holdout-19/cilium-pr1043-vagrant-prefix-every-token-on-own-line-cgo-go-pointer-cut.txt";
  const stream = "==> cilium-master:";
  assert.deepEqual(unwrap(file).slice(0, 5), [
    ["", 1, ""],
    ["panic: runtime error: cgo argument has Go pointer to Go pointer", 2, stream],
    [
      "goroutine 1 [running]:github.com/cilium/cilium/pkg/bpf.(*PerfEvent).Read.func2(0xc420466e00, 0x100, 0x100, 0xc4218a62d0, 0xc420466e00, 0xc421867868, 0x20)",
      4,
      stream,
    ],
    ["\t/home/vagrant/go/src/github.com/cilium/cilium/pkg/bpf/perf.go:332 +0xb6", 25, stream],
    [
      "github.com/cilium/cilium/pkg/bpf.(*PerfEvent).Read(0xc420054af0, 0x101d308, 0x101d300, 0xc42007d2d8,",
      31,
      stream,
    ],
  ]);
  const doc = toDocument(await analyzeFile(join(REAL, file)), { goroutines: false });
  assert.deepEqual(
    doc.crashes.map((c) => [c.kind, c.category, c.rule, c.goroutine, c.frame]),
    [
      [
        "panic",
        "cgo-crash",
        "cgo-arg-unpinned-pointer",
        1,
        {
          func: "github.com/cilium/cilium/pkg/bpf.(*PerfEvent).Read.func2",
          file: "/home/vagrant/go/src/github.com/cilium/cilium/pkg/bpf/perf.go",
          line: 332,
        },
      ],
    ],
  );
});

test("after a whole file line, a piece that is not its offset starts the next function line", () => {
  // The pieces of lines 25–31 of holdout-19/cilium-pr1043, after their prefix.
  const joiner = new PieceJoiner();
  for (const [piece, line] of [
    ["\t", 25],
    ["/home/vagrant/go/src/github.com/cilium/cilium/pkg/bpf/perf.go", 26],
    [":", 27],
    ["332", 28],
    [" +", 29],
    ["0xb6", 30],
    ["github.com/cilium/cilium/pkg/bpf.(*PerfEvent).Read", 31],
  ] as const)
    joiner.add(piece, line);
  assert.deepEqual(joiner.take(), [
    ["\t/home/vagrant/go/src/github.com/cilium/cilium/pkg/bpf/perf.go:332 +0xb6", 25],
  ]);
  assert.deepEqual(joiner.finish(), [["github.com/cilium/cilium/pkg/bpf.(*PerfEvent).Read", 31]]);
});
