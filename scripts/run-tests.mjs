// Runs every compiled test file with the Node test runner.
// Node 20 neither expands globs nor finds .js files under a directory given to --test
// reliably, so the file list is built here and passed explicitly.
// The tests get a temporary directory of their own: whatever panicscope-* folder or file they
// leave in it is named and fails the run (test/temp-dir.ts is how a test makes one).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function find(dir, out) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) find(path, out);
    else if (name.endsWith(".test.js")) out.push(path);
  }
  return out;
}

const files = find("dist/test", []).sort();
if (files.length === 0) {
  console.error("run-tests: no compiled test files under dist/test");
  process.exit(1);
}
const temp = mkdtempSync(join(tmpdir(), "run-tests-"));
const args = ["--test", ...process.argv.slice(2), ...files];
const result = spawnSync(process.execPath, args, {
  stdio: "inherit",
  env: { ...process.env, TMPDIR: temp },
});
const left = readdirSync(temp).filter((name) => name.startsWith("panicscope-"));
rmSync(temp, { recursive: true, force: true });
if (left.length > 0) {
  console.error(`run-tests: the tests left in the temporary directory: ${left.join(", ")}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
