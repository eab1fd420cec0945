// The `panicscope` command as a user runs it: the compiled entry point in a child process.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";

const MAIN = join(import.meta.dirname, "..", "src", "cli", "main.js");
const REAL = join(import.meta.dirname, "..", "..", "testdata", "real");
const ESC = "\u001b";
const NIL_MAP = join(REAL, "canary-checker-2136-nil-map-truncated-by-reporter.txt");

function run(
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string> } = {},
) {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  if (options.env?.FORCE_COLOR === undefined) delete env.FORCE_COLOR;
  if (options.env?.NO_COLOR === undefined) delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [MAIN, ...args], {
    input: options.input ?? "",
    env,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("analyze --json prints the analysis@1 document", () => {
  const { status, stdout } = run(["analyze", "--json", NIL_MAP]);
  assert.equal(status, 0);
  const document = JSON.parse(stdout);
  assert.equal(document.schema, "panicscope/analysis@1");
  assert.equal(document.crashes.length, 1);
  const [crash] = document.crashes;
  assert.equal(crash.kind, "panic");
  assert.equal(crash.category, "nil-map-write");
  assert.equal(crash.goroutine, 1);
  assert.deepEqual(crash.frame, {
    func: "github.com/flanksource/canary-checker/cmd.run",
    file: "/app/cmd/operator.go",
    line: 106,
  });
  // The reporter cut the paste after a function line: kept, counted, not lost.
  assert.equal(crash.unparsed, 1);
  assert.deepEqual(crash.unparsedLines, [
    { line: 9, text: "github.com/spf13/cobra.(*Command).ExecuteC(0xa9afe40)" },
  ]);
  assert.equal(crash.goroutines, undefined, "goroutines only with --goroutines");
});

test("analyze --json --goroutines includes every goroutine", () => {
  const { status, stdout } = run(["analyze", "--json", "--goroutines", NIL_MAP]);
  assert.equal(status, 0);
  const [crash] = JSON.parse(stdout).crashes;
  assert.equal(crash.goroutines.length, 1);
  assert.equal(crash.goroutines[0].id, 1);
});

test("a bare file name is short for analyze; stdin is read with - and by default", () => {
  const text = readFileSync(NIL_MAP);
  const byName = run([NIL_MAP, "--json"]);
  const byDash = run(["analyze", "--json", "-"], { input: text });
  const byDefault = run(["analyze", "--json"], { input: text });
  for (const result of [byName, byDash, byDefault]) {
    assert.equal(result.status, 0);
    assert.equal(JSON.parse(result.stdout).crashes[0].category, "nil-map-write");
  }
});

test("gzip input is recognised by its magic bytes, whatever the name", () => {
  const dir = mkdtempSync(join(tmpdir(), "panicscope-"));
  const file = join(dir, "crash.log");
  writeFileSync(file, gzipSync(readFileSync(NIL_MAP)));
  const { status, stdout } = run(["analyze", "--json", file]);
  assert.equal(status, 0);
  assert.equal(JSON.parse(stdout).crashes[0].category, "nil-map-write");
});

test("terminal output: the answer first, colour only when asked or on a TTY", () => {
  const plain = run(["analyze", NIL_MAP]);
  assert.equal(plain.status, 0);
  const lines = plain.stdout.split("\n");
  assert.equal(lines[0], "panic: assignment to entry in nil map");
  assert.match(lines[1] ?? "", /^ {2}nil-map-write · goroutine 1 · /);
  assert.match(
    plain.stdout,
    /crash site {2}github\.com\/flanksource\/canary-checker\/cmd\.run {2}\/app\/cmd\/operator\.go:106/,
  );
  assert.match(plain.stdout, /1 line not understood \(--verbose shows them\)/);
  const verbose = run(["analyze", "--verbose", NIL_MAP]);
  assert.match(
    verbose.stdout,
    / {4}9: github\.com\/spf13\/cobra\.\(\*Command\)\.ExecuteC\(0xa9afe40\)/,
  );
  assert.ok(!plain.stdout.includes(ESC), "no escape codes when stdout is not a TTY");
  const forced = run(["analyze", NIL_MAP], { env: { FORCE_COLOR: "1" } });
  assert.ok(forced.stdout.includes(`${ESC}[1m`));
  const vetoed = run(["analyze", NIL_MAP], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } });
  assert.ok(!vetoed.stdout.includes(ESC));
});

test("exit status 1 when nothing is recognised, with a one-line message", () => {
  const { status, stdout, stderr } = run(["analyze", "-"], { input: "hello\nworld\n" });
  assert.equal(status, 1);
  assert.equal(stdout, "");
  assert.equal(stderr, "panicscope: no Go crash or goroutine dump found (2 lines read)\n");
});

test("exit status 2 for usage and I/O errors, with a one-line message", () => {
  const missing = run(["analyze", "/nonexistent/crash.log"]);
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr, "panicscope: cannot read /nonexistent/crash.log: no such file\n");
  const flag = run(["analyze", "--bogus", NIL_MAP]);
  assert.equal(flag.status, 2);
  assert.match(flag.stderr, /^panicscope: Unknown option '--bogus'.*\n$/);
  const directory = run(["analyze", REAL]);
  assert.equal(directory.status, 2);
  assert.equal(directory.stderr, `panicscope: ${REAL} is a directory, not a file\n`);
});

test("several files: every crash, each with its input", () => {
  const other = join(REAL, "babelweb2-5-type-assertion.txt");
  const { status, stdout } = run(["analyze", "--json", NIL_MAP, other]);
  assert.equal(status, 0);
  const document = JSON.parse(stdout);
  assert.deepEqual(
    document.crashes.map((crash: { input: string; category: string }) => [
      crash.input,
      crash.category,
    ]),
    [
      [NIL_MAP, "nil-map-write"],
      [other, "type-assertion"],
    ],
  );
  assert.equal(document.inputs.length, 2);
});
