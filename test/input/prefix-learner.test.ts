// Prefixes learnt from the log itself, on real lines: every input is a line of a public report
// in testdata/real/prefixed (see its SOURCES.md) or of a real run in testdata/quoted.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { goTextStart, looksLikeGoLine, PrefixLearner } from "../../src/input/prefix-learner.js";
import { learnShape } from "../../src/input/prefix-shape.js";
import { Unwrapper } from "../../src/input/unwrap.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";

const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");

/** Lines `from`..`to` (1-based, inclusive) of a test file, as they are in it. */
function lines(file: string, from: number, to = from): string[] {
  return readFileSync(join(TESTDATA, file), "utf8")
    .split("\n")
    .slice(from - 1, to);
}

function line(file: string, n: number): string {
  return lines(file, n)[0] as string;
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

const LOGCAT = "real/prefixed/golang-10759-logcat-brief-index-out-of-range.txt";
const LOGCAT_2 = "real/prefixed/golang-12922-logcat-brief-two-space-files.txt";

test("logcat brief: learnt from the headline, removed from the frames, another pid matches", () => {
  const learner = new PrefixLearner();
  assert.deepEqual(learner.learn(line(LOGCAT, 6)), {
    text: "panic: runtime error: index out of range",
    stream: "E/Go      ( 3609):",
  });
  // The prefix's own blank is removed; the spaces Go's file line was indented with stay.
  assert.deepEqual(learner.strip(line(LOGCAT, 9)), {
    text: "     /Users/hakim/Local/gopaths/ws1/src/golang.org/x/mobile/gl/gl.go:1650 +0x84",
    stream: "E/Go      ( 3609):",
  });
  assert.deepEqual(learner.strip(line(LOGCAT_2, 5)), {
    text: "goroutine 12 [running]:",
    stream: "E/Go      ( 3609):",
  });
  // Another tag is another logger.
  assert.equal(learner.strip(line(LOGCAT, 5)), null);
});

test("where Go's text starts after a prefix", () => {
  assert.equal(goTextStart(line(LOGCAT, 6)), 19);
  assert.equal(
    goTextStart(line("real/prefixed/golang-32002-compose-stacked-prefix-split-writes.txt", 6)),
    32,
  );
  // A tab-indented file line after the prefix: Go's text starts at the tab.
  assert.equal(
    goTextStart(line("real/prefixed/terraform-3879-stdlog-plugin-name-prefix.txt", 7)),
    44,
  );
  // A space-indented one: the prefix keeps its own blank, Go's text starts one blank in.
  assert.equal(goTextStart(line(LOGCAT, 9)), 19);
  assert.equal(goTextStart("goroutine 1 [running]:"), -1);
});

test("two stacked prefixes are one shape; a line of only its first part is a blank line", () => {
  const file = "real/prefixed/golang-32002-compose-stacked-prefix-split-writes.txt";
  const learner = new PrefixLearner();
  const stream = "api_1  | 15:58:21 app         |";
  assert.deepEqual(learner.learn(line(file, 6)), { text: "panic: ", stream });
  assert.deepEqual(learner.strip(line(file, 7)), { text: "err must be non-nil", stream });
  assert.deepEqual(learner.strip(line(file, 10)), { text: "goroutine ", stream });
  // `api_1  | 15:58:21 app         | ` with its blank: nothing after the prefix.
  assert.deepEqual(learner.strip(line(file, 8)), { text: "", stream });
  assert.deepEqual(learner.strip("api_1  |"), { text: "", stream });
});

test("hclog: the bare headline joins the stream of the prefixed lines after it", () => {
  const file = "real/prefixed/terraform-28045-hclog-plugin-prefix-unprefixed-headline.txt";
  const stream = "[DEBUG] plugin.terraform-provider-cloudflare_v2.19.1:";
  assert.deepEqual(unwrap(lines(file, 23, 26)), [
    ["panic: runtime error: invalid memory address or nil pointer dereference", 1, stream],
    ["[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x103cdac]", 2, stream],
    ["", 3, stream],
    ["goroutine 60 [running]:", 4, stream],
  ]);
});

test("a learnt prefix after a known one (RFC 3339 time, then `host prog …;`)", () => {
  const stream = "linuxkit-ac1f6b70fdaa pillar 2020-12-03T03:33:09Z,pillar;";
  assert.deepEqual(
    unwrap(lines("real/prefixed/eve-1713-syslog-double-timestamp-semicolon.txt", 1, 3)),
    [
      ["panic: runtime error: slice bounds out of range [:12] with length 10", 1, stream],
      ["", 2, stream],
      ["goroutine 1758 [running]:", 3, stream],
    ],
  );
});

test("Android Studio logcat: columns learnt after the date; other tags stay in their stream", () => {
  const out = unwrap(lines("real/prefixed/golang-66989-logcat-studio-fatal-fault.txt", 1, 7));
  const stream = "18524-0     Go                      com.nimispace.app                    E";
  assert.deepEqual(out, [
    ["unexpected fault address 0x40001a6d60", 1, stream],
    ["fatal error: fault", 2, stream],
    [
      "[signal SIGSEGV: segmentation violation code=0x2 addr=0x40001a6d60 pc=0x40001a6d60]",
      3,
      stream,
    ],
    ["", 4, stream],
    ["goroutine 35 [running]:", 5, stream],
    ["runtime.throw({0x7461de3662?, 0x0?})", 6, stream],
    ["\truntime/panic.go:1047 +0x40 fp=0x40001a6ce0 sp=0x40001a6cb0 pc=0x7461653170", 7, stream],
  ]);
  const brief = unwrap(lines(LOGCAT, 2, 7));
  assert.deepEqual(
    brief.map(([, n, s]) => [n, s]),
    [
      [1, ""],
      [2, ""],
      [3, ""],
      [4, ""],
      [5, "E/Go      ( 3609):"],
      [6, "E/Go      ( 3609):"],
    ],
  );
});

test("logcat's header of a multi-line message is a blank line; the indented line under it continues it", () => {
  const file = "real/prefixed/golang-12020-logcat-studio-header-on-own-line.txt";
  const stream = "08-05 12:05:18.894    7661-7661/? E/Go\uFE55";
  assert.deepEqual(unwrap(lines(file, 1, 4)), [
    ["panic: unknown ref 42", 1, stream],
    ["", 2, stream],
    ["goroutine 17 [running, locked to thread]:", 3, stream],
    ["golang.org/x/mobile/bind/seq.(*Ref).Get(0x70f7c110, 0x0, 0x0)", 4, stream],
  ]);
});

test("a prefix shown on one line only: the unprefixed lines after it are its stream", () => {
  // `echo: ` before net/http's log, then the stack without it (testdata/real/damaged).
  const out = unwrap(lines("real/damaged/opengist-302-echo-prefixed-http-panic-serving.txt", 1, 3));
  assert.deepEqual(out, [
    [
      "http: panic serving 172.20.0.3:41598: runtime error: slice bounds out of range [18:14]",
      1,
      "echo:",
    ],
    ["goroutine 364 [running]:", 2, "echo:"],
    ["net/http.(*conn).serve.func1()", 3, "echo:"],
  ]);
});

test("docker compose's line for a blank line is a blank line, learnt or not", () => {
  const file = "real/prefixed/receipt-wrangler-198-compose-bare-prefix-line.txt";
  assert.deepEqual(unwrap(lines(file, 4, 5)), [
    ["", 1, ""],
    ["goroutine 1 [running]:", 2, ""],
  ]);
});

test("journald: lines indented under a prefixed line are its continuation", () => {
  const file = "real/prefixed/compose-5382-journald-continuation-indent-http-panic.txt";
  const stream = "jenkins-node dockerd[87266]";
  assert.deepEqual(unwrap(lines(file, 3, 6)), [
    [
      "http: panic serving @: runtime error: invalid memory address or nil pointer dereference",
      1,
      stream,
    ],
    ["goroutine 1943 [running]:", 2, stream],
    ["net/http.(*conn).serve.func1(0xc420c0fe00)", 3, stream],
    ["        /usr/local/go/src/net/http/server.go:1721 +0xd0", 4, stream],
  ]);
});

test("not a prefix: a logfmt message quoting a panic, prose, a Go source position", () => {
  const logfmt = line("quoted/logfmt.txt", 1);
  assert.ok(goTextStart(logfmt) > 0);
  assert.equal(new PrefixLearner().learn(logfmt), null);
  assert.equal(learnShape("We saw a "), null);
  assert.equal(learnShape("    main_test.go:12: "), null);
  assert.equal(learnShape("    "), null);
  assert.notEqual(learnShape("4月 03 09:26:35 host prog[9519]: "), null);
});

test("a line of Go's own is told apart by its first word", () => {
  for (const go of [
    "goroutine 1 [running]:",
    "created by main.main in goroutine 1",
    "main.(*order).first(...)",
    "github.com/docker/docker/daemon.func·029(0xc2085b7d50, 0xc9f, 0xc2086b8960, 0x0, 0x0)",
    "panic({0x55b7a0?, 0x6cbe70?})",
    "runtime stack:",
  ])
    assert.equal(looksLikeGoLine(go), true, go);
  for (const other of [
    line("real/prefixed/golang-32002-compose-stacked-prefix-split-writes.txt", 6),
    line("quoted/logfmt.txt", 1),
  ])
    assert.equal(looksLikeGoLine(other), false, other);
});

test("a file line whose path has a blank is not a prefix (real/broad/go-blueprint-222: C:/Program Files/Go)", () => {
  const file = "real/broad/go-blueprint-222-fiber-logged-crash-windows-cut.txt";
  assert.equal(line(file, 6), "        C:/Program Files/Go/src/runtime/debug/stack.go:24 +0x5e");
  assert.equal(goTextStart(line(file, 6)), -1);
  assert.deepEqual(unwrap(lines(file, 4, 6)), [
    ["goroutine 67 [running]:", 1, ""],
    ["runtime/debug.Stack()", 2, ""],
    ["        C:/Program Files/Go/src/runtime/debug/stack.go:24 +0x5e", 3, ""],
  ]);
});

test("a headline whose value starts on the next line teaches its prefix (real/holdout-2/kubernetes-58193: Ginkgo behind a prow stamp)", () => {
  const file = "real/holdout-2/kubernetes-58193-ginkgo-multiline-value-prow-log-prefix.txt";
  assert.equal(line(file, 2), "I0111 14:28:31.010] panic: ");
  assert.equal(goTextStart("I0111 14:28:31.010] panic:"), 20);
  assert.deepEqual(unwrap(lines(file, 2, 3)), [
    ["panic:", 1, "I0111 14:28:31.010]"],
    ["Your test failed.", 2, "I0111 14:28:31.010]"],
  ]);

  test("a handler's `caught panic:` ending its log line teaches no prefix: the word before is the handler's (real/holdout-10/dolt-5366)", () => {
    const file =
      "real/holdout-10/dolt-5366-query-log-lines-caught-panic-file-pc-lines-index-with-length-cut.txt";
    assert.equal(line(file, 5), "2023-02-16T00:03:50Z ERROR [no conn] mysql_server caught panic:");
    assert.equal(goTextStart(line(file, 5)), -1);
    // The log's stamp goes as a known prefix; the handler's words, the value and the stack stay.
    assert.deepEqual(unwrap(lines(file, 5, 7)), [
      ["ERROR [no conn] mysql_server caught panic:", 1, ""],
      ["runtime error: index out of range [1] with length 1", 2, ""],
      ["/usr/local/go/src/runtime/panic.go:113 (0x4357de)", 3, ""],
    ]);
  });
});

test("a function line with hex arguments after a CI viewer's line number teaches the prefix (real/holdout-5/github-comment-101)", () => {
  const file = "real/holdout-5/github-comment-101-drone-ci-line-numbers-double-blank-nil-map.txt";
  assert.equal(goTextStart(line(file, 8)), 6);
  const out = unwrap(lines(file, 6, 9));
  assert.deepEqual(
    out.map(([text, n, stream]) => [text.slice(0, 60), n, stream]),
    [
      ["goroutine 1 [running]:", 1, ""],
      ["--", 2, ""],
      ["github.com/suzuki-shunsuke/github-comment/pkg/api.ExecContro", 3, "186 |"],
      ["/drone/src/pkg/api/exec.go:99 +0x4b7", 4, "186 |"],
    ],
  );
  // A log message that names a call with other arguments teaches nothing.
  assert.equal(goTextStart("12 | calling api.Exec(ctx, 3)"), -1);
});

test("a browser console's source position before a WebAssembly program's lines is a prefix, not a function line (real/holdout-7/0x-mesh-849)", () => {
  const file =
    "real/holdout-7/0x-mesh-849-browser-console-wasm-exec-prefix-fence-glued-unknown-caller-pc-runtime-stack-cut.txt";
  assert.equal(line(file, 2), "wasm_exec.js:65 ");
  assert.equal(looksLikeGoLine("wasm_exec.js:65 fatal error: unknown caller pc"), false);
  // A frame's file line without its tab is still Go's, and so is an assembly file's.
  assert.equal(looksLikeGoLine("github.com/x/y/z.go:61 +0x105"), true);
  assert.equal(looksLikeGoLine("runtime/asm_amd64.s:1333 +0x1"), true);
  assert.deepEqual(unwrap(lines(file, 1, 5)), [
    ["fatal error: unknown caller pc", 1, "wasm_exec.js:65"],
    ["", 2, "wasm_exec.js:65"],
    ["runtime stack:", 3, ""],
    ["runtime.throw(0x1dcf94, 0x11)", 4, "wasm_exec.js:65"],
    ["\t/Users/mason/.go/src/runtime/panic.go:1116 +0x7", 5, "wasm_exec.js:65"],
  ]);
});

test("TAP's `# ` before a diagnostic line is a prefix: a bats log's blank line is that prefix alone (real/holdout-12/podman-11148)", () => {
  const file =
    "real/holdout-12/podman-11148-bats-hash-prefix-test-log-nil-deref-header-only-cut.txt";
  assert.equal(line(file, 18), "         # ");
  assert.equal(goTextStart(line(file, 16)), 11);
  // With the test's line at column 0 above them, as in the file: lines all indented from the
  // input's start would be a paste's indentation (paste-indent.ts).
  assert.deepEqual(unwrap([line(file, 2), ...lines(file, 16, 19)]).slice(1), [
    ["panic: runtime error: invalid memory address or nil pointer dereference", 2, "         #"],
    ["[signal SIGSEGV: segmentation violation code=0x1 addr=0x2c pc=0x7bf966]", 3, "         #"],
    ["", 4, "         #"],
    ["goroutine 1 [running, locked to thread]:", 5, "         #"],
  ]);
});

test("a syslog tag whose program's name has a dot (`init.sh[4]: `) after a kernel console's uptime stamp is a prefix, not a function line (real/holdout-12/dgr-122)", async () => {
  const file =
    "real/holdout-12/dgr-122-uptime-bracket-init-sh-prefix-type-assertion-nil-to-map-go16-cut.txt";
  assert.equal(looksLikeGoLine("init.sh[4]: panic: interface conversion"), false);
  // A generic function's type arguments stay a function line's.
  assert.equal(looksLikeGoLine("main.Map[...](0xc000010000)"), true);
  assert.equal(looksLikeGoLine("main.At[0x1](0x2)"), true);
  assert.deepEqual(unwrap(lines(file, 3, 5)).slice(0, 2), [
    [
      "panic: interface conversion: interface {} is nil, not map[string]interface {}",
      1,
      "init.sh[4]:",
    ],
    ["goroutine 1 [running]:", 2, "init.sh[4]:"],
  ]);
  const doc = toDocument(await analyzeFile(join(TESTDATA, file)), { goroutines: false }).crashes[0];
  assert.deepEqual(
    [
      doc?.kind,
      doc?.category,
      doc?.goroutine,
      doc?.frame?.func,
      doc?.frame?.file,
      doc?.frame?.line,
    ],
    [
      "panic",
      "type-assertion",
      1,
      "github.com/blablacar/dgr/templater/merger.MergeAttributesFilesForMap",
      "/home/n0rad/Work/go/src/github.com/blablacar/dgr/templater/merger/merger.go",
      96,
    ],
  );
});

/** Kind, category, goroutine and crash site of the first crash read from a real report. */
async function firstCrash(file: string): Promise<unknown[]> {
  const doc = toDocument(await analyzeFile(join(TESTDATA, file)), { goroutines: false });
  const crash = doc.crashes[0];
  const frame = crash?.frame;
  return [
    doc.crashes.length,
    crash?.kind,
    crash?.category,
    crash?.goroutine,
    frame ? { func: frame.func, file: frame.file, line: frame.line } : frame,
  ];
}

test("a process runner's label that names the program by its path is a prefix: the path is one word (real/holdout-14/etcd-15595, behind GitHub Actions' stamps)", async () => {
  const file =
    "real/holdout-14/etcd-15595-actions-timestamps-process-prefix-zap-panic-custom-go118-cut.txt";
  const label =
    "/home/runner/work/etcd/etcd/bin/etcd (TestRobustnessClusterOfSize3HighTraffic-test-2) (28025):";
  // The Actions stamp is a known prefix; the label after it is learnt.
  assert.deepEqual(unwrap(lines(file, 2, 4)), [
    ["panic: index, 6, is out of range [1]", 1, label],
    ["", 2, label],
    ["goroutine 152 [running]:", 3, label],
  ]);
  assert.deepEqual(await firstCrash(file), [
    1,
    "panic",
    "custom-panic",
    152,
    {
      func: "go.uber.org/zap/zapcore.CheckWriteAction.OnWrite",
      file: "go.uber.org/zap@v1.24.0/zapcore/entry.go",
      line: 198,
    },
  ]);
});

test("a 12-hour clock glued to Go's text ends a prefix as a 24-hour one does (real/holdout-14/minio-3553: a Chinese Docker UI's `2017/1/9 下午4:46:07`)", async () => {
  const file =
    "real/holdout-14/minio-3553-docker-ui-timestamps-glued-to-log-prefix-http-panic-serving-go17-cut.txt";
  const learner = new PrefixLearner();
  assert.deepEqual(learner.learn(line(file, 8)), {
    text: "2017/01/09 08:46:07 http: panic serving 121.42.171.160:49580: runtime error: slice bounds out of range",
    stream: "2017/1/9 下午4:46:07",
  });
  assert.deepEqual(learner.strip(line(file, 9)), {
    text: "goroutine 3447 [running]:",
    stream: "2017/1/9 下午4:46:07",
  });
  assert.deepEqual(await firstCrash(file), [1, "panic", "slice-bounds", 3447, null]);
});

test("one name after a known stamp is a log shipper's host field: learnt, the stamp being the mark a bare word lacks (real/holdout-15/moby-37473)", async () => {
  const file =
    "real/holdout-15/moby-37473-timestamp-host-prefix-buildkit-scheduler-custom-panic-go110.txt";
  // The line between keeps its trailing blank: only the prefix, a blank line.
  assert.deepEqual(unwrap(lines(file, 2, 4)), [
    ["panic: invalid dispatch: return leaving incoming open", 1, "docker-ce"],
    ["", 2, "docker-ce"],
    ["goroutine 820 [running]:", 3, "docker-ce"],
  ]);
  // Without a stamp before it a bare word is no prefix: prose has those.
  assert.equal(learnShape("docker-ce "), null);
  assert.deepEqual(await firstCrash(file), [
    1,
    "panic",
    "custom-panic",
    820,
    {
      func: "github.com/docker/docker/vendor/github.com/moby/buildkit/solver.(*scheduler).dispatch",
      file: "/go/src/github.com/docker/docker/vendor/github.com/moby/buildkit/solver/scheduler.go",
      line: 173,
    },
  ]);
});

test("a dotted program name closed by `: ` is a tag, not a function line (real/holdout-15/packer-8325: `2019/11/05 12:07:39 packer.exe: ` on the trace's lines)", async () => {
  const file =
    "real/holdout-15/packer-8325-powershell-prompt-plugin-log-prefix-windows-index-with-length-cut.txt";
  assert.equal(looksLikeGoLine("packer.exe: goroutine 14 [running]:"), false);
  // A function line and a Go file's position stay Go's.
  assert.equal(looksLikeGoLine(lines(file, 8)[0]?.slice(32) as string), true);
  assert.equal(looksLikeGoLine("main.go:12 +0x1d"), true);
  assert.deepEqual(unwrap(lines(file, 7, 9)), [
    ["goroutine 14 [running]:", 1, "packer.exe:"],
    [
      "github.com/hashicorp/packer/builder/virtualbox/common.ParseSnapshotData(0xc00040a3c0, 0x129, 0x4, 0x4, 0xc00040a3c0)",
      2,
      "packer.exe:",
    ],
    [
      "        /Users/azr/go/src/github.com/hashicorp/packer/builder/virtualbox/common/snapshot.go:38 +0x7cc",
      3,
      "packer.exe:",
    ],
  ]);
  assert.deepEqual(await firstCrash(file), [
    1,
    "panic",
    "index-out-of-range",
    14,
    {
      func: "github.com/hashicorp/packer/builder/virtualbox/common.ParseSnapshotData",
      file: "/Users/azr/go/src/github.com/hashicorp/packer/builder/virtualbox/common/snapshot.go",
      line: 38,
    },
  ]);
});

test("a logger's caller prefix after std log's stamp is learnt from a stack of runtime.Caller paths, the runtime's assembly first (real/holdout-16/beego-2733: beego's `[C] [asm_amd64.s:514] `)", () => {
  const out = unwrap(
    lines(
      "real/holdout-16/beego-2733-critical-log-lines-caller-prefix-file-only-stack-json-encode-repanic-go18-cut.txt",
      2,
      4,
    ),
  );
  assert.deepEqual(out.slice(1), [
    ["/home/allen.mh/local/go/src/runtime/asm_amd64.s:514", 2, "[C] [asm_amd64.s:514]"],
    ["/home/allen.mh/local/go/src/runtime/panic.go:489", 3, "[C] [asm_amd64.s:514]"],
  ]);
});

test("a logger's tag after std log's stamp is learnt from a runtime.Caller path in brackets, a `%v` of `file, line` (real/holdout-16/beego-89: `[C] [/x/traceback_x86.c 211]`); the message line over it keeps it", () => {
  const out = unwrap(
    lines(
      "real/holdout-16/beego-89-bracketed-file-space-line-stack-c-runtime-nil-map-go11.txt",
      1,
      3,
    ),
  );
  assert.deepEqual(out, [
    ["[C] [Handler crashed with error runtime error: assignment to entry in nil map]", 1, ""],
    ["[/usr/local/go/src/pkg/runtime/traceback_x86.c 211]", 2, "[C]"],
    ["[/usr/local/go/src/pkg/runtime/runtime.c 275]", 3, "[C]"],
  ]);
});

test("an arrow's `=` is a mark, not a key=value pair: Vagrant's `==> name: ` is learnt (real/holdout-19/cilium-pr1043)", () => {
  const file =
    "real/holdout-19/cilium-pr1043-vagrant-prefix-every-token-on-own-line-cgo-go-pointer-cut.txt";
  const shape = learnShape("==> cilium-master: ");
  assert.notEqual(shape, null);
  assert.equal(shape?.full.exec(line(file, 4))?.[0], "==> cilium-master: ");
  // A message's `key=value` still teaches no prefix.
  assert.equal(learnShape("level=error msg=x "), null);
});

const VCLUSTER =
  "real/holdout-36/vcluster-2212-jsonl-fence-container-name-prefix-custom-panic-tsnet-cut.txt";
const EFS =
  "real/holdout-41/aws-efs-csi-driver-1173-stern-container-prefixes-interleaved-nil-deref-efs-plugin-cut.txt";

test("one name before Go's text is a source's column only when a line beside it carries the name too", () => {
  // `syncer panic: …` alone could be a sentence; under `syncer {…}` it is the tool's column.
  const headline = line(VCLUSTER, 5);
  assert.equal(new PrefixLearner().learn(headline), null);
  assert.deepEqual(new PrefixLearner().learn(headline, line(VCLUSTER, 4)), {
    text: "panic: agent tsnet server is not running",
    stream: "syncer",
  });
  assert.deepEqual(new PrefixLearner().learn(headline, undefined, line(VCLUSTER, 6)), {
    text: "panic: agent tsnet server is not running",
    stream: "syncer",
  });
});

test("once one source's name was learnt, another's before Go's text is the same tool's column (stern's interleaved containers)", () => {
  const learner = new PrefixLearner();
  // klog's header behind the first container's name, the line before carrying it.
  assert.deepEqual(learner.learn(line(EFS, 3), line(EFS, 2))?.stream, "csi-provisioner");
  // The other container's headline: the line before is the first container's.
  assert.deepEqual(learner.learn(line(EFS, 4), line(EFS, 3)), {
    text: "panic: runtime error: invalid memory address or nil pointer dereference",
    stream: "efs-plugin",
  });
});

test("a TUI's box-drawing bar before a source's name is a prefix's mark (k9s's log view)", () => {
  const file =
    "real/holdout-41/amazon-vpc-cni-k8s-3431-k9s-box-pipe-container-prefix-index-out-of-range-space-in-func-cut.txt";
  assert.deepEqual(new PrefixLearner().learn(line(file, 4)), {
    text: "panic: runtime error: index out of range [0] with length 0",
    stream: "│ aws-node",
  });
});
