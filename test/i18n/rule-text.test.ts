// Every rule of the catalogue speaks Chinese too, part for part; a rule's text in a language
// falls back to English only where the translation lacks it; and the diagnosis's sentences a
// renderer builds again from the document are the document's own (one source of truth).

import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { CATALOGUE, knownRule } from "../../src/diagnose/catalogue.js";
import type { Explanation } from "../../src/diagnose/types.js";
import { toDocument } from "../../src/document/to-document.js";
import { diagnosisIn, rebuildDiagnosis } from "../../src/i18n/diagnosis.js";
import { explanationLike, ruleText } from "../../src/i18n/rule-text.js";
import { ZH_RULES } from "../../src/i18n/zh/rules/index.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";
// Chinese is rendered here: its texts are registered as the package entry registers them.
import "../../src/i18n/zh/index.js";

const GO = join(import.meta.dirname, "..", "..", "..", "testdata", "go");

function emptyParts(e: Explanation): string[] {
  const empty: string[] = [];
  for (const key of ["title", "what", "fix", "example"] as const)
    if (e[key].trim() === "") empty.push(key);
  if (e.mechanism.length === 0 || e.mechanism.some((n) => n.text.trim() === ""))
    empty.push("mechanism");
  if (e.causes.length === 0 || e.causes.some((c) => c.trim() === "")) empty.push("causes");
  if (e.confirm.length === 0 || e.confirm.some((c) => c.trim() === "")) empty.push("confirm");
  return empty;
}

// Until the translations land (branch issue-i18n-rules) there is nothing to check: a todo.
const filling = Object.keys(ZH_RULES).length === 0 ? { todo: "ZH_RULES is empty" } : {};

describe("every rule has Chinese text", () => {
  test(
    "each rule has a ZH_RULES entry with every part, summary iff English has one",
    filling,
    () => {
      const problems: string[] = [];
      for (const rule of CATALOGUE) {
        const zh = ZH_RULES[rule.id];
        if (zh === undefined) {
          problems.push(`${rule.id}: missing`);
          continue;
        }
        for (const part of emptyParts(zh.explanation)) problems.push(`${rule.id}: empty ${part}`);
        if ((zh.summary === undefined) !== (rule.summary === undefined))
          problems.push(`${rule.id}: summary ${zh.summary === undefined ? "missing" : "extra"}`);
        // The mechanism notes hold for the same releases, in the same order.
        const ranges = (e: Explanation) => e.mechanism.map((n) => `${n.since}…${n.until}`);
        if (ranges(zh.explanation).join(" ") !== ranges(rule.explanation).join(" "))
          problems.push(`${rule.id}: mechanism releases differ from the English`);
      }
      assert.deepEqual(problems, []);
    },
  );

  test("no entry names a rule the catalogue lacks", () => {
    const ids = new Set(CATALOGUE.map((r) => r.id));
    assert.deepEqual(
      Object.keys(ZH_RULES).filter((id) => !ids.has(id)),
      [],
    );
  });
});

describe("a rule's text in a language", () => {
  test("English is the catalogue's own", () => {
    const rule = knownRule("index-out-of-range");
    assert.equal(ruleText(rule, "en").explanation, rule.explanation);
    assert.equal(ruleText(rule, "en").summary, rule.summary);
  });

  test("a missing translation falls back to English, part by part", () => {
    const rule = knownRule("index-out-of-range");
    const zh = ruleText(rule, "zh");
    const own = ZH_RULES[rule.id];
    assert.equal(zh.explanation, own?.explanation ?? rule.explanation);
    assert.equal(zh.summary, own?.summary ?? rule.summary);
  });

  test("the mechanism notes kept are those of the same releases", () => {
    const rule = knownRule("all-goroutines-asleep");
    const english = rule.explanation;
    const kept = { ...english, mechanism: english.mechanism.slice(-1) };
    const zh = explanationLike(rule, kept, "zh");
    const last = zh.mechanism[zh.mechanism.length - 1];
    assert.equal(zh.mechanism.length, english.mechanism.length === 1 ? 1 : zh.mechanism.length);
    assert.equal(last?.since, kept.mechanism[0]?.since);
    assert.equal(last?.until, kept.mechanism[0]?.until);
  });
});

describe("the diagnosis built again from the document", () => {
  const fixtures = readdirSync(join(GO, "go1.26"))
    .filter((name) => name.endsWith(".txt"))
    .map((name) => `go1.26/${name}`);

  test(`in English it is the document's, word for word (${fixtures.length} crashes of go1.26)`, async () => {
    for (const fixture of fixtures) {
      for (const crash of toDocument(await analyzeFile(join(GO, fixture))).crashes) {
        assert.deepEqual(rebuildDiagnosis(crash, "en"), crash.diagnosis, fixture);
        assert.equal(diagnosisIn(crash, "en"), crash.diagnosis);
      }
    }
  });

  test("in Chinese the sentences of panicscope's own change, the data does not", async () => {
    const [crash] = toDocument(
      await analyzeFile(join(GO, "go1.26/three-panics.single.txt")),
    ).crashes;
    assert.ok(crash);
    const zh = diagnosisIn(crash, "zh");
    assert.deepEqual(zh.chain, crash.diagnosis.chain);
    assert.deepEqual(zh.values, crash.diagnosis.values);
    assert.equal(zh.warnings.length, 1);
    assert.match(
      zh.warnings[0] as string,
      /^第二个 panic 掩盖了第一个：先引发的是 «listener failed/,
    );
    assert.match(zh.summary, /，位于 main\.\(\*Server\)\.Serve（chains\.go:67）。$/);
  });
});
