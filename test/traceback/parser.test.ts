// The streaming contract of the parser, on real output: goroutines are handed out one by one
// as their blocks end, and nothing has to be kept.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { crashSite } from "../../src/diagnose/site.js";
import { toDocument } from "../../src/document/to-document.js";
import type { Crash, Goroutine } from "../../src/model.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";
import { withoutGluedLevelTag } from "../../src/traceback/glued-level-tag.js";
import { parseCrashes } from "../../src/traceback/index.js";
import { TracebackParser } from "../../src/traceback/parser.js";

const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");
// GOTRACEBACK=all go1.26.8 ./crashers many-goroutines: 2 000 goroutine blocks.
const MANY = readFileSync(join(TESTDATA, "go/go1.26/many-goroutines.all.txt"), "utf8").split("\n");

test("goroutines are handed out as each block ends, and not kept unless asked", () => {
  const seen: { id: number | null; line: number }[] = [];
  const crashes: Crash[] = [];
  let lineNow = 0;
  const parser = new TracebackParser(
    {
      goroutine: (g: Goroutine) => seen.push({ id: g.id, line: lineNow }),
      crash: (crash) => crashes.push(crash),
    },
    { keepGoroutines: false },
  );
  MANY.forEach((text, i) => {
    lineNow = i + 1;
    parser.push(text, lineNow);
  });
  parser.end();
  assert.equal(crashes.length, 1);
  const [crash] = crashes as [Crash];
  assert.equal(seen.length, 2000);
  assert.equal(crash.goroutineCount, 2000);
  assert.deepEqual(crash.goroutines, [], "nothing kept");
  assert.equal(crash.crashing?.id, 1, "the crashing goroutine is always kept");
  // Goroutine 1's block has no `created by`: the blank line 8 under it may be a paste's, between
  // two of its frames (block.ts), so it is handed out at line 9, the header that ends it. A
  // block ending in `created by` is handed out at its blank line.
  assert.deepEqual(seen[0], { id: 1, line: 9 });
  assert.deepEqual(seen[1], { id: 19, line: 16 });
  assert.equal(
    crash.states["chan receive"],
    MANY.filter((line) => line.endsWith("[chan receive]:")).length,
  );
});

test("parseCrashes keeps every goroutine with its frames", () => {
  const [crash] = parseCrashes(MANY.join("\n"));
  assert.equal(crash?.goroutines.length, 2000);
  const second = crash?.goroutines[1];
  assert.equal(second?.id, 19);
  assert.equal(second?.state, "chan receive");
  assert.deepEqual(
    second?.frames.map((frame) => [frame.func, frame.line, frame.inlined, frame.location]),
    [
      ["main.(*Conn2k).readLoop", 15, true, "user"],
      ["main.manyGoroutines.func1", 59, false, "user"],
    ],
  );
  assert.equal(second?.createdBy?.func, "main.manyGoroutines");
  assert.equal(second?.createdBy?.offset, 0xdb);
  assert.equal(second?.parentId, 1);
});

test("a function line whose file line was cut stays a frame with no file (real/canary-checker-2136)", () => {
  const text = readFileSync(
    join(TESTDATA, "real/canary-checker-2136-nil-map-truncated-by-reporter.txt"),
    "utf8",
  );
  const [crash] = parseCrashes(text);
  assert.equal(crash?.unparsedCount, 0);
  const frames = crash?.crashing?.frames ?? [];
  assert.equal(frames.length, 3);
  const last = frames[2];
  assert.deepEqual(
    [last?.func, last?.args, last?.file, last?.line, last?.inputLine],
    ["github.com/spf13/cobra.(*Command).ExecuteC", "0xa9afe40", "", 0, 9],
  );
});

test("lines outside any crash go to stray, not into a crash (wrapped/docker-json-file.orders.txt after unwrapping)", () => {
  const stray: number[] = [];
  const crashes: Crash[] = [];
  const parser = new TracebackParser({
    crash: (c) => crashes.push(c),
    stray: (_, line) => stray.push(line),
  });
  // The std log lines the service printed before it crashed, then the crash (lines copied
  // from the file's stderr stream, in order).
  const text = readFileSync(join(TESTDATA, "wrapped/docker-json-file.orders.txt"), "utf8");
  const stderr = text
    .split("\n")
    .filter((line) => line.includes('"stream":"stderr"'))
    .map((line) => (JSON.parse(line) as { log: string }).log.replace(/\n$/, ""));
  stderr.forEach((line, i) => {
    parser.push(line, i + 1);
  });
  parser.end();
  assert.equal(crashes.length, 1);
  const firstCrashLine = stderr.findIndex((line) => line.startsWith("panic: ")) + 1;
  assert.equal(crashes[0]?.span.startLine, firstCrashLine);
  assert.deepEqual(
    stray,
    Array.from({ length: firstCrashLine - 1 }, (_, i) => i + 1),
  );
  assert.equal(crashes[0]?.unparsedCount, 0);
});

test("threads faulting at once: the others' `unexpected fault address` lines under the throw are notes, not its text (real/holdout-5/anacrolix-torrent-699)", () => {
  const text = readFileSync(
    join(
      TESTDATA,
      "real/holdout-5/anacrolix-torrent-699-interleaved-fault-headlines-sigbus-mmap-memmove-cut.txt",
    ),
    "utf8",
  );
  const crashes = parseCrashes(text);
  assert.equal(crashes.length, 1);
  const [crash] = crashes as [Crash];
  assert.equal(crash.fatal, "fault");
  assert.equal(crash.signal?.name, "SIGBUS");
  assert.deepEqual(
    crash.notes.map((n) => [n.line, n.text]),
    [
      // The throw's own fault address, printed before its headline.
      [2, "unexpected fault address 0x7cd8da37df80"],
      [4, "unexpected fault address 0x7cd8dae31f80"],
      [5, "unexpected fault address 0x7cd8da61df80"],
      [6, "fatal error: fault"],
      [7, "fatal error: fault"],
      [8, "unexpected fault address 0x7cd98d341f80"],
      [9, "fatal error: fault"],
    ],
  );
});

test("a second throw while dying is a note; the first throw is the crash (real/holdout-2/coreos-bugs-1909, journald prefix removed)", () => {
  const lines = readFileSync(
    join(TESTDATA, "real/holdout-2/coreos-bugs-1909-journald-two-throws-headline-only.txt"),
    "utf8",
  )
    .split("\n")
    .slice(1, 5)
    .map((text) => text.slice(text.indexOf("containerd[1738]: ") + 18));
  assert.equal(lines[1], "fatal error: acquirep: invalid p state");
  const crashes = parseCrashes(lines.join("\n"));
  assert.equal(crashes.length, 1);
  const [crash] = crashes as [Crash];
  assert.equal(crash.kind, "fatal");
  assert.equal(crash.fatal, "acquirep: invalid p state");
  assert.deepEqual(
    crash.notes.map((n) => [n.line, n.text]),
    [
      [3, "runtime: nonempty check fails b.log[0]= 0 b.log[1]= 0 b.log[2]= 0 b.log[3]= 0"],
      [4, "fatal error: workbuf is empty"],
    ],
  );
});

test("gccgo's traceback: bare function names, `:0` frames with no name under blank lines, one goroutine (real/holdout-6/golang-23393)", () => {
  const text = readFileSync(
    join(
      TESTDATA,
      "real/holdout-6/golang-23393-gccgo-traceback-no-args-colon-zero-c-frames-cgo-sigsegv-cut.txt",
    ),
    "utf8",
  );
  const crashes = parseCrashes(text);
  assert.equal(crashes.length, 1);
  const crash = crashes[0] as Crash;
  assert.equal(crash.kind, "fatal");
  assert.equal(crash.fatal, "unexpected signal during runtime execution");
  assert.equal(crash.goroutineCount, 1);
  assert.equal(crash.unparsedCount, 0);
  assert.deepEqual(crash.span, { startLine: 2, endLine: 31 });
  assert.equal(crash.crashing?.id, 1290);
  assert.deepEqual(
    crash.crashing?.frames.map((f) => [
      f.func,
      f.args,
      f.file.split("/").pop(),
      f.line,
      f.inputLine,
    ]),
    [
      ["runtime.dopanic", "", "panic.go", 892, 6],
      ["runtime.throw", "", "panic.go", 808, 8],
      ["runtime.sigpanic", "", "signal_unix.go", 311, 10],
      ["runtime.sighandler", "", "signal_sighandler.go", 59, 12],
      ["runtime.sigtrampgo", "", "signal_unix.go", 297, 14],
      ["runtime.sigtramp", "", "go-signal.c", 86, 16],
      ["", "", "", 0, 18],
      ["", "", "", 0, 20],
      ["", "", "", 0, 22],
      ["engine._Cfunc_DBUnlockFile", "", "_cgo_gotypes.go", 567, 24],
      ["engine.$nested85", "", "rocksdb.go", 2355, 26],
      ["engine.unlockFile", "", "rocksdb.go", 2355, 28],
      ["engine.$nested86", "", "temp_dir.go", 58, 30],
    ],
  );
  // The runtime's relative paths keep their `../`.
  assert.equal(crash.crashing?.frames[0]?.file, "../../../src/libgo/go/runtime/panic.go");
});

test("a logrus level tag glued to a throw's last letter is another writer's record, not the throw's text (real/holdout-12/logrus-364, go1.6.2)", async () => {
  const analysis = await analyzeFile(
    join(
      TESTDATA,
      "real/holdout-12/logrus-364-headline-glued-to-logrus-level-tag-map-read-write-godeps-elided-paths-go162-cut.txt",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash as Crash;
  assert.equal(crash.kind, "fatal");
  assert.equal(crash.fatal, "concurrent map read and map write");
  assert.equal(crash.crashing?.id, 44);
  const doc = toDocument(analysis, { goroutines: false }).crashes[0];
  assert.equal(doc?.category, "concurrent-map");
  assert.deepEqual(
    [doc?.goroutine, doc?.frame?.func, doc?.frame?.file, doc?.frame?.line],
    [
      44,
      "github.com/Sirupsen/logrus.(*TextFormatter).printColored",
      ".../Godeps/_workspace/src/github.com/Sirupsen/logrus/text_formatter.go",
      120,
    ],
  );
  // A tag after a blank, or a bracketed word that is no level, stays the value's.
  assert.equal(withoutGluedLevelTag("bad config INFO[0035]"), "bad config INFO[0035]");
  assert.equal(withoutGluedLevelTag("no fieldINFOX[0035]"), "no fieldINFOX[0035]");
  assert.equal(withoutGluedLevelTag("doneWARN[0002] retrying"), "done");
});

test("a function with no package and a relative C file is the program's native code, not the runtime's (holdout-12/sonic-867)", () => {
  const text = readFileSync(
    join(
      TESTDATA,
      "real/holdout-12/sonic-867-sigill-gp-header-transpiled-c-frames-hygon-cpu-go124.txt",
    ),
    "utf8",
  );
  const crash = parseCrashes(text)[0] as Crash;
  assert.equal(crash.kind, "signal");
  assert.equal(crash.crashing?.id, 195);
  assert.deepEqual(
    crash.crashing?.frames.map((f) => [f.func, f.file, f.line, f.location]),
    [
      ["_skip_one_fast", "avx2/skip_one_fast.c", 1, "user"],
      ["_skip_one_fast_go", "avx2/skip_one_fast_go.c", 1, "user"],
      ["github.com/bytedance/sonic/internal/native.SkipOneFast", "", 0, "user"],
    ],
  );
  assert.equal(crashSite(crash).frame?.func, "_skip_one_fast");
});

test("a `panic:` headline pasted right under its running block, whose top frame is the panic call, is that crash's: one panic, no logged stack (real/holdout-12/gollum-pr60, go1.7)", async () => {
  const analysis = await analyzeFile(
    join(
      TESTDATA,
      "real/holdout-12/gollum-pr60-goroutine-block-before-headline-dotted-path-nil-deref-go17.txt",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash as Crash;
  assert.equal(crash.kind, "panic");
  assert.equal(
    crash.panics[0]?.value,
    "runtime error: invalid memory address or nil pointer dereference",
  );
  assert.equal(crash.signal?.name, "SIGSEGV");
  assert.equal(crash.crashing?.id, 24);
  const doc = toDocument(analysis, { goroutines: false }).crashes[0];
  assert.deepEqual(
    [doc?.category, doc?.goroutine, doc?.frame?.func, doc?.frame?.file, doc?.frame?.line],
    [
      "nil-deref",
      24,
      "github.com/trivago/gollum/consumer.(*Kafka).readFromPartition",
      "/.../src/github.com/trivago/gollum/consumer/kafka.go",
      471,
    ],
  );
});

test("a goroutine header behind other blanks than the dump's first is still the dump's: a raw-mode terminal's staircase (holdout-12/crush-100)", () => {
  const text = readFileSync(
    join(
      TESTDATA,
      "real/holdout-12/crush-100-terminal-staircase-raw-mode-goroutine-dump-no-headline-cut.txt",
    ),
    "utf8",
  );
  const crashes = parseCrashes(text);
  assert.equal(crashes.length, 1);
  const crash = crashes[0] as Crash;
  assert.equal(crash.kind, "dump");
  assert.equal(crash.goroutineCount, 2);
  assert.deepEqual(crash.span, { startLine: 2, endLine: 11 });
  assert.deepEqual(
    crash.goroutines.map((g) => [g.id, g.state, g.frames.map((f) => [f.func, f.file, f.line])]),
    [
      [
        7062,
        "chan send",
        [
          [
            "github.com/charmbracelet/crush/internal/llm/agent.(*agent).Run.func1",
            "/home/tai/code/foss/crush/internal/llm/agent/agent.go",
            359,
          ],
        ],
      ],
      [
        61698,
        "runnable",
        [["github.com/charmbracelet/crush/internal/lsp.(*Client).handleMessages.gowrap1", "", 0]],
      ],
    ],
  );
});

test("a `created by` file line a console cut at its width, its rest at column 0 on the next line, is read whole (holdout-12/crush-100, broad-2/yggdrasil-568)", () => {
  const creators = (path: string) =>
    parseCrashes(readFileSync(join(TESTDATA, path), "utf8")).map((c) => ({
      unparsed: c.unparsedCount,
      created: c.goroutines.map((g) =>
        g.createdBy === undefined
          ? null
          : [g.createdBy.func, g.createdBy.file, g.createdBy.line, g.createdBy.offset, g.parentId],
      ),
      lastFrame: c.goroutines[0]?.frames.at(-1)?.func,
    }));
  assert.deepEqual(
    creators(
      "real/holdout-12/crush-100-terminal-staircase-raw-mode-goroutine-dump-no-headline-cut.txt",
    ),
    [
      {
        unparsed: 0,
        created: [
          [
            "github.com/charmbracelet/crush/internal/llm/agent.(*agent).Run",
            "/home/tai/code/foss/crush/internal/llm/agent/agent.go",
            342,
            0x2db,
            1,
          ],
          null,
        ],
        lastFrame: "github.com/charmbracelet/crush/internal/llm/agent.(*agent).Run.func1",
      },
    ],
  );
  // Cut at 80 columns: the rest of the path (`6/actor.go:127 +0x46`) is no frame of its own;
  // the function lines cut inside their names are joined too (none left not understood).
  assert.deepEqual(
    creators("real/broad-2/yggdrasil-568-windows-signal-lines-hard-wrapped-at-80-columns.txt"),
    [
      {
        unparsed: 0,
        created: [
          [
            "github.com/Arceliar/phony.(*Inbox).restart",
            "/go/pkg/mod/github.com/!arceliar/phony@v0.0.0-20190907031509-af5bdbeecab6/actor.go",
            127,
            0x46,
            undefined,
          ],
        ],
        lastFrame: "github.com/Arceliar/phony.(*Inbox).run",
      },
    ],
  );
});

test("a headline typed by hand without its blanks (`panic:runtime error:…`) is a crash once a goroutine header is under it, with or without the blank line (holdout-13/manta-46)", async () => {
  const file = join(
    TESTDATA,
    "real/holdout-13/manta-46-hand-typed-headline-without-spaces-goroutine-header-only.txt",
  );
  const [crash, ...rest] = toDocument(await analyzeFile(file)).crashes;
  assert.equal(rest.length, 0);
  assert.equal(crash?.kind, "panic");
  assert.equal(crash?.category, "nil-deref");
  assert.equal(crash?.rule, "nil-pointer-dereference");
  assert.equal(crash?.message, "runtime error:invalid memory address or nil pointer dereference");
  assert.equal(crash?.goroutine, 1);
  assert.equal(crash?.goroutineCount, 1);
  assert.equal(crash?.frame, null);
  // Without a goroutine header under it, such a line is no crash.
  assert.equal(parseCrashes("panic:runtime error:boom\nnothing here\n").length, 0);
});

test("a `goroutine 1:` header a reporter shortened under a signal dump is the crashing goroutine; `_Cfunc_` with no file line is the site (real/holdout-13/netbird-5610)", async () => {
  const file = join(
    TESTDATA,
    "real/holdout-13/netbird-5610-reporter-truncated-signal-dump-bare-goroutine-header-no-file-lines-cgo.txt",
  );
  const [crash] = toDocument(await analyzeFile(file)).crashes;
  assert.equal(crash?.kind, "signal");
  assert.equal(crash?.category, "cgo-crash");
  assert.equal(crash?.goroutine, 1);
  assert.deepEqual(crash?.frame, {
    func: "github.com/shoenig/go-m1cpu._Cfunc_initialize",
    file: "",
    line: 0,
  });
});

test("a line under a headline that ends in ` [recovered, repanicked]` is no part of the value: printpanics prints the mark after the whole value (go1.26.8 runtime/panic.go; real/holdout-13/k6-5128)", async () => {
  const file = join(
    TESTDATA,
    "real/holdout-13/k6-5128-progress-bar-glued-to-goroutine-header-recovered-repanicked-two-panic-frames-go125-cut.txt",
  );
  const [crash] = toDocument(await analyzeFile(file)).crashes;
  assert.equal(crash?.category, "index-out-of-range");
  assert.equal(crash?.message, "runtime error: index out of range [19] with length 5");
  assert.deepEqual(crash?.panics, [
    {
      value: "runtime error: index out of range [19] with length 5",
      recovered: true,
      repanicked: true,
    },
  ]);
  assert.equal(crash?.goroutine, 798);
  assert.deepEqual(crash?.frame, {
    func: "github.com/grafana/sobek.(*vm).handleThrow",
    file: "github.com/grafana/sobek@v0.0.0-20250723111835-dd8a13f0d439/vm.go",
    line: 847,
  });
  // Not recovered, the line under the headline still goes on the value (a multi-line value
  // before go1.23 is not framed by a tab).
  const [plain] = parseCrashes(
    "panic: a\nb\n\ngoroutine 1 [running]:\nmain.main()\n\t/x/main.go:5 +0x1d\n",
  );
  assert.equal(plain?.panics[0]?.value, "a\nb");
});

/** Kind, category, goroutine and crash site of the first crash read from a real report. */
async function firstCrash(file: string): Promise<unknown[]> {
  const analysis = await analyzeFile(join(TESTDATA, file));
  const doc = toDocument(analysis, { goroutines: false });
  const crash = doc.crashes[0];
  return [
    doc.crashes.length,
    crash?.kind,
    crash?.category,
    crash?.goroutine,
    crash?.frame?.func,
    crash?.frame?.file,
    crash?.frame?.line,
  ];
}

test("a goroutine block indented by blanks the headline lacks, after the blank line under it, is the crash's (real/holdout-14/tidb-45561, go1.20)", async () => {
  assert.deepEqual(
    await firstCrash(
      "real/holdout-14/tidb-45561-every-line-space-prefixed-concurrent-map-read-write-inlined-go120.txt",
    ),
    [
      1,
      "fatal",
      "concurrent-map",
      513,
      "github.com/pingcap/tidb/config.(*Config).GetTiKVConfig",
      "/home/jenkins/agent/workspace/build-common/go/src/github.com/pingcap/tidb/config/config.go",
      312,
    ],
  );
});

test("function lines after a panic's `[signal …]` line and the blank under it are the stack of a paste that dropped the goroutine header (real/holdout-14/clickhouse-go-815)", async () => {
  assert.deepEqual(
    await firstCrash(
      "real/holdout-14/clickhouse-go-815-goroutine-header-dropped-by-reporter-nil-deref-inlined-ch-go-cut.txt",
    ),
    [
      1,
      "panic",
      "nil-deref",
      null,
      "github.com/ClickHouse/ch-go/proto.(*Buffer).PutUInt8",
      "/root/go/pkg/mod/github.com/!click!house/ch-go@v0.47.3/proto/buffer.go",
      97,
    ],
  );
});

test("a frame's file line alone between a signal dump and its first goroutine header is a fragment of a paste, not the crash's end (real/holdout-14/grocksdb-153, go1.23)", async () => {
  const file =
    "real/holdout-14/grocksdb-153-signal-headline-in-prose-fence-opens-mid-trace-cgo-gp-header-go123.txt";
  assert.deepEqual(await firstCrash(file), [
    1,
    "signal",
    "cgo-crash",
    52,
    "github.com/linxGnu/grocksdb._Cfunc_rocksdb_put_cf",
    "_cgo_gotypes.go",
    8099,
  ]);
  // The fragment is kept as a line not understood, not dropped.
  const [crash] = (await analyzeFile(join(TESTDATA, file))).crashes;
  assert.deepEqual(
    crash?.crash.unparsed.map((u) => u.line),
    [5],
  );
});

test("a goroutine header with goroutine-inspect's ` N times: [[ids]` after it opens the block (real/holdout-14/lnd-pr10035)", async () => {
  const file = join(
    TESTDATA,
    "real/holdout-14/lnd-pr10035-panicparse-style-dump-times-header-no-crash-trimpath-cut.txt",
  );
  const [crash] = parseCrashes(readFileSync(file, "utf8"));
  assert.equal(crash?.kind, "dump");
  assert.equal(crash?.goroutineCount, 1);
  const [goroutine] = crash?.goroutines ?? [];
  assert.equal(goroutine?.id, 216074);
  assert.equal(goroutine?.state, "sync.RWMutex.RLock");
  assert.equal(goroutine?.waitMinutes, 4);
  assert.deepEqual(
    goroutine?.frames.map((f) => [f.func, f.file, f.line]),
    [
      ["sync.runtime_SemacquireRWMutexR", "runtime/sema.go", 100],
      ["sync.(*RWMutex).RLock", "sync/rwmutex.go", 72],
      [
        "github.com/lightningnetwork/lnd/htlcswitch.(*Switch).failAliasUpdate",
        "github.com/lightningnetwork/lnd/htlcswitch/switch.go",
        2667,
      ],
      [
        "github.com/lightningnetwork/lnd/htlcswitch.(*channelLink).createFailureWithUpdate",
        "github.com/lightningnetwork/lnd/htlcswitch/link.go",
        874,
      ],
    ],
  );
  const [doc] = toDocument(await analyzeFile(file)).crashes;
  assert.equal(doc?.category, "goroutine-dump");
  assert.equal(doc?.goroutine, null);
  assert.equal(doc?.frame, null);
  assert.deepEqual(crash?.unparsed, []);
});

test("a `[signal …]` line where the headline was, then a goroutine header: a panic whose headline a copy lost (holdout-15/nomad-25820)", async () => {
  const file = join(
    import.meta.dirname,
    "..",
    "..",
    "..",
    "testdata",
    "real",
    "holdout-15",
    "nomad-25820-vim-status-line-journald-lines-glued-no-headline-signal-line-inlined-site-cut.txt",
  );
  const analysis = await analyzeFile(file);
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash;
  assert.equal(crash?.kind, "panic");
  assert.deepEqual(crash?.panics, []);
  assert.deepEqual(
    [crash?.signal?.name, crash?.signal?.code, crash?.signal?.addr, crash?.signal?.pc],
    ["SIGSEGV", "0x1", "0x10", "0x21d1d15"],
  );
  assert.equal(crash?.span.startLine, 2);
  const [doc] = toDocument(analysis, { goroutines: false }).crashes;
  assert.deepEqual(
    [doc?.category, doc?.rule, doc?.goroutine],
    ["nil-deref", "nil-pointer-dereference", 1022],
  );
  assert.deepEqual(
    [doc?.frame?.func, doc?.frame?.file, doc?.frame?.line],
    [
      "github.com/hashicorp/nomad/client/allocrunner.(*observer).stop",
      "github.com/hashicorp/nomad/client/allocrunner/checks_hook.go",
      73,
    ],
  );
});

test("a `Stack trace:` label under a `panic:` line the program printed is no part of the value (fasthttp's recover, real/holdout-16/iris-82)", async () => {
  const file =
    "real/holdout-16/iris-82-std-log-panic-line-stack-trace-label-fasthttp-worker-recover-windows-go16-cut.txt";
  assert.deepEqual(await firstCrash(file), [
    1,
    "logged",
    "nil-deref",
    37,
    "github.com/kataras/iris/render.(*Render).JSON",
    "C:/Users/shiena/go/src/github.com/kataras/iris/render/render.go",
    360,
  ]);
  const analysis = await analyzeFile(join(TESTDATA, file));
  assert.deepEqual(
    analysis.crashes[0]?.crash.panics.map((p) => p.value),
    ["runtime error: invalid memory address or nil pointer dereference"],
  );
  // The label is kept as a stray line (line 3: under the fence and the `panic:` line).
  assert.ok(analysis.stray.some((s) => s.line === 3 && s.text === "Stack trace:"));
});

test("the runtime's `futexwakeup … returned -89` lines under a throw are notes, not its text (real/holdout-16/frp-2149)", async () => {
  const file = join(
    TESTDATA,
    "real/holdout-16/frp-2149-mips-gateway-futexwakeup-lines-padded-headline-split-by-wrap-thrice-no-goroutine-cut.txt",
  );
  const [doc, ...more] = toDocument(await analyzeFile(file)).crashes;
  assert.equal(more.length, 0);
  assert.equal(doc?.kind, "fatal");
  assert.equal(doc?.category, "unexpected-signal");
  assert.equal(doc?.message, "unexpected signal during runtime execution");
  assert.equal(doc?.goroutine, null);
  assert.equal(doc?.frame, null);
});
