#!/usr/bin/env node
// The `panicscope` command (package.json's bin). Start-up is most of a small crash's time
// (issue 16), so the CLI runs from `bundle.cjs` — every module of cli.ts in one CommonJS
// function, made by scripts/bundle.mjs — compiled with V8's code cache: Node 20 has no compile
// cache for ES modules, and its ES module loader costs ≈ 0.5 ms a module (bench/README.md,
// start-up). This file is CommonJS and all in one for the same reason: an ES module would
// start the ES module loader, which loads fs/promises, streams and readline. When the bundle
// is missing or not made from this build, the modules tsc wrote run instead: the same code.

import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { Script } from "node:vm";

/** The bundle's first line; then its SHA-256 and cli.js's stamp (scripts/bundle.mjs). */
const HEADER = "// panicscope-bundle ";
const HASH_LENGTH = 64; // hex, also the cache file's first bytes

function runBundle(): boolean {
  if (process.env.PANICSCOPE_NO_BUNDLE) return false;
  const file = `${__dirname}/bundle.cjs`;
  let source: string;
  try {
    source = readFileSync(file, "latin1"); // ASCII only (scripts/bundle.mjs)
  } catch {
    return false;
  }
  const [hash = "", stamp] = source.slice(HEADER.length, source.indexOf("\n")).split(" ");
  // tsc rewrites every file it emits: another mtime of cli.js is another build.
  const built = statSync(`${__dirname}/cli.js`, { throwIfNoEntry: false })?.mtimeMs.toString();
  if (!source.startsWith(HEADER) || hash.length !== HASH_LENGTH || stamp !== built) return false;

  const cacheFile = `${file}.cache`;
  let cachedData: Buffer | undefined;
  try {
    const cache = readFileSync(cacheFile);
    if (cache.toString("latin1", 0, HASH_LENGTH) === hash) cachedData = cache.subarray(HASH_LENGTH);
  } catch {
    // No cache yet: this run makes it.
  }
  // The file is one function expression (the module wrapper), compiled as it is: no copy.
  const script = new Script(source, { filename: file, ...(cachedData && { cachedData }) });
  if (cachedData === undefined || script.cachedDataRejected === true) {
    // Made at exit, so that it also holds the functions this run compiled.
    process.once("exit", () => writeCache(script, cacheFile, hash));
  }
  const module = { exports: {} };
  // This file's require resolves as the bundle's would: they are in the same directory.
  script.runInThisContext()(module.exports, require, module, file, __dirname);
  return true;
}

function writeCache(script: Script, cacheFile: string, hash: string): void {
  // Concurrent runs each rename a whole file into place; a read-only installation runs on
  // without a cache.
  try {
    const temp = `${cacheFile}.${process.pid}`;
    writeFileSync(temp, Buffer.concat([Buffer.from(hash, "latin1"), script.createCachedData()]));
    renameSync(temp, cacheFile);
  } catch {
    // Not writable: the next run compiles again.
  }
}

if (!runBundle()) void import("./cli.js");
