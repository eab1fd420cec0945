// The crash paths issue 11 found by fuzzing, each with the smallest input the issue gives
// (real reproducers from its text): no exception, a document that keeps its types, and the
// terminal and HTML reports rendered.

import assert from "node:assert/strict";
import { test } from "node:test";
import { gunzipSync, gzipSync } from "node:zlib";
import { toDocument } from "../../src/document/to-document.js";
import { gunzipIfCompressed } from "../../src/input/open.js";
import { palette } from "../../src/render/color.js";
import { renderDocument } from "../../src/render/terminal.js";
import { checkDocument } from "./document-check.js";
import { type Outputs, runInput } from "./run-input.js";

interface Doc {
  crashes: {
    kind: string;
    span: { startLine: number; endLine: number };
    unparsed: number;
    unparsedLines: { line: number; text: string }[];
    crashing: {
      id: number;
      frames: { func: string }[];
      parentId?: number;
      elided?: unknown;
      ancestors?: { id: number; frames: unknown[] }[];
    } | null;
    buckets: { ids: number[]; creators: { goroutine: number }[] }[];
    panics: { value: string }[];
    panicsOmitted?: number;
    diagnosis: { chain: { message: string }[]; chainOmitted?: number };
  }[];
}

async function run(text: string): Promise<{ out: Outputs; doc: Doc }> {
  const out = await runInput(Buffer.from(text), 4093);
  assert.deepEqual(checkDocument(out.document), []);
  assert.ok(out.terminal.length > 0);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes
  out.terminal = out.terminal.replace(/\u001b\[[0-9;]*m/g, "");
  assert.ok(out.html.startsWith("<!doctype html>"));
  return { out, doc: out.document as Doc };
}

test("a malformed header right after a header: no null block read on", async () => {
  const { doc } = await run("goroutine 1 []:\ngoroutine :\nmain.main()\n");
  assert.equal(doc.crashes.length, 1);
  const crash = doc.crashes[0];
  assert.deepEqual(crash?.unparsedLines.map((l) => l.text).slice(0, 1), ["goroutine :"]);
  assert.deepEqual(crash?.buckets[0]?.ids, [1]);
});

test("goroutine 1e308 after a good block is a line not understood", async () => {
  const { doc } = await run(
    "goroutine 1 [running]:\nmain.main()\n\t/a.go:1 +0x1\ngoroutine 1e308 [running]:\nmain.main()\n",
  );
  const crash = doc.crashes[0];
  assert.equal(crash?.crashing?.id ?? doc.crashes[0]?.buckets[0]?.ids[0], 1);
  assert.equal(crash?.unparsedLines[0]?.text, "goroutine 1e308 [running]:");
  assert.equal(crash?.unparsedLines[0]?.line, 4);
});

test("`](http)` that is no markdown link does not recurse forever", async () => {
  const { doc } = await run("goroutine 1 []:\n](http)\n");
  assert.equal(doc.crashes.length, 1);
  assert.deepEqual(doc.crashes[0]?.buckets[0]?.ids, [1]);
});

test("125 000 nested recovered panics: the terminal folds the chain", async () => {
  const n = 125_000;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`panic: v${i} [recovered]`);
  const { out, doc } = await run(`${lines.join("\n")}\n`);
  assert.equal(out.analysis.crashes[0]?.crash.panics.length, n);
  assert.equal(doc.crashes[0]?.panics.length, 200);
  assert.equal(doc.crashes[0]?.panicsOmitted, n - 200);
  assert.match(
    out.terminal,
    / {4}… 124980 more links \(a document keeps a chain's first and last 100\)\n {4}124991\. v124990 \[recovered\]/,
  );
  assert.match(out.terminal, /1\. v0 \[recovered\]/);
  assert.match(out.terminal, /125000\. v124999 \[recovered\]/);
});

test("2·10⁵ chained panics: the JSON keeps the chain's first and last 100 links", async () => {
  const n = 200_000;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(`panic: v${i} [recovered]`);
  const { out, doc } = await run(`${lines.join("\n")}\n`);
  const crash = doc.crashes[0];
  const values = (crash?.panics ?? []).map((p) => p.value);
  assert.deepEqual(values.slice(0, 2), ["v0", "v1"]);
  assert.deepEqual(values.slice(98, 102), ["v98", "v99", "v199900", "v199901"]);
  assert.equal(values.at(-1), "v199999");
  assert.equal(values.length, 200);
  assert.equal(crash?.panicsOmitted, 199_800);
  assert.equal(crash?.diagnosis.chain.length, 200);
  assert.equal(crash?.diagnosis.chainOmitted, 199_800);
  assert.deepEqual(
    crash?.diagnosis.chain.slice(99, 101).map((link) => link.message),
    ["v99", "v199900"],
  );
  // 71 MB before the chain was bounded (`analyze --json`).
  assert.ok(out.json.length < 200_000, `${out.json.length} bytes`);
  // --all shows every link the document kept, and says where the others were.
  const all = renderDocument(toDocument(out.analysis), {
    verbose: false,
    palette: palette(false),
    all: true,
  });
  assert.match(
    all,
    / {4}100\. v99 \[recovered\]\n {4}… 199800 more links \(a document keeps a chain's first and last 100\)\n {4}199901\. v199900 \[recovered\]\n/,
  );
  // The HTML report numbers the last links as they were.
  assert.match(
    out.html,
    /… 199800 more links \(a document keeps a chain&#39;s first and last 100\)/,
  );
  assert.match(out.html, /<li value="199901"><span class="mono">panic: v199900<\/span>/);
});

test("a goroutine of 2·10⁵ frames: the terminal keeps both ends", async () => {
  const n = 200_000;
  const lines = ["panic: x", "", "goroutine 1 [running]:"];
  for (let i = 0; i < n; i++) lines.push(`main.f${i % 7}()`, `\t/a.go:${i + 1} +0x1`);
  const { out, doc } = await run(`${lines.join("\n")}\n`);
  assert.equal(doc.crashes[0]?.crashing?.frames.length, n);
  assert.match(out.terminal, /… 199900 more frames \(--all shows them\)/);
  assert.match(out.terminal, /\/a\.go:200000\n/);
  const all = renderDocument(toDocument(out.analysis), {
    verbose: false,
    palette: palette(false),
    all: true,
  });
  assert.equal(all.split("\n").filter((line) => line.startsWith("        /a.go:")).length, n);
});

test("an elision marker inside an ancestor section is the ancestor's", async () => {
  const { doc } = await run(
    "panic: x\n\ngoroutine 2 [running]:\nmain.main()\n\t/a.go:1 +0x1\n[originating from goroutine 1]:\nmain.x(...)\n\t/a.go:2 +0x1\nmain.y(...)\n\t/a.go:3 +0x1\n...additional frames elided...\n",
  );
  const crashing = doc.crashes[0]?.crashing;
  assert.equal(crashing?.frames.length, 1);
  assert.equal(crashing?.elided, undefined);
  assert.equal(crashing?.ancestors?.[0]?.id, 1);
  assert.equal(crashing?.ancestors?.[0]?.frames.length, 2);
});

test("a bare WARNING: DATA RACE spans its own line", async () => {
  const { doc } = await run("WARNING: DATA RACE\n");
  assert.equal(doc.crashes[0]?.kind, "race");
  assert.deepEqual(doc.crashes[0]?.span, { startLine: 1, endLine: 1 });
});

test("[originating from goroutine ]: has no id: a line not understood", async () => {
  const { doc } = await run(
    "goroutine 2 [running]:\nmain.main()\n\t/a.go:1 +0x1\n[originating from goroutine ]:\nmain.x()\n\t/a.go:2 +0x1\n",
  );
  const crash = doc.crashes[0];
  assert.equal(crash?.unparsedLines[0]?.text, "[originating from goroutine ]:");
  assert.deepEqual(crash?.buckets[0]?.creators, []);
});

test("created by … in goroutine -2 names no parent", async () => {
  const { doc } = await run(
    "goroutine 2 [running]:\nmain.main()\n\t/a.go:1 +0x1\ncreated by main.g in goroutine -2\n\t/a.go:3 +0x1\n",
  );
  assert.deepEqual(doc.crashes[0]?.buckets[0]?.creators, []);
});

test("gzip whose first read is one byte is still gzip", async () => {
  const text = "goroutine 1 [running]:\nmain.main()\n\t/a.go:1 +0x1\n";
  const packed = gzipSync(text);
  async function* oneByteFirst() {
    yield packed.subarray(0, 1);
    yield packed.subarray(1);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of gunzipIfCompressed(oneByteFirst(), () => {})) chunks.push(chunk);
  assert.equal(Buffer.concat(chunks).toString(), gunzipSync(packed).toString());
});

test("a profile record of 0 goroutines is no record (found by the long fuzz run)", async () => {
  // testdata/go/go1.19/pprof-debug1.single.txt with bits flipped, minimised (seed 1, #529091).
  const { doc } = await run("goroutine profile: total 9\n0 @ 0x2");
  const crash = doc.crashes[0] as Doc["crashes"][number] & { goroutineCount: number };
  assert.equal(crash.goroutineCount, 0);
  assert.equal(crash.buckets.length, 0);
  // The line ends the profile and stays outside it.
  assert.equal((doc as unknown as { inputs: { strayLines: number }[] }).inputs[0]?.strayLines, 1);
});

test("a NUL as a wait reason is shown escaped in the goroutine counts (found by the long fuzz run)", async () => {
  // testdata/go/go1.25/sigquit.single.txt with NULs put in, minimised (seed 1, #27927): the
  // counts by wait reason are keyed by the crash's text.
  const { out } = await run(
    "goroutine 0 gp= [e]:\ngoroutine 1 gp= [p]:\ngoroutine 2 gp= [)]:\ngoroutine 0 m= [i]:\ngoroutine 4 gp= [t]:\ngoroutine 7 gp= [w]:\ngoroutine 8 gp= [l]:\ngoroutine 0 m= [\u0000]:\ngoroutine 0 gp= [c]:\ngoroutine 2 m= []:\ngoroutine 5 gp= [v]:",
  );
  assert.ok(!out.terminal.includes("\u0000"));
  assert.match(out.terminal, /goroutines {2}10: 1 \) · 1 \\x00 · 1 c · /);
  assert.match(out.terminal, /#8 1 \[\\x00\]\n/);
});

test("a logged stack whose held lines it does not all take (found by the long fuzz run)", async () => {
  // testdata/real/logged/pkg-errors-49-plus-v-spaces-wrapped.txt wrapped, keywords put in and
  // its front cut, minimised (seed 1, #735496): the stack ended on a held line, and the held
  // lines after it reached a reader already closed. Since gocheck's `file.go:N` / `  in Func`
  // pairs are read (holdout-15/cilium-7205), `/.go:4` is held as gocheck's and released when no
  // `in` line follows: no stack at all, every line kept outside any crash.
  const out = await runInput(Buffer.from("/.go:4\n  o:3\ne.t\n  s:5"), 4093);
  assert.deepEqual(checkDocument(out.document), []);
  const input = (out.document as { inputs: { crashes: number; strayLines: number }[] }).inputs[0];
  assert.deepEqual([input?.crashes, input?.strayLines], [0, 4]);
  assert.doesNotMatch(out.terminal, /undefined/);
});
