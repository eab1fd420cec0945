// The HTML report as text: self-contained, and nothing from the crash text reaches it
// unescaped (the browser test runs it too: test/browser/report.test.ts).

import assert from "node:assert/strict";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeText } from "../../src/pipeline/analyze.js";
import { escapeHtml, jsonForScript } from "../../src/render/html/escape.js";
import { idRanges, renderHtmlReport } from "../../src/render/html/report.js";
import { hostileCrashText, PAYLOADS } from "./hostile.js";

test("escaping: markup characters in text and in embedded JSON", () => {
  assert.equal(
    escapeHtml(`<a href="x">'&'</a>`),
    "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;",
  );
  const json = jsonForScript({ v: "</script><!--\u2028" });
  assert.ok(!json.includes("<") && !json.includes(">"));
  assert.deepEqual(JSON.parse(json), { v: "</script><!--\u2028" });
});

test("a report of hostile crash text holds no live markup from it", async () => {
  const analysis = await analyzeText(hostileCrashText(), { name: "hostile.txt" });
  assert.equal(analysis.crashes.length, 1);
  assert.equal(analysis.crashes[0]?.message, PAYLOADS.value);
  const html = renderHtmlReport(toDocument(analysis), { generatedAt: "test" });
  // Only our own two script elements, and no element or attribute from the payloads.
  assert.equal(html.match(/<script/g)?.length, 2);
  assert.ok(!html.includes("<img"), "no img element");
  assert.ok(
    !/onerror=/i.test(html.replaceAll("onerror=window", "").replace(/onerror=&quot;/g, "")) ||
      !html.includes(" onerror="),
  );
  assert.ok(!html.includes('href="javascript:'), "no javascript: link");
  assert.ok(html.includes(escapeHtml(PAYLOADS.value)), "the value is shown, escaped");
});

test("self-contained: no network, no external assets", async () => {
  const analysis = await analyzeText(hostileCrashText(), { name: "hostile.txt" });
  const html = renderHtmlReport(toDocument(analysis), { generatedAt: "test" });
  assert.ok(!/\b(src|href)="(https?:)?\/\//.test(html));
  assert.match(html, /Content-Security-Policy" content="default-src 'none'; script-src 'nonce-/);
});

test("goroutine ids as ranges", () => {
  assert.equal(idRanges([1, 2, 3, 5, 7, 8]), "1-3, 5, 7-8");
  assert.equal(idRanges([]), "");
});
