#!/usr/bin/env node
// In-process cost of one small crash: analyzeText + toDocument, as the ingest server calls
// them for every upload. Run after `npm run build`; bench/traceback.mjs runs it at its end.
//
//   node bench/analyze-one.mjs [FILE] [--runs N] [--index JS]
//
// FILE defaults to testdata/go/go1.26/nil-deref.single.txt, N to 1000, JS (the library's
// entry) to dist/src/index.js — another build's, e.g. bench/traceback.mjs's snapshot.

import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const runs = Number(option("--runs", "1000"));
const index = path.resolve(option("--index", path.join(root, "dist/src/index.js")));
const file =
  args.find((a, i) => !a.startsWith("--") && !["--runs", "--index"].includes(args[i - 1])) ??
  path.join(root, "testdata/go/go1.26/nil-deref.single.txt");
const { analyzeText, toDocument } = await import(pathToFileURL(index).href);
const text = readFileSync(file, "utf8");
const name = path.relative(root, path.resolve(file));

for (let i = 0; i < 200; i++) toDocument(await analyzeText(text, { name })); // warm up
const times = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  toDocument(await analyzeText(text, { name }));
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(3);
console.log(
  `${name} (${text.length} bytes), ${runs} runs: median ${at(0.5)} ms, p90 ${at(0.9)} ms, p99 ${at(0.99)} ms`,
);
