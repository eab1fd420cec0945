// `--lang zh` output of real crashes holds no English prose of panicscope's own: the terminal,
// the HTML report and `explain`, checked by test/i18n/english-prose.ts. Where a crash's rule
// has no Chinese text yet (src/i18n/zh/rules/ is filled by its own branch), the check of that
// crash runs as a todo: it asserts as soon as the rule is translated.

import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, test } from "node:test";
import { ruleById } from "../../src/diagnose/catalogue.js";
import { explainQuery } from "../../src/diagnose/explain.js";
import { toDocument } from "../../src/document/to-document.js";
import type { DocumentCrash } from "../../src/document/types.js";
import { hasTranslation, ruleText } from "../../src/i18n/rule-text.js";
import type { Frame, Goroutine } from "../../src/model.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";
import { palette } from "../../src/render/color.js";
import { renderExplanation } from "../../src/render/explain.js";
import { renderHtmlReport } from "../../src/render/html/report.js";
import { renderDocument } from "../../src/render/terminal.js";
import { englishProse, htmlText } from "./english-prose.js";
// Chinese is rendered here: its texts are registered as the package entry registers them.
import "../../src/i18n/zh/index.js";

const GO = join(import.meta.dirname, "..", "..", "..", "testdata", "go");

/** A nil dereference, deadlocks, a race, chains, a recovered handler, a test timeout, dumps. */
const FIXTURES = [
  "go1.26/nil-deref.single.txt",
  "go1.26/deadlock-mutex.single.txt",
  "go1.26/deadlock-waitgroup.single.txt",
  "go1.21/deadlock-chan.single.txt",
  "go1.26/race-run.single.txt",
  "go1.26/three-panics.single.txt",
  "go1.26/fatal-in-defer.single.txt",
  "go1.26/http-handler-panic.single.txt",
  "go1.26/test-timeout.single.txt",
  "go1.22/sigquit.single.txt",
  "go1.26/many-goroutines.all.txt",
];

/** Values of a diagnosis that are words of panicscope's (said in the reader's language). */
const PROSE_VALUES = new Set([
  "goroutine",
  "previousGoroutine",
  "senderMeaning",
  "op",
  "previousOp",
]);

/** What the crash printed, and names: shown as they are in every language. */
function ownTexts(crash: DocumentCrash, wrappers: readonly string[]): string[] {
  const own: string[] = [crash.message, crash.category, crash.rule, crash.input, ...wrappers];
  own.push(crash.similarity, crash.fingerprint, crash.goVersion ?? "");
  own.push("WARNING: DATA RACE", "fatal error:", "panic:", "[recovered]");
  if (crash.fatal !== null) own.push(crash.fatal);
  for (const panic of crash.panics) own.push(panic.value);
  for (const note of crash.notes) own.push(note.text);
  if (crash.signal !== null) own.push(crash.signal.name, crash.signal.description);
  if (crash.recoveredBy !== undefined) own.push(crash.recoveredBy);
  own.push(...Object.keys(crash.states));
  const frames = (list: readonly Frame[] | undefined) => {
    for (const f of list ?? []) own.push(f.func, f.file, f.args);
  };
  const goroutine = (g: Goroutine | null | undefined) => {
    if (g === null || g === undefined) return;
    own.push(g.state);
    frames(g.frames);
    if (g.createdBy !== undefined) own.push(g.createdBy.func, g.createdBy.file);
  };
  goroutine(crash.crashing);
  for (const b of crash.buckets) {
    own.push(b.state);
    goroutine(b.representative);
  }
  for (const link of crash.family) frames(link.frames);
  for (const access of crash.race?.accesses ?? []) frames(access.frames);
  for (const creation of crash.race?.creations ?? []) {
    own.push(creation.status);
    frames(creation.frames);
  }
  for (const t of [...(crash.tests?.failed ?? []), ...(crash.tests?.running ?? [])])
    own.push(t.name, t.duration);
  const d = crash.diagnosis;
  own.push(d.rule, d.kind, ...d.chain.map((l) => l.message));
  for (const [key, value] of Object.entries(d.values)) if (!PROSE_VALUES.has(key)) own.push(value);
  for (const w of d.goroutines.waits ?? []) own.push(w.state);
  for (const t of d.goroutines.tests ?? []) own.push(t.name, t.state);
  if (d.goroutines.race?.location) own.push(d.goroutines.race.location);
  // Multi-line texts are shown by their first line too.
  return own.flatMap((text) => [text, text.split("\n", 1)[0] as string]).filter((t) => t !== "");
}

/** The rules whose text the crash shows, and which of them have no Chinese yet. */
function untranslated(crash: DocumentCrash): string[] {
  const rules = [crash.diagnosis.rule, ...crash.diagnosis.chain.map((l) => l.rule)];
  return [...new Set(rules)].filter((id) => !hasTranslation(id, "zh"));
}

function todo(crash: DocumentCrash): { todo: string } | Record<string, never> {
  const missing = untranslated(crash);
  return missing.length === 0 ? {} : { todo: `no Chinese text yet for ${missing.join(", ")}` };
}

const plain = palette(false);

/** The English texts of the crash's rules: left aside by the checks that run before they are translated. */
function ruleTexts(crash: DocumentCrash): string[] {
  const out: string[] = [];
  const d = crash.diagnosis;
  const links = [{ rule: d.rule, values: d.values }, ...d.chain];
  for (const { rule: id, values } of links) {
    const rule = ruleById(id);
    if (rule === undefined) continue;
    const e = rule.explanation;
    out.push(e.title, e.what, e.fix, e.example, ...e.causes, ...e.confirm);
    out.push(...e.mechanism.map((n) => n.text), sentence(e.what), sentence(e.fix));
    out.push(sentence(e.what).replace(/\.$/, ""));
    const summary = rule.summary?.(values);
    if (summary !== undefined) out.push(summary, summary.replace(/\.$/, ""));
  }
  return out;
}

/** `text` without any of `pieces`, the longest taken out first. */
function without(text: string, pieces: readonly string[]): string {
  let rest = text;
  for (const piece of [...pieces].sort((a, b) => b.length - a.length))
    if (piece.length > 0) rest = rest.split(piece).join(" ");
  return rest;
}

function sentence(text: string): string {
  const end = text.indexOf(". ");
  return end === -1 ? text : text.slice(0, end + 1);
}

describe("--lang zh: no English prose of panicscope's own", async () => {
  for (const fixture of FIXTURES) {
    const document = toDocument(await analyzeFile(join(GO, fixture)));
    const crash = document.crashes[0] as DocumentCrash;
    const own = ownTexts(
      crash,
      document.inputs.flatMap((i) => Object.keys(i.wrappers)),
    );
    const wanted = todo(crash);

    test(`terminal: ${fixture}`, wanted, () => {
      const text = renderDocument(document, {
        verbose: true,
        palette: plain,
        all: false,
        lang: "zh",
      });
      assert.deepEqual(englishProse(text, own), [], text);
    });

    test(`HTML report: ${fixture}`, wanted, () => {
      const html = renderHtmlReport(document, { generatedAt: "2026-01-02T03:04:05Z", lang: "zh" });
      assert.match(html, /<html lang="zh-Hans"/);
      assert.deepEqual(englishProse(htmlText(html), own), []);
    });

    test(`terminal and HTML, rule texts aside: ${fixture}`, () => {
      const aside = (text: string) => without(text, ruleTexts(crash));
      const text = renderDocument(document, { verbose: true, palette: plain, lang: "zh" });
      assert.deepEqual(englishProse(aside(text), own), [], text);
      const html = renderHtmlReport(document, { generatedAt: "2026-01-02T03:04:05Z", lang: "zh" });
      assert.deepEqual(englishProse(aside(htmlText(html)), own), []);
    });

    const rule = ruleById(crash.rule);
    test(`explain ${crash.rule}`, wanted, () => {
      const query = explainQuery(crash.rule);
      assert.ok(query !== null && rule !== undefined);
      const text = renderExplanation(query.match, { palette: plain, goVersion: null, lang: "zh" });
      // The example is Go code (its comments in Chinese): left aside line by line.
      const example = ruleText(rule, "zh").explanation.example.split("\n");
      const own = [rule.id, rule.category, rule.kind, ...example];
      assert.deepEqual(englishProse(text, own), [], text);
    });
  }
});

describe("the checker itself", () => {
  test("finds English prose and leaves code, identifiers, paths and the crash's text", () => {
    const text =
      "崩溃位置 main.(*Account).Balance /tmp/x.go:17 `defer mu.Unlock()` «index out of range» [chan receive] the goroutine waits 在 GOTRACEBACK=all 下 SIGSEGV TestSlow --all nil-deref";
    assert.deepEqual(englishProse(text, []), ["the", "waits"]);
    assert.deepEqual(englishProse("panic: boom happened here", ["boom happened here"]), []);
  });
});
