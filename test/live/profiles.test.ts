// The binary goroutine profile (debug=0) read into the same dump as the debug=1 text of the same
// process at the same moment (testdata/live/gen.sh captured both from one `blocked` process).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import { analyzeText, diagnose } from "../../src/pipeline/analyze.js";
import { analyzeUrl } from "../../src/pipeline/analyze-url.js";
import { goroutineDump } from "../../src/pprof/goroutines.js";
import { decodeProfile } from "../../src/pprof/profile.js";
import { LIVE } from "./process.js";

const PB = readFileSync(join(LIVE, "blocked-go1.26.goroutine.pb.gz"));
const DEBUG1 = readFileSync(join(LIVE, "blocked-go1.26.debug1.txt"));
const SRC = "/work/wt/trace/testdata/live/blocked/main.go";

test("decodeProfile: the goroutine profile's type, records and counts", () => {
  const decoded = decodeProfile(PB);
  assert.ok("profile" in decoded, JSON.stringify(decoded));
  const { profile } = decoded;
  assert.deepEqual(profile.sampleTypes, [{ type: "goroutine", unit: "count" }]);
  // The same records, in the same order, as the debug=1 text: 5 5 3 2 2 1 1 1.
  assert.deepEqual(
    profile.samples.map((s) => s.values),
    [[5], [5], [3], [2], [2], [1], [1], [1]],
  );
  assert.deepEqual(profile.samples[3]?.labels, [{ key: "worker", value: "ingest" }]);
});

test("goroutineDump: frames as debug=1 prints them, inlined calls expanded", () => {
  const decoded = decodeProfile(PB);
  assert.ok("profile" in decoded);
  const dump = goroutineDump(decoded.profile);
  assert.ok("crash" in dump);
  assert.equal(dump.crash.goroutineCount, 20);
  const lock = dump.crash.goroutines[2];
  assert.equal(lock?.count, 3);
  assert.deepEqual(
    lock?.frames.map((f) => [
      f.pc,
      f.func,
      f.file.replace(/^\/usr\/local\/go\/src\//, ""),
      f.line,
      f.inlined,
    ]),
    [
      ["0x488f64", "internal/sync.runtime_SemacquireMutex", "runtime/sema.go", 95, false],
      ["0x49339c", "internal/sync.(*Mutex).lockSlow", "internal/sync/mutex.go", 149, false],
      ["0x66db64", "internal/sync.(*Mutex).Lock", "internal/sync/mutex.go", 70, true],
      ["0x66db64", "sync.(*Mutex).Lock", "sync/mutex.go", 46, true],
      ["0x66db64", "main.lockState", SRC, 39, false],
    ],
  );
  // runtime.gopark and its callers at the top are in the stack, not shown (printStackRecord).
  assert.equal(lock?.pcs?.[0], "0x487a2e");
  assert.equal(dump.crash.goroutines[3]?.labels, '{"worker":"ingest"}');
});

test("the binary profile and the debug=1 text give the same buckets", async () => {
  const fromText = await analyzeText(DEBUG1, { name: "debug1" });
  const decoded = decodeProfile(PB);
  assert.ok("profile" in decoded);
  const dump = goroutineDump(decoded.profile);
  assert.ok("crash" in dump);
  const shape = (buckets: (typeof fromText.crashes)[0]["buckets"]) =>
    buckets.map((b) => ({
      count: b.count,
      frames: b.representative.frames.map((f) => `${f.func} ${f.file}:${f.line}`),
    }));
  // The last record differs: the three were fetched one after the other, and the goroutine of
  // the connection (a fresh one, then net/http's background read) came and went in between.
  const settled = (b: { frames: string[] }) =>
    b.frames.length > 0 && !b.frames.some((f) => f.includes("backgroundRead"));
  const textBuckets = shape(fromText.crashes[0]?.buckets ?? []);
  const pbBuckets = shape(diagnose(dump.crash, "pb").buckets);
  assert.equal(textBuckets.filter(settled).length, 7);
  assert.deepEqual(pbBuckets.filter(settled), textBuckets.filter(settled));
  assert.deepEqual(
    textBuckets
      .filter((b) => b.frames.some((f) => f.startsWith("main.")))
      .map((b) => [b.count, b.frames.filter((f) => f.startsWith("main.")).join(" ")]),
    [
      [5, `main.waitReply ${SRC}:35`],
      [5, `main.nap ${SRC}:44`],
      [3, `main.lockState ${SRC}:39`],
      [2, `main.waitReply ${SRC}:35 main.main.func1 ${SRC}:77`],
      [2, `main.waitEither ${SRC}:48`],
      [1, `main.main ${SRC}:105`],
    ],
  );
});

test("decodeProfile: every cut of the profile is an error naming an offset, never a throw", () => {
  const raw = gunzipSync(PB);
  let errors = 0;
  for (let n = 1; n < raw.length; n++) {
    const decoded = decodeProfile(raw.subarray(0, n));
    if ("error" in decoded) {
      errors++;
      assert.match(decoded.error, /offset \d+|location \d+|string table/);
    }
  }
  // A cut between two whole fields is a smaller valid message; most cuts are not.
  assert.ok(errors > raw.length / 2, `${errors} of ${raw.length}`);
  assert.deepEqual(decodeProfile(Buffer.from([0x1f, 0x8b, 1, 2])), {
    error: "not a readable gzip stream (unknown compression method)",
  });
});

test("analyzeUrl: a gzip answer that is not a profile is read as text", async (t) => {
  const { createServer } = await import("node:http");
  const { gzipSync } = await import("node:zlib");
  const server = createServer((_req, res) => res.end(gzipSync(DEBUG1)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  t.after(() => server.close());
  const { port } = server.address() as { port: number };
  const analysis = await analyzeUrl(`http://127.0.0.1:${port}/x`, {
    timeoutMs: 5000,
    maxBytes: 1 << 20,
  });
  assert.equal(analysis.crashes[0]?.crash.goroutineCount, 20);
  assert.equal(analysis.crashes[0]?.buckets[0]?.count, 5);
});
