// Markdown an issue writer put into a pasted crash, on real lines: the report of
// testdata/real/holdout-2/hugo-1112 (bold inside the runtime's text), and Go's own `**int`
// (testdata/markdown, printed by go1.26) and a Python `**kwargs` line (testdata/real/hotsub-32)
// that are no bold and must stay as they are.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { removeBold, removeMarkdown, removeMarkdownLinks } from "../../src/input/markdown.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";
import { readRealRules } from "../traceback/read-real.js";

const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");

function line(file: string, n: number): string {
  return readFileSync(join(TESTDATA, file), "utf8").split("\n")[n - 1] as string;
}

test("bold around words of the runtime's text is removed (hugo-1112)", () => {
  const hugo = "real/holdout-2/hugo-1112-bold-markdown-inside-headline-only.txt";
  assert.equal(
    removeMarkdown(line(hugo, 1)),
    "panic: runtime error: invalid memory address or nil pointer dereference",
  );
  assert.equal(removeMarkdown(line(hugo, 2)), "[signal 0xb code=0x1 addr=0x0 pc=0x47ab4b]");
});

test("Go's `**int` and Python's `**kwargs` are no bold", () => {
  const go = line("markdown/pointer-to-pointer.txt", 1);
  assert.equal(go, "panic: interface conversion: interface {} is **int, not string");
  assert.equal(removeBold(go), go);
  const python = line("real/hotsub-32-deadlock-indented-with-python.txt", 23);
  assert.equal(python, "        self._target(*self._args, **self._kwargs)");
  assert.equal(removeBold(python), python);
});

test("inline code around a whole line: both backticks go (real/broad/status-legacy-15073)", () => {
  const text = line(
    "real/broad/status-legacy-15073-slice-bounds-headline-only-logcat-inline-code.txt",
    1,
  );
  assert.equal(
    removeMarkdown(text),
    "02-13 16:12:14.865 11934     0 E Go      : panic: runtime error: slice bounds out of range [:2] with capacity 0",
  );
});

// Lines from real/holdout-8/vitess-13329 (its trailing blanks gone, as unwrap cleans them) and
// real/holdout-8/loki-3086.
test("a table row's text is its last cell that is not empty; a rule row is blank; compose's bare prefix is no row", () => {
  assert.equal(
    removeMarkdown("  |   | 2023-06-14 01:03:32.709 | runtime/panic.go:260 (0x450c95) |"),
    "runtime/panic.go:260 (0x450c95)",
  );
  assert.equal(removeMarkdown("-- | -- | --"), "");
  assert.equal(removeMarkdown("loki_1     |"), "loki_1     |");
});

test("italics opened before the headline and the goroutine header are removed; a frame line's own `_` stays (holdout-9/chirpstack-simulator-4)", async () => {
  const chirp =
    "real/holdout-9/chirpstack-simulator-4-markdown-italic-underscores-intn-raspberry-pi-32bit-cut.txt";
  assert.equal(removeMarkdown(line(chirp, 1)), "panic: invalid argument to Intn");
  assert.equal(removeMarkdown(line(chirp, 3)), "goroutine 57 [running]:");
  const gopathless = line(
    "real/broad/conjure-12-negative-waitgroup-inlined-done-gopathless.txt",
    9,
  );
  assert.ok(gopathless.startsWith("_/home/jmwample/"));
  assert.equal(removeMarkdown(gopathless), gopathless);
  const doc = toDocument(await analyzeFile(join(TESTDATA, chirp)), { goroutines: false });
  assert.equal(doc.crashes.length, 1);
  const crash = doc.crashes[0];
  assert.deepEqual(
    [crash?.kind, crash?.category, crash?.message, crash?.goroutine],
    ["panic", "custom-panic", "invalid argument to Intn", 57],
  );
  assert.deepEqual(
    [crash?.frame?.func, crash?.frame?.file, crash?.frame?.line],
    ["math/rand.(*Rand).Intn", "/usr/local/go/src/math/rand/rand.go", 169],
  );
});

test("a tilde fence is a fence: a blank line, not the value's (holdout-11/etcd-3504)", async () => {
  const etcd =
    "real/holdout-11/etcd-3504-tilde-fence-capnslog-lines-custom-panic-headline-then-ellipsis.txt";
  assert.equal(removeMarkdown(line(etcd, 1)), "");
  assert.equal(removeMarkdown(line(etcd, 9)), "");
  // A line of Go's is never taken for one.
  assert.equal(
    removeMarkdown(line(etcd, 7)),
    "panic: tocommit(138789) is out of range [lastIndex(0)]",
  );
  const doc = toDocument(await analyzeFile(join(TESTDATA, etcd)));
  assert.equal(doc.crashes.length, 1);
  const [crash] = doc.crashes;
  assert.equal(crash?.category, "custom-panic");
  assert.equal(crash?.message, "tocommit(138789) is out of range [lastIndex(0)]");
  assert.equal(crash?.goroutine, null);
  assert.equal(crash?.goroutineCount, 0);
  // The reporter's `[...]` under the headline is kept as a line not understood.
  assert.deepEqual(crash?.unparsedLines, [{ line: 8, text: "[...]" }]);
});

test("an autolink around an import path keeps its text, up to a frame's `(` (holdout-15/istio-41162)", async () => {
  const istio =
    "real/holdout-15/istio-41162-markdown-autolinked-frame-lines-four-space-nil-deref-bootstrap-cut.txt";
  assert.equal(
    removeMarkdownLinks(line(istio, 9)),
    "istio.io/istio/pkg/kube.IsAtLeastVersion({0x3b1a3f0, 0xc000ade2c0}, 0xc0005c6188)",
  );
  assert.equal(
    removeMarkdownLinks(line(istio, 11)),
    "istio.io/istio/pilot/pkg/serviceregistry/kube/controller.DetectEndpointMode({0x3b1a3f0, 0xc000ade2c0})",
  );
  // A link whose target is not its text keeps only its text, as before.
  assert.equal(removeMarkdownLinks("a [b](http://c) d"), "a b d");
  const doc = toDocument(await analyzeFile(join(TESTDATA, istio)), { goroutines: false });
  const crash = doc.crashes[0];
  assert.deepEqual([doc.crashes.length, crash?.goroutine, crash?.category], [1, 1, "nil-deref"]);
  assert.deepEqual(
    [crash?.frame?.func, crash?.frame?.file, crash?.frame?.line],
    ["istio.io/istio/pkg/kube.IsAtLeastVersion", "istio.io/istio/pkg/kube/version.go", 30],
  );
});

test("a bracket before a parenthesis is a link only when the target is an address (holdout-19/gorgonia-373, broad/sish-19, holdout-8/lazygit-4154)", async () => {
  const gorgonia =
    "real/holdout-19/gorgonia-373-fence-glued-to-headline-and-trailer-custom-shape-panic-sigma.txt";
  const value =
    "Node Σ[1](%49) :: Vector float64, has 1 dimensions(Shape: ()). Input shape is (), which has 0 dimensions";
  assert.equal(removeMarkdown(line(gorgonia, 1)), `panic: ${value}`);
  // gin's source line and a generic call's elided arguments stay as Go printed them.
  const gin = line("real/broad/sish-19-gin-recovery-logged-abort-handler.txt", 22);
  assert.equal(removeMarkdownLinks(gin), gin);
  const generic = line(
    "real/holdout-8/lazygit-4154-short-alias-command-nil-deref-code-2-inlined-closure-generic-darwin-arm64-cut.txt",
    9,
  );
  assert.equal(removeMarkdownLinks(generic), "github.com/samber/lo.NoneBy[...](...)");
  const doc = toDocument(await analyzeFile(join(TESTDATA, gorgonia)), { goroutines: false });
  assert.deepEqual(
    doc.crashes.map((c) => [c.kind, c.category, c.message, c.goroutine, c.frame]),
    [
      [
        "panic",
        "custom-panic",
        value,
        1,
        {
          func: "gorgonia.org/gorgonia.WithShape.func1",
          file: "/home/vadim/go/pkg/mod/gorgonia.org/gorgonia@v0.9.8/node.go",
          line: 211,
        },
      ],
    ],
  );
});

test("a whole line in bold holding Go's `(*T)` loses its marks (holdout-22/ngrok-582)", async () => {
  const ngrok =
    "real/holdout-22/ngrok-582-server-log-bold-line-glued-goroutine-header-debug-stack-makeslice-386-go16-cut.txt";
  const bold = line(ngrok, 5);
  assert.ok(bold.startsWith("**[00:58:02 CST") && bold.endsWith("goroutine 3983 [running]:**"));
  assert.equal(removeMarkdown(bold), bold.slice(2, -2));
  assert.deepEqual(await readRealRules(ngrok.slice("real/".length)), [
    [
      "logged",
      "other",
      "makeslice-len-out-of-range",
      "runtime error: makeslice: len out of range",
      3983,
      {
        func: "ngrok/msg.readMsgShared",
        file: "/media/sf_share/linux/ngrok/src/ngrok/msg/conn.go",
        line: 20,
      },
    ],
  ]);
});
