// The bin runs the CLI from dist/src/cli/bundle.cjs (scripts/bundle.mjs) with V8's code cache
// (issue 16: start-up): it prints what the modules tsc wrote print, byte for byte, loads no ES
// module, keeps the cache it finds valid, and runs the modules when the bundle is not this
// build's. The bundle is made first when it is missing or stale (after `npx tsc -p .` alone).

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { tempDir } from "./temp-dir.js";

const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "dist", "src", "cli");
const BIN = join(ROOT, JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).bin.panicscope);
const GO = join(ROOT, "testdata", "go");

function run(args: string[], env: Record<string, string> = {}, bin = BIN) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

before(() => {
  const made = spawnSync(process.execPath, [join(ROOT, "scripts", "bundle.mjs")], {
    encoding: "utf8",
  });
  assert.equal(made.status, 0, made.stderr);
});

test("the bin is main.cjs and runs the bundle", () => {
  assert.equal(relative(ROOT, BIN), join("dist", "src", "cli", "main.cjs"));
  const header = readFileSync(join(CLI, "bundle.cjs"), "latin1").split("\n", 1)[0] as string;
  assert.match(header, /^\/\/ panicscope-bundle [0-9a-f]{64} \d+(\.\d+)?$/);
  assert.equal(header.split(" ")[3], statSync(join(CLI, "cli.js")).mtimeMs.toString());
});

const RUNS: { name: string; args: string[] }[] = [
  { name: "a small crash", args: [join(GO, "go1.26", "nil-deref.single.txt")] },
  { name: "--json", args: ["--json", join(GO, "go1.26", "nil-deref.single.txt")] },
  { name: "--lang zh", args: ["--lang", "zh", join(GO, "go1.26", "nil-deref.single.txt")] },
  { name: "a dump", args: [join(GO, "go1.26", "leak-late.all.txt")] },
  { name: "a race", args: ["--json", join(GO, "go1.26", "races.single.txt")] },
  { name: "explain", args: ["explain", "nil-map-write"] },
  { name: "help", args: ["help", "analyze"] },
  { name: "a usage error", args: ["--similarity", "nope", "x.txt"] },
  { name: "a missing file", args: [join(GO, "no-such-file.txt")] },
];

for (const { name, args } of RUNS) {
  test(`bundle and modules print the same: ${name}`, () => {
    const bundle = run(args);
    const modules = run(args, { PANICSCOPE_NO_BUNDLE: "1" });
    assert.equal(bundle.stdout, modules.stdout);
    assert.equal(bundle.stderr, modules.stderr);
    assert.equal(bundle.status, modules.status);
    assert.ok(bundle.stdout.length + bundle.stderr.length > 0);
  });
}

test("no ES module is loaded on the bundle's path", () => {
  const out = join(tempDir("panicscope-bundle-"), "modules.txt");
  const hook = `data:text/javascript,${encodeURIComponent(
    'import{appendFileSync}from"node:fs";export async function load(url,context,next){const r=await next(url,context);appendFileSync(process.env.PANICSCOPE_TEST_MODULES,url+"\\n");return r}',
  )}`;
  const register = `data:text/javascript,${encodeURIComponent(
    `import{register}from"node:module";register(${JSON.stringify(hook)});`,
  )}`;
  const result = spawnSync(
    process.execPath,
    ["--import", register, BIN, join(GO, "go1.26", "nil-deref.single.txt")],
    { encoding: "utf8", env: { ...process.env, PANICSCOPE_TEST_MODULES: out } },
  );
  assert.equal(result.status, 0);
  assert.match(result.stdout, /^panic: runtime error: invalid memory address/);
  const files = readFileSync(out, "utf8")
    .split("\n")
    .filter((url) => url.startsWith("file:"))
    .map((url) => relative(ROOT, fileURLToPath(url)));
  // With a hook, Node loads the main file through the hook too; nothing else.
  assert.deepEqual(files, [join("dist", "src", "cli", "main.cjs")]);
});

test("a valid cache is kept", () => {
  const cache = join(CLI, "bundle.cjs.cache");
  const crash = join(GO, "go1.26", "nil-deref.single.txt");
  run([crash]);
  const kept = statSync(cache).mtimeMs;
  assert.equal(run([crash]).status, 0);
  assert.equal(statSync(cache).mtimeMs, kept, "the cache was rejected and written again");
});

/** The bin and the bundle copied elsewhere, cli.js with its mtime (GNU cp -p: to the ns). */
function copyOfBundle(): string {
  const dir = tempDir("panicscope-bundle-");
  const names = ["main.cjs", "bundle.cjs", "cli.js"].map((name) => join(CLI, name));
  const copied = spawnSync("cp", ["-p", ...names, dir], { encoding: "utf8" });
  assert.equal(copied.status, 0, copied.stderr);
  return dir;
}

test("a cache made for another bundle is made anew", () => {
  const dir = copyOfBundle();
  const hash = (readFileSync(join(dir, "bundle.cjs"), "latin1").split("\n", 1)[0] as string).split(
    " ",
  )[2] as string;
  writeFileSync(join(dir, "bundle.cjs.cache"), "0".repeat(64));
  const crash = join(GO, "go1.26", "nil-deref.single.txt");
  const result = run([crash], {}, join(dir, "main.cjs"));
  assert.equal(result.stdout, run([crash]).stdout);
  assert.equal(readFileSync(join(dir, "bundle.cjs.cache")).toString("latin1", 0, 64), hash);
  assert.ok(statSync(join(dir, "bundle.cjs.cache")).size > 100_000);
});

test("a bundle made from another build is not run: the modules are", () => {
  const dir = copyOfBundle();
  // Another build: cli.js written after the bundle was made.
  writeFileSync(join(dir, "cli.js"), 'process.stdout.write("the modules ran\\n");\n');
  const result = run([join(GO, "go1.26", "nil-deref.single.txt")], {}, join(dir, "main.cjs"));
  assert.equal(result.stdout, "the modules ran\n");
  assert.equal(result.status, 0);
});
