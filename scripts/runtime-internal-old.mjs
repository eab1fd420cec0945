// Regenerates src/diagnose/rules/runtime-internal-old.data.ts: the throw texts of the runtime and package sync of Go releases before go1.17 that neither a curated
// rule nor runtime-internal.data.ts (go1.17+, from runtime-messages.json) knows, each with the
// area its source file belongs to and the releases whose sources hold it. The trees are read as
// given; the package never reads them at run time.
//
//   npm run build
//   node scripts/runtime-internal-old.mjs go1.2=/path/go1.2/src go1.3=… go1.16=… go1.27=…
//
// Give the newest release last: a text its tree still holds gets no `until`.
// A tree is a GOROOT/src: src/pkg/runtime (go1.2, go1.3) or src/runtime, and sync. Texts are
// the string literals of runtime·throw / gothrow / throw / fatal calls.

import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { CATALOGUE } from "../dist/src/diagnose/catalogue.js";
import {
  INTERNAL_MESSAGES,
  INTERNAL_PATTERNS,
} from "../dist/src/diagnose/rules/runtime-internal.data.js";

const root = join(import.meta.dirname, "..");
const out = join(root, "src", "diagnose", "rules", "runtime-internal-old.data.ts");

const trees = process.argv.slice(2).map((arg) => {
  const [release, path] = arg.split("=");
  if (!/^go1\.\d+$/.test(release ?? "") || path === undefined || !existsSync(path))
    throw new Error(`bad tree argument ${arg} (want go1.N=/path/to/src)`);
  return { release, minor: Number(release.slice(4)), path };
});
trees.sort((a, b) => a.minor - b.minor);

/** Source file (basename, without extension) → area; first match wins. */
const AREAS = [
  [/^(?:hashmap|map)/, "maps"],
  [/^(?:stack|traceback|symtab|stkframe|funcdata|pcvalue)/, "stack"],
  [
    /^(?:malloc|mgc|mheap|mbitmap|mcentral|mcache|mspan|msize|mfinal|mfixalloc|mem_|mem$|mprof|mbarrier|mwbbuf|heapdump|parfor|lfstack|mstats|msan|race|type$|typekind)/,
    "gc-heap",
  ],
  [/^(?:proc|sema|lock_|time|netpoll|trace|chan|select|preempt|runtime2|asm)/, "scheduler"],
  [
    /^(?:os_|os1_|os2_|os3_|signal|sigqueue|sys_|syscall|cgo|env|vdso|defs|panic|defer|cpuprof|rdebug|debug|thunk|callback)/,
    "os",
  ],
];

function areaOf(file, dir) {
  if (dir.endsWith("sync")) return "sync";
  const base = file.replace(/\.[a-z]+$/, "");
  for (const [re, area] of AREAS) if (re.test(base)) return area;
  return "misc";
}

const CALLS = [
  // [regex, headline]: throws only — the runtime's plain-string panics of old releases are
  // messages about the program (curated rules, or custom-panic), not invariant failures.
  [/(?:runtime·throw|\bgothrow|\bthrow|\bfatal)\("((?:[^"\\\n]|\\.)*)"\)/g, "fatal"],
];

/** text key → { text, headline, releases:Set, source } */
const found = new Map();
for (const tree of trees) {
  const dirs = ["pkg/runtime", "runtime", "pkg/sync", "sync"].map((d) => join(tree.path, d));
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      const path = join(dir, file);
      if (!statSync(path).isFile() || /_test\.go$/.test(file)) continue;
      if (!/\.(?:go|c|goc|h)$/.test(file)) continue;
      const source = readFileSync(path, "utf8");
      // generators and tests built separately (mksizeclasses.go, mallocrep1.go): not the runtime
      if (/^\/\/ ?(?:\+build|go:build) ignore/m.test(source) || /^package main$/m.test(source))
        continue;
      for (const [re, headline] of CALLS) {
        for (const m of source.matchAll(re)) {
          const text = JSON.parse(`"${m[1]}"`);
          if (text.length < 4 || /%|\n/.test(text)) continue;
          const key = `${headline} ${text}`;
          let row = found.get(key);
          if (row === undefined) {
            row = { text, headline, releases: new Set(), source: "", area: "" };
            found.set(key, row);
          }
          row.releases.add(tree.minor);
          // the newest release's file names the place
          row.source = `${tree.release} src/${relative(tree.path, path)}`;
          row.area = areaOf(file, dir);
        }
      }
    }
  }
}

const curated = CATALOGUE.filter((r) => r.pattern !== undefined && !r.id.endsWith("-unknown"));
const known = new Set(INTERNAL_MESSAGES.map((r) => `${r[2]} ${r[0]}`));
const rows = [];
for (const row of found.values()) {
  const key = `${row.headline} ${row.text}`;
  if (known.has(key)) continue;
  if (INTERNAL_PATTERNS.some((p) => p[2] === row.headline && p[0].test(row.text))) continue;
  if (curated.some((r) => r.headline === row.headline && r.pattern.test(row.text))) continue;
  const minors = [...row.releases].sort((a, b) => a - b);
  const last = minors.at(-1);
  rows.push({
    ...row,
    since: `go1.${minors[0]}`,
    // still in the newest tree read: current as far as these sources tell
    until: last === trees.at(-1).minor ? null : `go1.${last}`,
  });
}
rows.sort((a, b) =>
  a.text < b.text ? -1 : a.text > b.text ? 1 : a.headline < b.headline ? -1 : 1,
);

const lines = [
  "// Generated by scripts/runtime-internal-old.mjs from the Go sources of releases before go1.17:",
  "// do not edit. Throw texts (and plain-string panics) of the runtime and package sync that those",
  "// releases printed and that neither a curated rule nor runtime-internal.data.ts (go1.17+) knows,",
  "// each with its area, headline, the first and last release whose sources hold it (of the trees",
  `// read: ${trees.map((t) => t.release).join(", ")}) and where the newest of them raises it.`,
  "",
  'import type { InternalMessage } from "./runtime-internal.js";',
  "",
  "export const OLD_INTERNAL_MESSAGES: InternalMessage[] = [",
  ...rows.map(
    (r) =>
      `  [${JSON.stringify(r.text)}, ${JSON.stringify(r.area)}, ${JSON.stringify(r.headline)}, ${JSON.stringify(r.since)}, ${JSON.stringify(r.until)}, ${JSON.stringify(r.source)}],`,
  ),
  "];",
  "",
];
writeFileSync(out, lines.join("\n"));
console.error(`wrote ${rows.length} texts to ${out}`);
