// Go's text inside other formats, on real runs: `go test -json` and gotestsum's --jsonfile
// (testdata/gotest-json), a crash printed with %q, as a logfmt value and in JSON fields, plain
// and hard-wrapped by `fold` (testdata/quoted). See the README of each folder.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { findEscapedCrash, unquoteGo } from "../../src/input/go-quoted.js";
import { parseTestEvent } from "../../src/input/test-json.js";
import { Unwrapper } from "../../src/input/unwrap.js";

const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");

function fileLines(file: string): string[] {
  const lines = readFileSync(join(TESTDATA, file), "utf8").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

function unwrap(input: string[]): [string, number, string][] {
  const out: [string, number, string][] = [];
  const unwrapper = new Unwrapper((text, n, stream) => out.push([text, n, stream]));
  input.forEach((text, i) => {
    unwrapper.push(text, i + 1);
  });
  unwrapper.end();
  return out;
}

/** The crash as the runtime printed it (testdata/quoted/child.txt). */
const CHILD = fileLines("quoted/child.txt");

test("go test -json: one test's output reassembled in its own stream, events without text dropped", () => {
  const out = unwrap(fileLines("gotest-json/timeout.json"));
  const streams = new Set(out.map(([, , stream]) => stream));
  assert.deepEqual([...streams], ["test2json gotestjson TestSlow", "test2json gotestjson"]);
  assert.deepEqual(
    out.slice(0, 8).map(([text, n]) => [text, n]),
    [
      ["=== RUN   TestSlow", 3],
      ["    crash_test.go:28: waiting for a signal that never comes", 4],
      ["panic: test timed out after 1s", 5],
      ["\trunning tests:", 6],
      ["\t\tTestSlow (1s)", 7],
      ["", 8],
      ["goroutine 17 [running]:", 9],
      ["testing.(*M).startAlarm.func1()", 10],
    ],
  );
  // No blank line between two records: the goroutine dump stays one crash.
  assert.equal(out.filter(([text]) => text === "").length, 3);
  assert.deepEqual(out[out.length - 1], ["FAIL\tgotestjson\t1.005s", 38, "test2json gotestjson"]);
});

test("go test -json: parallel tests' lines apart, each in its test's stream", () => {
  const out = unwrap(fileLines("gotest-json/parallel.json"));
  const a = out.filter(([, , s]) => s === "test2json gotestjson TestParallelA").map(([t]) => t);
  assert.deepEqual(a, [
    "=== RUN   TestParallelA",
    "=== PAUSE TestParallelA",
    "=== CONT  TestParallelA",
    "    crash_test.go:39: A step 0",
    "    crash_test.go:39: A step 1",
  ]);
});

test("test2json events: output keyed by package and test", () => {
  const lines = fileLines("gotest-json/gotestsum.timeout.jsonl");
  assert.deepEqual(parseTestEvent(lines[0] as string), { key: "gotestjson", output: null });
  assert.deepEqual(parseTestEvent(lines[2] as string), {
    key: "gotestjson TestSlow",
    output: "=== RUN   TestSlow\n",
  });
  assert.equal(parseTestEvent(fileLines("quoted/json-stacktrace.txt")[0] as string), null);
});

test("%q: the crash unquoted into its lines, the text before it a line of its own", () => {
  const out = unwrap(fileLines("quoted/percent-q.txt")).map(([text]) => text);
  assert.deepEqual(out, ["child crashed (exit status 2):", ...CHILD, ""]);
});

test("hard-wrapped by a terminal: the pieces are joined before unquoting", () => {
  for (const file of ["quoted/percent-q.fold100.txt", "quoted/logfmt.fold100.txt"]) {
    const out = unwrap(fileLines(file)).map(([text, n]) => [text, n]);
    assert.deepEqual(
      out.slice(1).map(([text]) => text),
      [...CHILD, ""],
      file,
    );
    assert.ok(
      out.every(([, n]) => n === 1),
      "every line is the wrapped line's first",
    );
  }
});

test("logfmt and JSON fields: stack=, error.stack, stacktrace", () => {
  const logfmt = unwrap(fileLines("quoted/logfmt.txt")).map(([text]) => text);
  assert.deepEqual(logfmt.slice(1), [...CHILD, ""]);
  assert.ok(logfmt[0]?.endsWith('err="exit status 2" stack='));
  for (const file of [
    "quoted/json-error-stack.txt",
    "quoted/json-stacktrace.txt",
    "quoted/json-stacktrace.fold100.txt",
  ]) {
    const out = unwrap(fileLines(file)).map(([text]) => text);
    assert.deepEqual(out, [...CHILD, ""], file);
  }
});

test("Go's escapes undone; a quoted panic without a newline in it is not a crash text", () => {
  assert.equal(unquoteGo('a\\n\\tb \\"c\\" \\\\ \\x41\\u00e9\\101'), 'a\n\tb "c" \\ Aé' + "A");
  assert.equal(findEscapedCrash('msg="panic: boom" level=error'), null);
  assert.deepEqual(findEscapedCrash(fileLines("quoted/logfmt.txt")[0] as string), {
    start: 89,
    quoted: true,
  });
});

test("go tool test2json on a test binary without -p: no Package, the test alone keys the output (real/holdout-5/golang-37555)", () => {
  const lines = fileLines(
    "real/holdout-5/golang-37555-test2json-output-events-recovered-repanic-go115beta1-cut.txt",
  );
  assert.deepEqual(parseTestEvent(lines[3] as string), {
    key: "TestColor",
    output: "panic: 123 [recovered]\n",
  });
  assert.deepEqual(
    unwrap(lines.slice(3, 8)).map(([text, , stream]) => [text, stream]),
    [
      ["panic: 123 [recovered]", "test2json TestColor"],
      ["\tpanic: 123", "test2json TestColor"],
      ["", "test2json TestColor"],
      ["goroutine 21 [running]:", "test2json TestColor"],
      ["testing.tRunner.func1.1(0x411d400, 0x416e6c8)", "test2json TestColor"],
    ],
  );
});

test("a wrapped record on the input's first line, narrower than the next piece (a paste begun mid-row), is joined (real/holdout-5/caddy-pr6777)", () => {
  const out = unwrap(
    fileLines(
      "real/holdout-5/caddy-pr6777-zap-json-msg-escaped-stack-terminal-wrapped-markdown-ate-stars-cut.txt",
    ),
  );
  assert.deepEqual(
    out.map(([text, n]) => [text, n]),
    [
      ['{"level":"debug","ts":1736582563.0847015,"logger":"http.stdlib","msg":', 1],
      [
        "http: panic serving 127.0.0.1:36436: runtime error: invalid memory address or nil pointer dereference",
        1,
      ],
      ["goroutine 389 [running]:", 1],
      ["net/http.(conn).serve.func1()", 1],
      [
        "\t/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.23.2.darwin-amd64/src/net/http/server.go:1947 +0x13f",
        1,
      ],
      ["panic({0x2dd30a0?, 0x4de7430?})", 1],
      [
        "\t/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.23.2.darwin-amd64/src/runtime/panic.go:785 +0x136",
        1,
      ],
      [
        "github.com/caddyserver/caddy/v2/modules/caddyhttp.(Server).ServeHTTP(0xc000cd6708, {0x7",
        1,
      ],
      ["", 1],
    ],
  );
});

test("a quoted field that only names the panic before the one holding the stack: the stack's field is the crash text (real/holdout-7/etcd-operator-pr298)", () => {
  const line = fileLines(
    "real/holdout-7/etcd-operator-pr298-zap-console-observed-a-panic-json-stacktrace-terminal-wrapped-cut.txt",
  )[1] as string;
  assert.deepEqual(findEscapedCrash(line), { start: 450, quoted: true });
  const out = unwrap(
    fileLines(
      "real/holdout-7/etcd-operator-pr298-zap-console-observed-a-panic-json-stacktrace-terminal-wrapped-cut.txt",
    ),
  );
  assert.deepEqual(
    out.slice(2, 5).map(([text, n]) => [text, n]),
    [
      ["goroutine 183 [running]:", 2],
      [
        "k8s.io/apimachinery/pkg/util/runtime.logPanic({0x23c46c8, 0x8b9f6c98c90}, {0x1de9aa0, 0x8b9f58fd230})",
        2,
      ],
      ["\t/go/pkg/mod/k8s.io/apimachinery@v0.35.1/pkg/util/runtime/runtime.go:132 +0xbc", 2],
    ],
  );
  // The terminal cut the record inside a path: the value's last line is what was left of it.
  assert.deepEqual(
    out
      .filter(([, n]) => n === 2)
      .map(([text]) => text)
      .slice(-3),
    ["go.etcd.io/gofail/runtime.actPanic(0x0?)", "\t/go/pkg/mod/go", ""],
  );
  assert.equal(findEscapedCrash('"panic": "failpoint panic: {}", "n": 1'), null);
});

test("an escaped quote outside any quote opens none: the whole line is the escaped value (real/holdout-7/golangci-lint-4242)", () => {
  const line = fileLines(
    "real/holdout-7/golangci-lint-4242-panic-line-escaped-debug-stack-one-line-wrapped-cut.txt",
  )[1] as string;
  assert.ok(line.startsWith('Panic: interfacer: package \\"merge\\" (isInitialPkg: true'));
  assert.deepEqual(findEscapedCrash(line), {
    start: line.indexOf("goroutine 26581 [running]:"),
    quoted: false,
  });
});

test("an escaped value opening with a handler's `caught panic: %v` and then debug.Stack(): the handler's line stays whole, no headline is cut out of it (real/holdout-10/dolt-9984)", () => {
  const record = fileLines(
    "real/holdout-10/dolt-9984-logrus-warn-error-field-escaped-debug-stack-inlined-dispose-go125-cut.txt",
  )[1] as string;
  const out = unwrap([record]);
  assert.deepEqual(
    out.slice(1, 4).map(([text]) => text),
    [
      "handler caught panic: runtime error: invalid memory address or nil pointer dereference",
      "goroutine 12817 [running]:",
      "runtime/debug.Stack()",
    ],
  );
  assert.ok((out[0]?.[0] ?? "").endsWith(" connectionID=13 error="));
  // The record, the handler's line, the header, six frames of two lines, the cut line's end.
  assert.equal(out.length, 16);
});

test("a stack a logger escaped in a quoted field with no goroutine header or headline: zap's JSON `stacktrace`, whole and cut (logged/zapjson, real/holdout-10/jaeger-1848)", () => {
  const [record] = fileLines("logged/zapjson/output.txt");
  const at = findEscapedCrash(record as string);
  assert.deepEqual(at, { start: (record as string).indexOf('"stacktrace":"') + 14, quoted: true });
  const out = unwrap([record as string]).map(([text]) => text);
  assert.deepEqual(out.slice(0, 4), [
    '{"level":"error","ts":1796627429.3824427,"caller":"zapjson/main.go:20","msg":"runtime error: index out of range [3] with length 0","stacktrace":',
    "main.serve.func1",
    "\t/tmp/lg/zapjson/main.go:20",
    "runtime.gopanic",
  ]);
  // Eight frames of two lines, then the record's end as a blank line.
  assert.equal(out.length, 18);
  assert.equal(out[17], "");
  const cut = fileLines(
    "real/holdout-10/jaeger-1848-zap-json-stacktrace-field-gorilla-recovery-gopanic-panicindex-go1121-cut.txt",
  )[1] as string;
  assert.equal(findEscapedCrash(cut)?.start, cut.indexOf('"stacktrace":"') + 14);
});

test("a quoted field holding a message then escaped file-and-pc lines, no function lines (debug.Stack's format before go1.6): the value is the crash text (real/holdout-23/atlantis-260)", () => {
  const line = fileLines(
    "real/holdout-23/atlantis-260-stern-prefix-zap-json-panic-msg-escaped-file-pc-stack-wrapped-in-stacktrace-field-go119-cut.txt",
  )[1] as string;
  assert.deepEqual(findEscapedCrash(line), {
    start: line.indexOf('"msg":"') + 7,
    quoted: true,
  });
  const out = unwrap([line]).map(([text]) => text);
  assert.deepEqual(out.slice(1, 4), [
    "PANIC: runtime error: invalid memory address or nil pointer dereference",
    "runtime/panic.go:260 (0x44c995)",
    "runtime/signal_unix.go:835 (0x44c965)",
  ]);
  // A message with one escaped newline and no file line after it is no crash text.
  assert.equal(findEscapedCrash('{"msg":"retrying\\nin 5s (0x1)"}'), null);
});
