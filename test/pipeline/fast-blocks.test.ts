// Blocks read from the bytes (src/pipeline/fast-blocks.ts) give what the line-by-line parser
// gives: every goroutine, every fold, every document field. Inputs are real dumps: the bench
// generator's (bench/gen, printed by Go 1.26.8: testdata/dumps/dump-20000.gen.txt) and the
// corpus's programs' (testdata/go).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import { documentCrash } from "../../src/document/to-document.js";
import type { Similarity } from "../../src/group/similarity.js";
import { diagnose } from "../../src/pipeline/analyze.js";
import { type ReadCrashes, readCrashes } from "../../src/pipeline/read-crashes.js";

const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");

function bytesOf(name: string): Buffer {
  const raw = readFileSync(join(TESTDATA, name));
  return name.endsWith(".gz") ? gunzipSync(raw) : raw;
}

/** The bytes in chunks of `size`, as a file is read (a block may straddle two chunks). */
async function* chunked(bytes: Buffer, size: number): AsyncIterable<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

interface ReadOptions {
  similarity?: Similarity;
  keep?: boolean;
  chunk?: number;
  /** The buckets' bound (group/fold.ts MAX_BUCKETS by default). */
  maxBuckets?: number;
}

async function read(bytes: Buffer, fast: boolean, options: ReadOptions = {}): Promise<ReadCrashes> {
  return readCrashes(chunked(bytes, options.chunk ?? 1 << 20), {
    keepGoroutines: options.keep ?? false,
    similarity: options.similarity,
    fastBlocks: fast,
    maxBuckets: options.maxBuckets,
  });
}

/** Everything a reading gives, as the document and the counts show it. */
function view(result: ReadCrashes, name: string) {
  return {
    crashes: result.crashes.map(({ crash, folds }) => {
      if (crash.goroutines.length === 0) crash.goroutines = folds.sample.result();
      return documentCrash(diagnose(crash, name, folds), { goroutines: true });
    }),
    lines: result.lines,
    bytes: result.bytes,
    stray: result.strayCount,
    wrappers: result.wrappers,
    omitted: result.omitted,
  };
}

async function bothWays(name: string, options: ReadOptions = {}) {
  const bytes = bytesOf(name);
  const fast = await read(bytes, true, options);
  const slow = await read(bytes, false, options);
  assert.equal(slow.fastBlocks, 0);
  return { fast, slow, fastView: view(fast, name), slowView: view(slow, name) };
}

// Each with the blocks the fast path reads: all but the crash's first, each stack's first
// (a miss, parsed, then a template), those cut by the end of a 1 MB chunk, and those it
// leaves to the parser (elided frames…).
for (const [name, fastBlocks] of [
  ["dumps/dump-20000.txt.gz", 19_977],
  ["go/go1.19/many-goroutines.all.txt", 1993],
  ["go/go1.23/many-goroutines.all.txt", 1993],
  ["go/go1.26/many-goroutines.all.txt", 1993],
  // SIGQUIT dumps: `gp=… m=…` headers (go1.22+), `fp= sp= pc=` on file lines.
  ["go/go1.19/leak-late.all.txt", 219],
  ["go/go1.26/leak-late.all.txt", 219],
  ["go/go1.26/leak-early.all.txt", 75],
  ["go/go1.23/sigquit.crash.txt", 3],
  // A debug=2 goroutine profile of a live process.
  ["live/blocked-go1.26.debug2.txt", 12],
] as const) {
  test(`fast and slow paths give the same goroutines and document: ${name}`, async () => {
    // Every goroutine kept: each one read from the bytes is compared field by field.
    const { fast, fastView, slowView } = await bothWays(name, { keep: true });
    assert.deepStrictEqual(fastView, slowView);
    assert.equal(fast.fastBlocks, fastBlocks);
  });
}

for (const similarity of ["exact", "pointers", "values"] as const) {
  test(`the 20 000-goroutine dump folds alike both ways at ${similarity}`, async () => {
    const { fastView, slowView } = await bothWays("dumps/dump-20000.txt.gz", { similarity });
    assert.deepStrictEqual(fastView, slowView);
  });
}

test("the 20 000-goroutine dump: exact counts, ids and buckets from the fast path", async () => {
  const { fast, fastView } = await bothWays("dumps/dump-20000.txt.gz");
  // The first block of the crash (the crashing goroutine) and the three with an elided
  // middle go the slow way, as does each stack's first block (a miss).
  assert.equal(fast.fastBlocks, 19_977);
  const [crash] = fastView.crashes;
  assert.equal(fastView.crashes.length, 1);
  assert.equal(crash?.goroutineCount, 20_001);
  assert.equal(crash?.goroutine, 1);
  assert.deepEqual(crash?.frame, {
    func: "main.lookup",
    file: "/work/wt/html/bench/gen/main.go",
    line: 466,
  });
  assert.equal(fastView.lines, 194_282);
  // The generator's summary (dump-20000.gen.txt): 7 926 workers, 2 969 in the event loop…
  const counts = new Map<string, number>();
  for (const bucket of crash?.buckets ?? [])
    counts.set(bucket.state, (counts.get(bucket.state) ?? 0) + bucket.count);
  assert.equal(counts.get("chan receive"), 7926 + 3);
  assert.equal(counts.get("select"), 2969);
  assert.equal(counts.get("sync.Mutex.Lock"), 1979);
  assert.equal(counts.get("sleep"), 1979);
  assert.equal(counts.get("chan send"), 989);
  assert.equal(counts.get("chan receive (nil chan)"), 593);
  assert.equal(counts.get("select (no cases)"), 395);
  assert.equal(counts.get("IO wait"), 200);
});

test("a block cut by a chunk's end, and chunks of one line, read alike", async () => {
  for (const chunk of [4096, 97, 1]) {
    const { fastView, slowView } = await bothWays("go/go1.26/many-goroutines.all.txt", {
      keep: true,
      chunk,
    });
    assert.deepStrictEqual(fastView, slowView, `chunks of ${chunk} bytes`);
  }
});

for (const name of ["go/go1.26/many-goroutines.all.txt", "go/go1.26/leak-late.all.txt"])
  test(`damaged copies of a dump read alike both ways (seeded edits of ${name})`, async () => {
    const original = bytesOf(name);
    // Bytes that change how a line is read: a carriage return, paste marks, a blank, a tab, a
    // parenthesis, a letter that starts a headline, a colon, a newline, a non-ASCII byte, `=`.
    const marks = [
      0x0d, 0x5e, 0x60, 0x20, 0x09, 0x28, 0x29, 0x70, 0x3a, 0x0a, 0xc3, 0x2e, 0x5d, 0x3d,
    ];
    let seed = 16;
    const random = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    for (let round = 0; round < 12; round++) {
      const bytes = Buffer.from(original);
      for (let edit = 0; edit < 40; edit++) {
        bytes[random(bytes.length)] = marks[random(marks.length)] as number;
      }
      for (const chunk of [1 << 20, 1000 + random(5000)]) {
        const fast = view(await read(bytes, true, { keep: true, chunk }), "damaged");
        const slow = view(await read(bytes, false, { keep: true, chunk }), "damaged");
        assert.deepStrictEqual(fast, slow, `round ${round}, chunks of ${chunk}`);
      }
    }
  });

// A bounded fold: past three quarters of its bound a new variant read by the fast path is only
// its goroutine until a second one joins it or a fold keeps it (group/fold.ts); the parser's
// goroutines make a bucket at once. Both must give the same buckets, remainder and document,
// whatever the bound, the similarity and the dump: `exact` over the generator's distinct
// arguments, SIGQUIT dumps (every word differs), a debug=2 profile.
for (const [name, bounds] of [
  ["dumps/dump-20000.txt.gz", [97, 2003]],
  ["go/go1.26/many-goroutines.all.txt", [10, 100, 500]],
  ["go/go1.26/leak-late.all.txt", [4, 50]],
  ["go/go1.19/leak-late.all.txt", [4, 50]],
  ["live/blocked-go1.26.debug2.txt", [2, 5]],
] as const) {
  for (const similarity of ["exact", "pointers", "values"] as const) {
    test(`bounded buckets fold alike both ways: ${name} at ${similarity}, bounds ${bounds.join(", ")}`, async () => {
      for (const maxBuckets of bounds) {
        const { fast, slow, fastView, slowView } = await bothWays(name, { similarity, maxBuckets });
        assert.ok(fast.fastBlocks > 0);
        assert.deepStrictEqual(fastView, slowView, `bound ${maxBuckets}`);
        const folded = (read: ReadCrashes) =>
          read.crashes.map(({ folds }) => folds.buckets.remainder.buckets);
        assert.deepEqual(folded(fast), folded(slow));
      }
    });
  }
}

test("at exact the generator's 20 000 goroutines fold alike: counts of the folded and the kept", async () => {
  const { fastView } = await bothWays("dumps/dump-20000.txt.gz", {
    similarity: "exact",
    maxBuckets: 1000,
  });
  const [crash] = fastView.crashes;
  // Every goroutine's arguments differ: 20 001 buckets of one, folded to 750 each time they
  // pass 1 000; 175 came after the last fold, and the crashing goroutine's stays first.
  assert.deepEqual(crash?.bucketRemainder, { buckets: 19_076, goroutines: 19_076 });
  assert.equal(crash?.buckets.length, 925);
  assert.ok(crash?.buckets.every((bucket) => bucket.count === 1));
  assert.equal(crash?.buckets[0]?.crashing, true);
  assert.deepEqual(crash?.buckets[0]?.ids, [1]);
});
