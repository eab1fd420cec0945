// The diagnosis of real crashes: what reading every goroutine finds (identical waits, what
// a blocked goroutine waits for, other map users, running tests, the race's two sides, the
// recursion), the signal read for a person, and the panic chain with its warnings.

import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { chooseRule } from "../../src/diagnose/category.js";
import { readSignal } from "../../src/diagnose/signal.js";
import { type AnalyzedCrash, analyzeFile } from "../../src/pipeline/analyze.js";
import { parseSignalLine } from "../../src/traceback/headline.js";
import { parseCrashes } from "../../src/traceback/index.js";

const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");
const LAB = "/tmp/panicscope-lab/crashers";

async function crashesOf(file: string): Promise<AnalyzedCrash[]> {
  return (await analyzeFile(join(TESTDATA, file))).crashes;
}

async function first(file: string): Promise<AnalyzedCrash> {
  const [crash] = await crashesOf(file);
  assert.ok(crash, `no crash in ${file}`);
  return crash;
}

describe("deadlocks: what the blocked goroutine waits for", () => {
  test("a mutex locked twice by the same goroutine (go1.26)", async () => {
    const { diagnosis } = await first("go/go1.26/deadlock-mutex.single.txt");
    assert.equal(diagnosis.rule, "all-goroutines-asleep");
    assert.equal(
      diagnosis.summary,
      "The program's only goroutine blocked forever, with nothing left to wake it.",
    );
    assert.deepEqual(diagnosis.goroutines.blockers, [
      {
        waiter: 1,
        goroutines: [1],
        count: 1,
        state: "sync.Mutex.Lock",
        site: { func: "main.(*Inventory).Reserve", file: `${LAB}/deadlock.go`, line: 17 },
        reason: {
          kind: "self-lock",
          object: "mutex",
          address: "0x33bb82982380",
          offset: 0,
          func: "main.(*Inventory).Reserve",
        },
        why: "goroutine 1 waits for mutex 0x33bb82982380, which is the value that main.(*Inventory).Reserve, further down the same stack, is working on: if that call already holds the lock, the goroutine waits for itself (sync.Mutex is not reentrant)",
      },
    ]);
  });

  test("WaitGroup.Wait with no goroutine left to call Done (go1.26)", async () => {
    const { diagnosis } = await first("go/go1.26/deadlock-waitgroup.single.txt");
    assert.deepEqual(diagnosis.goroutines.blockers, [
      {
        waiter: 1,
        goroutines: [],
        count: 0,
        state: "sync.WaitGroup.Wait",
        site: null,
        reason: { kind: "alone", waits: "waitgroup" },
        why: "goroutine 1 [sync.WaitGroup.Wait] is the only goroutine: no goroutine is left to call Done: an Add has no matching Done (a goroutine returned early without Done, or Add counted more than was started)",
      },
    ]);
  });

  test("main waits on a channel and the goroutine it started is blocked too (go1.21, parent ids)", async () => {
    const { diagnosis } = await first("go/go1.21/deadlock-chan.single.txt");
    assert.deepEqual(diagnosis.goroutines.blockers, [
      {
        waiter: 1,
        goroutines: [18],
        count: 1,
        state: "chan receive",
        site: { func: "main.deadlockChan.func1", file: `${LAB}/channels.go`, line: 51 },
        reason: { kind: "children", waiterState: "chan receive" },
        why: "goroutine 1 [chan receive] started a goroutine that is blocked too [chan receive]",
      },
    ]);
  });

  test("the same before go1.21, by the creating function (go1.19)", async () => {
    const { diagnosis } = await first("go/go1.19/deadlock-chan.single.txt");
    assert.deepEqual(
      diagnosis.goroutines.blockers?.map((b) => [b.goroutines, b.state, b.site?.line]),
      [[[6], "chan receive", 51]],
    );
  });
});

describe("goroutine dumps", () => {
  test("SIGQUIT: identical waits grouped, goroutines sharing a channel (go1.22, system level)", async () => {
    const { diagnosis } = await first("go/go1.22/sigquit.single.txt");
    assert.equal(diagnosis.rule, "sigquit-dump");
    assert.equal(diagnosis.values.senderMeaning, "sent by another process");
    assert.deepEqual(diagnosis.goroutines.waits?.slice(0, 2), [
      {
        state: "chan receive",
        site: { func: "main.parkSome.func5", file: `${LAB}/dumps.go`, line: 68 },
        count: 3,
        goroutines: [23, 24, 25],
        maxMinutes: 0,
      },
      {
        state: "chan receive",
        site: { func: "main.(*Broker).consume", file: `${LAB}/dumps.go`, line: 30 },
        count: 2,
        goroutines: [18, 19],
        maxMinutes: 0,
      },
    ]);
    assert.deepEqual(diagnosis.goroutines.shared, [
      { object: "channel", address: "0xc000080120", count: 3, goroutines: [23, 24, 25] },
    ]);
    // goroutine 1 sleeps: nothing it started can be what it waits for.
    assert.equal(diagnosis.goroutines.blockers, undefined);
  });

  test("a goroutine profile (debug=1) is a dump of its own rule", async () => {
    const { diagnosis } = await first("go/go1.26/pprof-debug1.single.txt");
    assert.equal(diagnosis.rule, "goroutine-profile");
    assert.equal(diagnosis.category, "goroutine-dump");
  });
});

describe("concurrent map use", () => {
  test("the other writer, caught inside the Swiss-table map code (go1.25)", async () => {
    const { diagnosis } = await first("go/go1.25/concurrent-map-writes.single.txt");
    assert.equal(diagnosis.rule, "concurrent-map-writes");
    assert.deepEqual(diagnosis.goroutines.mapAccesses, [
      {
        goroutine: 20,
        state: "runnable",
        operation: "internal/runtime/maps.(*table).rehash",
        site: { func: "main.(*Cache).Put", file: `${LAB}/maps.go`, line: 25 },
      },
    ]);
  });

  test("the crashing goroutine's own map call at GOTRACEBACK=crash (go1.19)", async () => {
    const { diagnosis } = await first("go/go1.19/concurrent-map-writes.crash.txt");
    assert.equal(diagnosis.values.operation, "runtime.mapassign_faststr");
  });

  test("go1.26 prints only the crashing goroutine: the warning says how to see the others", async () => {
    const { diagnosis } = await first("go/go1.26/concurrent-map-writes.single.txt");
    assert.deepEqual(diagnosis.warnings, [
      "Only the crashing goroutine was printed (Go 1.26+ prints one goroutine for fatal errors at the default GOTRACEBACK=single): run with GOTRACEBACK=all to see the goroutines that may have used the map at the same time.",
    ]);
    assert.deepEqual(
      diagnosis.explanation.mechanism.map((n) => n.since ?? ""),
      ["", "go1.24", "go1.26"],
    );
  });
});

describe("test timeouts", () => {
  test("the running test and where its goroutine waits (go1.26)", async () => {
    const { diagnosis } = await first("go/go1.26/test-timeout.single.txt");
    assert.equal(
      diagnosis.summary,
      "go test stopped the test binary after 2s; still running: TestSlow (2s).",
    );
    assert.deepEqual(diagnosis.goroutines.tests, [
      {
        name: "TestSlow",
        duration: "2s",
        goroutine: 18,
        state: "chan receive",
        site: {
          func: "example.com/crashers/tests.waitForever",
          file: `${LAB}/tests/crash_test.go`,
          line: 28,
        },
        helpers: [],
      },
    ]);
  });

  test("before go1.20 the panic names no test: the test goroutines do (go1.19)", async () => {
    const { diagnosis } = await first("go/go1.19/test-timeout.single.txt");
    assert.deepEqual(
      diagnosis.goroutines.tests?.map((t) => [t.name, t.duration, t.goroutine, t.state]),
      [["TestSlow", "", 6, "chan receive"]],
    );
  });

  test("a test goroutine cut before tRunner is still the stuck test, not the alarm (go1.14)", async () => {
    const crash = await first(
      "real/holdout-4/pion-transport-113-run-coverage-lines-test-timeout-go114-hostedtoolcache.txt",
    );
    assert.equal(crash.crash.crashing?.id, 23);
    assert.deepEqual(
      crash.diagnosis.goroutines.tests?.map((t) => [t.name, t.goroutine, t.state, t.site?.line]),
      [["TestConn", 23, "chan receive", 34]],
    );
    const frame = crash.site.frame;
    assert.deepEqual(
      [frame?.func, frame?.file, frame?.line],
      [
        "golang.org/x/net/nettest.TestConn",
        "/home/runner/go/pkg/mod/golang.org/x/net@v0.0.0-20201031054903-ff519b6c9102/nettest/conntest.go",
        34,
      ],
    );
  });
});

describe("races, stack overflows, chains", () => {
  test("both accesses of a race and where their goroutines started (go1.26)", async () => {
    const { diagnosis } = await first("go/go1.26/race-run.single.txt");
    assert.deepEqual(diagnosis.goroutines.race, {
      access: {
        op: "read",
        goroutine: 10,
        main: false,
        site: { func: "main.(*Metrics).Snapshot", file: `${LAB}/race.go`, line: 20 },
        createdAt: { func: "main.race", file: `${LAB}/race.go`, line: 35 },
      },
      previous: {
        op: "write",
        goroutine: 8,
        main: false,
        site: { func: "main.(*Metrics).Inc", file: `${LAB}/race.go`, line: 15 },
        createdAt: { func: "main.race", file: `${LAB}/race.go`, line: 29 },
      },
      location: null,
    });
    assert.equal(diagnosis.summary, "A read by goroutine 10 raced with a write by goroutine 8.");
  });

  test("a race inside runtime map functions is a concurrent map access", async () => {
    const { diagnosis } = await first("real/memtierd-99-race-go122-runtime-map-frames.txt");
    assert.equal(diagnosis.warnings.length, 1);
    assert.match(
      diagnosis.warnings[0] as string,
      /^Both accesses are inside the runtime's map functions/,
    );
  });

  test("the recursion of a stack overflow and the stack limit (go1.26)", async () => {
    const { diagnosis } = await first("go/go1.26/stack-overflow.single.txt");
    assert.deepEqual(diagnosis.goroutines.recursion, [
      { func: "main.(*Node).Depth", file: `${LAB}/stack.go`, line: 14 },
    ]);
    assert.equal(diagnosis.values.stackLimit, "1000000000");
    assert.equal(
      diagnosis.summary,
      "A goroutine's stack passed the 1000000000-byte limit: almost always unbounded recursion at stack.go:11 in main.(*Node).Depth.",
    );
  });

  test("a panic raised in a deferred call hid the first one (go1.19)", async () => {
    const { diagnosis } = await first("go/go1.19/nested-panic.single.txt");
    assert.deepEqual(
      diagnosis.chain.map((l) => [l.role, l.rule, l.message]),
      [
        [
          "root-cause",
          "custom-panic",
          "listener failed: accept tcp [::]:8080: too many open files",
        ],
        [
          "raised-in-defer",
          "custom-panic",
          "close 10.0.0.7:51234: use of closed network connection",
        ],
      ],
    );
    assert.match(
      diagnosis.warnings[0] as string,
      /^A second panic hid the first: «listener failed/,
    );
  });

  test("recover and re-panic of the same value is no warning (go1.24)", async () => {
    const { diagnosis } = await first("go/go1.24/repanic-same.single.txt");
    assert.deepEqual(
      diagnosis.chain.map((l) => l.role),
      ["root-cause", "rethrown"],
    );
    assert.deepEqual(diagnosis.warnings, []);
  });

  test("a fatal error while panicking: printed as a chain from go1.26, lost value before", async () => {
    const now = (await first("go/go1.26/fatal-in-defer.single.txt")).diagnosis;
    assert.equal(now.rule, "sync-unlock-unlocked-mutex");
    assert.deepEqual(
      now.chain.map((l) => [l.type, l.role, l.rule]),
      [
        ["panic", "root-cause", "custom-panic"],
        ["fatal", "raised-in-defer", "sync-unlock-unlocked-mutex"],
      ],
    );
    assert.match(
      now.warnings[0] as string,
      /^The program died of a fatal error \(sync: unlock of unlocked mutex\) raised while the panic «request handler failed» was unwinding/,
    );
    const before = (await first("go/go1.25/fatal-in-defer.single.txt")).diagnosis;
    assert.deepEqual(before.chain, []);
    assert.match(
      before.warnings[0] as string,
      /^A panic was in progress when the fatal error happened/,
    );
  });

  test("a panic net/http recovered is said to be one", async () => {
    const { diagnosis } = await first("go/go1.26/http-handler-panic.single.txt");
    assert.match(diagnosis.warnings[0] as string, /^net\/http recovered this panic and logged it/);
  });

  test("custom panic values: the address of a composite, a named basic type", async () => {
    const pointer = (await first("go/go1.26/panic-struct-ptr.single.txt")).diagnosis;
    assert.deepEqual(pointer.values, {
      valueType: "*main.Request",
      valueAddress: "0x2ce8cb0923c0",
    });
    const named = (await first("go/go1.26/panic-named-string.single.txt")).diagnosis;
    assert.deepEqual(named.values, { valueType: "main.Status", namedValue: '"degraded"' });
  });
});

describe("signals and fault addresses", () => {
  test("a field 16 bytes past a nil pointer (go1.22)", async () => {
    const { diagnosis } = await first("go/go1.22/nil-deref.single.txt");
    assert.deepEqual(diagnosis.signal, {
      signal: "SIGSEGV",
      addr: "0x10",
      pc: "0x679aa0",
      code: "SEGV_MAPERR",
      meaning:
        "A nil pointer was dereferenced: address 0x10 is 16 bytes past nil, so the code read or wrote a field (or element) at offset 16 of a nil struct (or array) pointer.",
    });
  });

  test("a wild pointer: unexpected fault address (go1.26)", async () => {
    const { diagnosis } = await first("go/go1.26/bad-pointer.single.txt");
    assert.equal(diagnosis.rule, "fault");
    assert.equal(diagnosis.values.faultAddress, "0xdeadbeef004");
    assert.equal(
      diagnosis.signal?.meaning,
      "Nothing is mapped at 0xdeadbeef004: a wild, freed or corrupted pointer (not a nil one).",
    );
  });

  test("C code aborting itself (SI_TKILL) in a cgo call (go1.19)", async () => {
    const { diagnosis } = await first("go/go1.19/cgo-abort.single.txt");
    assert.equal(diagnosis.rule, "signal-in-cgo");
    assert.equal(diagnosis.signal?.code, "SI_TKILL");
  });

  test("a general-protection fault reports addr=0x0 but is no nil dereference", () => {
    // golang/go#15769 (go1.4): `[signal 0xb code=0x80 addr=0x0 pc=0x42be6a]`
    const signal = parseSignalLine("[signal 0xb code=0x80 addr=0x0 pc=0x42be6a]");
    const reading = readSignal(signal ?? undefined);
    assert.equal(reading?.code, "SI_KERNEL");
    assert.match(reading?.meaning ?? "", /^A general-protection fault/);
  });

  test("out of memory: the request and the heap in use (go1.26)", async () => {
    const { diagnosis } = await first("go/go1.26/out-of-memory.single.txt");
    assert.deepEqual(diagnosis.values, { requested: "67108864", inUse: "276561920" });
  });

  test("all-zero instruction bytes at the pc of a SIGILL: a damaged binary", async () => {
    const { diagnosis } = await first(
      "real/syncthing-9919-sigill-zero-instruction-bytes-arm64.txt",
    );
    assert.equal(diagnosis.rule, "fatal-signal");
    assert.match(
      diagnosis.warnings[0] as string,
      /^The instruction bytes at the faulting pc are all zero/,
    );
  });
});

describe("fatal lines the runtime writes raw before it aborts", () => {
  // go1.26 src/runtime/proc.go badmorestackgsignal and src/runtime/signal_unix.go badsignal:
  // writeErrStr("fatal: morestack on gsignal\n"), writeErrStr("fatal: bad g in signal handler\n").
  for (const [line, rule] of [
    ["fatal: morestack on gsignal", "morestack-on-g0"],
    ["fatal: bad g in signal handler", "bad-g-in-signal-handler"],
  ] as const) {
    test(line, () => {
      const [crash] = parseCrashes(`${line}\n`);
      assert.equal(crash?.fatal, line.slice("fatal: ".length));
      assert.equal(crash === undefined ? null : chooseRule(crash).rule.id, rule);
    });
  }
});

describe("a logged stack whose log line kept no value", () => {
  test("the runtime's helper under runtime.gopanic names the runtime error: panicmem is a nil dereference (holdout-14/tidb-41208, go1.20)", async () => {
    const crash = await first(
      "real/holdout-14/tidb-41208-zap-style-func-file-pairs-from-recover-no-goroutine-header-panicmem-logged-cut.txt",
    );
    assert.equal(crash.crash.kind, "logged");
    assert.deepEqual(crash.crash.panics, []);
    assert.equal(crash.category, "nil-deref");
    assert.equal(crash.rule, "nil-pointer-dereference");
    assert.equal(crash.crash.crashing?.id, null);
    const site = crash.site.frame;
    assert.deepEqual(site === null ? null : [site.func, site.file, site.line], [
      "github.com/pingcap/tidb/ddl.(*reorgCtx).isReorgCanceled",
      "/home/jenkins/agent/workspace/build-common/go/src/github.com/pingcap/tidb/ddl/reorg.go",
      109,
    ]);
  });
});
