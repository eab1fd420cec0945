#!/usr/bin/env node
// In-process cost of one small crash: analyzeText + toDocument, as the ingest server calls
// them for every upload. Run after `npm run build`.
//
//   node bench/analyze-one.mjs [FILE] [--runs N]     (default testdata/go/go1.26/nil-deref.single.txt, 1000)

import { readFileSync } from "node:fs";
import { analyzeText, toDocument } from "../dist/src/index.js";

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 1000;
const file =
  args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--runs") ??
  "testdata/go/go1.26/nil-deref.single.txt";
const text = readFileSync(file, "utf8");

for (let i = 0; i < 200; i++) toDocument(await analyzeText(text, { name: file })); // warm up
const times = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  toDocument(await analyzeText(text, { name: file }));
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(3);
console.log(
  `${file} (${text.length} bytes), ${runs} runs: median ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms`,
);
