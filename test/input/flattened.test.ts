// A traceback whose newlines were folded into blanks, as public reports kept it
// (testdata/real/holdout-3/sql-runner-46, holdout-10/lightning-app-174; see their SOURCES.md).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { splitFlattened, splitFlattenedRest } from "../../src/input/flattened.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";
import { parseSignalLine } from "../../src/traceback/headline.js";

const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");

test("a flattened traceback is split where Go's grammar says its lines were (real/holdout-3/sql-runner-46)", () => {
  const text = readFileSync(
    join(TESTDATA, "real/holdout-3/sql-runner-46-whole-trace-flattened-on-one-line-go15.txt"),
    "utf8",
  ).trimEnd();
  const lines = splitFlattened(text) as string[];
  assert.deepEqual(lines.slice(0, 5), [
    "     panic: assignment to entry in nil map",
    "",
    "goroutine 1 [running]:",
    "github.com/snowplow/sql-runner/playbook.MergeCLIVariables(0xc8200e2400, 0x1, 0x1, 0x0, 0xc820118a00, 0xe, 0x10, 0xc8200dea20, 0x0, 0x0, ...)",
    "\t/opt/gopath/src/github.com/snowplow/sql-runner/playbook/playbook.go:49 +0x174",
  ]);
  assert.deepEqual(
    lines.filter((l) => l.startsWith("goroutine ")),
    [
      "goroutine 1 [running]:",
      "goroutine 17 [syscall, locked to thread]:",
      "goroutine 5 [chan receive]:",
    ],
  );
  assert.deepEqual(lines.slice(-2), [
    "created by github.com/golang/glog.init.1",
    "\t/opt/gopath/src/github.com/snowplow/sql-runner/Godeps/_workspace/src/github.com/golang/glog/glog.go:410 +0x297",
  ]);
});

test("a goroutine header alone, or a log line quoting one, is no flattened traceback", () => {
  assert.equal(splitFlattened("goroutine 1 [running]:"), null);
  // The message and header unescaped from real/broad/panicwrap-21's record: no frame follows.
  assert.equal(splitFlattened("[PANIC RECOVER] a problem goroutine 32 [running]:"), null);
});

test("a log that flattened each chunk it got: the signal line is the headline's next, the chunk cut after a call goes on from its file line (real/holdout-10/lightning-app-174)", () => {
  const [first, second] = readFileSync(
    join(
      TESTDATA,
      "real/holdout-10/lightning-app-174-lnd-error-prefix-newlines-collapsed-to-spaces-windows-signal-nil-deref.txt",
    ),
    "utf8",
  )
    .split("\n")
    .slice(1, 3)
    .map((line) => line.slice("lnd Error: ".length));
  const dir = "/Users/bryanvu/work/src/github.com/lightningnetwork/lnd/discovery";
  const gossiper = "github.com/lightningnetwork/lnd/discovery.(*AuthenticatedGossiper)";
  assert.deepEqual(splitFlattened(first as string), [
    "panic: runtime error: invalid memory address or nil pointer dereference",
    "[signal 0xc0000005code=0x0 addr=0x0 pc=0xbca889]",
    "",
    "goroutine 94 [running]:",
    "github.com/lightningnetwork/lnd/discovery.createChanAnnouncement(0x0, 0xc04204c960, 0x0, 0x0, 0x0, 0x0, 0x0)",
    `\t${dir}/utils.go:26 +0x79`,
    `${gossiper}.processRejectedEdge(0xc042210a00, 0xc042201180, 0x0, 0x2, 0x2, 0x1, 0x1, 0x0)`,
    `\t${dir}/gossiper.go:1127 +0xc7`,
    `${gossiper}.processNetworkAnnouncement(0xc042210a00, 0xc0422eaf90, 0xc042201180, 0xc04268a300, 0xc04218fc60)`,
  ]);
  assert.deepEqual(splitFlattenedRest(second as string), [
    `\t${dir}/gossiper.go:1331 +0x5901`,
    `${gossiper}.networkHandler.func1(0xc042680180, 0xc0422eaf90, 0xc042210a00, 0xc042684000)`,
    `\t${dir}/gossiper.go:841 +0x98`,
    `created by ${gossiper}.networkHandler`,
    `\t${dir}/gossiper.go:857 +0x693`,
  ]);
  // go1.15 src/runtime/panic.go prints ` code=` in a write of its own: its blank was trimmed.
  assert.deepEqual(parseSignalLine("[signal 0xc0000005code=0x0 addr=0x0 pc=0xbca889]"), {
    name: "0xc0000005",
    description: "",
    code: "0x0",
    addr: "0x0",
    pc: "0xbca889",
  });
});

test("a flattened traceback whose lines a terminal padded with blanks to its width: each run of blanks is one break (real/holdout-12/go-redis-520)", async () => {
  const analysis = await analyzeFile(
    join(
      TESTDATA,
      "real/holdout-12/go-redis-520-whole-trace-joined-on-one-line-by-terminal-padding-nil-receiver.txt",
    ),
  );
  assert.equal(analysis.crashes.length, 1);
  const crash = analysis.crashes[0]?.crash;
  assert.deepEqual(
    crash?.panics[0]?.value,
    "runtime error: invalid memory address or nil pointer dereference",
  );
  assert.equal(crash?.crashing?.id, 2056);
  assert.equal(crash?.crashing?.frames.length, 2);
  const doc = toDocument(analysis, { goroutines: false }).crashes[0];
  assert.equal(doc?.category, "nil-deref");
  assert.deepEqual(
    [doc?.goroutine, doc?.frame?.func, doc?.frame?.file, doc?.frame?.line],
    [
      2056,
      "gopkg.in/redis%2ev5.(*clusterState).slotMasterNode",
      "/data/server/src/gopkg.in/redis.v5/cluster.go",
      264,
    ],
  );
});
