// The progress bar: only for a terminal and a large input; erased when done.

import assert from "node:assert/strict";
import { test } from "node:test";
import { PROGRESS_MIN_BYTES, ProgressBar } from "../../src/render/progress.js";

test("no bar for a pipe or a small input; a bar redrawn in place on a terminal", () => {
  const written: string[] = [];
  const tty = { isTTY: true, columns: 80, write: (text: string) => written.push(text) };
  assert.equal(ProgressBar.for({ ...tty, isTTY: false }, "x", 1e9), null);
  assert.equal(ProgressBar.for(tty, "x", PROGRESS_MIN_BYTES - 1), null);
  const bar = ProgressBar.for(tty, "dump.txt", 100e6);
  assert.ok(bar !== null);
  bar.update(50e6);
  assert.match(written[0] ?? "", /^\rdump\.txt \[#+-+\] 50% 50\/100 MB/);
  bar.done();
  assert.equal(written.at(-1), "\r\u001b[2K");
});
