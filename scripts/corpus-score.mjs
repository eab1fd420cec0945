#!/usr/bin/env node
// How well panicscope reads a corpus of real reports against their hand-read expectations
// (testdata/README.md): per report, was a crash found, is the category right, are the crashing
// goroutine and the crash site right. A report where nothing was found is a miss on all three.
//
//   npm run build && node scripts/corpus-score.mjs testdata/real/prefixed [more dirs or files…]
//   --list   print every report that misses, with what was expected and what was read
//   --json   the figures as JSON
//
// Reads the compiled library (dist/), so it scores what the working tree last built.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { toDocument } from "../dist/src/document/to-document.js";
import { analyzeFile } from "../dist/src/pipeline/analyze.js";

const args = process.argv.slice(2);
const list = args.includes("--list");
const asJson = args.includes("--json");
const roots = args.filter((a) => !a.startsWith("--"));
if (roots.length === 0) {
  console.error("usage: corpus-score.mjs DIR|FILE.expect.json… [--list] [--json]");
  process.exit(2);
}

function expectations(path, out) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) expectations(join(path, name), out);
  } else if (path.endsWith(".expect.json")) out.push(path);
  return out;
}

function inputFor(expectPath) {
  const base = expectPath.slice(0, -".expect.json".length);
  return [`${base}.txt`, `${base}.txt.gz`, `${base}.log`, base].find(
    (c) => existsSync(c) && statSync(c).isFile(),
  );
}

const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const site = (f) => (f ? `${f.func} ${f.file}:${f.line}` : "null");

const files = roots.flatMap((r) => expectations(r, []));
const tally = { reports: 0, found: 0, category: 0, site: 0 };
const misses = [];
for (const expectPath of files) {
  const want = JSON.parse(readFileSync(expectPath, "utf8")).crashes;
  if (want.length === 0) continue; // a report with no crash in it says nothing about finding one
  tally.reports++;
  const doc = toDocument(await analyzeFile(inputFor(expectPath)), { goroutines: false });
  const got = doc.crashes;
  const found = got.length > 0;
  const category = found && want.every((w, i) => got[i] && same(got[i].category, w.category));
  const where =
    found &&
    want.every(
      (w, i) =>
        got[i] &&
        (!("goroutine" in w) || same(got[i].goroutine, w.goroutine)) &&
        (!("frame" in w) || same(got[i].frame, w.frame)),
    );
  if (found) tally.found++;
  if (category) tally.category++;
  if (where) tally.site++;
  if (!(found && category && where)) {
    misses.push({
      report: expectPath.slice(0, -".expect.json".length),
      want: want.map((w) => `${w.kind}/${w.category} g${w.goroutine} ${site(w.frame)}`),
      got: got.map((g) => `${g.kind}/${g.category} g${g.goroutine} ${site(g.frame)}`),
      missed: [!found && "found", !category && "category", !where && "site"].filter(Boolean),
    });
  }
}

const pct = (n) => (tally.reports ? ((100 * n) / tally.reports).toFixed(1) : "0.0");
if (asJson) {
  console.log(JSON.stringify({ ...tally, misses }, null, 2));
} else {
  console.log(
    `${tally.reports} reports: crash found ${tally.found} (${pct(tally.found)} %), ` +
      `category right ${tally.category} (${pct(tally.category)} %), ` +
      `goroutine and site right ${tally.site} (${pct(tally.site)} %)`,
  );
  if (list)
    for (const m of misses) {
      console.log(`\n${m.report}  [missed: ${m.missed.join(", ")}]`);
      console.log(`  expected: ${m.want.join(" | ")}`);
      console.log(`  read:     ${m.got.join(" | ") || "(nothing)"}`);
    }
}
