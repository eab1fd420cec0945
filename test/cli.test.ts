// The `panicscope` command as a user runs it: the compiled entry point in a child process.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { gzipSync } from "node:zlib";
import { tempDir } from "./temp-dir.js";

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
    maxBuffer: 256 * 1024 * 1024,
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
  // The reporter cut the paste after a function line: it stays a frame, nothing is unparsed.
  assert.equal(crash.unparsed, 0);
  assert.deepEqual(crash.unparsedLines, []);
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
  const dir = tempDir("panicscope-");
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
  // The last function line lost its file line: it stays in the stack, with no file.
  assert.doesNotMatch(plain.stdout, /not understood/);
  assert.match(
    plain.stdout,
    /\n {4}github\.com\/spf13\/cobra\.\(\*Command\)\.ExecuteC\(0xa9afe40\)\n/,
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
  assert.equal(flag.stderr, "panicscope: unknown flag --bogus (see panicscope analyze --help)\n");
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

test("analyze --similarity: three levels, anything else is a usage error", () => {
  const many = join(
    import.meta.dirname,
    "..",
    "..",
    "testdata",
    "go",
    "go1.26",
    "many-goroutines.all.txt",
  );
  const counts = ["exact", "pointers", "values"].map((level) => {
    const { status, stdout } = run(["analyze", "--json", "--similarity", level, many]);
    assert.equal(status, 0);
    const [crash] = JSON.parse(stdout).crashes;
    assert.equal(crash.similarity, level);
    return crash.buckets.length;
  });
  assert.ok(
    (counts[0] ?? 0) > (counts[1] ?? 0) && (counts[1] ?? 0) > (counts[2] ?? 0),
    counts.join(" "),
  );
  const bad = run(["analyze", "--similarity", "loose", many]);
  assert.equal(bad.status, 2);
  assert.equal(bad.stderr, "panicscope: --similarity must be one of exact, pointers, values\n");
});

test("analyze --threads: a whole number from 1 to 64, which does not change the document", () => {
  const many = join(
    import.meta.dirname,
    "..",
    "..",
    "testdata",
    "go",
    "go1.26",
    "many-goroutines.all.txt",
  );
  const plain = run(["analyze", "--json", many]);
  assert.equal(plain.status, 0);
  for (const threads of ["1", "4"]) {
    const { status, stdout } = run(["analyze", "--json", "--threads", threads, many]);
    assert.equal(status, 0);
    assert.equal(stdout, plain.stdout);
  }
  for (const bad of ["0", "65", "two", "1.5"]) {
    const { status, stderr } = run(["analyze", "--threads", bad, many]);
    assert.equal(status, 2);
    assert.equal(
      stderr,
      `panicscope: --threads must be a whole number from 1 to 64, not "${bad}"\n`,
    );
  }
});

test("analyze --html writes one self-contained page; --all lists every bucket", () => {
  const many = join(
    import.meta.dirname,
    "..",
    "..",
    "testdata",
    "go",
    "go1.26",
    "many-goroutines.all.txt",
  );
  const dir = tempDir("panicscope-");
  const report = join(dir, "report.html");
  const { status, stderr } = run(["analyze", "--html", report, many]);
  assert.equal(status, 0);
  assert.equal(stderr, `panicscope: report written to ${report}\n`);
  const html = readFileSync(report, "utf8");
  assert.match(html, /^<!doctype html>/);
  assert.ok(html.includes("main.(*Pool).Acquire"));
  const all = run(["analyze", "--all", many]);
  assert.ok(!all.stdout.includes("--all shows them"));
  assert.ok(all.stdout.includes("runtime.goexit") === false || all.stdout.includes("#8"));
});

test("analyze --json: the rule and the diagnosis of each crash", () => {
  const { status, stdout } = run(["analyze", "--json", NIL_MAP]);
  assert.equal(status, 0);
  const [crash] = JSON.parse(stdout).crashes;
  assert.equal(crash.rule, "nil-map-assignment");
  const { diagnosis } = crash;
  assert.equal(diagnosis.rule, "nil-map-assignment");
  assert.equal(diagnosis.category, "nil-map-write");
  assert.equal(diagnosis.kind, "runtime-error");
  assert.equal(diagnosis.recoverable, true);
  // the words without `runtime error: ` (go1.1–go1.3 printed the prefix): go1.4 and later
  assert.equal(diagnosis.since, "go1.4");
  assert.equal(diagnosis.until, null);
  assert.deepEqual(diagnosis.values, {});
  assert.equal(diagnosis.explanation.title, "Assignment to entry in nil map");
  assert.deepEqual(Object.keys(diagnosis.explanation), [
    "title",
    "what",
    "mechanism",
    "causes",
    "fix",
    "example",
    "confirm",
  ]);
  assert.deepEqual([diagnosis.chain, diagnosis.warnings, diagnosis.signal], [[], [], null]);
});

test("explain RULE prints the rule's explanation", () => {
  const { status, stdout } = run(["explain", "--no-color", "close-of-closed-channel"]);
  assert.equal(status, 0);
  const lines = stdout.split("\n");
  assert.deepEqual(lines.slice(0, 2), [
    "Close of closed channel",
    "  close-of-closed-channel · closed-channel-close · runtime-error · recover can catch it · go1.1+",
  ]);
  for (const heading of [
    "What happened",
    "How the runtime gets there",
    "Usual causes",
    "Fix",
    "Confirm",
  ])
    assert.ok(lines.includes(heading), heading);
});

test("explain MESSAGE reads the message: rule and values; --go keeps what holds for that release", () => {
  const { status, stdout } = run([
    "explain",
    "--json",
    "--go",
    "go1.12",
    "panic: runtime error: slice bounds out of range [:23] with capacity 14",
  ]);
  assert.equal(status, 0);
  const document = JSON.parse(stdout);
  assert.equal(document.schema, "panicscope/explain@1");
  assert.equal(document.id, "slice-bounds-acap");
  assert.deepEqual(document.values, { high: "23", capacity: "14" });
  assert.equal(document.summary, "A slice expression asked for [:23] of a slice with capacity 14.");
  assert.deepEqual(
    document.explanation.mechanism.map((note: { until?: string }) => note.until),
    ["go1.12"],
  );
  const fatal = JSON.parse(run(["explain", "--json", "concurrent map writes"]).stdout);
  assert.equal(fatal.id, "concurrent-map-writes");
});

test("explain: an unknown rule id is exit 1 with the similar ones", () => {
  const { status, stdout, stderr } = run(["explain", "nil-pointer"]);
  assert.equal(status, 1);
  assert.equal(stdout, "");
  assert.equal(
    stderr,
    "panicscope: no rule nil-pointer (similar: nil-pointer-dereference, value-method-nil-pointer, go-of-nil-func, slice-to-array-pointer-conversion-legacy, type-assertion-nil); panicscope rules lists them\n",
  );
  assert.equal(run(["explain"]).status, 2);
  assert.equal(run(["explain", "--go", "1.22", "fault"]).status, 2);
});

test("rules lists the catalogue, all of it or one category, as a table or JSON", () => {
  const all = JSON.parse(run(["rules", "--json"]).stdout);
  assert.equal(all.schema, "panicscope/rules@1");
  const ids = all.rules.map((rule: { id: string }) => rule.id);
  assert.ok(ids.length > 150 && new Set(ids).size === ids.length);
  const internal = all.rules.find((rule: { id: string }) => rule.id === "runtime-internal-gc-heap");
  assert.ok(internal.texts > 250);
  const { status, stdout } = run(["rules", "--no-color", "--category", "deadlock"]);
  assert.equal(status, 0);
  assert.deepEqual(
    stdout
      .split("\n")
      .slice(1, -3)
      .map((line) => line.split(/ +/)[0]),
    ["all-goroutines-asleep", "goexit-deadlock", "synctest-deadlock"],
  );
  assert.equal(run(["rules", "--category", "nope"]).status, 2);
});

test("a panic that testing.tRunner re-panicked: died in the test's frame, recovered in tRunner, the marker on the test's frame", () => {
  const result = run(["analyze", join(REAL, "..", "go/go1.26/test-panic.single.txt")]);
  assert.equal(result.status, 0);
  const lines = result.stdout.split("\n");
  assert.ok(
    lines.includes(
      "  died in       example.com/crashers/tests.(*Order).Add  /tmp/panicscope-lab/crashers/tests/crash_test.go:16",
    ),
  );
  // "recovered in" is twelve characters: it keeps a space before the function it names.
  assert.ok(
    lines.includes(
      "  recovered in  testing.tRunner.func1.2  /usr/local/go/src/testing/testing.go:1974",
    ),
  );
  assert.ok(lines.includes("  → example.com/crashers/tests.(*Order).Add(...)"));
  assert.ok(!lines.some((l) => l.startsWith("  → testing.tRunner.func1.2(")));
});
