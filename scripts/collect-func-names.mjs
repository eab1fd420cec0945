// Every distinct function name the crash texts in testdata/ print, with the file of its first
// frame, for the name table test (test/names/table.test.ts). Four sources, merged:
//   1. `panicscope analyze --json --goroutines` on every input (every frame, created-by,
//      ancestor, race access, thread and system stack the parser read);
//   2. the `func` values of every hand-written `*.expect.json`;
//   3. a line-based scan, independent of the parser, of every input and of the README
//      examples: a line `name(args)` / `created by name` followed by a `\tfile.go:N` line;
//   4. the linker's symbols in testdata/names/nm-*.txt (no file).
// Run after `npm run build`:
//   node scripts/collect-func-names.mjs > testdata/names/func-names.tsv
// (or `--documents DIR` to read a scripts/snapshot-documents.mjs folder instead of running it)
// Output: a header line, then `name<TAB>file<TAB>first input it was seen in`, sorted by name.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

function walkFiles(dir, keep, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walkFiles(path, keep, out);
    else if (keep(name)) out.push(path);
  }
  return out;
}

const inputs = walkFiles(
  "testdata",
  (n) => /\.(txt|log|json|gz)$/.test(n) && !n.endsWith(".expect.json"),
);
const expectations = walkFiles("testdata", (n) => n.endsWith(".expect.json"));
const readmes = ["README.md", "testdata/README.md", "testdata/go/README.md"];

/** name → { file, input } of its first sighting (inputs in sorted order, sources 1, 2, 3). */
const seen = new Map();
function add(name, file, input) {
  if (typeof name !== "string" || name === "" || name === "?") return;
  if (!seen.has(name)) seen.set(name, { file: file ?? "", input });
}

function funcsIn(value, input) {
  if (Array.isArray(value)) {
    for (const v of value) funcsIn(v, input);
  } else if (value !== null && typeof value === "object") {
    if (typeof value.func === "string") add(value.func, value.file, input);
    for (const v of Object.values(value)) funcsIn(v, input);
  }
}

function analyze(file) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["dist/src/cli/main.js", "analyze", "--json", "--goroutines", file],
      { maxBuffer: 1 << 30 },
      (_error, stdout) => resolve(stdout),
    );
  });
}

// `--documents DIR`: read the documents from a scripts/snapshot-documents.mjs folder instead.
const snapshot = process.argv[2] === "--documents" ? process.argv[3] : undefined;
const documents = new Array(inputs.length);
let next = 0;
async function worker() {
  while (next < inputs.length) {
    const i = next++;
    const saved = snapshot === undefined ? null : join(snapshot, inputs[i].replaceAll("/", "__"));
    documents[i] =
      saved !== null && existsSync(saved)
        ? readFileSync(saved, "utf8").replace(/^[^{]*/, "")
        : await analyze(inputs[i]);
  }
}
await Promise.all(Array.from({ length: Math.max(1, cpus().length) }, worker));
for (let i = 0; i < inputs.length; i++) {
  try {
    funcsIn(JSON.parse(documents[i]), inputs[i]);
  } catch {
    // not a crash text (exit 1, no document)
  }
}
for (const path of expectations) funcsIn(JSON.parse(readFileSync(path, "utf8")), path);

// A frame's function line, as the runtime prints it (race reports indent it), and the file
// line under it. Only names with a package-like dot or a `type:`/`go:` prefix are taken.
const FUNC_LINE = /^\s*(?:created by )?(.+?)(?: in goroutine \d+)?\s*$/;
const FILE_LINE = /^\s+(\S[^:]*\.(?:go|s|c)):\d+(?:\s|$)/;
function scan(text, input) {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i + 1 < lines.length; i++) {
    const f = FILE_LINE.exec(lines[i + 1]);
    if (f === null) continue;
    const m = FUNC_LINE.exec(lines[i]);
    if (m === null) continue;
    // `name(args)`: the arguments are the last parenthesised group (a receiver is not last).
    let name = m[1];
    if (name.endsWith(")")) name = name.slice(0, name.lastIndexOf("("));
    if (!name.includes(".") || !/^[\w./%*()[\]:-]+$/.test(name)) continue;
    add(name, f[1], input);
  }
}
for (const path of [...inputs, ...readmes]) {
  const bytes = readFileSync(path);
  let text;
  try {
    text = path.endsWith(".gz") ? gunzipSync(bytes).toString("latin1") : bytes.toString("utf8");
  } catch {
    continue;
  }
  if (text.includes("\u0000")) continue;
  scan(text, path);
}

// 4. Symbols `go tool nm` printed (testdata/names/gen.sh): names no traceback prints.
for (const path of walkFiles("testdata/names", (n) => /^nm-.*\.txt$/.test(n))) {
  for (const name of readFileSync(path, "utf8").split("\n")) add(name, "", path);
}

const out = ["# func\tfile\tinput  (node scripts/collect-func-names.mjs)"];
for (const name of [...seen.keys()].sort()) {
  const { file, input } = seen.get(name);
  out.push(`${name}\t${file}\t${input}`);
}
console.log(out.join("\n"));
