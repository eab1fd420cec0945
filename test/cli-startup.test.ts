// What `panicscope crash.txt` loads for one small crash: the analysis and the terminal's
// renderer, never the parts other runs need (issue 16: a small crash within 40 ms of
// `node -e 0`; bench/startup.mjs measures it). Every module the run loads is recorded by a
// module hook (node:module register) in the child process, which runs the modules as tsc
// wrote them (PANICSCOPE_NO_BUNDLE): the bundle runs a module's code only where the module
// would be loaded, and test/cli-bundle.test.ts checks that it is the same code.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { tempDir } from "./temp-dir.js";

const SRC = join(import.meta.dirname, "..", "src");
const MAIN = join(SRC, "cli", "main.js");
const CRASH = join(
  import.meta.dirname,
  "..",
  "..",
  "testdata",
  "go",
  "go1.26",
  "nil-deref.single.txt",
);

const HOOK = `data:text/javascript,${encodeURIComponent(
  'import{appendFileSync}from"node:fs";export async function load(url,context,next){const r=await next(url,context);appendFileSync(process.env.PANICSCOPE_TEST_MODULES,url+"\\n");return r}',
)}`;
const REGISTER = `data:text/javascript,${encodeURIComponent(
  `import{register}from"node:module";register(${JSON.stringify(HOOK)});`,
)}`;

/** The modules a run loaded: panicscope's relative to dist/src, the rest as their URLs. */
function modulesLoaded(args: string[]): {
  status: number | null;
  stdout: string;
  modules: string[];
  builtins: string[];
} {
  const out = join(tempDir("panicscope-startup-"), "modules.txt");
  const env: Record<string, string | undefined> = {
    ...process.env,
    PANICSCOPE_TEST_MODULES: out,
    PANICSCOPE_NO_BUNDLE: "1",
  };
  delete env.LC_ALL;
  delete env.LC_MESSAGES;
  delete env.LANG;
  const result = spawnSync(process.execPath, ["--import", REGISTER, MAIN, ...args], {
    encoding: "utf8",
    env,
  });
  const urls = readFileSync(out, "utf8")
    .split("\n")
    .filter((url) => url !== "" && !url.startsWith("data:"));
  const modules = urls
    .filter((url) => !url.startsWith("node:"))
    .map((url) => (url.startsWith("file:") ? relative(SRC, fileURLToPath(url)) : url));
  const builtins = urls.filter((url) => url.startsWith("node:")).sort();
  return { status: result.status, stdout: result.stdout, modules, builtins };
}

const folders = (modules: string[]) =>
  [...new Set(modules.map((m) => m.split("/")[0] ?? m))].sort();

test("a small crash loads the analysis and the terminal renderer, nothing else", () => {
  const { status, stdout, modules, builtins } = modulesLoaded([CRASH]);
  assert.equal(status, 0);
  assert.match(stdout, /^panic: runtime error: invalid memory address or nil pointer dereference/);
  assert.deepEqual(folders(modules), [
    "binary",
    "block-shape.js",
    "cli",
    "count.js",
    "diagnose",
    "document",
    "goroutine-fold.js",
    "goversion",
    "group",
    "i18n",
    "input",
    "names",
    "pipeline",
    "render",
    "source",
    "traceback",
  ]);
  // Of binary/ only the quoting of control characters; nothing of the HTML report, no other
  // language, no package from node_modules.
  assert.deepEqual(
    modules.filter(
      (m) =>
        m.startsWith("binary/") ||
        m.startsWith("render/html/") ||
        m.startsWith("i18n/zh/") ||
        m.includes("node_modules"),
    ),
    ["binary/printable.js"],
  );
  // Neither zlib (gzip input), worker_threads (big files), child_process (go env, a browser),
  // os, crypto (the fingerprint hashes with group/sha256.ts) nor fs/promises (its streams and
  // readline): each costs milliseconds to load. (node:module is loaded by the hook itself, so
  // the hook does not see go-env.ts load it.)
  assert.deepEqual(builtins, ["node:buffer", "node:fs", "node:path", "node:util"]);
});

test("--json loads no terminal renderer; --lang zh loads Chinese", () => {
  const json = modulesLoaded(["--json", CRASH]);
  assert.equal(json.status, 0);
  assert.equal(JSON.parse(json.stdout).crashes.length, 1);
  assert.equal(json.modules.includes("render/terminal.js"), false);
  assert.equal(json.modules.includes("render/json.js"), true);
  const zh = modulesLoaded(["--lang", "zh", CRASH]);
  assert.equal(zh.status, 0);
  assert.equal(zh.modules.includes("i18n/zh/index.js"), true);
  assert.match(zh.stdout, /崩溃位置|空指针/);
});
