// Runs every compiled test file with the Node test runner.
// Node 20 neither expands globs nor finds .js files under a directory given to --test
// reliably, so the file list is built here and passed explicitly.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
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
const args = ["--test", ...process.argv.slice(2), ...files];
const result = spawnSync(process.execPath, args, { stdio: "inherit" });
process.exit(result.status ?? 1);
