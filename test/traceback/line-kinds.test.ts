// Lines that tell where a crash starts, copied from real logs (sources named).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { goTextStart } from "../../src/input/prefix-learner.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";
import {
  crashStartAfterPrefix,
  gluedHeadline,
  loggedPanic,
} from "../../src/traceback/line-kinds.js";

const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");

test("net/http's log of a recovered handler panic (real/urlshort-10, after its std log timestamp)", () => {
  assert.deepEqual(
    loggedPanic(
      "http: panic serving [::1]:65373: runtime error: invalid memory address or nil pointer dereference",
    ),
    {
      recoveredBy: "net/http",
      value: "runtime error: invalid memory address or nil pointer dereference",
    },
  );
});

test("net/http's log through an ErrorLog writer that renamed its `http: ` (real/holdout-5/nats-server-2741)", async () => {
  const file = join(
    TESTDATA,
    "real/holdout-5/nats-server-2741-bracket-pid-log-err-monitoring-panic-serving-gimme-go116-cut-at-first-frame.txt",
  );
  const text = readFileSync(file, "utf8").split("\n")[1] as string;
  assert.equal(gluedHeadline(text), 37);
  assert.deepEqual(loggedPanic(text.slice(37)), {
    recoveredBy: "net/http",
    value: "runtime error: invalid memory address or nil pointer dereference",
  });
  // A word glued to the name is no logger's name; a sentence is no panic serving line.
  assert.equal(gluedHeadline("[ERR] xmonitoring:panic serving x: boom"), -1);
  assert.equal(loggedPanic("the panic serving requests: boom"), null);
  const [analyzed] = (await analyzeFile(file)).crashes;
  const crash = analyzed?.crash;
  assert.deepEqual(
    [
      crash?.kind,
      crash?.recoveredBy,
      analyzed?.category,
      crash?.crashing?.id,
      crash?.goroutineCount,
    ],
    ["panic", "net/http", "nil-deref", 2121586, 1],
  );
});

test("k8s.io/apimachinery's HandleCrash log (wrapped/klog.txt line 8, after its klog prefix)", () => {
  assert.deepEqual(
    loggedPanic(
      'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)',
    ),
    {
      recoveredBy: "k8s.io/apimachinery/pkg/util/runtime",
      value: "runtime error: invalid memory address or nil pointer dereference",
    },
  );
});

test("a crash after a paste's indentation or a cut timestamp (real/kubernetes-32206, real/matrixone-19185)", () => {
  assert.equal(
    crashStartAfterPrefix(
      "     panic: runtime error: integer divide by zero [recovered, repanicked]",
    ),
    5,
  );
  assert.equal(crashStartAfterPrefix("3.6367390Z panic: test timed out after 40m0s"), 11);
  assert.equal(crashStartAfterPrefix("]: goroutine 295 [running]:"), 3);
});

test("net/http's log indented with the rest of the paste is the crash's start, the indentation its prefix (real/holdout-4/agento-4)", async () => {
  const file = join(
    TESTDATA,
    "real/holdout-4/agento-4-markdown-indented-log-lines-http-panic-serving-386-go17.txt",
  );
  const text = readFileSync(file, "utf8").split("\n")[2] as string;
  assert.equal(text, "      http: panic serving 127.0.0.1:58201: assignment to entry in nil map");
  assert.equal(crashStartAfterPrefix(text), 6);
  // A logger's name before it is no paste's prefix: the glued headline reads that one.
  assert.equal(
    crashStartAfterPrefix("echo: http: panic serving 10.0.0.1:1: runtime error: boom"),
    -1,
  );
  const [analyzed] = (await analyzeFile(file)).crashes;
  const crash = analyzed?.crash;
  assert.deepEqual(
    [
      crash?.kind,
      crash?.panics,
      crash?.recoveredBy,
      analyzed?.category,
      analyzed?.site.frame?.line,
    ],
    [
      "panic",
      [{ value: "assignment to entry in nil map", recovered: true, repanicked: false }],
      "net/http",
      "nil-map-write",
      61,
    ],
  );
});

test("Ginkgo's progress dot glued to a headline whose value starts on the next line (real/holdout-2/kubevirt-4449)", () => {
  const text = readFileSync(
    join(
      TESTDATA,
      "real/holdout-2/kubevirt-4449-ginkgo-multiline-value-time-prefix-progress-dot.txt",
    ),
    "utf8",
  ).split("\n")[1] as string;
  assert.equal(text, "10:12:15: •panic: ");
  // The learnt prefix is the clock's; the dot stays on Go's line, and the parser reads past it.
  assert.equal(goTextStart(text.trimEnd()), 10);
  assert.equal(crashStartAfterPrefix(text.slice(10).trimEnd()), 1);
});

test("not crash starts: log lines that mention goroutines or panics (real/boomer-120, wrapped/slog-json.txt)", () => {
  // After its std log timestamp (real/boomer-120-close-of-closed-channel.txt line 2).
  assert.equal(
    crashStartAfterPrefix("Recv stop message from master, all the goroutines are stopped"),
    -1,
  );
  assert.equal(loggedPanic("Recv stop message from master, all the goroutines are stopped"), null);
  const warn =
    '{"time":"2026-11-28T18:29:56.769163087Z","level":"WARN","msg":"slow request","method":"POST","path":"/api/orders","dur_ms":1834}';
  assert.equal(crashStartAfterPrefix(warn), -1);
});

test("a terminal's ^C echo glued to the headline it interrupted (real/holdout-3/rclone-5540)", async () => {
  const analysis = await analyzeFile(
    join(TESTDATA, "real/holdout-3/rclone-5540-ctrl-c-echo-glued-headline-notice-line.txt"),
  );
  const crash = analysis.crashes[0]?.crash;
  assert.equal(analysis.crashes.length, 1);
  assert.equal(crash?.kind, "panic");
  assert.equal(
    crash?.panics[0]?.value,
    "runtime error: invalid memory address or nil pointer dereference",
  );
  assert.equal(crash?.span.startLine, 3);
  assert.equal(crash?.crashing?.id, 23);
});
