// The progress bar: only for a terminal and a large input; erased when done.

import assert from "node:assert/strict";
import { test } from "node:test";
import { PROGRESS_MIN_BYTES, ProgressBar, timeLeft } from "../../src/render/progress.js";

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

test("the rate and the time left: of the last five seconds, from the first bytes, after one", () => {
  const written: string[] = [];
  const tty = { isTTY: true, columns: 120, write: (text: string) => written.push(text) };
  let now = 1000;
  const bar = ProgressBar.for(tty, "dump.txt", 100e6, () => now);
  assert.ok(bar !== null);
  const tail = () => (written.at(-1) ?? "").replace(/^[\s\S]*\] /, "");
  // The first bytes come half a second after the start (a big file's lines counted first):
  // the rate is measured from them.
  now = 1500;
  bar.update(2e6);
  assert.equal(tail(), "2% 2/100 MB");
  now = 2000;
  bar.update(10e6); // half a second of reading: too soon to say how long
  assert.equal(tail(), "10% 10/100 MB");
  now = 3000;
  bar.update(40e6); // 38 MB in 1.5 s
  assert.equal(tail(), "40% 40/100 MB 25 MB/s 3 s left");
  now = 3050;
  bar.update(41e6); // within 100 ms of the last drawing: not drawn
  assert.equal(tail(), "40% 40/100 MB 25 MB/s 3 s left");
  // Nine seconds later the rate is measured from the last sample at least five seconds old.
  now = 12_000;
  bar.update(60e6);
  assert.equal(tail(), "60% 60/100 MB 2 MB/s 18 s left");
  now = 13_000;
  bar.update(100e6);
  assert.equal(tail(), "100% 100/100 MB 6 MB/s"); // 60 MB since 3 s: done, no time left
});

test("time left: seconds, then minutes, then hours, rounded up", () => {
  assert.equal(timeLeft(0.2), "1 s left");
  assert.equal(timeLeft(59), "59 s left");
  assert.equal(timeLeft(125), "2 min 05 s left");
  assert.equal(timeLeft(3599.5), "1 h 00 min left");
  assert.equal(timeLeft(3725), "1 h 03 min left");
});
