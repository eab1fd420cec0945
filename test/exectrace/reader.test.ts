// The Go 1.22+ trace reader on the committed traces of testdata/exectrace (made by
// testdata/exectrace/gen.sh with Debian's Go 1.22, 1.24, 1.25 and the machine's Go 1.26),
// and on the same bytes cut short, corrupted, or under a header no Go release wrote.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { readTrace } from "../../src/exectrace/analyze.js";
import { TESTDATA } from "./traces.js";

const bytesOf = (name: string): Uint8Array => readFileSync(join(TESTDATA, name));

// Expected values: what each toolchain's own `go tool trace -d=parsed` (-d=1 for Go 1.22)
// printed for these files. Go 1.22-1.24 readers put a Sync at the end of each of the four
// generations; Go 1.25+ readers one at each start and one at the end (five).
const EXPECTED = [
  {
    file: "leak-go1.22.trace",
    goVersion: "go1.22",
    syncAt: "generation-end",
    events: 1220,
    metric: 33,
    st: 1181,
    sync: 4,
  },
  {
    file: "leak-go1.24.trace",
    goVersion: "go1.23",
    syncAt: "generation-end",
    events: 1268,
    metric: 44,
    st: 1218,
    sync: 4,
  },
  {
    file: "leak-go1.25.trace",
    goVersion: "go1.25",
    syncAt: "generation-start",
    events: 1051,
    metric: 29,
    st: 1015,
    sync: 5,
  },
  {
    file: "leak-go1.26.trace",
    goVersion: "go1.26",
    syncAt: "generation-start",
    events: 1318,
    metric: 42,
    st: 1269,
    sync: 5,
  },
] as const;

for (const x of EXPECTED) {
  test(`${x.file}: the events go tool trace prints`, () => {
    const r = readTrace(bytesOf(x.file), { syncAt: x.syncAt });
    if ("error" in r) assert.fail(r.error);
    assert.equal(r.goVersion, x.goVersion);
    assert.equal(r.generations, 4);
    assert.equal(r.counts.events, x.events);
    assert.deepEqual(r.counts.eventsByKind, {
      Metric: x.metric,
      RangeBegin: 1,
      RangeEnd: 1,
      StateTransition: x.st,
      Sync: x.sync,
    });
    assert.equal(r.counts.goroutines, 60);
    assert.equal(r.counts.procs, 2);
    assert.equal(r.counts.threads, 3);
    // 30 waitReply, 12 lockState, 7 waitEither, 3 workers and 3 more created by the runtime.
    assert.equal(r.counts.transitions.goroutine["NotExist->Runnable"], 55);
    assert.equal(r.counts.transitions.goroutine["Undetermined->Running"], 1);
    assert.deepEqual(r.warnings, []);
  });
}

test("the reader's Sync model does not change any other count", () => {
  const start = readTrace(bytesOf("leak-go1.24.trace"), { syncAt: "generation-start" });
  const end = readTrace(bytesOf("leak-go1.24.trace"), { syncAt: "generation-end" });
  if ("error" in start || "error" in end) assert.fail("read failed");
  assert.equal(start.counts.events, end.counts.events + 1);
  assert.deepEqual(start.counts.transitions, end.counts.transitions);
  assert.deepEqual(start.counts.reasons, end.counts.reasons);
});

test("a trace cut anywhere yields what came before the cut, with a warning", () => {
  for (const x of EXPECTED) {
    const whole = bytesOf(x.file);
    const full = readTrace(whole);
    if ("error" in full) assert.fail(full.error);
    let sawPartial = false;
    for (let cut = 17; cut < whole.length; cut += 97) {
      const r = readTrace(whole.subarray(0, cut));
      if ("error" in r) assert.fail(`${x.file} cut at ${cut}: ${r.error}`);
      assert.match(r.warnings[0] ?? "", /^trace is truncated/, `${x.file} cut at ${cut}`);
      assert.ok(r.counts.events <= full.counts.events);
      assert.ok(r.generations < 4 || x.goVersion !== "go1.26");
      if (r.generations >= 2) sawPartial = true;
    }
    assert.ok(sawPartial, `${x.file}: some cut kept whole generations`);
  }
});

test("Go 1.26: a cut inside the last generation keeps the three before it", () => {
  const whole = bytesOf("leak-go1.26.trace");
  const r = readTrace(whole.subarray(0, whole.length - 1));
  if ("error" in r) assert.fail(r.error);
  assert.equal(r.generations, 3);
  assert.match(r.warnings[0] ?? "", /incomplete generation found; trace likely truncated/);
});

test("a corrupt batch header is an error naming its offset", () => {
  const bytes = Uint8Array.from(bytesOf("leak-go1.26.trace"));
  bytes[16] = 7;
  const r = readTrace(bytes);
  assert.deepEqual(r, { error: "corrupt trace at offset 16: expected batch event, got event 7" });
});

test("an oversized batch is an error naming its offset", () => {
  const bytes = Uint8Array.from(bytesOf("leak-go1.25.trace"));
  // The first batch: type, gen, M, time, then its size varint; make the size 0x7f_ffff.
  const r0 = readTrace(bytes);
  if ("error" in r0) assert.fail(r0.error);
  let p = 17;
  for (let field = 0; field < 3; field++) while ((bytes[p++] as number) & 0x80) {}
  bytes[p] = 0xff;
  bytes[p + 1] = 0xff;
  bytes[p + 2] = 0x7f;
  const r = readTrace(bytes);
  assert.ok("error" in r);
  assert.equal(r.error, "corrupt trace at offset 16: invalid batch size 2097151, maximum is 65536");
});

test("an unknown version is an error, not a guess", () => {
  const bytes = Uint8Array.from(bytesOf("leak-go1.26.trace"));
  bytes.set(Buffer.from("go 1.99 trace\0\0\0"), 0);
  assert.deepEqual(readTrace(bytes), {
    error: "unknown or unsupported trace version go 1.99 (header at offset 0)",
  });
  assert.deepEqual(readTrace(Buffer.from("hello, world, this is not a trace")), {
    error: 'bad file format at offset 0: not a Go execution trace (no "go 1.N trace" header)',
  });
});

test("bytes flipped anywhere never make the reader throw", () => {
  const whole = bytesOf("leak-go1.26.trace");
  let seed = 14;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let i = 0; i < 300; i++) {
    const bytes = Uint8Array.from(whole);
    for (let k = 0; k < 3; k++) bytes[16 + rand(bytes.length - 16)] = rand(256);
    const r = readTrace(bytes);
    assert.ok("error" in r || r.counts.events > 0);
  }
});

test("the old format: a corrupt first event names its offset; a cut stack table is a warning", () => {
  const whole = bytesOf("leak-go1.19.trace");
  const bad = Uint8Array.from(whole);
  bad[16] = 0x3f; // the first batch header's byte: event type 63, which no release wrote
  assert.deepEqual(readTrace(bad), { error: "corrupt trace at offset 16: unknown event type 63" });
  // The stack table comes last: cut inside it, every event is there, 307 of their stacks not.
  const cut = readTrace(whole.subarray(0, 4531));
  assert.ok(!("error" in cut));
  assert.equal(cut.counts.events, 923);
  assert.deepEqual(cut.warnings, [
    "trace ends early or is damaged at offset 4531 (307 events refer to stacks the trace does not hold): read everything before",
  ]);
  // Cut among the events: what Go's reader would refuse is read on and said once per kind.
  const half = readTrace(whole.subarray(0, 2000));
  assert.ok(!("error" in half));
  assert.equal(half.counts.events, 490);
  assert.deepEqual(half.warnings, [
    "trace ends early or is damaged at offset 2000 (no frequency event): read everything before",
    "go 1.19 trace: no consistent ordering of events possible: merged by time from here (and 7 more like it) (Go's reader refuses the trace here; panicscope read on)",
    "go 1.19 trace: impossible state transition of goroutine 68 at tick 109182965378 (and 7 more like it) (Go's reader refuses the trace here; panicscope read on)",
  ]);
});

test("the old format: cut or damaged anywhere, never a throw", () => {
  const whole = bytesOf("leak-go1.19.trace");
  for (let cut = 17; cut < whole.length; cut += 61) {
    const r = readTrace(whole.subarray(0, cut));
    assert.ok("error" in r || r.warnings.length >= 1, `cut at ${cut}`);
  }
  let seed = 19;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let i = 0; i < 300; i++) {
    const bytes = Uint8Array.from(whole);
    for (let k = 0; k < 3; k++) bytes[16 + rand(bytes.length - 16)] = rand(256);
    const r = readTrace(bytes);
    assert.ok("error" in r || r.counts.events >= 0);
  }
});
