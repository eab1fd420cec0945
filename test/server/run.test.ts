// `panicscope run -- PROGRAM`: a real Go program (testdata/crashers, built here) dies of a nil
// dereference; run passes its output and exit status through and uploads the crash.

import assert from "node:assert/strict";
import { execFile, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { promisify } from "node:util";
import { listen, type RunningServer } from "../../src/server/listen.js";
import { SqliteStore } from "../../src/store/sqlite.js";

const MAIN = join(import.meta.dirname, "..", "..", "src", "cli", "main.js");
const CRASHERS = join(import.meta.dirname, "..", "..", "..", "testdata", "crashers");
const run = promisify(execFile);

let dir: string;
let crashers: string;
let store: SqliteStore;
let server: RunningServer;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "panicscope-run-"));
  crashers = join(dir, "crashers");
  execFileSync("go", ["build", "-o", crashers, "."], { cwd: CRASHERS, stdio: "ignore" });
  store = new SqliteStore(":memory:");
  server = await listen({ store, token: "t" });
});

after(async () => {
  await server.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test("a crash: exit status 2 passed through, the crash told and uploaded", async () => {
  const result = await run(process.execPath, [
    MAIN,
    "run",
    "--server",
    server.url,
    "--token",
    "t",
    "--release",
    "3.0.0",
    "--",
    crashers,
    "nil-deref",
  ]).catch((error: { code: number; stdout: string; stderr: string }) => error);
  assert.equal((result as { code?: number }).code, 2);
  assert.match(
    result.stderr,
    /^panic: runtime error: invalid memory address or nil pointer dereference$/m,
  );
  assert.match(
    result.stderr,
    /^panicscope: nil-deref \(nil-pointer-dereference\): runtime error: invalid memory address or nil pointer dereference at main\.\(\*Account\)\.Balance .*nilderef\.go:17$/m,
  );
  const issues = await store.listIssues();
  assert.equal(issues.length, 1);
  assert.equal(issues[0]?.rule, "nil-pointer-dereference");
  assert.equal(
    issues[0]?.title,
    "runtime error: invalid memory address or nil pointer dereference in main.(*Account).Balance",
  );
  assert.deepEqual(issues[0]?.releases, ["3.0.0"]);
  assert.equal(issues[0]?.hosts.length, 1);
});

test("no crash: stdin, stdout, stderr and the exit status untouched, nothing uploaded", async () => {
  const child = spawn(
    process.execPath,
    [MAIN, "run", "--server", server.url, "--", "sh", "-c", "cat; echo err >&2; exit 3"],
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
  child.stdin.end("in\n\u00ff\u4e16\n");
  const code = await new Promise((done) => child.on("close", done));
  assert.equal(code, 3);
  assert.equal(Buffer.concat(stdout).toString("utf8"), "in\n\u00ff\u4e16\n");
  assert.equal(Buffer.concat(stderr).toString("utf8"), "err\n");
  assert.equal((await store.listIssues()).length, 1);
});
