#!/usr/bin/env node
// Bundles the CLI that tsc wrote (dist/src/cli/cli.js and every module it may import) into one
// CommonJS file, dist/src/cli/bundle.cjs, which main.cjs runs with V8's code cache (issue 16:
// start-up). Then runs it once on a small crash so that the cache is made at build time.
//
//   node scripts/bundle.mjs [--force]   after `npx tsc -p .` (npm run build and npm test run it)
//
// A bundle made from the same build (cli.js's mtime in its first line) is kept, unless --force.
//
// Packages stay outside (required from node_modules when used); so do the worker threads'
// files, which run as the ES modules tsc wrote: each module's `import.meta.url` becomes its
// own file's URL under dist/src, not the bundle's.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cliDir = path.join(root, "dist", "src", "cli");
const entry = path.join(cliDir, "cli.js");
const out = path.join(cliDir, "bundle.cjs");
const TRAINING_CRASH = path.join(root, "testdata", "go", "go1.26", "nil-deref.single.txt");

// What src/cli/main.cts checks: the header, then the bundle's hash and cli.js's mtime.
const HEADER = "// panicscope-bundle ";
// The module wrapper Node would put around a CommonJS file, in the file itself (main.cts
// compiles the file as it is), and import.meta.url of a module under dist/src (below).
const PROLOGUE = `(function (exports, require, module, __filename, __dirname) {"use strict";
const __importMetaUrl = (file) => require("node:url").pathToFileURL(require("node:path").join(__dirname, file)).href;
`;

/** `import.meta.url` of a module under dist/src, as an expression valid inside the bundle. */
const importMetaUrl = {
  name: "import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, (args) => {
      const contents = readFileSync(args.path, "utf8");
      if (!contents.includes("import.meta.url")) return undefined;
      const relative = path.relative(cliDir, args.path).split(path.sep).join("/");
      const url = `__importMetaUrl(${JSON.stringify(relative)})`;
      return { contents: contents.replaceAll("import.meta.url", url), loader: "js" };
    });
  },
};

if (!existsSync(entry)) {
  console.error("bundle: no dist/src/cli/cli.js: run `npx tsc -p .` first");
  process.exit(1);
}
const stamp = statSync(entry).mtimeMs.toString();
if (!process.argv.includes("--force") && existsSync(`${out}.cache`)) {
  const fd = openSync(out, "r");
  const first = Buffer.alloc(200);
  const n = readSync(fd, first, 0, first.length, 0);
  closeSync(fd);
  const line = first.toString("latin1", 0, n).split("\n")[0] ?? "";
  if (line.startsWith(HEADER) && line.endsWith(` ${stamp}`)) {
    console.error(`bundle: ${path.relative(root, out)} is this build's`);
    process.exit(0);
  }
}
const result = await build({
  entryPoints: [entry],
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  packages: "external",
  // import() of a package or a builtin becomes require(): a vm.Script has no module loader.
  supported: { "dynamic-import": false },
  plugins: [importMetaUrl],
  write: false,
  // Without comments: a smaller file to read.
  minifyWhitespace: true,
  logLevel: "warning",
});
// Any other import.meta (esbuild warns that it would be empty) must be handled above first.
if (result.warnings.length > 0) {
  console.error("bundle: warnings are errors here");
  process.exit(1);
}
// ASCII only: main.cjs reads it as latin1, V8 keeps it one byte a character, faster to read
// than UTF-8. esbuild escapes strings but leaves regular expressions' characters: \uXXXX means
// the same there (a surrogate pair each half, as a pattern without the u flag sees it anyway).
const code = `${PROLOGUE}${result.outputFiles[0].text}\n})`.replace(
  /[^\0-\x7f]/g,
  (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
);
const hash = createHash("sha256").update(code).digest("hex");
const temp = `${out}.${process.pid}`;
writeFileSync(temp, `${HEADER}${hash} ${stamp}\n${code}`);
renameSync(temp, out);
rmSync(`${out}.cache`, { force: true });

// The first run writes the cache at its exit: with the functions a small crash compiles.
if (existsSync(TRAINING_CRASH)) {
  const run = spawnSync(process.execPath, [path.join(cliDir, "main.cjs"), TRAINING_CRASH], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (run.status !== 0 || !existsSync(`${out}.cache`)) {
    console.error(`bundle: the training run failed (exit ${run.status}) or made no cache`);
    process.exit(1);
  }
}
console.error(
  `bundle: ${path.relative(root, out)} (${code.length} bytes, sha256 ${hash.slice(0, 12)})`,
);
