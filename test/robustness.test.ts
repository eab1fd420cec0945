// The parser's promises on hostile input: it never throws, and it stays linear in the size
// of its input. Each input here is built to make a backtracking or quadratic scanner stall
// (megabytes of one character class); each must be read in well under a second per MB, or,
// on a machine busy with other work, in a few times what 2 MB of an ordinary log takes there
// and then: a quadratic scan of 2 MB takes hours either way, and the test stays stable.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { analyzeText } from "../src/pipeline/analyze.js";

async function timed(text: string | Buffer): Promise<{ ms: number; crashes: number }> {
  const start = performance.now();
  const result = await analyzeText(text, { name: "hostile" });
  return { ms: performance.now() - start, crashes: result.crashes.length };
}

const MB = 1024 * 1024;
/** Generous: a linear scan of 2 MB takes milliseconds; a quadratic one takes hours. */
const BUDGET_MS = 3000;
/** An ordinary log of 2 MB: timestamped lines of a program at work, no crash in them. */
function ordinaryLog(): string {
  const words = [
    "request",
    "served",
    "user",
    "path",
    "status",
    "latency",
    "cache",
    "miss",
    "retry",
  ];
  const lines: string[] = [];
  for (let i = 0, size = 0; size < 2 * MB; i++) {
    const second = String(i % 60).padStart(2, "0");
    const line = `2026-12-07T10:00:${second}Z INFO handler.go:${i % 400} ${words[i % 9]} id=${i}`;
    lines.push(line);
    size += line.length + 1;
  }
  return `${lines.join("\n")}\n`;
}
let budget: number | undefined;
/** BUDGET_MS, or ten times the best of three readings of the ordinary log when that is more. */
async function budgetMs(): Promise<number> {
  if (budget === undefined) {
    const log = ordinaryLog();
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) best = Math.min(best, (await timed(log)).ms);
    budget = Math.max(BUDGET_MS, 10 * best);
  }
  return budget;
}

const hostile: [string, () => string][] = [
  ["one line of parentheses", () => "(".repeat(2 * MB)],
  ["a call line with a million arguments", () => `main.f(${"0x0, ".repeat(MB / 4)}0x1)\n`],
  ["goroutine headers with endless states", () => `goroutine 1 [${"x, ".repeat(MB / 2)}]:\n`],
  ["panic lines of recovered markers", () => `panic: ${" [recovered]".repeat(MB / 8)}\n`],
  ["file lines of colons", () => `goroutine 1 [running]:\nmain.main()\n\t${":".repeat(2 * MB)}\n`],
  [
    "file lines of spaces and hex",
    () => `goroutine 1 [running]:\nmain.main()\n\t${" +0x".repeat(MB / 2)}\n`,
  ],
  [
    "nested braces in arguments",
    () => `goroutine 1 [running]:\nmain.main(${"{".repeat(MB)})\n\tx.go:1\n`,
  ],
  [
    "JSON log lines nested deep",
    () => `${'{"a":'.repeat(MB / 8)}"goroutine 1 [running]:\\n"${"}".repeat(MB / 8)}\n`,
  ],
  [
    "CRI partial lines forever",
    () => "2026-11-28T15:49:01.123456789Z stderr P goroutine ".repeat(MB / 48),
  ],
  ["markdown link brackets", () => `\t${"[".repeat(MB)}](${"x".repeat(MB)}\n`],
  ["klog-like prefixes", () => `E1128 15:49:01.123456${" ".repeat(2 * MB)}\n`],
  ["syslog-like prefixes", () => `Nov 28 15:49:01 ${"a".repeat(MB)} ${"b".repeat(MB)}\n`],
  ["timestamps without end", () => `2026-11-28T15:49:01.${"1".repeat(2 * MB)}\n`],
  ["a million blank lines inside a crash", () => `panic: x\n${"\n".repeat(2 * MB)}`],
  ["a million goroutine headers without frames", () => "goroutine 1 [running]:\n".repeat(MB / 23)],
  ["race report separators", () => "==================\nWARNING: DATA RACE\n".repeat(MB / 38)],
  [
    "a learnt prefix, then lines of its digits",
    () => `api_1  | 15:58:21 app | panic: x\n${`api_1  | ${"1".repeat(4096)}\n`.repeat(MB / 4096)}`,
  ],
  [
    "a new prefix on every line",
    () =>
      `x1 | panic: x\n`.repeat(MB / 32) + `${"ab".repeat(3)}9 | goroutine 1 [\n`.repeat(MB / 32),
  ],
  [
    "a quoted crash value that never closes, wrapped",
    () => `x="panic: ${"y".repeat(90)}\n${`${"\\n".repeat(50)}\n`.repeat(MB / 100)}`,
  ],
  ["an escaped crash value of escapes", () => `x="goroutine 1 [${'\\"'.repeat(MB)}\n`],
  [
    "go test -json output that never ends its line",
    () => '{"Action":"output","Package":"p","Test":"T","Output":"goroutine "}\n'.repeat(MB / 64),
  ],
  [
    "profile records without frames",
    () => `goroutine profile: total 1\n${"1 @ 0x1\n".repeat(MB / 8)}`,
  ],
];

for (const [name, make] of hostile) {
  test(`linear and safe: ${name}`, async () => {
    const { ms } = await timed(make());
    const limit = await budgetMs();
    assert.ok(ms < limit, `${name}: ${ms.toFixed(0)} ms (budget ${limit.toFixed(0)} ms)`);
  });
}

test("random bytes, invalid UTF-8 and NULs never throw", async () => {
  let seed = 42;
  const bytes = Buffer.alloc(2 * MB);
  for (let i = 0; i < bytes.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const r = seed >> 16;
    // Mostly text that looks like tracebacks, with newlines, tabs and broken UTF-8 mixed in.
    bytes[i] = r % 7 === 0 ? 0x0a : r % 11 === 0 ? 0x09 : r % 13 === 0 ? 0xc3 : 0x20 + (r % 95);
  }
  const { ms } = await timed(bytes);
  const limit = await budgetMs();
  assert.ok(ms < limit, `${ms.toFixed(0)} ms (budget ${limit.toFixed(0)} ms)`);
});

test("a line longer than the line limit is cut, and the crash after it is still read", async () => {
  // A real report (testdata/real/babelweb2-5-type-assertion.txt) after 20 MB of junk.
  const report = readFileSync(
    join(import.meta.dirname, "../../testdata/real/babelweb2-5-type-assertion.txt"),
    "utf8",
  );
  const result = await analyzeText(`${"x".repeat(20 * MB)}\n${report}`, { name: "hostile" });
  assert.equal(result.truncatedLines, 1);
  assert.equal(result.crashes.length, 1);
  assert.equal(result.crashes[0]?.message, "interface conversion: interface {} is nil, not string");
  assert.equal(result.crashes[0]?.crash.crashing?.id, 5);
  assert.equal(result.crashes[0]?.site.frame?.line, 542);
  assert.deepEqual(result.crashes[0]?.crash.span, { startLine: 3, endLine: 11 });
});
