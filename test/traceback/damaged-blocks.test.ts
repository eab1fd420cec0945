// Goroutine blocks that a paste or a person damaged: a header without its id or with words
// after it, an indented race report, a double-spaced paste, a file line a console wrapped.
// Every input is a public report copied verbatim into testdata/real/holdout-7 (SOURCES.md there).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import type { Frame } from "../../src/model.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";
import { parseCrashes } from "../../src/traceback/index.js";

const HOLDOUT_7 = join(import.meta.dirname, "..", "..", "..", "testdata", "real", "holdout-7");
const path = (name: string) => join(HOLDOUT_7, `${name}.txt`);
const read = (name: string) => readFileSync(path(name), "utf8");
const sites = (frames: Frame[] | undefined) => (frames ?? []).map((f) => [f.func, f.file, f.line]);

test("a goroutine header that lost its id still opens the block, its id unknown (holdout-7/go-nsq-171, go1.3)", () => {
  const crashes = parseCrashes(
    read("go-nsq-171-goroutine-header-without-id-index-go13-c-runtime-panic"),
  );
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.goroutineCount, 1);
  assert.equal(crash?.crashing?.id, null);
  assert.equal(crash?.crashing?.state, "running");
  assert.deepEqual(sites(crash?.crashing?.frames), [
    ["runtime.panic", "/usr/local/go/src/pkg/runtime/panic.c", 279],
    [
      "github.com/nsqio/go-nsq.(*Producer).popTransaction",
      "/data/www/go_proj/src/github.com/nsqio/go-nsq/producer.go",
      336,
    ],
    [
      "github.com/nsqio/go-nsq.(*Producer).router",
      "/data/www/go_proj/src/github.com/nsqio/go-nsq/producer.go",
      319,
    ],
  ]);
  assert.equal(crash?.crashing?.createdBy?.func, "github.com/nsqio/go-nsq.(*Producer).connect");
  assert.deepEqual(crash?.unparsed, []);
});

test("an indented goroutine header with a note after it, frames indented by hand (holdout-7/k9s-1384)", async () => {
  const doc = toDocument(
    await analyzeFile(
      path("k9s-1384-hand-edited-snip-arguments-note-after-header-odd-indentation"),
    ),
    { goroutines: true },
  );
  assert.equal(doc.crashes.length, 1);
  const [crash] = doc.crashes;
  assert.equal(crash?.message, "send on closed channel");
  assert.equal(crash?.category, "closed-channel-send");
  assert.equal(crash?.goroutine, 303);
  assert.equal(crash?.goroutineCount, 1);
  assert.deepEqual(crash?.frame, {
    func: "github.com/derailed/k9s/internal/dao.readLogs",
    file: "github.com/derailed/k9s/internal/dao/pod.go",
    line: 393,
  });
  // The note is no part of the header, and is kept.
  assert.deepEqual(
    crash?.unparsedLines.map((l) => l.text),
    ["(NOTE: the number here seems to change and may not be relevant)"],
  );
});

test("a race report indented as a whole: its access line and frames are read (holdout-7/minder-3397)", () => {
  const crashes = parseCrashes(
    read("minder-3397-indented-race-single-access-hostedtoolcache-go1222"),
  );
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.kind, "race");
  assert.deepEqual(
    crash?.race?.accesses.map((a) => [a.op, a.previous, a.addr, a.goroutine]),
    [["write", false, "0x00c0002d6398", 36]],
  );
  assert.equal(crash?.crashing?.id, 36);
  assert.deepEqual(sites(crash?.crashing?.frames), [
    [
      "github.com/stacklok/minder/internal/providers/manager_test.TestProviderManager_CreateFromConfig.func1",
      "/home/runner/work/minder/minder/internal/providers/manager/manager_test.go",
      83,
    ],
    ["testing.tRunner", "/opt/hostedtoolcache/go/1.22.2/x64/src/testing/testing.go", 1689],
    ["testing.(*T).Run.gowrap1", "/opt/hostedtoolcache/go/1.22.2/x64/src/testing/testing.go", 1742],
  ]);
});

test("a double-spaced paste: blanks between a block's lines do not end it (holdout-7/xray-core-2478)", () => {
  const crashes = parseCrashes(
    read("xray-core-2478-double-spaced-log-untabbed-file-line-index-with-length-inlined-go120"),
  );
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.deepEqual(
    crash?.panics.map((p) => p.value),
    ["runtime error: index out of range [189] with length 127"],
  );
  assert.equal(crash?.crashing?.id, 56851);
  const frames = crash?.crashing?.frames ?? [];
  assert.deepEqual(sites(frames), [
    [
      "github.com/xtls/xray-core/common/strmatcher.(*ACAutomaton).Match",
      "github.com/xtls/xray-core/common/strmatcher/ac_automaton_matcher.go",
      228,
    ],
    // The paste ends at this function line: a frame with no file.
    ["github.com/xtls/xray-core/common/strmatcher.(*MphMatcherGroup).Match", "", 0],
  ]);
  assert.equal(frames[0]?.inlined, true);
  assert.equal(frames[1]?.args, "0xc000c57e60, {0xc001102320, 0x42}");
});

test("a file line a console wrapped at 80 columns is one file line again (holdout-7/ebiten-70, go1.4)", () => {
  const crashes = parseCrashes(
    read(
      "ebiten-70-windows-console-wrapped-80-columns-close-of-closed-box-drawing-middot-go14-cut",
    ),
  );
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.goroutineCount, 3);
  assert.equal(crash?.crashing?.id, 1);
  const frames = crash?.crashing?.frames ?? [];
  assert.deepEqual(
    frames.map((f) => [f.func, f.file, f.line, f.offset]),
    [
      [
        "github.com/hajimehoshi/ebiten/internal/ui.func┬╖004",
        "C:/Users/Augustus/go/src/github.com/hajimehoshi/ebiten/internal/ui/ui_glfw.go",
        114,
        0x31,
      ],
      [
        "github.com/go-gl/glfw3.goFramebufferSizeCB",
        "C:/Users/Augustus/go/src/github.com/go-gl/glfw3/window.go",
        154,
        0x61,
      ],
      [
        "github.com/go-gl/glfw3._Cfunc_glfwShowWindow",
        "C:/Users/Augustus/go/src/github.com/go-gl/glfw3/",
        768,
        0x4c,
      ],
      [
        "github.com/go-gl/glfw3.(*Window).Show",
        "C:/Users/Augustus/go/src/github.com/go-gl/glfw3/window.go",
        383,
        0x32,
      ],
      [
        "github.com/hajimehoshi/ebiten/internal/ui.Start",
        "C:/Users/Augustus/go/src/github.com/hajimehoshi/ebiten/internal/ui/ui_glfw.go",
        119,
        0x261,
      ],
      [
        "github.com/hajimehoshi/ebiten.Run",
        "C:/Users/Augustus/go/src/github.com/hajimehoshi/ebiten/run.go",
        41,
        0x104,
      ],
      [
        "main.main",
        "c:/Users/Augustus/go/src/github.com/hajimehoshi/ebiten/example/shapes/main.go",
        45,
        0x67,
      ],
    ],
  );
  // The argument lists the console wrapped are whole too, and no piece is left over.
  assert.equal(frames[4]?.args, "0x140, 0xf0, 0x2, 0x57fff0, 0x14, 0xaaa80, 0x0, 0x0");
  assert.equal(frames[5]?.args, "0x5af390, 0x140, 0xf0, 0x2, 0x57fff0, 0x14, 0x0, 0x0");
  assert.deepEqual(crash?.unparsed, []);
});

test("a double-spaced paste of a real panic: the `[signal …]` line after a blank is still the headline's (go1.26.8 nil-deref, every line followed by a blank as `sed G` does)", () => {
  // GOTRACEBACK=single go1.26.8 ./crashers-noinline nil-deref (testdata/go/go1.26).
  const output = readFileSync(
    join(HOLDOUT_7, "..", "..", "go", "go1.26", "nil-deref-noinline.single.txt"),
    "utf8",
  );
  const doubled = output.replace(/\n/g, "\n\n");
  const crashes = parseCrashes(doubled);
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.signal?.name, "SIGSEGV");
  assert.equal(crash?.signal?.addr, "0x10");
  assert.equal(crash?.crashing?.id, 1);
  assert.equal(crash?.goroutineCount, 1);
  assert.deepEqual(sites(crash?.crashing?.frames), [
    ["main.(*Account).Balance", "/tmp/panicscope-lab/crashers/nilderef.go", 17],
    ["main.nilDeref", "/tmp/panicscope-lab/crashers/nilderef.go", 35],
    ["main.main", "/tmp/panicscope-lab/crashers/main.go", 47],
  ]);
  assert.deepEqual(crash?.unparsed, []);
});

test("a paste that turned tabs into spaces: go1.26's fatal link under a panic is still the chain's (go1.26.8 fatal-in-defer)", () => {
  // GOTRACEBACK=single go1.26.8 ./crashers fatal-in-defer (testdata/go/go1.26), every tab
  // written as eight spaces, as a console or a web page shows it.
  const output = readFileSync(
    join(HOLDOUT_7, "..", "..", "go", "go1.26", "fatal-in-defer.single.txt"),
    "utf8",
  );
  const crashes = parseCrashes(output.replace(/\t/g, "        "));
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.kind, "fatal");
  assert.equal(crash?.fatal, "sync: unlock of unlocked mutex");
  assert.deepEqual(crash?.panics, [
    { value: "request handler failed", recovered: false, repanicked: false },
    { value: "sync: unlock of unlocked mutex", recovered: false, repanicked: false, fatal: true },
  ]);
  assert.equal(crash?.crashing?.id, 1);
  assert.deepEqual(sites(crash?.crashing?.frames.slice(0, 1)), [
    ["internal/sync.fatal", "/usr/local/go/src/runtime/panic.go", 1191],
  ]);
});

test("a double-spaced paste: a chain's next link and a framed value's lines after a blank are the headline's (go1.26.8 three-panics, test-timeout)", () => {
  const GO126 = join(HOLDOUT_7, "..", "..", "go", "go1.26");
  // GOTRACEBACK=single go1.26.8 ./crashers three-panics, every line followed by a blank.
  const chain = parseCrashes(
    readFileSync(join(GO126, "three-panics.single.txt"), "utf8").replace(/\n/g, "\n\n"),
  );
  assert.equal(chain.length, 1);
  assert.deepEqual(
    chain[0]?.panics.map((p) => p.value),
    [
      "listener failed: accept tcp [::]:8080: too many open files",
      "close 10.0.0.9:40022: use of closed network connection",
      "third: flushing metrics failed",
    ],
  );
  assert.equal(chain[0]?.crashing?.id, 1);
  // GOTRACEBACK=single go1.26.8 go test -count=1 -timeout 2s -run '^TestSlow$' ./tests, the same.
  const timeout = parseCrashes(
    readFileSync(join(GO126, "test-timeout.single.txt"), "utf8").replace(/\n/g, "\n\n"),
  );
  assert.equal(timeout.length, 1);
  assert.deepEqual(
    timeout[0]?.panics.map((p) => p.value),
    ["test timed out after 2s\nrunning tests:\n\tTestSlow (2s)"],
  );
  assert.equal(timeout[0]?.goroutineCount, 3);
});

test("a double-spaced signal dump: its `PC=` line and `signal arrived during cgo execution` after blanks are the dump's (go1.26.8 cgo-abort)", () => {
  // GOTRACEBACK=single go1.26.8 ./crashers-cgo cgo-abort (testdata/go/go1.26), every line
  // followed by a blank.
  const output = readFileSync(
    join(HOLDOUT_7, "..", "..", "go", "go1.26", "cgo-abort.single.txt"),
    "utf8",
  );
  const crashes = parseCrashes(output.replace(/\n/g, "\n\n"));
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.kind, "signal");
  assert.equal(crash?.signal?.name, "SIGABRT");
  assert.equal(crash?.signal?.pc, "0x7f3687f19eec");
  assert.equal(crash?.signal?.duringCgo, true);
  assert.equal(crash?.crashing?.id, 1);
  assert.deepEqual(sites(crash?.crashing?.frames.slice(0, 2)), [
    ["runtime.cgocall", "/usr/local/go/src/runtime/cgocall.go", 167],
    ["main._Cfunc_fail_hard", "_cgo_gotypes.go", 98],
  ]);
});

test("a file line a terminal cut inside its line number at its width takes the digits on the next line (holdout-11/lnd-2573)", async () => {
  // `…/lnd/server.go:166` ends an 80-column row (lnd's own log lines wrapped at 80 above it),
  // `1 +0x41` is the next row: Go prints only the line number before ` +0x…`.
  const file = join(
    HOLDOUT_7,
    "..",
    "holdout-11",
    "lnd-2573-log-lines-80-column-hard-wrap-splits-line-number-windows-signal-nil-deref-cut.txt",
  );
  const crashes = parseCrashes(readFileSync(file, "utf8"));
  assert.equal(crashes.length, 1);
  assert.equal(crashes[0]?.crashing?.id, 1);
  assert.deepEqual(
    crashes[0]?.crashing?.frames.map((f) => [f.func, f.file, f.line, f.offset]),
    [
      [
        "main.(*server).establishPersistentConnections.func1",
        "/Users/roasbeef/gocode/src/github.com/lightningnetwork/lnd/server.go",
        1661,
        0x41,
      ],
      [
        "github.com/lightningnetwork/lnd/channeldb.(*LightningNode).ForEachChannel.func1",
        "/Users/roasbeef/gocode/src/github.com/lightningnetwork/lnd/channeldb/graph.go",
        2026,
        0x598,
      ],
      ["github.com/coreos/bbolt.(*DB).View", "", 0, undefined],
    ],
  );
  const [crash] = toDocument(await analyzeFile(file)).crashes;
  assert.equal(crash?.category, "nil-deref");
  assert.equal(crash?.goroutine, 1);
  assert.deepEqual(crash?.frame, {
    func: "main.(*server).establishPersistentConnections.func1",
    file: "/Users/roasbeef/gocode/src/github.com/lightningnetwork/lnd/server.go",
    line: 1661,
  });
});

test("a race report read off a screenshot: an access line cut before its goroutine id, a garbled call line kept as printed, offsets glued to line numbers (holdout-11/debugcharts-19, go1.17)", () => {
  const crashes = parseCrashes(
    readFileSync(
      join(
        HOLDOUT_7,
        "..",
        "holdout-11",
        "debugcharts-19-ocr-garbled-race-report-no-indent-wrapped-goroutine-id-failed-restore.txt",
      ),
      "utf8",
    ),
  );
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.equal(crash?.kind, "race");
  const file =
    "/go/pkg/mod/github.com/mkevac/debugcharts@v0.0.0-20191222103121-ae1c48aa8615/debugcharts.go";
  // `Write at 0x000002c31d28 by goroutine` / `25:` is one access line.
  assert.deepEqual(
    crash?.race?.accesses.map((a) => [a.op, a.previous, a.goroutine]),
    [
      ["write", false, 25],
      ["read", true, 962],
    ],
  );
  assert.equal(crash?.crashing?.id, 25);
  assert.deepEqual(
    crash?.crashing?.frames.map((f) => [f.func, f.file, f.line, f.offset]),
    [
      ["aithub.com/mkevac/debuacharts. (*server) gatherData0", file, 125, 0x472],
      ["github.com/mkevac/debugcharts.init.o•dwrap•1", file, 193, 0x39],
    ],
  );
  // The creation's call line was cut at its `(`.
  assert.deepEqual(
    crash?.race?.creations.map((c) => [c.goroutine, c.frames.map((f) => [f.func, f.line])]),
    [[25, [["github.com/mkevac/debugcharts.init.0", 193]]]],
  );
  assert.deepEqual(crash?.unparsed, []);
});

test("a race report whose access line a process manager split after its `by`, one line per write of the race runtime (holdout-14/etcd-pr5271, goreman, go1.6)", async () => {
  const file = join(
    HOLDOUT_7,
    "..",
    "holdout-14",
    "etcd-pr5271-goreman-prefix-race-read-by-split-from-goroutine-line-go16-cut.txt",
  );
  // goreman's prefix comes off in the unwrapper; then `Read by` / `goroutine 101:` is one access
  // line, not an access cut short and a dump.
  const analysis = await analyzeFile(file);
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash;
  assert.equal(crash?.kind, "race");
  assert.deepEqual(
    crash?.race?.accesses.map((a) => [a.op, a.previous, a.goroutine, a.addr]),
    [["read", false, 101, ""]],
  );
  const [doc] = toDocument(analysis).crashes;
  assert.equal(doc?.category, "data-race");
  assert.equal(doc?.goroutine, 101);
  assert.deepEqual(doc?.frame, {
    func: "github.com/coreos/etcd/cmd/vendor/github.com/coreos/etcd/rafthttp.(*peer).activeSince",
    file: "/home/anthony/go/src/github.com/coreos/etcd/cmd/vendor/github.com/coreos/etcd/rafthttp/peer.go",
    line: 222,
  });
});

test("function and file lines a 50-column terminal cut in several rows are one frame each again (holdout-15/kubernetes-website-2102)", () => {
  const crashes = parseCrashes(
    readFileSync(
      join(
        HOLDOUT_7,
        "..",
        "holdout-15",
        "kubernetes-website-2102-terminal-wrapped-at-50-columns-kubectl-discovery-index-go163-cut.txt",
      ),
      "utf8",
    ),
  );
  assert.equal(crashes.length, 1);
  const [crash] = crashes;
  assert.deepEqual(
    [crash?.kind, crash?.panics[0]?.value],
    ["panic", "runtime error: index out of range"],
  );
  assert.equal(crash?.crashing?.id, 1);
  const dir =
    "/go/src/k8s.io/kubernetes/_output/dockerized/go/src/k8s.io/kubernetes/pkg/client/typed/discovery";
  assert.deepEqual(sites(crash?.crashing?.frames), [
    ["panic", "/usr/local/go/src/runtime/panic.go", 481],
    [
      "k8s.io/kubernetes/pkg/client/typed/discovery.apiVersionsToAPIGroup",
      `${dir}/discovery_client.go`,
      101,
    ],
    [
      "k8s.io/kubernetes/pkg/client/typed/discovery.(*DiscoveryClient).ServerGroups",
      `${dir}/discovery_client.go`,
      113,
    ],
    // The text is cut inside this frame's file line.
    ["k8s.io/kubernetes/pkg/client/unversioned.NegotiateVersion", "", 0],
  ]);
});

test("a blank line a paste put between two frames of a block, before its `created by`, does not end the block (broad-3/golang-15009)", () => {
  const crashes = parseCrashes(
    readFileSync(
      join(
        HOLDOUT_7,
        "..",
        "broad-3",
        "golang-15009-goroutine-dump-windows-386-blank-inside-block-wrapped-path-cut.txt",
      ),
      "utf8",
    ),
  );
  assert.deepEqual(
    crashes.map((c) => [c.kind, c.goroutineCount, c.crashing]),
    [["dump", 2, null]],
  );
  const [first, second] = crashes[0]?.goroutines ?? [];
  assert.deepEqual(
    [first?.id, first?.state, second?.id, second?.state],
    [6240, "semacquire", 6529, "select"],
  );
  assert.deepEqual(sites(first?.frames).slice(5), [
    ["fmt.Print", "d:/go/src/fmt/print.go", 232],
    [
      "github.com/TriangleGo/gorouter/logger.(*Logger).Log",
      "d:/go/bin/project/src/github.com/TriangleGo/gorouter/logger/logger.go",
      158,
    ],
    [
      "github.com/TriangleGo/gorouter/logger.Info",
      "d:/go/bin/project/src/github.com/TriangleGo/gorouter/logger/instance.go",
      25,
    ],
    [
      "github.com/TriangleGo/gorouter/network.(*Connection).serveLoop",
      "d:/go/bin/project/src/github.com/TriangleGo/gorouter/network/connection.go",
      75,
    ],
  ]);
  assert.deepEqual(
    [first?.createdBy?.func, first?.createdBy?.file, first?.createdBy?.line],
    [
      "github.com/TriangleGo/gorouter/network.(*Connection).AsyncServe",
      "d:/go/bin/project/src/github.com/TriangleGo/gorouter/network/connection.go",
      51,
    ],
  );
});
