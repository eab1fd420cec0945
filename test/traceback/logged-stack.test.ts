// Stacks that frameworks log, read by the traceback parser as crashes of kind `logged`. Inputs are
// the outputs of the programs in testdata/logged (gen note there) and reports in
// testdata/real/logged (sources in its SOURCES.md).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { crashSite } from "../../src/diagnose/site.js";
import { toDocument } from "../../src/document/to-document.js";
import type { Crash } from "../../src/model.js";
import { analyzeFile, analyzeText } from "../../src/pipeline/analyze.js";
import { parseCrashes } from "../../src/traceback/index.js";
import {
  fileLocation,
  parsePcFileLine,
  parseStackFieldFunc,
} from "../../src/traceback/logged-frames.js";
import { loggedMessage, withoutStackField } from "../../src/traceback/logged-message.js";
import { TracebackParser } from "../../src/traceback/parser.js";

const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");
const read = (path: string) => readFileSync(join(TESTDATA, path), "utf8");

/** Crashes and the lines left outside them, as the parser hands them out. */
function parse(text: string): { crashes: Crash[]; stray: number[] } {
  const crashes: Crash[] = [];
  const stray: number[] = [];
  const parser = new TracebackParser({
    crash: (crash) => crashes.push(crash),
    stray: (_text, line) => stray.push(line),
  });
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  for (let i = 0; i < lines.length; i++) parser.push(lines[i] as string, i + 1);
  parser.end();
  return { crashes, stray };
}

const site = (crash: Crash) => {
  const { frame, origin } = crashSite(crash);
  return [frame && `${frame.func}@${frame.file}:${frame.line}`, origin && `${origin.line}`];
};

/** Each crash of a real report as the document gives it: kind, category, message, goroutine, site. */
async function readReport(path: string): Promise<unknown[][]> {
  const doc = toDocument(await analyzeFile(join(TESTDATA, path)), { goroutines: false });
  return doc.crashes.map((c) => [
    c.kind,
    c.category,
    c.message,
    c.goroutine,
    c.frame === null ? null : `${c.frame.func} ${c.frame.file}:${c.frame.line}`,
  ]);
}

test("gin Recovery: pc lines with source lines, the value on the line above (logged/gin)", () => {
  const { crashes, stray } = parse(read("logged/gin/output.txt"));
  assert.equal(crashes.length, 1);
  const crash = crashes[0] as Crash;
  assert.equal(crash.kind, "logged");
  assert.deepEqual(crash.panics, [
    {
      value: "runtime error: invalid memory address or nil pointer dereference",
      recovered: true,
      repanicked: false,
    },
  ]);
  assert.deepEqual(crash.span, { startLine: 4, endLine: 28 });
  const frames = crash.crashing?.frames ?? [];
  assert.equal(frames.length, 12);
  assert.deepEqual(
    frames.slice(0, 3).map((f) => [f.func, f.line, f.pc, f.location]),
    [
      ["panicmem", 336, "0x487317", "runtime"],
      ["sigpanic", 931, "0x4872e5", "runtime"],
      ["lookup", 15, "0x65fa13", "user"],
    ],
  );
  assert.equal(crash.goroutineCount, 0);
  assert.deepEqual(site(crash), ["lookup@/tmp/lg/gin/main.go:15", "15"]);
  // Lines outside the stack stay the log's: blank lines, gin's `[Recovery] … panic recovered:`,
  // the value's own line (also the crash's first line), the colour reset after the stack.
  assert.deepEqual(stray, [1, 2, 3, 4, 29]);
});

test("macaron without source lines, the paste repeated and cut (real/logged/gogs-6621)", () => {
  const { crashes } = parse(read("real/logged/gogs-6621-macaron-trimpath-twice.txt"));
  assert.deepEqual(
    crashes.map((c) => [c.kind, c.panics[0]?.value, c.span.startLine, c.span.endLine]),
    [
      ["logged", "Value not found for type *repo.HTTPContext", 2, 15],
      ["logged", "Value not found for type *repo.HTTPContext", 16, 18],
    ],
  );
  const frames = crashes[0]?.crashing?.frames ?? [];
  assert.deepEqual(
    frames.slice(-3).map((f) => [f.file, f.location]),
    [
      ["net/http/server.go", "stdlib"],
      ["net/http/server.go", "stdlib"],
      ["runtime/asm_amd64.s", "runtime"],
    ],
  );
});

test("HandleCrash before 1.10: file lines under `Observed a panic` (real/logged/mig-controller-506)", async () => {
  // Through the pipeline: klog's `E0420 20:14:38.814093   84579 runtime.go:69] ` comes off first.
  const analysis = await analyzeFile(
    join(TESTDATA, "real/logged/mig-controller-506-observed-a-panic-after-json-log.txt"),
  );
  const crash = analysis.crashes[0]?.crash;
  assert.equal(crash?.kind, "logged");
  assert.equal(crash?.recoveredBy, "k8s.io/apimachinery/pkg/util/runtime");
  assert.equal(
    crash?.panics[0]?.value,
    "interface conversion: client.Client is *compat.Client, not compat.Client",
  );
  assert.deepEqual(
    crash?.crashing?.frames.map((f) => f.location),
    ["user", "user", "user", "runtime", "runtime", "runtime", "user", "user"],
  );
  assert.deepEqual(site(crash as Crash), [
    "@/home/dgrigore/go/src/github.com/konveyor/mig-controller/pkg/controller/migplan/gvk.go:52",
    "52",
  ]);
});

test("Cloud Run's `at FUNC (FILE:LINE)` lines under net/http's log: the runtime's stack, rewritten (real/holdout-2/triage-party-195)", async () => {
  // Through the pipeline: the std log's (damaged) time comes off first.
  const analysis = await analyzeFile(
    join(TESTDATA, "real/holdout-2/triage-party-195-cloud-run-at-frames-http-panic-serving.txt"),
  );
  const crash = analysis.crashes[0]?.crash as Crash;
  assert.equal(analysis.crashes.length, 1);
  assert.equal(crash.kind, "panic");
  assert.equal(crash.recoveredBy, "net/http");
  assert.deepEqual(
    crash.crashing?.frames.slice(0, 3).map((f) => [f.func, f.file, f.line, f.location]),
    [
      ["net/http.(*conn).serve.func1", "server.go", 1772, "stdlib"],
      ["panic", "/usr/local/go/src/runtime/panic.go", 975, "runtime"],
      ["github.com/google/triage-party/pkg/site.(*Handlers).collectionPage", "page.go", 96, "user"],
    ],
  );
  assert.equal(crash.crashing?.frames.length, 8);
  assert.deepEqual(site(crash), [
    "github.com/google/triage-party/pkg/site.(*Handlers).collectionPage@page.go:96",
    "96",
  ]);
});

test("a recovering frame that re-panicked: the site is below the last panic run, the recovering frame is the handler (real/logged/gitea-35188)", () => {
  const [crash] = parseCrashes(read("real/logged/gitea-35188-repanic-errpage-log.txt"));
  assert.deepEqual(site(crash as Crash), [
    "@/go/src/code.gitea.io/gitea/modules/git/commit_info.go:21",
    "21",
  ]);
  const handler = crashSite(crash as Crash).handler;
  assert.equal(
    handler && `${handler.file}:${handler.line}`,
    "/go/src/code.gitea.io/gitea/modules/web/routing/logger_manager.go:116",
  );
});

test("debug.Stack() after negroni's PANIC line: a goroutine block with panic(…) and no headline (logged/negroni)", () => {
  const [crash] = parseCrashes(read("logged/negroni/output.txt"));
  assert.equal(crash?.kind, "logged");
  assert.equal(crash?.panics[0]?.value, "runtime error: index out of range [5] with length 3");
  assert.equal(crash?.crashing?.id, 1);
  assert.equal(crash?.goroutineCount, 1);
  assert.deepEqual(crash?.span, { startLine: 1, endLine: 28 });
  assert.deepEqual(site(crash as Crash), ["main.pick@/tmp/lg/negroni/main.go:13", "13"]);
});

test("pkg/errors %+v of a wrapped error: one crash per stack (logged/pkgerrors)", () => {
  const { crashes, stray } = parse(read("logged/pkgerrors/output.txt"));
  assert.deepEqual(
    crashes.map((c) => [c.panics[0]?.value, c.span.startLine, c.span.endLine, ...site(c)]),
    [
      ["config not found", 1, 11, "main.open@/tmp/lg/pkgerrors/main.go:13", "13"],
      ["load settings", 12, 20, "main.load@/tmp/lg/pkgerrors/main.go:19", "19"],
    ],
  );
  assert.deepEqual(stray, [1, 12]);
});

test("zap's stacktrace field: the value from the panic field, the site below runtime.gopanic (logged/zap)", () => {
  const [crash] = parseCrashes(read("logged/zap/output.txt"));
  assert.equal(crash?.panics[0]?.value, "runtime error: integer divide by zero");
  assert.deepEqual(site(crash as Crash), ["main.(*job).run@/tmp/lg/zap/main.go:12", "12"]);
});

test("go-stack's list of base names in a logfmt stack field, the value in err= (logged/log15)", () => {
  const { crashes, stray } = parse(read("logged/log15/output.txt"));
  const crash = crashes[0] as Crash;
  assert.equal(crash.panics[0]?.value, "runtime error: index out of range [3] with length 0");
  assert.deepEqual(
    crash.crashing?.frames.map((f) => `${f.file}:${f.line}:${f.location}`),
    [
      "main.go:21:user",
      "panic.go:860:runtime",
      "panic.go:236:runtime",
      "asm_amd64.s:2129:runtime",
      "main.go:15:user",
      "main.go:24:user",
      "main.go:30:user",
      "proc.go:290:runtime",
      "asm_amd64.s:1771:runtime",
    ],
  );
  assert.deepEqual(site(crash), ["@main.go:15", "15"]);
  assert.deepEqual(stray, []);
});

test("markdown-quoted macaron lines (real/logged/go-macaron-auth-3)", () => {
  const [crash] = parseCrashes(read("real/logged/go-macaron-auth-3-quoted-func-lines-windows.txt"));
  assert.equal(crash?.kind, "logged");
  assert.deepEqual(
    crash?.crashing?.frames.map((f) => f.func),
    ["gopanic", "(*Context).run", "(*Context).Next", "Recovery.func1", "LoggerInvoker.Invoke"],
  );
});

test("not logged stacks: pc lines inside a panic value, a healthy debug.Stack() (logged/panicvalue, logged/healthystack)", () => {
  for (const file of [
    "logged/panicvalue/output-go1.22.txt",
    "logged/panicvalue/output-go1.26.txt",
  ]) {
    const crashes = parseCrashes(read(file));
    assert.deepEqual(
      crashes.map((c) => c.kind),
      ["panic"],
      file,
    );
    const value = crashes[0]?.panics[0]?.value ?? "";
    assert.ok(value.startsWith("wrapped failure:\n"), file);
    assert.equal(value.split("\n").filter((l) => l.endsWith(")")).length, 4, file);
  }
  const [dump] = parseCrashes(read("logged/healthystack/output.txt"));
  assert.equal(dump?.kind, "dump");
  assert.equal(dump?.crashing, null);
});

test("one pc line alone is no stack: it is kept as a stray line (real/logged/kubernetes-76075 line 2, unprefixed)", () => {
  const line = "/usr/local/go/src/runtime/panic.go:522 (0x42d8b0)";
  assert.deepEqual(parsePcFileLine(line), {
    file: "/usr/local/go/src/runtime/panic.go",
    line: 522,
    pc: "0x42d8b0",
  });
  const { crashes, stray } = parse(`${line}\nsomething else\n`);
  assert.deepEqual([crashes.length, stray], [0, [1, 2]]);
});

test("messages of log lines before a stack (lines of the reports named)", () => {
  const cases: [string, string][] = [
    // real/logged/gitea-12249
    [
      "2020/07/15 05:39:14 ...les/context/panic.go:34:1() [E] PANIC:: runtime error: invalid memory address or nil pointer dereference",
      "runtime error: invalid memory address or nil pointer dereference",
    ],
    // real/logged/risingwave-8345
    [
      'logger=context userId=1 orgId=1 uname=admin t=2023-05-29T16:54:30.25944+08:00 level=error msg="Request error" error="runtime error: invalid memory address or nil pointer dereference"',
      "runtime error: invalid memory address or nil pointer dereference",
    ],
    // logged/printstack
    [
      "2026/12/06 06:25:03 recovered: runtime error: invalid memory address or nil pointer dereference",
      "runtime error: invalid memory address or nil pointer dereference",
    ],
    // real/logged/negroni-251
    [
      "`PANIC: runtime error: invalid memory address or nil pointer dereference",
      "runtime error: invalid memory address or nil pointer dereference",
    ],
    // real/logged/pkg-errors-180
    ["fail fast", "fail fast"],
    // logged/gin: the line with nothing after the lead-in
    ["\u001b[31m2026/12/06 06:25:16 [Recovery] 2026/12/06 - 06:25:16 panic recovered:", ""],
    // real/holdout-4/coredns-pr5392: the runtime's text without `runtime error: `
    [
      '[ERROR] Recovered from panic in server: "dns://:53" index out of range [0] with length 0',
      "index out of range [0] with length 0",
    ],
  ];
  for (const [line, message] of cases) assert.equal(loggedMessage(line), message, line);
});

test("whose code a file is, when no function name says (paths of the reports named)", () => {
  const cases: [string, string][] = [
    ["/usr/lib/golang/src/pkg/runtime/panic.c", "runtime"], // gogs-770, go1.3
    ["D:/go/src/pkg/reflect/value.go", "stdlib"], // gogs-285
    ["E:/Go/Development/src/github.com/gogits/gogs/modules/middleware/repo.go", "user"],
    ["/snap/go/10907/src/runtime/signal_unix.go", "runtime"], // gitea-35095
    ["/build/gitea/parts/gitea/build/modules/git/commit_info.go", "user"],
    ["gopkg.in/macaron.v1@v1.3.9/context.go", "user"], // gogs-6621, -trimpath
    ["net/http/server.go", "stdlib"],
    ["runtime/asm_amd64.s", "runtime"],
    ["<autogenerated>", "user"],
    [
      "/root/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.22.12.linux-amd64/src/runtime/proc.go",
      "runtime",
    ], // logged/panicvalue output-go1.22.txt
    [
      "/home/dgrigore/go/src/github.com/konveyor/mig-controller/vendor/k8s.io/apimachinery/pkg/util/runtime/runtime.go",
      "user",
    ],
  ];
  for (const [file, location] of cases) assert.equal(fileLocation(file), location, file);
});

test("linear and total: a long run of candidate lines and garbage never throws", () => {
  const lines: string[] = [];
  for (let i = 0; i < 20000; i++) {
    lines.push(
      i % 7 === 0 ? "main.f" : i % 5 === 0 ? "\t/x.go:1" : `/x/y.go:${i} (0x${i.toString(16)})`,
    );
    if (i % 1000 === 0) lines.push("  : (0x", 'stack="[a.go:1 b.go:2]"', "> \tf: g", ": /a/b.go:x");
  }
  const started = performance.now();
  const crashes = parseCrashes(lines.join("\n"));
  assert.ok(crashes.length > 0);
  assert.ok(performance.now() - started < 2000);
});

test("gitea's logger: tab-indented pc lines with no function lines under `[Macaron] PANIC:` (real/holdout-4/gitea-13184)", () => {
  const text = read(
    "real/holdout-4/gitea-13184-macaron-recovery-log-tab-file-pc-lines-custom-value.txt",
  );
  const lines = text.split("\n");
  assert.deepEqual(parsePcFileLine(lines[2] as string), {
    file: "/go/src/code.gitea.io/gitea/vendor/gitea.com/macaron/macaron/render.go",
    line: 653,
    pc: "0xd8ae78",
  });
  const { crashes } = parse(text);
  const crash = crashes[0];
  assert.deepEqual(
    [
      crashes.length,
      crash?.kind,
      crash?.panics.map((p) => p.value),
      crash?.crashing?.frames.length,
    ],
    [1, "logged", ["middleware render hasn't been registered"], 15],
  );
  assert.deepEqual(
    crash?.crashing?.frames.slice(0, 3).map((f) => [f.func, f.file.split("/").pop(), f.line]),
    [
      ["", "render.go", 653],
      ["", "render.go", 710],
      ["", "routes.go", 155],
    ],
  );
});

test("go-stack's list of basenames alone on its line, under the message that names the panic (real/holdout-5/erigon-7313)", () => {
  const { crashes, stray } = parse(
    read("real/holdout-5/erigon-7313-rpc-method-crashed-compact-basename-stack-list-cut.txt"),
  );
  assert.equal(crashes.length, 1);
  const crash = crashes[0] as Crash;
  assert.equal(crash.kind, "logged");
  assert.deepEqual(crash.panics, [
    {
      value: "runtime error: invalid memory address or nil pointer dereference",
      recovered: true,
      repanicked: false,
    },
  ]);
  assert.deepEqual(crash.span, { startLine: 2, endLine: 3 });
  assert.equal(crash.crashing?.frames.length, 20);
  assert.deepEqual(site(crash), ["@accessors_chain.go:98", "98"]);
  // The fence and, as for gin, the message's own line (also the crash's first line).
  assert.deepEqual(stray, [1, 2]);
  // A list that is not all file lines is no stack.
  assert.equal(parse("[service.go:217 and more]\n").crashes.length, 0);
});

test("bubbletea's `Caught panic:`, the value between blank lines, a status line, then debug.Stack(): the value is the message (real/holdout-5/crush-1307)", () => {
  const { crashes } = parse(
    read(
      "real/holdout-5/crush-1307-bubbletea-caught-panic-restoring-terminal-debug-stack-nil-map-go125-cut.txt",
    ),
  );
  assert.equal(crashes.length, 1);
  const crash = crashes[0] as Crash;
  assert.equal(crash.kind, "logged");
  assert.deepEqual(crash.panics, [
    { value: "assignment to entry in nil map", recovered: true, repanicked: false },
  ]);
  assert.equal(crash.span.startLine, 4);
  assert.equal(crash.crashing?.id, 3465);
});

test("logrus's stack as the `msg=` of its own record, journald splitting it: the value is the record before's `error=` (real/holdout-6/ethereum-nix-246)", async () => {
  const analysis = await analyzeFile(
    join(
      TESTDATA,
      "real/holdout-6/ethereum-nix-246-details-journald-logrus-multiline-msg-debug-stack-reflect-panic-cut.txt",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash as Crash;
  assert.equal(crash.kind, "logged");
  assert.deepEqual(crash.panics, [
    {
      value: "reflect: call of reflect.Value.Int on struct Value",
      recovered: true,
      repanicked: false,
    },
  ]);
  assert.deepEqual(crash.span, { startLine: 4, endLine: 13 });
  assert.equal(crash.crashing?.id, 4239125);
  assert.equal(crash.crashing?.frames.length, 4);
  assert.deepEqual(site(crash), ["reflect.Value.Int@reflect/value.go:1461", "1461"]);
});

test("a record's last field left open by the stack it holds: the record without it", () => {
  assert.equal(withoutStackField('time="t" level=error msg='), 'time="t" level=error');
  assert.equal(withoutStackField('time="t" level=error msg="'), 'time="t" level=error');
  assert.equal(withoutStackField('level=error msg="Panic occurred"'), null);
  assert.equal(withoutStackField("[PANIC RECOVER] boom"), null);
});

test("a log line whose last field is debug.Stack() glued after `stack=`: the value after the line's `paniced:` (real/holdout-7/kafka-pixy-82)", async () => {
  const analysis = await analyzeFile(
    join(
      TESTDATA,
      "real/holdout-7/kafka-pixy-82-actor-path-paniced-stack-equals-debug-stack-logged-go17.txt",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash as Crash;
  assert.equal(crash.kind, "logged");
  assert.deepEqual(crash.panics, [
    {
      value: "runtime error: invalid memory address or nil pointer dereference",
      recovered: true,
      repanicked: false,
    },
  ]);
  assert.deepEqual(crash.span, { startLine: 2, endLine: 16 });
  assert.equal(crash.crashing?.id, 254);
  assert.equal(crash.crashing?.frames.length, 6);
  assert.deepEqual(site(crash), [
    "github.com/mailgun/kafka-pixy/consumer/partitioncsm.(*T).run@/go/src/github.com/mailgun/kafka-pixy/consumer/partitioncsm/partitioncsm.go:151",
    "151",
  ]);
});

test("a record without the field the stack opened: the separator before it goes too", () => {
  assert.equal(withoutStackField("<a[0]> paniced: boom, stack="), "<a[0]> paniced: boom");
});

test("zap's `Observed a panic` with a `panic` field and the stack escaped in `stacktrace`, cut in a path: the field's whole value is the message (real/holdout-7/etcd-operator-pr298)", async () => {
  const analysis = await analyzeFile(
    join(
      TESTDATA,
      "real/holdout-7/etcd-operator-pr298-zap-console-observed-a-panic-json-stacktrace-terminal-wrapped-cut.txt",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash as Crash;
  assert.equal(crash.kind, "logged");
  assert.deepEqual(crash.panics, [
    { value: "failpoint panic: {}", recovered: true, repanicked: false },
  ]);
  assert.equal(crash.crashing?.id, 183);
  assert.equal(crash.crashing?.frames.length, 4);
  // The crash site's file line was cut to `/go/pkg/mod/go`: the frame stays, its file empty.
  assert.deepEqual(site(crash), ["go.etcd.io/gofail/runtime.actPanic@:0", "0"]);
  assert.equal(
    loggedMessage('… {"panic": "failpoint panic: {}", "stacktrace": '),
    "failpoint panic: {}",
  );
});

test("an escaped debug.Stack() joined to its value by `: ` on one line: the colon is not the value's, the escaped quotes open no quote (real/holdout-7/golangci-lint-4242)", async () => {
  const file =
    "real/holdout-7/golangci-lint-4242-panic-line-escaped-debug-stack-one-line-wrapped-cut.txt";
  const analysis = await analyzeFile(join(TESTDATA, file));
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash as Crash;
  assert.equal(crash.kind, "logged");
  assert.deepEqual(crash.panics, [
    {
      value: "runtime error: invalid memory address or nil pointer dereference",
      recovered: true,
      repanicked: false,
    },
  ]);
  assert.deepEqual(crash.span, { startLine: 2, endLine: 2 });
  assert.equal(crash.crashing?.id, 26581);
  assert.deepEqual(site(crash), [
    "golang.org/x/tools/go/ssa/ssautil.AllFunctions.func1@/go/pkg/mod/golang.org/x/tools@v0.18.0/go/ssa/ssautil/visit.go:61",
    "61",
  ]);
  // A lead-in alone still names no value; a field's value is kept as it was quoted.
  assert.equal(loggedMessage("panic recovered:"), "");
  assert.equal(loggedMessage('level=error error="bad input:"'), "bad input:");
});

test("delve's internal error: `func (0xPC)` lines over tab-indented file lines, the value after `Internal debugger error:` (real/holdout-7/delve-2282)", () => {
  const { crashes, stray } = parse(
    read(
      "real/holdout-7/delve-2282-internal-debugger-error-line-func-pc-then-tab-file-lines-logged-cut.txt",
    ),
  );
  assert.equal(crashes.length, 1);
  const crash = crashes[0] as Crash;
  assert.equal(crash.kind, "logged");
  assert.deepEqual(crash.panics, [{ value: '"" not an Int', recovered: true, repanicked: false }]);
  assert.deepEqual(crash.span, { startLine: 2, endLine: 17 });
  assert.equal(crash.goroutineCount, 0);
  const frames = crash.crashing?.frames ?? [];
  assert.equal(frames.length, 8);
  assert.deepEqual(
    frames.slice(0, 2).map((f) => [f.func, f.file, f.line, f.pc, f.location]),
    [
      [
        "runtime.gopanic",
        "/mnt/agent/temp/buildTmp/go/src/runtime/panic.go",
        522,
        "0x42d784",
        "runtime",
      ],
      [
        "go/constant.Int64Val",
        "/mnt/agent/temp/buildTmp/go/src/go/constant/value.go",
        467,
        "0x62b9b2",
        "stdlib",
      ],
    ],
  );
  // Cut after the last function line: it stays a frame, with its pc and no file.
  assert.deepEqual(
    [frames[7]?.func, frames[7]?.file, frames[7]?.pc],
    ["github.com/go-delve/delve/service/debugger.(*Debugger).Command", "", "0x79283a"],
  );
  assert.deepEqual(site(crash), [
    "go/constant.Int64Val@/mnt/agent/temp/buildTmp/go/src/go/constant/value.go:467",
    "467",
  ]);
  assert.deepEqual(stray, [1, 2]);
  assert.equal(loggedMessage("internal error: boom"), "boom");
});

test("a stack logged from its panic frame down, with no goroutine header, under a `FATAL|stamp` log line (real/holdout-7/ebiten-2489)", () => {
  const { crashes, stray } = parse(
    read(
      "real/holdout-7/ebiten-2489-fatal-log-line-polish-windows-error-then-headerless-panic-frame-logged-cut.txt",
    ),
  );
  assert.equal(crashes.length, 1);
  const crash = crashes[0] as Crash;
  assert.equal(crash.kind, "logged");
  assert.deepEqual(crash.panics, [
    {
      value: "glfwwin: ReleaseCapture failed: Operacja ukończona pomyślnie.",
      recovered: true,
      repanicked: false,
    },
  ]);
  assert.deepEqual(crash.span, { startLine: 2, endLine: 11 });
  assert.equal(crash.goroutineCount, 0);
  const frames = crash.crashing?.frames ?? [];
  assert.deepEqual(
    frames.map((f) => [f.func, f.line, f.offset]),
    [
      ["panic", 884, 0x212],
      ["github.com/hajimehoshi/ebiten/v2/internal/glfw.PollEvents", 348, 0xa6],
      ["github.com/hajimehoshi/ebiten/v2/internal/ui.(*userInterfaceImpl).update", 1078, 0xeb],
      ["github.com/hajimehoshi/ebiten/v2/internal/ui.(*userInterfaceImpl).loop.func2", 1128, 0x4a],
      ["github.com/hajimehoshi/ebiten/v2/internal/thread.(*OSThread).Loop.func1", 0, undefined],
    ],
  );
  assert.deepEqual(site(crash), [
    "github.com/hajimehoshi/ebiten/v2/internal/glfw.PollEvents@C:/Users/Erexo/go/src/github.com/erexo/ebiten/internal/glfw/glfw_windows.go:348",
    "348",
  ]);
  assert.deepEqual(stray, [1, 2]);
  // The same text as a paste that turned its tabs into blanks, or lost them: the same stack.
  for (const tab of ["    ", ""]) {
    const damaged = parse(
      read(
        "real/holdout-7/ebiten-2489-fatal-log-line-polish-windows-error-then-headerless-panic-frame-logged-cut.txt",
      ).replaceAll("\t", tab),
    ).crashes;
    assert.deepEqual(
      damaged.map((c) => [c.kind, c.panics[0]?.value, site(c)[0]]),
      [[crash.kind, crash.panics[0]?.value, site(crash)[0]]],
      JSON.stringify(tab),
    );
  }
  // A panic call with no file line under it is text (source pasted in a log), not a stack.
  assert.deepEqual(parse("checking input\npanic(err)\ndone\n"), { crashes: [], stray: [1, 2, 3] });
});

test("old HandleCrash's `: file:line` list under `Observed a panic` on a klog line whose severity letter was cut off (real/holdout-8/kubernetes-57210)", async () => {
  const analysis = await analyzeFile(
    join(
      TESTDATA,
      "real/holdout-8/kubernetes-57210-klog-letter-lost-observed-a-panic-colon-file-lines-openshift-vendor-cut.txt",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash as Crash;
  assert.equal(crash.kind, "logged");
  assert.equal(
    crash.panics[0]?.value,
    "runtime error: invalid memory address or nil pointer dereference",
  );
  assert.equal(crash.crashing?.id, null);
  assert.equal(crash.crashing?.frames.length, 10);
  assert.deepEqual(site(crash), [
    "@/home/shared/go_projects/src/github.com/openshift/origin/_output/local/go/src/github.com/openshift/origin/vendor/k8s.io/kubernetes/pkg/controller/daemon/daemon_controller.go:162",
    "162",
  ]);
});

test("vitess's `file:line (0xPC)` stack under a klog line's `caught panic:` with a runtime error: the stack is logged, not the value's (real/holdout-8/vitess-18236)", async () => {
  const analysis = await analyzeFile(
    join(
      TESTDATA,
      "real/holdout-8/vitess-18236-klog-stream-caught-panic-value-inline-file-pc-lines-logged-go124.txt",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash as Crash;
  assert.equal(crash.kind, "logged");
  assert.equal(
    crash.panics[0]?.value,
    "runtime error: invalid memory address or nil pointer dereference",
  );
  assert.equal(crash.crashing?.id, null);
  assert.equal(crash.crashing?.frames.length, 7);
  assert.deepEqual(site(crash), ["@vitess.io/vitess/go/mysql/conn.go:761", "761"]);
});

test("a logged debug.Stack() whose escaped newlines became trailing backslashes and its tabs `\\\\t`: read as the stack it was (real/holdout-8/argocd-notifications-171)", async () => {
  const analysis = await analyzeFile(
    join(
      TESTDATA,
      "real/holdout-8/argocd-notifications-171-escaped-newlines-as-trailing-backslashes-double-backslash-t-logged-index-go115-cut.txt",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash as Crash;
  assert.equal(crash.kind, "logged");
  assert.equal(crash.panics[0]?.value, "runtime error: index out of range [1] with length 1");
  assert.equal(crash.crashing?.id, 1170056);
  assert.equal(crash.crashing?.frames.length, 7);
  assert.deepEqual(site(crash), [
    "github.com/argoproj-labs/argocd-notifications/pkg/subscriptions.Annotations.iterate@/src/pkg/subscriptions/annotations.go:42",
    "42",
  ]);
});

test("Kubernetes' RecoverFromPanic `recovered from panic %q. (err=%v) Call stack:`: the quoted value alone is the message (real/holdout-8/rancher-25203)", async () => {
  const analysis = await analyzeFile(
    join(
      TESTDATA,
      "real/holdout-8/rancher-25203-docker-timestamp-prefix-recovered-from-panic-call-stack-logged-space-for-tab-cut.txt",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash as Crash;
  assert.equal(crash.kind, "logged");
  assert.deepEqual(crash.panics, [
    {
      value: "runtime error: invalid memory address or nil pointer dereference",
      recovered: true,
      repanicked: false,
    },
  ]);
  assert.deepEqual(crash.span, { startLine: 2, endLine: 9 });
  assert.equal(crash.crashing?.id, 443379);
  assert.deepEqual(site(crash), [
    "github.com/rancher/rancher/pkg/controllers/user/monitoring.(*clusterMonitoringEnabledHandler).syncWindowsNode@/go/src/github.com/rancher/rancher/pkg/controllers/user/monitoring/cluster_monitoring_enabled_handler.go:58",
    "58",
  ]);
  assert.equal(
    loggedMessage('E recovered from panic "say \\"hi\\"". (err=<nil>) Call stack:'),
    'say "hi"',
  );
});

test("a log viewer's copy with each record's time cell on a line of its own above it: vitess's `Uncaught panic:`, its value, then `file:line (0xPC)` lines (real/holdout-8/vitess-17893)", async () => {
  const analysis = await analyzeFile(
    join(
      TESTDATA,
      "real/holdout-8/vitess-17893-grafana-explore-copy-timestamp-line-before-each-log-line-file-pc-lines-logged-go123-cut.txt",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash as Crash;
  assert.equal(crash.kind, "logged");
  assert.equal(
    crash.panics[0]?.value,
    "runtime error: invalid memory address or nil pointer dereference",
  );
  assert.equal(crash.crashing?.id, null);
  assert.equal(crash.crashing?.frames.length, 8);
  assert.deepEqual(site(crash), ["@vitess.io/vitess/go/vt/vtgate/planbuilder/show.go:750", "750"]);
});

test("a log viewer's table copied as text, its rows' cells between ` | `: vitess's `file:line (0xPC)` stack read from each row's last cell (real/holdout-8/vitess-13329)", async () => {
  const analysis = await analyzeFile(
    join(
      TESTDATA,
      "real/holdout-8/vitess-13329-log-viewer-table-copy-pipe-columns-uncaught-panic-file-pc-lines-logged-go120-cut.txt",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash as Crash;
  assert.equal(crash.kind, "logged");
  assert.equal(
    crash.panics[0]?.value,
    "runtime error: invalid memory address or nil pointer dereference",
  );
  assert.equal(crash.crashing?.id, null);
  assert.equal(crash.crashing?.frames.length, 6);
  assert.deepEqual(site(crash), ["@vitess.io/vitess/go/sqltypes/result.go:330", "330"]);
});

test("influxdb's `[panic:%s] %s`: the value ends at the bracket its lead-in opened, past brackets of its own (logged/bracketed, real/holdout-10/influxdb-13193)", async () => {
  const [program] = read("logged/bracketed/output.txt").split("\n");
  assert.equal(
    loggedMessage(program as string),
    "runtime error: index out of range [1] with length 1",
  );
  const analysis = await analyzeFile(join(TESTDATA, "logged/bracketed/output.txt"));
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash as Crash;
  assert.equal(crash.kind, "logged");
  assert.deepEqual(crash.panics, [
    {
      value: "runtime error: index out of range [1] with length 1",
      recovered: true,
      repanicked: false,
    },
  ]);
  assert.equal(crash.crashing?.id, 1);
  assert.deepEqual(site(crash), ["main.lookup@/tmp/lg/bracketed/main.go:13", "13"]);
  // The access-log line of a real report, the stack's goroutine header glued after it.
  const [report] = read(
    "real/holdout-10/influxdb-13193-access-log-glued-panic-goroutine-header-journald-untabbed-debug-stack-go111-cut.txt",
  ).split("\n");
  assert.equal(
    loggedMessage(report as string),
    "runtime error: invalid memory address or nil pointer dereference",
  );
});

test('a record whose message only announces the recovered panic names the value in a field of its own: argo\'s `msg="Recovered from panic" r="…" stack="…"` (real/holdout-10/argo-workflows-7662)', async () => {
  const file =
    "real/holdout-10/argo-workflows-7662-logrus-recovered-from-panic-stack-field-escaped-go116-cut.txt";
  const record = read(file).split("\n")[1] as string;
  assert.ok(
    record.startsWith('time="2022-02-08T04:01:16.496Z" level=error msg="Recovered from panic"'),
  );
  assert.equal(
    loggedMessage(record),
    "runtime error: invalid memory address or nil pointer dereference",
  );
  const analysis = await analyzeFile(join(TESTDATA, file));
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash as Crash;
  assert.equal(crash.kind, "logged");
  assert.deepEqual(crash.panics, [
    {
      value: "runtime error: invalid memory address or nil pointer dereference",
      recovered: true,
      repanicked: false,
    },
  ]);
  assert.equal(crash.crashing?.id, 347);
  assert.deepEqual(site(crash), [
    "github.com/argoproj/argo-workflows/v3/workflow/controller.(*wfOperationCtx).processAggregateNodeOutputs@/go/src/github.com/argoproj/argo-workflows/workflow/controller/operator.go:2696",
    "2696",
  ]);
});

test("bare `file:line` lines under a line that names a panic and announces `Call stack:` are its logged stack (broad-2/rancher-15974)", () => {
  const { crashes, stray } = parse(
    read(
      "real/broad-2/rancher-15974-recovered-from-panic-call-stack-file-only-lines-logged-go19-cut.txt",
    ),
  );
  assert.equal(crashes.length, 1);
  const crash = crashes[0] as Crash;
  assert.equal(crash.kind, "logged");
  assert.deepEqual(crash.panics, [
    {
      value: "runtime error: invalid memory address or nil pointer dereference",
      recovered: true,
      repanicked: false,
    },
  ]);
  assert.deepEqual(crash.span, { startLine: 2, endLine: 14 });
  assert.equal(crash.crashing?.frames.length, 12);
  assert.deepEqual(site(crash), ["@/go/src/github.com/rancher/rancher/pkg/node/node.go:17", "17"]);
  // The fence, and the log line that named the panic (read as the stack's message).
  assert.deepEqual(stray, [1, 2]);
});

test("bare `file:line` lines under a line that announces no stack stay outside any crash", async () => {
  // The tail of an earlier stack pasted before a HandleCrash record (holdout/kubernetes-28992):
  // only the record's own lines make its crash.
  const analysis = await analyzeFile(
    join(
      TESTDATA,
      "real/holdout/kubernetes-28992-observed-a-panic-after-earlier-stack-tail-details.txt",
    ),
  );
  const crashes = analysis.crashes.map((c) => c.crash);
  assert.equal(crashes.length, 1);
  assert.deepEqual(crashes[0]?.span, { startLine: 9, endLine: 12 });
});

test("a crash reporter's message over a `Stack:` heading, each between blank lines, names the goroutine block's value; a value in backticks ends at its closing one (holdout-11/hub-2068, holdout-11/hub-2102)", async () => {
  const file =
    "real/holdout-11/hub-2068-crash-reporter-error-line-logged-stack-debian-build-path-go16.txt";
  const [reporter] = read(file).split("\n");
  assert.equal(reporter, "Error (runtime.errorString): `runtime error: index out of range`");
  assert.equal(loggedMessage(reporter as string), "runtime error: index out of range");
  // Read through the unwrapper: the code fence over the block is a blank line.
  const analysis = await analyzeFile(join(TESTDATA, file));
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash as Crash;
  assert.equal(crash.kind, "logged");
  assert.deepEqual(crash.panics, [
    { value: "runtime error: index out of range", recovered: true, repanicked: false },
  ]);
  assert.equal(crash.span.startLine, 1);
  const doc = toDocument(analysis, { goroutines: false }).crashes[0];
  assert.deepEqual(
    [doc?.category, doc?.goroutine, doc?.frame?.func, doc?.frame?.file, doc?.frame?.line],
    [
      "index-out-of-range",
      1,
      "github.com/github/hub/git.WorkdirName",
      "/build/hub-F8SKBG/hub-2.2.9/obj-x86_64-linux-gnu/src/github.com/github/hub/git/git.go",
      70,
    ],
  );
  // Without the heading, a message four lines up behind blanks names nothing.
  const lines = read(file).split("\n");
  lines.splice(2, 1, "");
  const bare = await analyzeText(lines.join("\n"));
  assert.equal(bare.crashes.length, 1);
  assert.deepEqual(bare.crashes[0]?.crash.panics, []);
});

test("a pkg/errors stack the text ends inside, its second frame's function line there and its file line cut away, is still a logged stack (holdout-11/badger-1369)", async () => {
  const file =
    "real/holdout-11/badger-1369-pre-tag-log-line-assert-failed-pkg-errors-stack-logged-cut.txt";
  const { crashes, stray } = parse(read(file));
  assert.equal(crashes.length, 1);
  const crash = crashes[0] as Crash;
  assert.equal(crash.kind, "logged");
  assert.deepEqual(crash.panics, [{ value: "Assert failed", recovered: true, repanicked: false }]);
  assert.deepEqual(crash.span, { startLine: 2, endLine: 5 });
  assert.deepEqual(
    crash.crashing?.frames.map((f) => [f.func, f.line]),
    [
      ["github.com/dgraph-io/badger/v2/y.AssertTrue", 55],
      ["github.com/dgraph-io/badger/v2/table.(*block).decrRef", 0],
    ],
  );
  assert.deepEqual(stray, [1, 2]);
  const doc = toDocument(await analyzeFile(join(TESTDATA, file)), { goroutines: false }).crashes[0];
  assert.deepEqual(
    [doc?.category, doc?.goroutine, doc?.frame?.func, doc?.frame?.file, doc?.frame?.line],
    [
      "custom-panic",
      null,
      "github.com/dgraph-io/badger/v2/y.AssertTrue",
      "/go/pkg/mod/github.com/dgraph-io/badger/v2@v2.0.1-rc1.0.20200528205344-e7b6e76f96e8/y/error.go",
      55,
    ],
  );
  // One pair alone at the end is too weak a shape: its lines stay outside any crash.
  const onePair = read(file).split("\n").slice(0, 4).join("\n");
  assert.deepEqual(parse(onePair), { crashes: [], stray: [1, 2, 3, 4] });
});

test("a record's stack field opened at the end of its line by the first function name starts the stack; a recover line that names a panic and a runtime error, blank lines above it, is its value (holdout-10/beats-6692)", async () => {
  const file =
    "real/holdout-10/beats-6692-logp-recover-json-stack-real-newlines-ioutil-repanic-panicslice-go19-cut.txt";
  const lines = read(file).split("\n");
  assert.equal(
    parseStackFieldFunc(lines[3] as string),
    "github.com/elastic/beats/libbeat/logp.Recover",
  );
  assert.equal(parseStackFieldFunc('{"msg": "github.com/elastic/beats/libbeat/logp.Recover'), null);
  assert.equal(parseStackFieldFunc('{"stack": "not a function'), null);
  const analysis = await analyzeFile(join(TESTDATA, file));
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash as Crash;
  assert.equal(crash.kind, "logged");
  assert.deepEqual(crash.panics, [
    { value: "runtime error: slice bounds out of range", recovered: true, repanicked: false },
  ]);
  assert.deepEqual(crash.span, { startLine: 2, endLine: 25 });
  assert.deepEqual(
    crash.crashing?.frames.slice(0, 2).map((f) => [f.func, f.file, f.line, f.inputLine]),
    [
      [
        "github.com/elastic/beats/libbeat/logp.Recover",
        "/go/src/github.com/elastic/beats/libbeat/logp/global.go",
        88,
        4,
      ],
      ["runtime.call32", "/usr/local/go/src/runtime/asm_amd64.s", 509, 6],
    ],
  );
  const doc = toDocument(analysis, { goroutines: false }).crashes[0];
  assert.deepEqual(
    [doc?.category, doc?.goroutine, doc?.frame?.func, doc?.frame?.file, doc?.frame?.line],
    ["slice-bounds", null, "bytes.(*Buffer).ReadFrom", "/usr/local/go/src/bytes/buffer.go", 210],
  );
  // Prose that speaks of a panic but names no runtime error is no stack's value across a blank
  // (holdout-2/kubernetes-96467: Ginkgo's advice over a HandleCrash dump).
  const ginkgo = await analyzeFile(
    join(
      TESTDATA,
      "real/holdout-2/kubernetes-96467-ginkgo-value-then-handlecrash-stack-no-headline.txt",
    ),
  );
  assert.deepEqual(ginkgo.crashes[0]?.crash.panics, []);
});

test("a log line of only the logger's tags before a glued goroutine header names nothing: the line before names the value; a debug.Stack() cut before its panic frame has no site (holdout-12/frp-2361)", async () => {
  const file =
    "real/holdout-12/frp-2361-frp-log-panic-error-line-debug-stack-two-logged-crashes-trimpath-go115-cut.txt";
  assert.deepEqual(await readReport(file), [
    [
      "logged",
      "closed-channel-send",
      "send on closed channel",
      1294227,
      "github.com/fatedier/frp/server.(*Control).reader github.com/fatedier/frp/server/control.go:345",
    ],
    ["logged", "closed-channel-send", "send on closed channel", 1458212, null],
  ]);
});

test("a `panic: ` line over a goroutine block that starts at runtime/debug.Stack is the program's own log of a recovered panic (holdout-12/mattermost-plugin-calls-pr547)", async () => {
  const file =
    "real/holdout-12/mattermost-plugin-calls-pr547-json-log-record-per-line-recovered-debug-stack-logged-cut.txt";
  const doc = toDocument(await analyzeFile(join(TESTDATA, file)), { goroutines: false });
  assert.deepEqual(
    doc.crashes.map((c) => [
      c.kind,
      c.category,
      c.message,
      c.panics[0]?.recovered,
      c.goroutine,
      c.frame,
    ]),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        true,
        84,
        null,
      ],
    ],
  );
});

test("a log line's `, stack trace:` before a glued debug.Stack() header is the logger's, not the value's (holdout-13/netbird-3368)", async () => {
  const file =
    "real/holdout-13/netbird-3368-panc-log-line-debug-stack-close-of-closed-channel-windows-go1236-cut.txt";
  assert.deepEqual(await readReport(file), [
    [
      "logged",
      "closed-channel-close",
      "close of closed channel",
      1228322,
      "github.com/netbirdio/netbird/client/firewall/uspfilter/conntrack.(*UDPTracker).Close /home/runner/work/netbird/netbird/client/firewall/uspfilter/conntrack/udp.go:135",
    ],
  ]);
  assert.equal(loggedMessage("Panic occurred: boom; stacktrace:"), "boom");
  assert.equal(loggedMessage("Panic occurred: boom:"), "boom");
});

test("a pretty-printed JSON record, one field a line: the `error` field above the `stack` field names the value (holdout-13/mautrix-signal-533)", async () => {
  const file =
    "real/holdout-13/mautrix-signal-533-pretty-printed-json-error-and-stack-fields-bridgev2-recover-cut.txt";
  assert.deepEqual(await readReport(file), [
    [
      "logged",
      "nil-deref",
      "runtime error: invalid memory address or nil pointer dereference",
      528,
      "go.mau.fi/mautrix-signal/pkg/connector.(*SignalClient).HandleMatrixTyping /builds/mautrix/signal/pkg/connector/handlematrix.go:275",
    ],
  ]);
  assert.equal(withoutStackField('  "stack":'), "");
  assert.equal(
    withoutStackField('{"level":"error","error":"boom","stack":'),
    '{"level":"error","error":"boom"',
  );
});

test("a logger's caller after the value (go-logging's `%{shortfile}`) is not the value's; a code fence names none (holdout-14/kubo-3040, go1.7 devel)", async () => {
  const path =
    "real/holdout-14/kubo-3040-commands-handler-logged-printstack-four-space-index-out-of-range-devel-go-cut.txt";
  // Line 6: ipfs go-log's `%{time} %{level} %{module}: %{message} %{shortfile}`.
  const line = read(path).split("\n")[5] as string;
  assert.equal(loggedMessage(line), "runtime error: index out of range");
  assert.equal(loggedMessage("```"), "");
  const [crash] = toDocument(await analyzeFile(join(TESTDATA, path))).crashes;
  assert.equal(crash?.kind, "logged");
  assert.equal(crash?.category, "index-out-of-range");
  assert.equal(crash?.message, "runtime error: index out of range");
  assert.equal(crash?.goroutine, 14282478);
  assert.deepEqual(crash?.frame, {
    func: "github.com/ipfs/go-ipfs/core/commands.glob..func70",
    file: "/home/_/Desktop/privgo/src/github.com/ipfs/go-ipfs/core/commands/ping.go",
    line: 90,
  });
});

test("gocheck's panic report: `file:line` then `  in Func` pairs, its `(PC=0x…)` not the value's (holdout-15/cilium-7205, go1.11.5)", async () => {
  assert.deepEqual(
    await readReport(
      "real/holdout-15/cilium-7205-gocheck-panic-report-file-then-in-function-lines-logged-go1115.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        null,
        // Below gopanic, panicmem and sigpanic (GOROOT's panic.go and signal_unix.go).
        "Daemon.Close daemon.go:1297",
      ],
    ],
  );
});

test("Ginkgo's `Test Panicked`, its value, then the pruned stack under `Full Stack Trace` (holdout-15/controller-runtime-pr1785)", async () => {
  assert.deepEqual(
    await readReport(
      "real/holdout-15/controller-runtime-pr1785-ginkgo-test-panicked-tilde-home-paths-logged-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        null,
        "sigs.k8s.io/controller-runtime/pkg/internal/testing/controlplane.(*APIServer).Stop ~/go/pkg/mod/sigs.k8s.io/controller-runtime@v0.11.0/pkg/internal/testing/controlplane/apiserver.go:425",
      ],
    ],
  );
});

test("Ginkgo's failure indented by its nesting: the heading's blanks are the stack's too, the location line under the value not the value (holdout-15/cluster-api-2881, go1.14)", async () => {
  assert.deepEqual(
    await readReport(
      "real/holdout-15/cluster-api-2881-ginkgo-aftersuite-test-panicked-full-stack-trace-two-space-indent-logged-go114-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        null,
        "sigs.k8s.io/cluster-api/test/infrastructure/docker/e2e.writeLogs /home/mossity/workspace/cluster-api/test/infrastructure/docker/e2e/docker_suite_test.go:129",
      ],
    ],
  );
});

test("bubbletea's `Caught panic:` written over a TUI's status line: the debris glued to its colon is not the value (holdout-15/kubectl-klock-161)", async () => {
  assert.deepEqual(
    await readReport(
      "real/holdout-15/kubectl-klock-161-tui-debris-caught-panic-bubbletea-print-stack-index-with-length-logged-cut.txt",
    ),
    [
      [
        "logged",
        "index-out-of-range",
        "runtime error: index out of range [1] with length 0",
        1,
        "github.com/applejag/kubectl-klock/pkg/table.(*Row).ReRenderFields github.com/applejag/kubectl-klock/pkg/table/row.go:118",
      ],
    ],
  );
});

test("golangci-lint's `%s: panic during analysis: %v, %s`: the step's lead-in and the comma before the glued stack are not the value (holdout-16/temporal-pr6659)", async () => {
  assert.deepEqual(
    await readReport(
      "real/holdout-16/temporal-pr6659-golangci-erro-line-panic-during-analysis-inline-goroutine-header-debug-stack-cut-at-panic-frame.txt",
    ),
    [["logged", "custom-panic", "Cannot range over: func(yield func(E) bool)", 19134, null]],
  );
});

test("traefik's `Error in Go routine: %s`, then a JSON record that opens with `Stack: ` and the stack: the record before names the value (holdout-16/traefik-9211)", async () => {
  assert.deepEqual(
    await readReport(
      "real/holdout-16/traefik-9211-json-log-error-in-go-routine-abort-handler-escaped-stack-wrapped-stdlib-site-go117-cut.txt",
    ),
    [
      [
        "logged",
        "custom-panic",
        "net/http: abort Handler",
        471317469,
        "net/http/httputil.(*ReverseProxy).ServeHTTP net/http/httputil/reverseproxy.go:348",
      ],
    ],
  );
});

test("a recover handler's `debug.PrintStack()` cut before the panic frames, under a log line that names a runtime error, is a logged crash, not a dump (holdout-16/traefik-2978)", async () => {
  assert.deepEqual(
    await readReport(
      "real/holdout-16/traefik-2978-fenced-error-in-go-routine-printstack-recover-frames-cut-before-panic-frame-go194.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        23,
        null,
      ],
    ],
  );
});

test("bare `file:line` lines under a log line that names a runtime error, the message in another stream, are a logged stack: beego's recoverPanic (holdout-16/beego-2733)", async () => {
  assert.deepEqual(
    await readReport(
      "real/holdout-16/beego-2733-critical-log-lines-caller-prefix-file-only-stack-json-encode-repanic-go18-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        null,
        " /home/allen.mh/local/go/src/encoding/json/encode.go:887",
      ],
    ],
  );
});

test("bare `file:line` lines under a page's `Stack` heading, a line naming a runtime error over the request fields above it: beego's error page (holdout-16/mindoc-35)", async () => {
  assert.deepEqual(
    await readReport(
      "real/holdout-16/mindoc-35-beego-error-page-text-request-fields-file-only-stack-gimme-go18.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        null,
        " /home/travis/gopath/src/github.com/lifei6671/godoc/vendor/github.com/astaxie/beego/controller.go:578",
      ],
    ],
  );
});

test("runtime.Caller paths in brackets with a blank before the line, each a logger's `%v` of `file, line`, under a line naming a runtime error in the same brackets: beego's go1.1 critical log (holdout-16/beego-89)", async () => {
  assert.deepEqual(
    await readReport(
      "real/holdout-16/beego-89-bracketed-file-space-line-stack-c-runtime-nil-map-go11.txt",
    ),
    [
      [
        "logged",
        "nil-map-write",
        "runtime error: assignment to entry in nil map",
        null,
        " /home/jack/gopath/src/github.com/astaxie/beego/router.go:288",
      ],
    ],
  );
});

test("the same shape printed by a real program with go1.26 (logged/callerslice): the value without `runtime error: ` and one with brackets of its own, each its own crash below the panic machinery", async () => {
  assert.deepEqual(await readReport("logged/callerslice/output.txt"), [
    [
      "logged",
      "nil-map-write",
      "assignment to entry in nil map",
      null,
      " /tmp/lg/callerslice/main.go:39",
    ],
    [
      "logged",
      "index-out-of-range",
      "runtime error: index out of range [5] with length 3",
      null,
      " /tmp/lg/callerslice/main.go:44",
    ],
  ]);
});

test("a runtime error's value alone over a stack whose recovering call sits above panic(…) is logged: the compiler's `panic during lower` (broad-3/golang-29215); a `panic: ` keeps a re-panic the runtime's (holdout-16/go-52210)", async () => {
  assert.deepEqual(
    await readReport(
      "real/broad-3/golang-29215-compile-ice-panic-during-lower-value-after-blank-runtime-stack-logged-windows-cut.txt",
    ),
    [
      [
        "logged",
        "index-out-of-range",
        "runtime error: index out of range",
        21,
        "cmd/compile/internal/ssa.read8 go/src/cmd/compile/internal/ssa/rewrite.go:1140",
      ],
    ],
  );
  assert.deepEqual(
    await readReport(
      "real/holdout-16/go-52210-gopls-pre-tag-program-files-path-mangled-bailout-handler-on-top-go117-cut.txt",
    ),
    [
      [
        "panic",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        420,
        "go/ast.(*Ident).Pos C:/Program   ast.go:469",
      ],
    ],
  );
});

test("a `panic: ` line over a block with more `panic(…)` frames than the chain has links, none recovered, is a handler's own log of the panics it recovers (holdout-19/pyroscope-3716)", async () => {
  assert.deepEqual(
    await readReport(
      "real/holdout-19/pyroscope-3716-unfenced-recovered-stack-printed-by-handler-two-panic-frames-homebrew-cut.txt",
    ),
    [
      [
        "logged",
        "index-out-of-range",
        "runtime error: index out of range [18446744073709551615] with length 6",
        2765,
        "github.com/grafana/pyroscope/pkg/pprof.RewriteMappings /Users/bytedance/Documents/cncf/pyroscope/pkg/pprof/merge.go:259",
      ],
    ],
  );
});
