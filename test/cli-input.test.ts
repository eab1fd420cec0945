// Getting the text in: the forms a new user tries first (a bare pipe, `help COMMAND`, a wrong
// flag, --open with no browser, a category given to explain) as the compiled command runs them.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { commands } from "../src/cli/commands.js";

const MAIN = join(import.meta.dirname, "..", "src", "cli", "main.js");
const GO126 = join(import.meta.dirname, "..", "..", "testdata", "go", "go1.26");
const NIL_MAP = join(GO126, "nil-map-write.single.txt");

function run(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [MAIN, ...args], {
    input: options.input ?? "",
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("`go run . 2>&1 | panicscope`: no argument and a pipe on stdin analyses it", () => {
  const { status, stdout, stderr } = run([], { input: readFileSync(NIL_MAP, "utf8") });
  assert.equal(stderr, "");
  assert.equal(status, 0);
  assert.match(stdout, /^panic: assignment to entry in nil map\n {2}nil-map-write · goroutine 1 /);
});

test("`panicscope help analyze` prints analyze's help; `help` alone lists the commands", () => {
  const one = run(["help", "analyze"]);
  assert.equal(one.status, 0);
  assert.equal(one.stdout, run(["analyze", "--help"]).stdout);
  assert.match(one.stdout, /^usage: panicscope analyze \[flags\] \[FILE\.\.\.\|URL\.\.\.\|-\]\n/);
  const all = run(["help"]);
  assert.equal(all.status, 0);
  assert.match(all.stdout, /^usage: panicscope <command>/);
  const wrong = run(["help", "analyse"]);
  assert.equal(wrong.status, 2);
  assert.equal(wrong.stderr, "panicscope: help: no command analyse (panicscope help lists them)\n");
});

test("unknown flags get panicscope's own one-line error, not Node's option parser text", () => {
  const cases: [string[], string][] = [
    [
      ["-V"],
      "panicscope: unknown flag -V; --version prints the version (see panicscope analyze --help)\n",
    ],
    [
      ["analyze", "--bogus", NIL_MAP],
      "panicscope: unknown flag --bogus (see panicscope analyze --help)\n",
    ],
    [["analyze", "--html"], "panicscope: --html needs a value (see panicscope analyze --help)\n"],
    [
      ["--json=yes", NIL_MAP],
      "panicscope: --json takes no value (see panicscope analyze --help)\n",
    ],
    [
      ["rules", "extra"],
      "panicscope: unexpected argument extra: this command takes no FILE (see panicscope rules --help)\n",
    ],
    [["trace", "--nope"], "panicscope: unknown flag --nope (see panicscope trace --help)\n"],
  ];
  for (const [args, stderr] of cases) {
    const result = run(args);
    assert.equal(result.stderr, stderr, args.join(" "));
    assert.equal(result.status, 2, args.join(" "));
  }
});

test("every command's --help has the same parts: usage, flags, exit status", () => {
  for (const name of Object.keys(commands)) {
    const { status, stdout } = run([name, "--help"]);
    assert.equal(status, 0, name);
    assert.ok(stdout.startsWith(`usage: panicscope ${name} `), name);
    const flags = stdout.indexOf("\nflags:\n");
    const exit = stdout.indexOf("\nexit status: ");
    assert.ok(flags > 0, `${name}: flags`);
    assert.ok(exit > flags, `${name}: exit status after the flags`);
    assert.ok(stdout.includes("\n  -h, --help      show this help\n"), `${name}: -h`);
    assert.ok(stdout.endsWith("\n") && !stdout.endsWith("\n\n"), name);
  }
});

test("--open with no browser says where the report was written and exits 2", () => {
  const dir = mkdtempSync(join(tmpdir(), "panicscope-"));
  try {
    const report = join(dir, "report.html");
    // No opener on PATH at all (xdg-open, open): the machine has no way to show a page.
    const { status, stderr } = run(["analyze", "--open", "--html", report, NIL_MAP], {
      env: { PATH: dir },
    });
    assert.equal(status, 2);
    const opener = process.platform === "darwin" ? "open" : "xdg-open";
    assert.equal(
      stderr,
      `panicscope: could not open a browser (${opener} not found); the report is written to ${report}\n`,
    );
    assert.ok(existsSync(report));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("explain CATEGORY, as the analysis prints it, lists its rules and explains the main one", () => {
  const { status, stdout } = run(["explain", "nil-map-write"]);
  assert.equal(status, 0);
  const [first, second] = stdout.split("\n");
  assert.equal(
    `${first} ${second}`,
    "category nil-map-write: 1 rule; the main one, nil-map-assignment, is explained below (panicscope explain RULE explains each)",
  );
  assert.ok(stdout.includes("\nAssignment to entry in nil map\n"));
  const many = JSON.parse(run(["explain", "--json", "concurrent-map"]).stdout);
  assert.equal(many.id, "concurrent-map-writes");
  assert.equal(many.categoryAsked, "concurrent-map");
  assert.deepEqual(many.categoryRules.slice(0, 2), [
    "concurrent-map-writes",
    "concurrent-map-read-write",
  ]);
});
