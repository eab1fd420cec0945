// Damaged and partial crash text (issue 9): headlines glued to other output, a headline with
// nothing after it, a function line without its file line, a paste in reverse order. Every
// input is a public report copied verbatim into testdata/real/damaged (SOURCES.md there).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";
import { isQualifiedFuncName, parseArgumentListLine } from "../../src/traceback/frame-lines.js";
import { cutChainMark } from "../../src/traceback/headline.js";
import { parseCrashes } from "../../src/traceback/index.js";
import { gluedHeadline, isElisionMark, isLogRecord } from "../../src/traceback/line-kinds.js";
import { statusTailAt } from "../../src/traceback/status-tail.js";

const DAMAGED = join(import.meta.dirname, "..", "..", "..", "testdata", "real", "damaged");
const read = (name: string) => readFileSync(join(DAMAGED, `${name}.txt`), "utf8");

test("a headline glued to the program's output opens the crash (lib/pq#942)", () => {
  const crashes = parseCrashes(read("libpq-942-http-panic-serving-glued-to-output-dangling-frame"));
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.recoveredBy, "net/http");
  assert.deepEqual(crash?.panics, [
    {
      value: "runtime error: invalid memory address or nil pointer dereference",
      recovered: true,
      repanicked: false,
    },
  ]);
  assert.equal(crash?.span.startLine, 3);
  assert.equal(crash?.crashing?.id, 3);
  // The last function line lost its file line: it is still the goroutine's last frame.
  const frames = crash?.crashing?.frames ?? [];
  assert.equal(frames.length, 6);
  assert.deepEqual(
    [frames[5]?.func, frames[5]?.file, frames[5]?.line],
    ["database/sql.(*DB).Query", "", 0],
  );
});

test("a signal header written behind a status line opens a signal dump (gominer#30)", () => {
  const [crash, ...rest] = parseCrashes(
    read("gominer-30-sigabrt-after-status-line-cgo-unknown-file"),
  );
  assert.equal(rest.length, 0);
  assert.equal(crash?.kind, "signal");
  assert.equal(crash?.signal?.name, "SIGABRT");
  assert.equal(crash?.signal?.pc, "0x501dd42");
  assert.equal(crash?.signal?.duringCgo, true);
  assert.equal(crash?.crashing?.id, 6);
  assert.equal(crash?.span.startLine, 12);
});

test("a runtime throw kept alone on a log line is a crash with no goroutine (celzero/firestack#212)", () => {
  const crashes = parseCrashes(read("firestack-212-fatal-headline-only-logcat-diff"));
  assert.equal(crashes.length, 1);
  assert.equal(crashes[0]?.kind, "fatal");
  assert.equal(crashes[0]?.fatal, "sync: unlock of unlocked mutex");
  assert.equal(crashes[0]?.goroutineCount, 0);
  assert.equal(crashes[0]?.crashing, null);
});

test("a sentence quoting a headline is no crash (pganalyze/collector#41)", () => {
  assert.equal(parseCrashes(read("pganalyze-41-headline-quoted-in-prose")).length, 0);
});

test("a log's own prefix before `http: panic serving` (opengist#302)", () => {
  const [crash] = parseCrashes(read("opengist-302-echo-prefixed-http-panic-serving"));
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.panics[0]?.value, "runtime error: slice bounds out of range [18:14]");
  assert.equal(crash?.crashing?.id, 364);
  assert.equal(crash?.crashing?.frames.length, 9);
});

test("a second `http: panic serving` ends the first crash; its cut site stays a frame (trustbloc/edv#202)", async () => {
  // Through the pipeline: the std log timestamps are taken off before the parser reads.
  const analysis = await analyzeFile(
    join(DAMAGED, "edv-202-two-http-panics-second-site-dangling.txt"),
  );
  const crashes = toDocument(analysis, { goroutines: false }).crashes;
  assert.deepEqual(
    crashes.map((c) => [
      c.goroutine,
      c.span.startLine,
      c.frame?.func,
      c.frame?.file,
      c.frame?.line,
    ]),
    [
      [
        11695,
        2,
        "github.com/trustbloc/edv/cmd/edv-rest/startcmd.(*httpHandler).ServeHTTP",
        "/go/src/github.com/trustbloc/edv/cmd/edv-rest/startcmd/start.go",
        885,
      ],
      [11718, 16, "github.com/trustbloc/edv/cmd/edv-rest/startcmd.(*httpHandler).ServeHTTP", "", 0],
    ],
  );
});

test("a trace pasted in reverse order is read bottom-up and says so (slackhq/nebula#316)", () => {
  const crashes = parseCrashes(read("nebula-316-concurrent-map-writes-reversed-lines"));
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.kind, "fatal");
  assert.equal(crash?.fatal, "concurrent map writes");
  assert.equal(crash?.readReversed, true);
  assert.deepEqual(crash?.span, { startLine: 1, endLine: 4 });
  assert.equal(crash?.crashing?.id, 102);
  assert.deepEqual(
    crash?.crashing?.frames.map((f) => [f.func, f.file, f.line]),
    [["runtime.throw", "runtime/panic.go", 1116]],
  );
});

test("trace lines pasted in reverse order under their headline, with no goroutine header, are read bottom-up (juanfont/headscale#2362)", async () => {
  const analysis = await analyzeFile(
    join(
      DAMAGED,
      "..",
      "holdout-10",
      "headscale-2362-trace-lines-reversed-untabbed-new-ticker-no-goroutine-header-go1234.txt",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash;
  assert.deepEqual(crash?.panics, [
    { value: "non-positive interval for NewTicker", recovered: false, repanicked: false },
  ]);
  assert.equal(crash?.readReversed, true);
  assert.equal(crash?.crashing?.headerless, true);
  const app = "/home/runner/work/headscale/headscale/hscontrol/app.go";
  assert.deepEqual(
    crash?.crashing?.frames.map((f) => [f.func, f.file, f.line]),
    [
      [
        "time.NewTicker",
        "/nix/store/jfv85qbj4vb1dafcg6kncg4vrbq2bbxv-go-1.23.4/share/go/src/time/tick.go",
        38,
      ],
      ["github.com/juanfont/headscale/hscontrol.(*Headscale).scheduledTasks", app, 248],
    ],
  );
  assert.deepEqual(
    [
      crash?.crashing?.createdBy?.func,
      crash?.crashing?.createdBy?.file,
      crash?.crashing?.createdBy?.line,
    ],
    ["github.com/juanfont/headscale/hscontrol.(*Headscale).Serve", app, 616],
  );
});

test("a panic headline printed behind the program's output, from a real program (crashers glued-output)", () => {
  const crashes = parseCrashes(
    readFileSync(join(DAMAGED, "..", "..", "go", "go1.26", "glued-output.single.txt"), "utf8"),
  );
  assert.equal(crashes.length, 1);
  assert.equal(crashes[0]?.kind, "panic");
  assert.deepEqual(crashes[0]?.panics, [
    { value: "assignment to entry in nil map", recovered: false, repanicked: false },
  ]);
  assert.deepEqual(crashes[0]?.span, { startLine: 1, endLine: 9 });
  assert.equal(crashes[0]?.crashing?.id, 1);
});

test("a goroutine header with the next line glued after it is the header (BaiduPCS-Go#302, read off a screenshot)", () => {
  const text = readFileSync(
    join(DAMAGED, "..", "holdout-3", "baidupcs-go-302-ocr-garbled-header-glued-go118.txt"),
    "utf8",
  );
  const crashes = parseCrashes(text);
  assert.equal(crashes.length, 1);
  assert.equal(crashes[0]?.kind, "fatal");
  assert.equal(crashes[0]?.fatal, "sync: unlock of unlocked mutex");
  assert.equal(crashes[0]?.crashing?.id, 183823);
  assert.equal(crashes[0]?.crashing?.state, "running");
  assert.equal(crashes[0]?.goroutineCount, 1);
});

test("a runtime error whose `panic: ` was reworded is the panic when a blank and a goroutine header follow (vitwit/matic-jagar#11)", () => {
  const text = readFileSync(
    join(DAMAGED, "..", "holdout-3", "matic-jagar-11-headline-reworded-tilde-paths.txt"),
    "utf8",
  );
  const crashes = parseCrashes(text);
  assert.equal(crashes.length, 1);
  assert.equal(crashes[0]?.kind, "panic");
  assert.deepEqual(crashes[0]?.panics, [
    {
      value: "runtime error: slice bounds out of range [2:0]",
      recovered: false,
      repanicked: false,
    },
  ]);
  assert.equal(crashes[0]?.span.startLine, 1);
  assert.equal(crashes[0]?.crashing?.id, 39);
  // A handler's log line right above its debug.Stack() (no blank line between) stays a logged stack.
  const logged = parseCrashes(
    readFileSync(join(DAMAGED, "..", "logged", "negroni-251-debug-stack-backtick.txt"), "utf8"),
  );
  assert.deepEqual(
    logged.map((c) => c.kind),
    ["logged"],
  );
});

test("frames right under `http: panic serving` with no goroutine header are the stack (holdout-5/druid-exporter-66)", async () => {
  // Through the pipeline: the paste's one-blank indentation is taken off before the parser reads.
  const analysis = await analyzeFile(
    join(
      DAMAGED,
      "..",
      "holdout-5",
      "druid-exporter-66-space-indented-http-panic-serving-no-goroutine-header-go113.txt",
    ),
  );
  const crashes = analysis.crashes.map((c) => c.crash);
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.recoveredBy, "net/http");
  assert.deepEqual(crash?.panics, [
    {
      value: "interface conversion: interface {} is nil, not string",
      recovered: true,
      repanicked: false,
    },
  ]);
  assert.equal(crash?.crashing?.id, null);
  assert.equal(crash?.crashing?.headerless, true);
  const frames = crash?.crashing?.frames ?? [];
  assert.equal(frames.length, 7);
  assert.deepEqual(
    [frames[2]?.func, frames[2]?.file, frames[2]?.line],
    [
      "druid-exporter/listener.DruidHTTPEndpoint.func1",
      "/go/src/druid-exporter/listener/druid_endpoint.go",
      33,
    ],
  );
});

test("a bare `--` line between `http: panic serving` and the stack is no part of the value (holdout-9/livepeer-2572)", async () => {
  // grep's group separator or a log table's rule; the stack under it keeps the table's `  |   | ` prefix.
  const analysis = await analyzeFile(
    join(
      DAMAGED,
      "..",
      "holdout-9",
      "livepeer-2572-table-pipe-prefix-dash-line-http-panic-serving-intn-untabbed-go117-cut.txt",
    ),
  );
  const crashes = analysis.crashes.map((c) => c.crash);
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.recoveredBy, "net/http");
  assert.deepEqual(crash?.panics, [
    { value: "invalid argument to Intn", recovered: true, repanicked: false },
  ]);
  const [doc] = toDocument(analysis, { goroutines: false }).crashes;
  assert.deepEqual(
    [doc?.category, doc?.goroutine, doc?.frame?.func, doc?.frame?.file, doc?.frame?.line],
    ["custom-panic", 43991, "math/rand.(*Rand).Intn", "/usr/local/go/src/math/rand/rand.go", 168],
  );
});

test("lines under a headline indented by blanks it lacks: the indentation is the crash's prefix (holdout-5/helm-10683)", () => {
  const lines = readFileSync(
    join(
      DAMAGED,
      "..",
      "holdout-5",
      "helm-10683-indented-test-output-actions-line-link-in-path-reporter-cut.txt",
    ),
    "utf8",
  ).split("\n");
  // From the headline to the first function line (the file line after it holds an Actions link,
  // which the input layer takes off).
  const crashes = parseCrashes(lines.slice(1, 6).join("\n"));
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.kind, "panic");
  assert.deepEqual(crash?.panics, [
    {
      value: "runtime error: invalid memory address or nil pointer dereference",
      recovered: false,
      repanicked: false,
    },
  ]);
  assert.equal(crash?.signal?.name, "SIGSEGV");
  assert.equal(crash?.crashing?.id, 1);
  assert.deepEqual(
    crash?.crashing?.frames.map((f) => [f.func, f.file, f.line]),
    [["helm.sh/helm/v3/pkg/action.(*Pull).Run", "", 0]],
  );
});

test("file lines with no function lines are frames placed by their file, a doubled one once (holdout-5/goconvey-220)", () => {
  const lines = readFileSync(
    join(
      DAMAGED,
      "..",
      "holdout-5",
      "goconvey-220-go12-doubled-file-lines-no-function-names-custom-value.txt",
    ),
    "utf8",
  ).split("\n");
  // From the headline to the last file line (the fence and the log line before it left out).
  const crashes = parseCrashes(lines.slice(2, 14).join("\n"));
  assert.equal(crashes.length, 1);
  const frames = crashes[0]?.crashing?.frames ?? [];
  assert.equal(crashes[0]?.crashing?.id, 4);
  assert.deepEqual(
    frames.map((f) => [f.func, f.file, f.line, f.location]),
    [
      ["", "/usr/local/go/src/pkg/runtime/panic.c", 266, "runtime"],
      ["", ".../go/src/github.com/smartystreets/goconvey/convey/runner.go", 57, "user"],
      ["", ".../go/src/github.com/smartystreets/goconvey/convey/doc.go", 111, "user"],
      ["", ".../go/src/goroutine/goroutine_test.go", 26, "user"],
      ["", ".../go/src/goroutine/goroutine_test.go", 28, "user"],
    ],
  );
});

test("frames in another stream right under a goroutine header are that block's (holdout-5/github-comment-101)", async () => {
  const analysis = await analyzeFile(
    join(
      DAMAGED,
      "..",
      "holdout-5",
      "github-comment-101-drone-ci-line-numbers-double-blank-nil-map.txt",
    ),
  );
  const crashes = toDocument(analysis, { goroutines: false }).crashes;
  assert.deepEqual(
    crashes.map((c) => [c.kind, c.goroutine, c.frame?.func, c.frame?.file, c.frame?.line]),
    [
      [
        "panic",
        1,
        "github.com/suzuki-shunsuke/github-comment/pkg/api.ExecController.Exec",
        "/drone/src/pkg/api/exec.go",
        99,
      ],
    ],
  );
  assert.equal(analysis.crashes[0]?.crash.crashing?.frames.length, 6);
});

test("a status line the headline was written over leaves its end after the value: the value stops where it does (restic/restic#1217, #699)", () => {
  const custom = parseCrashes(
    readFileSync(
      join(
        DAMAGED,
        "..",
        "holdout-6",
        "restic-1217-progress-line-glued-into-custom-panic-value-go19.txt",
      ),
      "utf8",
    ),
  );
  assert.equal(custom.length, 1);
  assert.equal(custom[0]?.kind, "panic");
  assert.deepEqual(custom[0]?.panics, [
    { value: 'Write: sftp: "Failure" (SSH_FX_FAILURE)', recovered: false, repanicked: false },
  ]);
  assert.deepEqual(custom[0]?.span, { startLine: 3, endLine: 9 });
  assert.equal(custom[0]?.crashing?.id, 79105);
  assert.equal(
    custom[0]?.crashing?.frames[0]?.func,
    "github.com/restic/restic/internal/archiver.(*Archiver).saveChunk",
  );
  // Cut inside a word: the end of the runtime error the catalogue knows is the value's.
  const known = parseCrashes(
    readFileSync(
      join(DAMAGED, "..", "holdout-3", "restic-699-progress-bar-glued-into-headline-go16.txt"),
      "utf8",
    ),
  );
  assert.deepEqual(
    known.map((c) => c.panics.map((p) => p.value)),
    [["runtime error: invalid memory address or nil pointer dereference"]],
  );
  assert.equal(known[0]?.crashing?.id, 81);
});

test("a value is cut only before a status line's fields, glued to it", () => {
  assert.equal(
    statusTailAt(
      'Write: sftp: "Failure" (SSH_FX_FAILURE)08 GiB  56850 / 56857 items  0 errors  ETA 6:46 ',
    ),
    39,
  );
  // Wide gaps of the value's own, fields without numbers, or nothing glued: the value is whole.
  assert.equal(statusTailAt("expected  got"), -1);
  assert.equal(statusTailAt("bad row  a=1  b=2"), -1);
  assert.equal(statusTailAt("runtime error: index out of range [3] with length 3"), -1);
  assert.equal(statusTailAt("boom  done  ok"), -1);
  // Digits glued to a letter with no unit after them are the value's own.
  assert.equal(statusTailAt("bad header v2  len 10  crc 5"), -1);
});

test("a Windows console's 80-column wrap: the rest of an argument list and of an fp=/sp= tail stay with their frame (holdout-6/nyagos-76)", () => {
  const text = readFileSync(
    join(
      DAMAGED,
      "..",
      "holdout-6",
      "nyagos-76-windows-386-console-wrapped-80-columns-g-waiting-list-corrupted-go14-gothrow-cut.txt",
    ),
    "utf8",
  );
  const crashes = parseCrashes(text);
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.kind, "fatal");
  assert.equal(crash?.crashing?.id, 1);
  assert.deepEqual(
    crash?.crashing?.frames.map((f) => [f.func, f.args, f.file, f.line]),
    [
      ["runtime.gothrow", "0x575ba8, 0x1c", "c:/go/src/runtime/panic.go", 503],
      [
        "runtime.chanrecv",
        "0x513ba0, 0x11836200, 0x117ace60, 0x466c01, 0x0",
        "c:/go/src/runtime/chan.go",
        414,
      ],
      ["runtime.chanrecv1", "0x513ba0, 0x11836200, 0x117ace60", "c:/go/src/runtime/chan.go", 311],
      [
        "_/C_/Users/Hayama/GoSrc/nyagos/interpreter.(*Interpreter).Interpret",
        // The `, ` the console lost at the cut is put back.
        "0x117b9520, 0x11856410, 0xb, 0x1, 0x0, 0x0",
        "C:/Users/Hayama/GoSrc/nyagos/interpreter/interpreter.go",
        249,
      ],
      ["main.main", "", "C:/Users/Hayama/GoSrc/nyagos/main/nyagos.go", 209],
      ["runtime.main", "", "c:/go/src/runtime/proc.go", 63],
      ["runtime.goexit", "", "c:/go/src/runtime/asm_386.s", 2287],
    ],
  );
  // The wrapped pieces (`117ace94 sp=0x117acd28`, `0x117ace94`) are the frames' own: none is left over.
  assert.deepEqual(crash?.unparsed, []);
  assert.equal(crash?.goroutineCount, 2);
});

test("a race report whose file lines a terminal wrapped before the offset: each offset is its frame's (holdout-6/metafora-pr105)", () => {
  const text = readFileSync(
    join(
      DAMAGED,
      "..",
      "holdout-6",
      "metafora-pr105-race-go14-offsets-wrapped-onto-own-line-old-write-by-wording-cut.txt",
    ),
    "utf8",
  );
  const [crash, ...rest] = parseCrashes(text);
  assert.equal(rest.length, 0);
  assert.equal(crash?.kind, "race");
  const [write, previous] = crash?.race?.accesses ?? [];
  // `coordinator_test.go:121`, then `+0xa1c` alone on the next line.
  assert.deepEqual(
    write?.frames.map((f) => [f.func, f.line, f.offset]),
    [
      ["testing.(*common).FailNow", 328, 0x49],
      ["testing.(*common).Fatalf", 370, 0x97],
      ["github.com/lytics/metafora/m_etcd.TestCoordinatorTC2", 121, 0xa1c],
      ["testing.tRunner", 447, 0x133],
    ],
  );
  assert.deepEqual(
    previous?.frames.map((f) => [f.func, f.line, f.offset]),
    [
      ["testing.(*common).FailNow", 328, 0x49],
      ["testing.(*common).Fatal", 364, 0x83],
      ["github.com/lytics/metafora/m_etcd.func·009", 102, 0x434],
    ],
  );
  assert.deepEqual(crash?.unparsed, []);
});

test("a progress bar printed with no newline before the headline and a longer bar's end after its value (apache/mynewt-mcumgr-cli#23)", () => {
  const crashes = parseCrashes(read("mcumgr-cli-23-pb-bar-around-glued-headline-arm-cut"));
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.kind, "panic");
  assert.deepEqual(crash?.panics, [
    {
      value: "runtime error: invalid memory address or nil pointer dereference",
      recovered: false,
      repanicked: false,
    },
  ]);
  assert.deepEqual(crash?.span, { startLine: 2, endLine: 11 });
  assert.equal(crash?.crashing?.id, 11);
  assert.deepEqual(
    crash?.crashing?.frames.map((f) => [f.func, f.line]),
    [
      ["regexp.(*Regexp).allMatches", 719],
      ["regexp.(*Regexp).FindAllString", 1060],
      [
        "github.com/apache/mynewt-mcumgr-cli/vendor/gopkg.in/cheggaaa/pb%2ev1.escapeAwareRuneCountInString",
        13,
      ],
    ],
  );
  // Glued after a quantity's unit (`00m22s`), not inside a word.
  assert.equal(gluedHeadline(" 2.98 KiB/s 00m22spanic: boom"), 18);
  assert.equal(gluedHeadline("recoverpanic: boom"), -1);
});

test("other loggers' records under a recovered panic's headline are not its value: zap's JSON, logrus's logfmt, HandleCrash's `Observed a panic` of the same value (holdout-7/logging-operator-60)", async () => {
  const analysis = await analyzeFile(
    join(
      DAMAGED,
      "..",
      "holdout-7",
      "logging-operator-60-kubectl-get-logs-interleaved-recovered-headline-no-trace-klog-observed.txt",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash;
  assert.equal(crash?.kind, "panic");
  assert.deepEqual(crash?.panics, [
    { value: "assignment to entry in nil map", recovered: true, repanicked: false },
    { value: "assignment to entry in nil map", recovered: false, repanicked: false },
  ]);
  assert.deepEqual(crash?.span, { startLine: 7, endLine: 11 });
  assert.equal(crash?.goroutineCount, 0);
  // The three log lines are kept, outside the crash.
  assert.deepEqual(
    analysis.stray.filter((s) => s.line >= 9).map((s) => s.line),
    [9, 10, 11],
  );
  assert.equal(toDocument(analysis, { goroutines: false }).crashes[0]?.category, "nil-map-write");
  assert.deepEqual(
    analysis.stray.filter((s) => s.line >= 9).map((s) => isLogRecord(s.text)),
    [true, true, false],
  );
  assert.equal(isLogRecord("\tpanic: assignment to entry in nil map"), false);
});

const holdout8 = (name: string) => join(DAMAGED, "..", "holdout-8", `${name}.txt`);

test("net/http's recovery line without its `http: ` is the recovered panic's headline when a goroutine header follows (holdout-8/etcd-358, go1.2)", async () => {
  const analysis = await analyzeFile(
    holdout8(
      "etcd-358-http-panic-serving-without-http-prefix-386-atomic-alignment-no-runtime-panic-frame-go12-cut",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash;
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.recoveredBy, "net/http");
  assert.deepEqual(crash?.panics, [
    {
      value: "runtime error: invalid memory address or nil pointer dereference",
      recovered: true,
      repanicked: false,
    },
  ]);
  assert.equal(crash?.span.startLine, 1);
  assert.equal(crash?.crashing?.id, 758);
  const doc = toDocument(analysis, { goroutines: false }).crashes[0];
  assert.equal(doc?.category, "nil-deref");
  assert.deepEqual(
    [doc?.frame?.func, doc?.frame?.file, doc?.frame?.line],
    ["sync/atomic.AddUint64", "/usr/local/go/src/pkg/sync/atomic/asm_386.s", 69],
  );
  // Prose that opens with the same words and no stack under it is not a crash.
  assert.equal(
    parseCrashes("panic serving requests: the server stops\nthen it restarts\n").length,
    0,
  );
});

test("a signal dump's header glued after an HTML tag opens the signal crash (holdout-8/govcl-203, `<pre>SIGABRT: abort`)", async () => {
  const analysis = await analyzeFile(
    holdout8("govcl-203-pre-glued-sigabrt-cgo-dylib-syscall3-centos-sigcode-unsigned-cut"),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash;
  assert.equal(crash?.kind, "signal");
  assert.equal(crash?.signal?.name, "SIGABRT");
  assert.equal(crash?.span.startLine, 1);
  assert.equal(crash?.crashing?.id, 1);
  const doc = toDocument(analysis, { goroutines: false }).crashes[0];
  assert.equal(doc?.category, "cgo-crash");
  assert.deepEqual(
    [doc?.frame?.func, doc?.frame?.file, doc?.frame?.line],
    ["github.com/ying32/dylib._Cfunc_Syscall3", "_cgo_gotypes.go", 180],
  );
  assert.equal(gluedHeadline("<pre>SIGABRT: abort"), 5);
  // Inside a word it is not a header.
  assert.equal(gluedHeadline("xSIGABRT: abort"), -1);
});

test("a headline in markdown inline code that ends a line of prose is read as that line alone (holdout-8/gin-contrib-zap-9)", async () => {
  const analysis = await analyzeFile(
    holdout8(
      "gin-contrib-zap-9-headline-glued-to-prose-inline-code-http-panic-serving-type-assertion-no-trace",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash;
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.recoveredBy, "net/http");
  assert.deepEqual(crash?.panics, [
    {
      value: "interface conversion: interface {} is runtime.errorString, not string",
      recovered: true,
      repanicked: false,
    },
  ]);
  assert.equal(crash?.goroutineCount, 0);
  const doc = toDocument(analysis, { goroutines: false }).crashes[0];
  assert.equal(doc?.category, "type-assertion");
  assert.equal(doc?.frame, null);
  // A span that closes before the line ends is prose quoting a headline, not a crash.
  assert.equal(parseCrashes("it said `panic: boom` and stopped\n").length, 0);
});

test("net/http's stack pasted without its goroutine header a few lines under its line is that crash's stack (holdout-8/dcrdata-1712)", async () => {
  const analysis = await analyzeFile(
    holdout8(
      "dcrdata-1712-prose-headline-then-log-line-then-fenced-frames-without-goroutine-header-divide-by-zero-cut",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash;
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.recoveredBy, "net/http");
  assert.deepEqual(crash?.span, { startLine: 1, endLine: 20 });
  assert.equal(crash?.crashing?.id, null);
  assert.equal(crash?.crashing?.frames.length, 8);
  // The program's log line in between is kept, outside the crash.
  assert.deepEqual(
    analysis.stray.map((s) => [s.line, s.text]),
    [[3, "[INF] PSQL: 0 politeia's proposal commits were processed"]],
  );
  const doc = toDocument(analysis, { goroutines: false }).crashes[0];
  assert.equal(doc?.category, "divide-by-zero");
  assert.deepEqual(
    [doc?.frame?.func, doc?.frame?.file, doc?.frame?.line],
    [
      "github.com/decred/dcrdata/v5/explorer.(*explorerUI).Blocks",
      "/home/user/dcrdata/explorer/explorerroutes.go",
      635,
    ],
  );
});

test("a reporter's `[...]` between goroutines leaves the dump one crash (broad-2/vocdoni-node-617)", () => {
  const crashes = parseCrashes(
    readFileSync(
      join(
        DAMAGED,
        "..",
        "broad-2",
        "vocdoni-node-617-test-timeout-go119-reporter-elision-no-test-goroutine.txt",
      ),
      "utf8",
    ),
  );
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.kind, "test-timeout");
  assert.deepEqual(
    crash?.goroutines.map((g) => g.id),
    [252826, 1, 248826],
  );
  assert.deepEqual(crash?.unparsed, [{ line: 24, text: "[...]" }]);
  assert.equal(crash?.span.endLine, 32);
});

test("only a whole line of dots or an ellipsis, bare or bracketed, is an elision mark", () => {
  for (const mark of ["...", "[...]", "(...)", "…", "[…]", "  ...  ", ".", "⋮"]) {
    assert.equal(isElisionMark(mark), true, mark);
  }
  for (const other of ["..", "...additional frames elided...", "[...] more", "created by x", ""]) {
    assert.equal(isElisionMark(other), false, other);
  }
});

test("a file line whose function line lost its name is still a frame, placed by its file (broad-2/ziti-2173)", () => {
  const crashes = parseCrashes(
    readFileSync(
      join(
        DAMAGED,
        "..",
        "broad-2",
        "ziti-2173-function-name-lost-file-lines-unindented-no-blank.txt",
      ),
      "utf8",
    ),
  );
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.crashing?.id, 313);
  const frames = crash?.crashing?.frames ?? [];
  assert.deepEqual(
    frames.map((f) => [f.func, f.file, f.line]),
    [
      ["", "github.com/openziti/ziti/controller/model/controller_manager.go", 234],
      [
        "github.com/openziti/ziti/controller/env.(*Broker).AcceptClusterEvent",
        "github.com/openziti/ziti/controller/env/broker.go",
        94,
      ],
      [
        "github.com/openziti/ziti/controller/events.(*Dispatcher).AcceptClusterEvent.func1",
        "github.com/openziti/ziti/controller/events/dispatcher_cluster.go",
        36,
      ],
    ],
  );
  // The tail of the lost function line is kept, not dropped.
  assert.deepEqual(crash?.unparsed, [{ line: 4, text: "{0xc0026d0038, 0x1, 0x1})" }]);
});

test("a function line split before its `(`, after a blank under the header, is one frame (broad-2/sampctl-108)", () => {
  const crashes = parseCrashes(
    readFileSync(
      join(
        DAMAGED,
        "..",
        "broad-2",
        "sampctl-108-windows-signal-headline-without-panic-prefix-blank-after-header-split-function-line.txt",
      ),
      "utf8",
    ),
  );
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.crashing?.id, 23);
  const frames = crash?.crashing?.frames ?? [];
  assert.deepEqual(
    frames.map((f) => [f.func, f.args, f.file, f.line]),
    [
      [
        "github.com/Southclaws/sampctl/runtime.run.func5",
        "0xc0430b1e20, 0xc04208e2c0, 0xc042048c60",
        "/home/travis/gopath/src/github.com/Southclaws/sampctl/runtime/run.go",
        155,
      ],
    ],
  );
  assert.equal(crash?.crashing?.createdBy?.func, "github.com/Southclaws/sampctl/runtime.run");
  assert.deepEqual(crash?.unparsed, []);
});

test("an argument list alone on its line, and a package-qualified name alone", () => {
  assert.equal(
    parseArgumentListLine("(0xc0430b1e20, 0xc04208e2c0, 0xc042048c60)"),
    "0xc0430b1e20, 0xc04208e2c0, 0xc042048c60",
  );
  assert.equal(parseArgumentListLine("({0x1?, 0x2}, ...)"), "{0x1?, 0x2}, ...");
  assert.equal(parseArgumentListLine("(see below)"), null);
  assert.equal(parseArgumentListLine("0x1, 0x2)"), null);
  assert.equal(isQualifiedFuncName("github.com/Southclaws/sampctl/runtime.run.func5"), true);
  assert.equal(isQualifiedFuncName("main.main"), true);
  assert.equal(isQualifiedFuncName("Hello"), false);
  assert.equal(isQualifiedFuncName("see: main.main"), false);
});

test("a headline's ` [recovered]` a terminal cut at its width (`[recover` / `ed]`) marks the link recovered, and the site is below the recovering frame (holdout-11/hugo-1108, go1.4)", async () => {
  const file = join(
    DAMAGED,
    "..",
    "holdout-11",
    "hugo-1108-windows-console-80-column-wrapped-headline-and-frames-template-recovered-go14-cut.txt",
  );
  const crashes = parseCrashes(readFileSync(file, "utf8"));
  assert.equal(crashes.length, 1);
  const value = "runtime error: invalid memory address or nil pointer dereference";
  assert.deepEqual(crashes[0]?.panics, [
    { value, recovered: true, repanicked: false },
    { value, recovered: false, repanicked: false },
  ]);
  const [crash] = toDocument(await analyzeFile(file)).crashes;
  assert.equal(crash?.category, "nil-deref");
  assert.equal(crash?.goroutine, 1);
  // go1.4 prints no `panic(…)` frame: text/template.errRecover re-panicked, the frame below it
  // is where the first panic happened.
  assert.deepEqual(crash?.frame, {
    func: "github.com/spf13/hugo/hugolib.(*pager).Pages",
    file: "/Users/spf13/gopath/src/github.com/spf13/hugo/hugolib/pagination.go",
    line: 55,
  });
  // Cut anywhere in the mark, the rest completes it; a piece that does not is the value's.
  assert.deepEqual(cutChainMark("boom [recovered, repanick", "ed]"), {
    value: "boom",
    repanicked: true,
  });
  assert.deepEqual(cutChainMark("boom", " [recovered]"), { value: "boom", repanicked: false });
  assert.equal(cutChainMark("boom [recover", "ing]"), null);
  assert.equal(cutChainMark("boom", "ed]"), null);
});

test("a reporter's `[...]` under the headline is no line of the value (holdout-11/etcd-3504)", () => {
  const crashes = parseCrashes(
    readFileSync(
      join(
        DAMAGED,
        "..",
        "holdout-11",
        "etcd-3504-tilde-fence-capnslog-lines-custom-panic-headline-then-ellipsis.txt",
      ),
      "utf8",
    ),
  );
  assert.equal(crashes.length, 1);
  assert.deepEqual(crashes[0]?.panics, [
    {
      value: "tocommit(138789) is out of range [lastIndex(0)]",
      recovered: false,
      repanicked: false,
    },
  ]);
  assert.equal(crashes[0]?.crashing, null);
  assert.deepEqual(crashes[0]?.unparsed, [{ line: 8, text: "[...]" }]);
});

test("a headline glued inside a word is read when its value is one the standard library panics with (holdout-13/kopia-1778, go1.17.3)", async () => {
  const file = join(
    DAMAGED,
    "..",
    "holdout-13",
    "kopia-1778-word-glued-to-headline-waitgroup-reused-stdlib-site-wrapped-args-go1173.txt",
  );
  const [crash, ...rest] = toDocument(await analyzeFile(file)).crashes;
  assert.equal(rest.length, 0);
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.category, "sync-misuse");
  assert.equal(crash?.message, "sync: WaitGroup is reused before previous Wait has returned");
  assert.equal(crash?.goroutine, 82);
  assert.deepEqual(crash?.frame, {
    func: "sync.(*WaitGroup).Wait",
    file: "/opt/hostedtoolcache/go/1.17.3/x64/src/sync/waitgroup.go",
    line: 132,
  });
  // A value of the program's own stays inside the word.
  assert.equal(gluedHeadline("leftpanic: sync: negative WaitGroup counter"), 4);
  assert.equal(gluedHeadline("recoverpanic: boom"), -1);
});

test("a trace written over a full-screen terminal UI: the headline's blank line is a row of panels, each tab left the screen's 8 columns, old text stays after the header (holdout-13/lazydocker-91)", async () => {
  const file = join(
    DAMAGED,
    "..",
    "holdout-13",
    "lazydocker-91-tui-overwritten-trace-glued-headline-box-drawing-debris-garbled-offset-cut.txt",
  );
  const [crash, ...rest] = toDocument(await analyzeFile(file)).crashes;
  assert.equal(rest.length, 0);
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.category, "index-out-of-range");
  assert.equal(crash?.message, "runtime error: index out of range");
  assert.equal(crash?.goroutine, 20206);
  assert.deepEqual(crash?.frame, {
    func: "github.com/jesseduffield/lazydocker/pkg/commands.(*Container).PlotGraph",
    file: "/go/src/github.com/jesseduffield/lazydocker/pkg/commands/container_stats.go",
    line: 241,
  });
  // With no goroutine header under the panels' row, the glued headline is no crash.
  assert.equal(parseCrashes("│ a  ││ 3m42panic: boom\n│ b  ││\nnothing\n").length, 0);
});

test("a column of lone dots under `runtime stack:` is a reporter's elision: one crash, crashing goroutine unknown (holdout-15/testkube-2969)", () => {
  const crashes = parseCrashes(
    readFileSync(
      join(
        DAMAGED,
        "..",
        "holdout-15",
        "testkube-2969-inline-code-helm-template-stack-overflow-reporter-dot-elision-homebrew-go1163.txt",
      ),
      "utf8",
    ),
  );
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.deepEqual([crash?.kind, crash?.fatal], ["fatal", "stack overflow"]);
  assert.deepEqual(
    crash?.systemStacks[0]?.map((f) => [f.func, f.line]),
    [
      ["runtime.throw", 1117],
      ["runtime.newstack", 1069],
      ["runtime.morestack", 458],
    ],
  );
  // The block after the dots is another goroutine's: the one that overflowed was left out.
  assert.deepEqual(
    crash?.goroutines.map((g) => [g.id, g.state, g.frames[0]?.func, g.frames[0]?.line]),
    [[19, "chan receive", "k8s.io/klog/v2.(*loggingT).flushDaemon", 1169]],
  );
  assert.equal(crash?.crashing, null);
  assert.deepEqual(
    crash?.unparsed.map((u) => u.text),
    [".", ".", ".", ".", "."],
  );
  assert.equal(crash?.span.endLine, 21);
});

test("a reporter's line right under a throw is no part of its text, which the runtime prints whole on its line (broad-3/golang-15639)", () => {
  const text = readFileSync(
    join(
      DAMAGED,
      "..",
      "broad-3",
      "golang-15639-stack-split-bad-time-newstack-cgo-frames-escaped-dot-redacted-go16.txt",
    ),
    "utf8",
  );
  const [crash, ...rest] = parseCrashes(text);
  assert.equal(rest.length, 0);
  assert.equal(crash?.kind, "fatal");
  assert.equal(crash?.fatal, "runtime: stack split at bad time");
  // (parseCrashes reads the text as it is: the closing fence is a line not understood too)
  assert.deepEqual(
    crash?.unparsed.map((u) => u.text),
    ["# ...lengthy stack trace redacted...", "```"],
  );
});

test("a `[signal …]` line where a headline was expected, then `runtime stack:`, is a throw whose headline a copy lost: sigpanic's (broad-3/golang-12746)", async () => {
  const file = join(
    DAMAGED,
    "..",
    "broad-3",
    "golang-12746-signal-line-first-headline-lost-runtime-stack-cgo-darwin-go151-cut.txt",
  );
  const [crash, ...rest] = toDocument(await analyzeFile(file), { goroutines: false }).crashes;
  assert.equal(rest.length, 0);
  assert.deepEqual(
    [crash?.kind, crash?.category, crash?.message, crash?.goroutine, crash?.frame?.func],
    [
      "fatal",
      "cgo-crash",
      "unexpected signal during runtime execution",
      67,
      "github.com/minio/minio/pkg/erasure._Cfunc_minio_get_source_target",
    ],
  );
});

test("the runtime's `out of memory: cannot allocate` report kept without its headline is the throw that always follows it (broad-3/golang-13992)", async () => {
  const file = join(
    DAMAGED,
    "..",
    "broad-3",
    "golang-13992-out-of-memory-runtime-lines-only-no-headline-android-arm-go16beta.txt",
  );
  const [crash, ...rest] = toDocument(await analyzeFile(file), { goroutines: false }).crashes;
  assert.equal(rest.length, 0);
  assert.deepEqual(
    [crash?.kind, crash?.category, crash?.message, crash?.goroutine, crash?.goroutineCount],
    ["fatal", "out-of-memory", "out of memory", null, 0],
  );
  const [parsed] = parseCrashes(readFileSync(file, "utf8"));
  assert.deepEqual(
    parsed?.notes.map((n) => n.text),
    [
      "runtime: memory allocated by OS (1626533888) not in usable range [0x9143a000,0x1143a000)",
      "runtime: out of memory: cannot allocate 268435456-byte block (3145728 in use)",
    ],
  );
});

test("a `fatal error:` holding no text, its throw's text alone on the next line, is that throw (broad-3/golang-19473)", async () => {
  const file = join(
    DAMAGED,
    "..",
    "broad-3",
    "golang-19473-fatal-error-value-on-next-line-after-padding-blanks-sweep-go19dev.txt",
  );
  const [crash, ...rest] = toDocument(await analyzeFile(file), { goroutines: false }).crashes;
  assert.equal(rest.length, 0);
  assert.deepEqual(
    [crash?.kind, crash?.category, crash?.message, crash?.goroutine, crash?.frame],
    ["fatal", "other", "sweep increased allocation count", 3, null],
  );
});

test("a race report hard-wrapped inside its offsets: each file line keeps its file and line, a cut offset gets its rest from the next row (holdout-19/paho-mqtt-211)", async () => {
  const file = join(
    DAMAGED,
    "..",
    "holdout-19",
    "paho-mqtt-211-race-without-banner-windows-vendored-offsets-hard-wrapped.txt",
  );
  const [crash, ...rest] = parseCrashes(readFileSync(file, "utf8"));
  assert.equal(rest.length, 0);
  const pkg = "gotcpserver/vendor/github.com/eclipse/paho%2emqtt%2egolang";
  const dir = "C:/Users/Lifang/go/src/gotcpserver/vendor/github.com/eclipse/paho.mqtt.golang";
  // `client.go:377 +0`, then `x149e`: the offset is 0x149e. `ping.go:42 +0x23`, then `d`: the
  // row looks whole, its offset stays as printed.
  assert.deepEqual(
    crash?.race?.accesses.map((a) => [
      a.goroutine,
      a.frames.map((f) => [f.func, f.file, f.line, f.offset]),
    ]),
    [
      [59, [[`${pkg}.keepalive`, `${dir}/ping.go`, 42, 0x23]]],
      [40, [[`${pkg}.(*client).reconnect`, `${dir}/client.go`, 377, 0x149e]]],
    ],
  );
  const doc = toDocument(await analyzeFile(file), { goroutines: false });
  assert.deepEqual(
    doc.crashes.map((c) => [c.kind, c.category, c.goroutine, c.frame, c.origin]),
    [
      [
        "race",
        "data-race",
        59,
        { func: `${pkg}.keepalive`, file: `${dir}/ping.go`, line: 42 },
        { func: `${pkg}.(*client).reconnect`, file: `${dir}/client.go`, line: 377 },
      ],
    ],
  );
});

test("a race access's file line whose function line a paste left blank is a frame of its own, placed by its file (holdout-19/jeffallen-mqtt-24)", async () => {
  const file = join(
    DAMAGED,
    "..",
    "holdout-19",
    "jeffallen-mqtt-24-unfenced-race-windows-empty-function-line-runtime-chansend-top.txt",
  );
  const dir = "d:/coding/golang/_home/src/github.com/jeffallen/mqtt";
  const doc = toDocument(await analyzeFile(file), { goroutines: false });
  assert.deepEqual(
    doc.crashes.map((c) => [c.kind, c.category, c.goroutine, c.frame, c.origin]),
    [
      [
        "race",
        "data-race",
        39,
        { func: "", file: `${dir}/mqtt.go`, line: 885 },
        {
          func: "github.com/jeffallen/mqtt.(*ClientConn).reader.func1",
          file: `${dir}/mqtt.go`,
          line: 743,
        },
      ],
    ],
  );
});

test("the same throw again where its stacks were to be printed, `panic during panic` after it, is one crash (broad-3/golang-49684)", () => {
  const text = readFileSync(
    join(
      DAMAGED,
      "..",
      "broad-3",
      "golang-49684-plan9-panic-during-panic-repeated-throw-runtime-stack-empty-builder-cut.txt",
    ),
    "utf8",
  );
  const crashes = parseCrashes(text);
  assert.equal(crashes.length, 1);
  assert.equal(crashes[0]?.fatal, "unexpected signal during runtime execution");
  assert.deepEqual(
    crashes[0]?.notes.map((n) => n.text),
    ["fatal error: unexpected signal during runtime execution", "panic during panic"],
  );
});
