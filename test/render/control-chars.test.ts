// Crash text is shown, never obeyed: a panic value holding an ESC colour sequence, a carriage
// return and a bell (testdata/go/go1.26/panic-control-chars.single.txt, printed by the
// crashers program of testdata/crashers/controlchars.go) reaches the terminal escaped as Go
// quotes them, while the document keeps the value as the runtime printed it.

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";
import { palette } from "../../src/render/color.js";
import { printableDeep } from "../../src/render/printable-document.js";
import { renderDocument } from "../../src/render/terminal.js";

const FILE = join(
  import.meta.dirname,
  "..",
  "..",
  "..",
  "testdata",
  "go",
  "go1.26",
  "panic-control-chars.single.txt",
);
const VALUE = "job failed: \x1b[31mERROR\x1b[0m disk full\r\x07retrying";
const SHOWN = "job failed: \\x1b[31mERROR\\x1b[0m disk full\\r\\aretrying";

test("the terminal escapes the control characters of a panic value", async () => {
  const document = toDocument(await analyzeFile(FILE));
  assert.equal(document.crashes[0]?.message, VALUE);
  const text = renderDocument(document, { verbose: false, palette: palette(false) });
  assert.equal(
    text.replace(/ · \S*panic-control-chars\.single\.txt:/, " · FILE:"),
    [
      `panic: ${SHOWN}`,
      "  custom-panic · goroutine 1 · FILE:1-7",
      "",
      "  crash site  main.panicControlChars  /tmp/panicscope-lab/crashers/controlchars.go:12",
      "",
      "  Panic with the program's own value (custom-panic)",
      `  The program's own code panicked with «${SHOWN}» at controlchars.go:12 in main.panicControlChars.`,
      "  fix  Read the value and the `panic` call at the crash site: return the error to the caller instead of panicking where the situation can happen in production, and keep panics for programming errors.",
      "  panicscope explain custom-panic: how the runtime gets there, usual causes, how to confirm",
      "",
      "  goroutine 1 [running]",
      "  → main.panicControlChars()",
      "        /tmp/panicscope-lab/crashers/controlchars.go:12",
      "    main.main()",
      "        /tmp/panicscope-lab/crashers/main.go:47",
      "",
      "",
    ].join("\n"),
  );
  // In colour, the only escape sequences are the renderer's own.
  const coloured = renderDocument(document, { verbose: false, palette: palette(true) });
  assert.ok(coloured.includes(SHOWN));
  assert.ok(!coloured.includes("\r") && !coloured.includes("\x07"));
  assert.ok(!coloured.includes("\x1b[31mERROR"));
});

test("printableDeep escapes every string and keeps what needs nothing", () => {
  const clean = { a: ["x", { b: "y" }], n: 1 };
  assert.equal(printableDeep(clean), clean);
  const dirty = { a: ["x", { b: "\x1b]0;title\x07" }], c: clean };
  const shown = printableDeep(dirty);
  assert.deepEqual(shown, { a: ["x", { b: "\\x1b]0;title\\a" }], c: clean });
  assert.equal(shown.c, clean);
  assert.equal(dirty.a[1] && (dirty.a[1] as { b: string }).b, "\x1b]0;title\x07");
  // Keys are text too (goroutine counts by wait reason).
  assert.deepEqual(printableDeep({ states: { "\u0000": 1, running: 2 } }), {
    states: { "\\x00": 1, running: 2 },
  });
});
