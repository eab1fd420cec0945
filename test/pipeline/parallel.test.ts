// A file read in parts on several threads gives the same analysis as read in one piece.
// Inputs are real dumps of the corpus; the size threshold is lowered so that they split.

import assert from "node:assert/strict";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { gunzipSync, gzipSync } from "node:zlib";
import { documentCrash } from "../../src/document/to-document.js";
import { openInput } from "../../src/input/open.js";
import { diagnose } from "../../src/pipeline/analyze.js";
import { partStarts, readCrashesInParallel } from "../../src/pipeline/parallel.js";
import { readCrashes } from "../../src/pipeline/read-crashes.js";
import { tempDir } from "../temp-dir.js";

const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");

async function bothWays(path: string, threads: number) {
  const size = statSync(path).size;
  const parallel = await readCrashesInParallel(path, size, {
    keepGoroutines: false,
    threads,
    minBytes: 0,
  });
  const whole = await readCrashes((await openInput(path)).chunks, { keepGoroutines: false });
  const view = (read: NonNullable<typeof parallel>) =>
    read.crashes.map(({ crash, folds }) => {
      crash.goroutines = folds.sample.result();
      return {
        // The buckets and the diagnosis from the folds: merged across the parts when read apart.
        json: documentCrash(diagnose(crash, path, folds), { goroutines: true }),
        lines: read.lines,
        stray: read.strayCount,
      };
    });
  return { parallel: parallel === null ? null : view(parallel), whole: view(whole) };
}

for (const [name, threads] of [
  ["go/go1.19/many-goroutines.all.txt", 2],
  ["go/go1.26/many-goroutines.all.txt", 3],
  ["go/go1.23/sigquit.crash.txt", 2],
  ["real/responsewriter-issue-stack-overflow-go122-elided.txt", 2],
] as const) {
  test(`parts read apart join to the whole: ${name} on ${threads} threads`, async () => {
    const { parallel, whole } = await bothWays(join(TESTDATA, name), threads);
    assert.notEqual(parallel, null, "the file cuts at goroutine boundaries");
    assert.deepEqual(parallel, whole);
  });
}

test("the cuts fall on goroutine headers after a blank line", async () => {
  const path = join(TESTDATA, "go/go1.26/many-goroutines.all.txt");
  const text = readFileSync(path);
  const starts = await partStarts(path, text.length, 4);
  assert.equal(starts?.length, 4);
  assert.equal(starts?.[0], 0);
  for (const start of starts?.slice(1) ?? []) {
    assert.equal(text.subarray(start - 2, start + 10).toString(), "\n\ngoroutine ");
  }
});

test("gzip, log-wrapped and small inputs are read in one piece", async () => {
  const dir = tempDir("panicscope-parallel-");
  const gz = join(dir, "dump.txt.gz");
  writeFileSync(gz, gzipSync(readFileSync(join(TESTDATA, "go/go1.26/many-goroutines.all.txt"))));
  assert.equal(await partStarts(gz, statSync(gz).size, 2), null);
  const cri = join(TESTDATA, "wrapped/cri.restarts.txt");
  assert.equal(
    await readCrashesInParallel(cri, statSync(cri).size, {
      keepGoroutines: false,
      threads: 2,
      minBytes: 0,
    }),
    null,
  );
  const small = join(TESTDATA, "go/go1.26/many-goroutines.all.txt");
  assert.equal(
    await readCrashesInParallel(small, statSync(small).size, { keepGoroutines: false, threads: 2 }),
    null,
  );
});

test("the parts share one id budget: read on 2 threads, a dump keeps as many ids past the first ones", async () => {
  const path = join(TESTDATA, "go/go1.26/many-goroutines.all.txt");
  const size = statSync(path).size;
  const kept = async (idBudget: number, threads: number) => {
    const read =
      threads === 1
        ? await readCrashes((await openInput(path)).chunks, { keepGoroutines: false, idBudget })
        : await readCrashesInParallel(path, size, {
            keepGoroutines: false,
            threads,
            minBytes: 0,
            idBudget,
          });
    let ids = 0;
    let dropped = 0;
    for (const site of read?.crashes[0]?.folds.buckets.result() ?? [])
      for (const group of site.variants.values()) {
        ids += group.ids.length;
        dropped += group.ids.dropped;
      }
    assert.equal(ids + dropped, 2000);
    return ids;
  };
  // With no budget each bucket keeps its first 64 ids (in each part: one bucket spans both).
  assert.equal(await kept(0, 1), 380);
  assert.equal(await kept(0, 2), 444);
  // A budget of 200 keeps 200 more, whether the file is read in one piece or in two.
  assert.equal(await kept(200, 1), 580);
  assert.equal(await kept(200, 2), 644);
});

test("the parts share the bucket bound: each of 2 threads keeps half of the buckets", async () => {
  // 804 distinct buckets at exact (test/group/bounds.test.ts), and a bound of 804.
  const path = join(TESTDATA, "go/go1.26/many-goroutines.all.txt");
  const size = statSync(path).size;
  const kept = async (threads: number) => {
    const options = { keepGoroutines: false, similarity: "exact", maxBuckets: 804 } as const;
    const read =
      threads === 1
        ? await readCrashes((await openInput(path)).chunks, options)
        : await readCrashesInParallel(path, size, { ...options, threads, minBytes: 0 });
    const fold = read?.crashes[0]?.folds.buckets;
    let buckets = 0;
    let goroutines = 0;
    for (const site of fold?.result() ?? [])
      for (const group of site.variants.values()) {
        buckets++;
        goroutines += group.count;
      }
    assert.equal(goroutines + (fold?.remainder.goroutines ?? 0), 2000);
    return { buckets, folded: fold?.remainder.buckets };
  };
  // One thread keeps every bucket. Two: each part at most 402 at once (folded to 301 past
  // it), so that the threads together hold no more than one would.
  assert.deepEqual(await kept(1), { buckets: 804, folded: 0 });
  assert.deepEqual(await kept(2), { buckets: 600, folded: 204 });
});

test("big id lists move to the main thread intact: the generator's dump on 2 threads", async () => {
  // dump-20000: its worker-pool bucket holds 7 926 goroutines, ≈ 4 000 ids in each part
  // (16 KB: moved, not copied, IdList.detachable); one plain copy so that the file splits.
  const dir = tempDir("panicscope-parallel-");
  const path = join(dir, "dump-20000.txt");
  writeFileSync(path, bigPanicDump());
  const size = statSync(path).size;
  for (const similarity of ["values", "pointers"] as const) {
    const read = async (threads: number) => {
      const result =
        threads === 1
          ? await readCrashes((await openInput(path)).chunks, { keepGoroutines: false, similarity })
          : await readCrashesInParallel(path, size, {
              keepGoroutines: false,
              similarity,
              threads,
              minBytes: 0,
            });
      const [first] = result?.crashes ?? [];
      assert.ok(first !== undefined);
      first.crash.goroutines = first.folds.sample.result();
      return documentCrash(diagnose(first.crash, path, first.folds), { goroutines: false });
    };
    const whole = await read(1);
    const parts = await read(2);
    assert.deepEqual(parts, whole);
    const biggest = whole.buckets.reduce((a, b) => (b.count > a.count ? b : a));
    assert.equal(biggest.count, 7926);
    assert.equal(biggest.ids.length, 7926);
  }
});

test("an id list cut to size is moved whole, and one under 8 KB is not offered", async () => {
  const read = await readCrashes(
    (await openInput(join(TESTDATA, "dumps/dump-20000.txt.gz"))).chunks,
    {
      keepGoroutines: false,
      similarity: "values",
    },
  );
  const groups = (read.crashes[0]?.folds.buckets.result() ?? []).flatMap((site) => [
    ...site.variants.values(),
  ]);
  const big = groups.find((group) => group.count === 7926);
  const small = groups.find((group) => group.count === 200); // IO wait: 800 bytes of ids
  assert.ok(big !== undefined && small !== undefined);
  assert.equal(small.ids.detachable(), null);
  const ids = Array.from(big.ids.view());
  const buffer = big.ids.detachable();
  assert.equal(buffer?.byteLength, 7926 * 4);
  const moved = structuredClone(big.ids, { transfer: [buffer as ArrayBuffer] });
  assert.equal(buffer?.byteLength, 0, "the buffer went with the copy");
  assert.deepEqual(
    Array.from(Object.setPrototypeOf(moved, big.ids.constructor.prototype).view()),
    ids,
  );
});

/** The bench generator's 20 000-goroutine panic (testdata/dumps/dump-20000.gen.txt), unzipped. */
function bigPanicDump(): Buffer {
  return gunzipSync(readFileSync(join(TESTDATA, "dumps/dump-20000.txt.gz")));
}

test("a part that continues a panic's dump runs only the panic's folds, and joins to the whole", async () => {
  const dir = tempDir("panicscope-parallel-");
  const path = join(dir, "dump-20000.txt");
  writeFileSync(path, bigPanicDump());
  const read = await readCrashesInParallel(path, statSync(path).size, {
    keepGoroutines: false,
    threads: 2,
    minBytes: 0,
  });
  // Its second part's crash took no deadlock, map or test folds (the file's head says panic).
  assert.deepEqual(read?.lastFolds, ["sample", "buckets", "waits"]);
  const { parallel, whole } = await bothWays(path, 2);
  assert.notEqual(parallel, null);
  assert.deepEqual(parallel, whole);
});

test("a file that opens with a panic's dump but is cut inside a deadlock is read in one piece", async () => {
  // Two real outputs one after the other, as a log holds them: the generator's panic (8.2 MB),
  // then go1.26's deadlock of testdata/go 11 000 times (9.0 MB): the cut falls in a deadlock,
  // whose folds the panic at the file's head did not give the second part.
  const dir = tempDir("panicscope-parallel-");
  const path = join(dir, "panic-then-deadlocks.txt");
  const deadlock = readFileSync(join(TESTDATA, "go/go1.26/deadlock-mutex-holder.single.txt"));
  writeFileSync(path, Buffer.concat([bigPanicDump(), ...new Array(11_000).fill(deadlock)]));
  const { parallel, whole } = await bothWays(path, 2);
  assert.equal(parallel, null);
  assert.equal(whole.length, 11_001);
});
