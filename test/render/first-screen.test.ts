// The first screen of `analyze` for real crash texts of testdata/go (made by testdata/gen.sh):
// the crash site a person would name, races grouped, buckets told apart.

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import type { CrashDocument } from "../../src/document/types.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";
import { palette } from "../../src/render/color.js";
import { renderDocument } from "../../src/render/terminal.js";
import { sourceLookup } from "../../src/source/lookup.js";

const GO = join(import.meta.dirname, "..", "..", "..", "testdata", "go");
const CRASHERS = join(import.meta.dirname, "..", "..", "..", "testdata", "crashers");

async function analyzed(file: string): Promise<{ document: CrashDocument; text: string }> {
  const document = toDocument(await analyzeFile(join(GO, file)));
  const text = renderDocument(document, { verbose: false, palette: palette(false) });
  return { document, text };
}

/** The lines of `text` from the one starting with `start` (trimmed) up to the next blank one. */
function section(text: string, start: string): string[] {
  const lines = text.split("\n");
  const from = lines.findIndex((line) => line.trim().startsWith(start));
  if (from === -1) return [];
  const to = lines.indexOf("", from);
  return lines.slice(from, to === -1 ? undefined : to);
}

test("a test timeout: the crash site is where the running test is stuck, its stack first", async () => {
  const { document, text } = await analyzed("go1.26/test-timeout-parallel.single.txt");
  const [crash] = document.crashes;
  assert.equal(crash?.goroutine, 18);
  assert.deepEqual(crash?.frame, {
    func: "example.com/crashers/tests.(*Cache).Get",
    file: "/tmp/panicscope-lab/crashers/tests/cache.go",
    line: 17,
  });
  assert.match(
    text,
    /\n {2}crash site {2}example\.com\/crashers\/tests\.\(\*Cache\)\.Get {2}\/tmp\/panicscope-lab\/crashers\/tests\/cache\.go:17\n/,
  );
  // Each running test with where it waits.
  assert.deepEqual(section(text, "running tests").slice(1, 3), [
    "    TestStuckCache (2s)  goroutine 18 [sync.Mutex.Lock]  example.com/crashers/tests.(*Cache).Get  /tmp/panicscope-lab/crashers/tests/cache.go:17",
    "    TestStuckQueue (2s)  goroutine 19 [chan receive]  example.com/crashers/tests.TestStuckQueue  /tmp/panicscope-lab/crashers/tests/stuck_test.go:18",
  ]);
  // The first stack shown is the test's, not the alarm's.
  const stacks = text.split("\n").filter((line) => /^ {2}goroutine \d+ \[/.test(line));
  assert.equal(stacks[0], "  goroutine 18 [sync.Mutex.Lock]");
  assert.ok(!text.includes("→ testing.(*M).startAlarm.func1"));
});

test("a SIGSEGV nil dereference prints its key sentence once", async () => {
  const { text } = await analyzed("go1.26/nil-deref.single.txt");
  const sentence = "A nil pointer was dereferenced: address 0x10 is 16 bytes past nil";
  assert.equal(text.split(sentence).length - 1, 1);
  assert.match(
    text,
    /16 bytes past nil, .* pointer at nilderef\.go:17 in main\.\(\*Account\)\.Balance\.\n/,
  );
});

test("a deadlock on a mutex names the goroutine that probably holds it", async () => {
  const document = toDocument(
    await analyzeFile(join(GO, "go1.26/deadlock-mutex-holder.single.txt")),
  );
  const [holder] = document.crashes[0]?.diagnosis.goroutines.lockHolders ?? [];
  assert.equal(holder?.holder, 19);
  assert.deepEqual(holder?.waiters, [1]);
  assert.equal(holder?.via, "argument");
  assert.deepEqual(holder?.site, {
    func: "main.holder",
    file: "/tmp/panicscope-lab/crashers/firstscreen.go",
    line: 13,
  });
  // From the frames alone: main.holder got the mutex's address.
  const framesOnly = renderDocument(document, { verbose: false, palette: palette(false) });
  assert.deepEqual(section(framesOnly, "lock holder").slice(0, 2), [
    "  lock holder",
    "    goroutine 19 (main.holder, firstscreen.go:13) probably holds the lock: its frame main.holder works on the mutex's value (0x26f7f3384120) and now waits on a channel",
  ]);
  // With the source: the Lock() on the same expression earlier in main.holder.
  const withSource = renderDocument(document, {
    verbose: false,
    palette: palette(false),
    source: sourceLookup(CRASHERS),
  });
  assert.deepEqual(
    section(withSource, "lock holder")[1],
    "    goroutine 19 (main.holder, firstscreen.go:13) probably holds the lock: it locked at firstscreen.go:11 and now waits on a channel",
  );
});

test("several race reports: one section per pair of access sites, with its count", async () => {
  const document = toDocument(await analyzeFile(join(GO, "go1.26/races.single.txt")));
  const fingerprints = document.crashes.map((crash) => crash.fingerprint);
  assert.equal(fingerprints.length, 5);
  // The same two lines reached through two callers: one race.
  assert.equal(fingerprints[0], fingerprints[1]);
  // Reset against Report, once per field: the same functions, other lines, other races.
  assert.notEqual(fingerprints[3], fingerprints[4]);
  assert.deepEqual(document.crashes[3]?.fingerprintBasis.parts, [
    "main.(*HitCounter).Report:57",
    "main.(*HitCounter).Reset:51",
  ]);
  assert.equal(new Set(fingerprints).size, 4);
  assert.deepEqual(
    document.races?.map((race) => [
      race.count,
      race.crashes,
      race.access?.line,
      race.previous?.line,
    ]),
    [
      [2, [0, 1], 38, 35],
      [1, [2], 44, 41],
      [1, [3], 57, 51],
      [1, [4], 58, 52],
    ],
  );
  const text = renderDocument(document, {
    verbose: false,
    palette: palette(false),
    source: sourceLookup(CRASHERS),
  });
  assert.equal(text.split("WARNING: DATA RACE").length - 1, 4);
  assert.match(text, /^── crash 1 of 4 · this race was reported 2 times ─/);
  assert.match(
    text,
    /\n {2}the same race, reported 1 more time: main goroutine \/ goroutine 9 \(lines 25-48\)\n/,
  );
  // Each access once at the head, the two close lines in one snippet, both marked.
  const head = section(text, "access");
  assert.deepEqual(head.slice(0, 2), [
    "  access      main.(*HitCounter).Hits  /tmp/panicscope-lab/crashers/firstscreen.go:38  read by main goroutine",
    "  previous    main.(*HitCounter).Hit  /tmp/panicscope-lab/crashers/firstscreen.go:35  write by goroutine 8 (started at /tmp/panicscope-lab/crashers/firstscreen.go:77)",
  ]);
  assert.deepEqual(
    head.filter((line) => line.includes("→")).map((line) => line.trim()),
    [
      "→ 35 │ func (c *HitCounter) Hit() { c.hits++ }",
      "→ 38 │ func (c *HitCounter) Hits() int { return c.hits }",
    ],
  );
  assert.equal(text.split("func (c *HitCounter) Hit() { c.hits++ }").length - 1, 1);
});

test("buckets alike but for their creation site show where they were created", async () => {
  const { document, text } = await analyzed("go1.26/created-by.all.txt");
  const [, first, second] = document.crashes[0]?.buckets ?? [];
  // The document carries the go statement's place for every bucket (the HTML shows it too).
  assert.deepEqual(
    [first?.representative.createdBy?.line, second?.representative.createdBy?.line],
    [96, 99],
  );
  assert.deepEqual(section(text, "buckets"), [
    "  buckets  6 goroutines in 3 buckets (similarity: pointers)",
    "    #1 1 [running]  the crashing goroutine 1, its stack above",
    "    #2 3 [chan receive]  created by main.createdBy at firstscreen.go:96 in goroutine 1",
    "        main.idle  /tmp/panicscope-lab/crashers/firstscreen.go:88",
    "    #3 2 [chan receive]  created by main.createdBy at firstscreen.go:99 in goroutine 1",
    "        main.idle  /tmp/panicscope-lab/crashers/firstscreen.go:88",
  ]);
});

test("the runtime's own goroutines fold into one line at the end of the bucket list", async () => {
  const { text } = await analyzed("go1.26/nil-deref.crash.txt");
  assert.deepEqual(section(text, "buckets"), [
    "  buckets  6 goroutines in 6 buckets (similarity: pointers)",
    "    #1 1 [running]  the crashing goroutine 1, its stack above",
    "  5 runtime goroutines (cleanup wait, finalizer wait, force gc (idle), GC scavenge wait, GC sweep wait)",
  ]);
  // With --all, every bucket is listed.
  const document = toDocument(await analyzeFile(join(GO, "go1.26/nil-deref.crash.txt")));
  const all = renderDocument(document, { verbose: false, palette: palette(false), all: true });
  assert.equal(section(all, "buckets").filter((line) => /^ {4}#\d/.test(line)).length, 6);
});

test("counts are printed one way everywhere: 2 000", async () => {
  const { text } = await analyzed("go1.26/many-goroutines.all.txt");
  assert.match(text, / · 2 000 goroutines · /);
  assert.match(text, /\n {2}buckets {2}2 000 goroutines in 8 buckets /);
  assert.match(text, /\n {5}1 000 × \[chan receive\] {2}main\.\(\*Conn2k\)\.readLoop /);
  assert.doesNotMatch(text, /\b2000 goroutines|\b1000 ×/);
});

test("no holder is named from a Lock() in another function above the line a goroutine waits on", async () => {
  // dumps.go:61 locks `held` in one closure; the goroutine of the closure on line 62 sleeps.
  const document = toDocument(await analyzeFile(join(GO, "go1.26/sigquit.single.txt")));
  const text = renderDocument(document, {
    verbose: false,
    palette: palette(false),
    source: sourceLookup(CRASHERS),
  });
  assert.deepEqual(section(text, "lock holder"), []);
});

test("a runtime goroutine that crashed stays in the bucket list, never folded away", async () => {
  // A SIGBUS in the background sweeper (goroutine 3, created by runtime.gcenable): copied
  // verbatim from docker-archive/compose-cli#1320 (testdata/real/broad/SOURCES.md).
  const path = join(
    GO,
    "..",
    "real",
    "broad",
    "compose-cli-1320-sigbus-in-runtime-sweep-go115.txt",
  );
  const text = renderDocument(toDocument(await analyzeFile(path)), {
    verbose: false,
    palette: palette(false),
  });
  assert.deepEqual(section(text, "buckets"), [
    "  buckets  2 goroutines in 2 buckets (similarity: pointers)",
    "    #1 1 [running]  the crashing goroutine 3, its stack above  created by runtime.gcenable at mgc.go:217",
    "    #2 1 [runnable]",
    "        syscall.Close  syscall/zsyscall_darwin_amd64.go:518",
  ]);
});

test("gccgo's frames with neither name nor file print as Go printed them, `:0` (real/holdout-6/golang-23393)", async () => {
  const { document, text } = await analyzed(
    "../real/holdout-6/golang-23393-gccgo-traceback-no-args-colon-zero-c-frames-cgo-sigsegv-cut.txt",
  );
  assert.equal(document.crashes[0]?.frame?.func, "engine._Cfunc_DBUnlockFile");
  const lines = text.split("\n");
  const at = lines.findIndex((l) => l.trim() === "../../../src/libgo/runtime/go-signal.c:86");
  assert.deepEqual(
    lines.slice(at + 1, at + 5).map((l) => l.trim()),
    [":0", ":0", ":0", "→ engine._Cfunc_DBUnlockFile()"],
  );
});
