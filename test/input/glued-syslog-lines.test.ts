// Syslog lines glued end to end where a copy lost their breaks (src/input/glued-syslog-lines.ts).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { splitGluedSyslogLines } from "../../src/input/glued-syslog-lines.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";

const HOLDOUT_15 = join(import.meta.dirname, "..", "..", "..", "testdata", "real", "holdout-15");
const NOMAD = join(
  HOLDOUT_15,
  "nomad-25820-vim-status-line-journald-lines-glued-no-headline-signal-line-inlined-site-cut.txt",
);

test("a journald line with the same program's lines glued after it: one line each (holdout-15/nomad-25820)", () => {
  const line = readFileSync(NOMAD, "utf8").split("\n")[2] as string;
  assert.deepEqual(splitGluedSyslogLines(line), [
    "May 06 23:56:59 nomad[3795872]: github.com/hashicorp/nomad/client/allocrunner.(*observer).stop(...)",
    "May 06 23:56:59 nomad[3795872]:         github.com/hashicorp/nomad/client/allocrunner/checks_hook.go:73",
    "May 06 23:56:59 nomad[3795872]: github.com/hashicorp/nomad/client/allocrunner.(*checksHook).Update(0xc001262510, 0xc005967c40)",
  ]);
  // A line with its tag once is not split.
  const first = readFileSync(NOMAD, "utf8").split("\n")[1] as string;
  assert.equal(splitGluedSyslogLines(first.slice(0, first.indexOf("]May") + 1)), null);
});

test("the glued lines read as the runtime printed them: the stack's frames and its crash site (holdout-15/nomad-25820)", async () => {
  const analysis = await analyzeFile(NOMAD);
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash;
  assert.equal(crash?.crashing?.id, 1022);
  assert.deepEqual(
    crash?.crashing?.frames.map((f) => [f.func, f.file, f.line]),
    [
      [
        "github.com/hashicorp/nomad/client/allocrunner.(*observer).stop",
        "github.com/hashicorp/nomad/client/allocrunner/checks_hook.go",
        73,
      ],
      ["github.com/hashicorp/nomad/client/allocrunner.(*checksHook).Update", "", 0],
    ],
  );
});

test("a pager's cut line (`>`) with the next line glued to it: the next function line is a frame of its own (holdout-15/kasm-workspaces-680, go1.22)", async () => {
  const analysis = await analyzeFile(
    join(
      HOLDOUT_15,
      "kasm-workspaces-680-journald-pager-truncated-lines-glued-dockerd-runtime-index-throw-runtime-stack-go122-cut.txt",
    ),
  );
  const doc = toDocument(analysis, { goroutines: false }).crashes[0];
  assert.equal(doc?.kind, "fatal");
  assert.equal(doc?.category, "index-out-of-range");
  const stack = analysis.crashes[0]?.crash.systemStacks?.[0] ?? [];
  assert.deepEqual(
    stack.slice(0, 4).map((f) => [f.func, f.file, f.line]),
    [
      ["runtime.throw", "/usr/local/go/src/runtime/panic.go", 1023],
      ["runtime.panicCheck1", "/usr/local/go/src/runtime/panic.go", 58],
      ["runtime.goPanicIndex", "/usr/local/go/src/runtime/panic.go", 113],
      ["runtime.(*moduledata).funcName", "/usr/local/go/src/runtime/symtab.go", 642],
    ],
  );
});
