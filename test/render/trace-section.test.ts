// `analyze --trace`: the trace's section and numbers in the HTML report (its drawing is tested in
// chromium: test/browser/report-trace.test.ts), and the flags it needs.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { traceReport } from "../../src/exectrace/report.js";
import { tempDir } from "../temp-dir.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");
const MAIN = join(ROOT, "dist", "src", "cli", "main.js");
const DUMP = join(ROOT, "testdata", "go", "go1.26", "leak-late.all.txt");
const TRACE = join(ROOT, "testdata", "exectrace", "leak-go1.26.trace");

test("analyze --trace --html: the report holds the trace's section and heat map numbers", () => {
  const out = join(tempDir("panicscope-trace-section-"), "r.html");
  const r = spawnSync(
    process.execPath,
    [MAIN, DUMP, "--trace", TRACE, "--window", "1ms", "--html", out],
    {
      encoding: "utf8",
    },
  );
  assert.equal(r.status, 0, r.stderr);
  const html = readFileSync(out, "utf8");
  assert.match(
    html,
    /<section class="trace" id="trace">\n<h2>Scheduling before the crash \(execution trace\)<\/h2>/,
  );
  const json = /<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)?.[1];
  const data = JSON.parse(json ?? "{}") as {
    trace: { windows: number; windowNs: number; procs: { id: number }[] };
  };
  const report = traceReport(TRACE, TRACE, { windowNs: 1e6 });
  assert.ok(!("error" in report));
  assert.equal(data.trace.windowNs, 1e6);
  assert.equal(data.trace.windows, report.heatmap.windows);
  assert.deepEqual(
    data.trace.procs.map((p) => p.id),
    [0, 1],
  );
  assert.match(html, /<h3>Goroutines still blocked at the end: 56<\/h3>/);
});

test("analyze --trace: needs the HTML report; --last without --trace is a mistake", () => {
  const bare = spawnSync(process.execPath, [MAIN, DUMP, "--trace", TRACE], { encoding: "utf8" });
  assert.equal(bare.status, 2);
  assert.equal(
    bare.stderr,
    "panicscope: --trace adds the trace to the HTML report: give --html FILE or --open (or run panicscope trace FILE)\n",
  );
  const last = spawnSync(process.execPath, [MAIN, DUMP, "--last", "1s"], { encoding: "utf8" });
  assert.equal(last.status, 2);
  assert.equal(last.stderr, "panicscope: --last and --window apply to --trace\n");
});
