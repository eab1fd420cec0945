// Texts of Go releases before go1.17 (issue 9, "every release's messages"): the rule, the
// releases that print the exact wording, and the mechanism notes a report of that age gets.
// Inputs are public reports of testdata/real/old-go and broad (their SOURCES.md name each).

import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { matchMessage } from "../../src/diagnose/catalogue.js";
import { narrowedByMessage } from "../../src/diagnose/diagnosis.js";
import { OLD_INTERNAL_MESSAGES } from "../../src/diagnose/rules/runtime-internal-old.data.js";
import { parseGoRelease } from "../../src/goversion/release.js";
import { formatGoVersion } from "../../src/goversion/version.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";

const OLD_GO = join(import.meta.dirname, "..", "..", "..", "testdata", "real", "old-go");

async function diagnosisOf(file: string) {
  const [crash] = (await analyzeFile(join(OLD_GO, file))).crashes;
  assert.ok(crash, `no crash in ${file}`);
  return crash.diagnosis;
}

/** The first words of each mechanism note, enough to tell them apart. */
const openings = (notes: { text: string }[]) => notes.map((n) => n.text.slice(0, 40));

describe("the releases that print a wording", () => {
  const cases: [string, "panic" | "fatal", string, string, string | null][] = [
    // [text, headline, rule, since, until]
    // go1.2 src/pkg/runtime/chan.c runtime·panicstring
    ["runtime error: send on closed channel", "panic", "send-on-closed-channel", "go1.1", "go1.3"],
    // go1.4.3 src/runtime/chan.go panic(string), go1.7.4 plainError: the same words since
    ["send on closed channel", "panic", "send-on-closed-channel", "go1.4", null],
    // go1.4.3–go1.7.4 src/sync/rwmutex.go panic; go1.8.3 throw
    ["sync: RUnlock of unlocked RWMutex", "panic", "sync-unlock-panic-legacy", "go1.4", "go1.7"],
    // go1.2–go1.7.4 src/sync/mutex.go panic, and go1.9 (golang/go commit 0556e26)
    ["sync: unlock of unlocked mutex", "panic", "sync-unlock-panic-legacy", "go1.1", "go1.9"],
    ["sync: unlock of unlocked mutex", "fatal", "sync-unlock-unlocked-mutex", "go1.8", null],
    // go1.5 src/runtime/mbitmap.go heapBitsForObject
    [
      "objectstart: bad pointer in unexpected span",
      "fatal",
      "found-bad-pointer-in-heap",
      "go1.5",
      "go1.5",
    ],
    // go1.4.3 src/runtime/mgc0.c scanblock
    ["invalid heap pointer", "fatal", "found-bad-pointer-in-heap", "go1.4", "go1.4"],
    // go1.4.3 src/runtime/stack.c … go1.7.4 src/runtime/stack.go adjustpointers
    ["invalid stack pointer", "fatal", "invalid-pointer-on-stack", "go1.4", "go1.7"],
    // go1.25 src/internal/runtime/maps/map.go unhashableTypeError
    ["hash of unhashable type: []string", "panic", "hash-of-unhashable-type", "go1.25", null],
    // go1.2 src/pkg/runtime/alg.c noequal
    [
      "runtime error: comparing uncomparable types",
      "panic",
      "comparing-uncomparable-type",
      "go1.1",
      "go1.3",
    ],
    // go1.2–go1.11 src/runtime/proc.go acquirep (runtime-internal-old.data.ts)
    ["acquirep: invalid p state", "fatal", "runtime-internal-scheduler", "go1.2", "go1.11"],
  ];
  for (const [text, headline, rule, since, until] of cases) {
    test(`${headline}: ${text} → ${rule}, ${since}–${until ?? "now"}`, () => {
      const match = matchMessage(text, headline);
      assert.equal(match.rule.id, rule);
      assert.equal(match.since, since);
      assert.equal(match.until, until);
    });
  }

  test("a runtime error printed raw on the system stack reads as that runtime error (go1.21 report)", () => {
    const match = matchMessage('runtime.errorString("integer divide by zero")', "panic");
    assert.equal(match.rule.id, "integer-divide-by-zero");
    assert.equal(match.rule.category, "divide-by-zero");
  });

  test("every pre-go1.17 throw read off the old sources reads as its area's rule", () => {
    assert.ok(OLD_INTERNAL_MESSAGES.length > 300, `${OLD_INTERNAL_MESSAGES.length} texts`);
    for (const [text, area, headline, since, until] of OLD_INTERNAL_MESSAGES) {
      const match = matchMessage(text, headline);
      assert.equal(match.rule.id, `runtime-internal-${area}`, text);
      assert.equal(match.since, since, text);
      assert.equal(match.until, until, text);
    }
  });
});

describe("the Go release a message narrows a guess to", () => {
  const range = (from: string | null, to: string | null) => ({
    kind: "range" as const,
    from: from === null ? null : parseGoRelease(from),
    to: to === null ? null : parseGoRelease(to),
  });
  test("a text that ended bounds an open guess", () => {
    const v = narrowedByMessage(range(null, "go1.20"), "go1.1", "go1.3");
    assert.ok(v);
    assert.equal(formatGoVersion(v), "go1.1–go1.3");
  });
  test("no guess: the text's own releases", () => {
    const v = narrowedByMessage(null, "go1.4", "go1.7");
    assert.ok(v);
    assert.equal(formatGoVersion(v), "go1.4–go1.7");
  });
  test("a current text or a contradiction leaves the guess as it is", () => {
    assert.equal(narrowedByMessage(null, "go1.7", null), null);
    const guess = range("go1.21", null);
    assert.equal(narrowedByMessage(guess, "go1.1", "go1.3"), guess);
  });
});

describe("old reports: rule, category and the mechanism of their release", () => {
  test("go1.2 `runtime error: send on closed channel` (tsuru#624): only the C runtime's note", async () => {
    const d = await diagnosisOf("tsuru-624-send-closed-channel-go12-runtime-error-prefix.txt");
    assert.equal(d.rule, "send-on-closed-channel");
    assert.equal(d.category, "closed-channel-send");
    assert.equal(d.since, "go1.1");
    assert.equal(d.until, "go1.3");
    assert.deepEqual(openings(d.explanation.mechanism), [
      "The C runtime raised it with `runtime·pa",
    ]);
  });

  test("go1.6 `panic: sync: unlock of unlocked mutex` (syncthing-tray#25): a recoverable panic", async () => {
    const d = await diagnosisOf(
      "../broad/syncthing-tray-25-unlock-of-unlocked-mutex-panic-go16.txt",
    );
    assert.equal(d.rule, "sync-unlock-panic-legacy");
    assert.equal(d.category, "sync-misuse");
    assert.equal(d.kind, "library-panic");
    assert.equal(d.recoverable, true);
    assert.deepEqual(d.values, { op: "unlock of unlocked mutex" });
  });

  test("go1.4 `fatal error: invalid heap pointer` (golang/go#11138): go1.4's collector", async () => {
    const d = await diagnosisOf("golang-11138-invalid-heap-pointer-go14-double-spaced.txt");
    assert.equal(d.rule, "found-bad-pointer-in-heap");
    assert.equal(d.category, "bad-pointer");
    assert.deepEqual(openings(d.explanation.mechanism), [
      "go1.4's collector (C code in runtime/mgc",
      "The goroutine that is printed is often i",
    ]);
  });

  test("go1.5.1 `objectstart: bad pointer in unexpected span` (golang/go#13289)", async () => {
    const d = await diagnosisOf("golang-13289-objectstart-bad-pointer-go151-fp-sp.txt");
    assert.equal(d.rule, "found-bad-pointer-in-heap");
    assert.equal(d.since, "go1.5");
    assert.equal(d.until, "go1.5");
    assert.deepEqual(openings(d.explanation.mechanism), [
      "go1.5's `heapBitsForObject` (runtime/mbi",
      "While the collector ran, the pointer wri",
      "The goroutine that is printed is often i",
    ]);
  });

  test("go1.7 `fatal error: acquirep: invalid p state` (etcd#12320): a scheduler invariant", async () => {
    const d = await diagnosisOf("etcd-12320-acquirep-invalid-p-state-go17-capnslog.txt");
    assert.equal(d.rule, "runtime-internal-scheduler");
    assert.deepEqual(d.values, { source: "go1.11 src/runtime/proc.go" });
  });
});
