// Headers copied verbatim from real output (file or reference section named in each test).

import assert from "node:assert/strict";
import { test } from "node:test";
import { parseGoroutineHeader } from "../../src/traceback/goroutine-header.js";

test("plain header", () => {
  assert.deepEqual(parseGoroutineHeader("goroutine 18 [chan receive]:"), {
    id: 18,
    state: "chan receive",
    waitMinutes: 0,
    lockedToThread: false,
  });
});

test("minutes and locked to thread (real/golang-10546)", () => {
  assert.deepEqual(
    parseGoroutineHeader("goroutine 17 [syscall, 10175 minutes, locked to thread]:"),
    {
      id: 17,
      state: "syscall",
      waitMinutes: 10175,
      lockedToThread: true,
    },
  );
});

test("wait reason with parentheses (traceback-format.md §4, go1.19)", () => {
  assert.deepEqual(parseGoroutineHeader("goroutine 20 [chan send (nil chan)]:"), {
    id: 20,
    state: "chan send (nil chan)",
    waitMinutes: 0,
    lockedToThread: false,
  });
});

test("gp, m, mp fields of go1.22+ (traceback-format.md §4, go1.23)", () => {
  assert.deepEqual(
    parseGoroutineHeader("goroutine 19 gp=0xc000084380 m=0 mp=0x50f680 [running]:"),
    {
      id: 19,
      state: "running",
      waitMinutes: 0,
      lockedToThread: false,
      gp: "0xc000084380",
      m: "0",
      mp: "0x50f680",
    },
  );
  assert.deepEqual(
    parseGoroutineHeader("goroutine 1 gp=0x15e7fe9141e0 m=nil [sync.WaitGroup.Wait]:"),
    {
      id: 1,
      state: "sync.WaitGroup.Wait",
      waitMinutes: 0,
      lockedToThread: false,
      gp: "0x15e7fe9141e0",
      m: "nil",
    },
  );
});

test("go1.27 labels after the brackets (traceback-format.md §10.10)", () => {
  assert.deepEqual(
    parseGoroutineHeader('goroutine 1 [running] {handler: api, "request id": "r-1"}:'),
    {
      id: 1,
      state: "running",
      waitMinutes: 0,
      lockedToThread: false,
      labels: '{handler: api, "request id": "r-1"}',
    },
  );
});

test("go1.26 labels inside the brackets (go1.26.8, GODEBUG=tracebacklabels=1, crashers case labels)", () => {
  assert.deepEqual(
    parseGoroutineHeader('goroutine 19 [sleep labels:{"handler": "api", "request id": "r-1"}]:'),
    {
      id: 19,
      state: "sleep",
      waitMinutes: 0,
      lockedToThread: false,
      labels: '{"handler": "api", "request id": "r-1"}',
    },
  );
});

test("not headers", () => {
  assert.equal(parseGoroutineHeader("goroutine profile: total 5"), null);
  assert.equal(parseGoroutineHeader("goroutine running on other thread; stack unavailable"), null);
  assert.equal(parseGoroutineHeader("goroutine 1 [running]"), null);
});

test("`goroutine 1:` without its bracketed state, as a reporter shortened it, keeps its id; the state is unknown (holdout-13/netbird-5610)", () => {
  assert.deepEqual(parseGoroutineHeader("goroutine 1:"), {
    id: 1,
    state: "",
    waitMinutes: 0,
    lockedToThread: false,
  });
  assert.equal(parseGoroutineHeader("goroutine :"), null);
  assert.equal(parseGoroutineHeader("goroutine 1 :"), null);
});
