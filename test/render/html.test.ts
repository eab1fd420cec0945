// The HTML report as text: self-contained, and nothing from the crash text reaches it
// unescaped (the browser test runs it too: test/browser/report.test.ts).

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeFile, analyzeText } from "../../src/pipeline/analyze.js";
import { escapeHtml, jsonForScript } from "../../src/render/html/escape.js";
import { decodeIds, encodeIds } from "../../src/render/html/id-list.js";
import { parseQuery } from "../../src/render/html/query.js";
import { renderHtmlReport } from "../../src/render/html/report.js";
import { sourceLookup } from "../../src/source/lookup.js";
import { sourceUrl } from "../../src/source/web-link.js";
import { hostileCrashText, PAYLOADS } from "./hostile.js";
// Chinese is rendered here: its texts are registered as the package entry registers them.
import "../../src/i18n/zh/index.js";

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
  assert.ok(!/\bsrc="(https?:)?\/\//.test(html), "nothing is loaded from elsewhere");
  // Links to source on the web are navigation, to two hosts only.
  for (const [, href] of html.matchAll(/\bhref="([^"#][^"]*)"/g))
    assert.match(
      href ?? "",
      /^https:\/\/(cs\.opensource\.google\/go\/go\/\+\/refs\/tags\/|github\.com\/)/,
    );
  assert.match(html, /Content-Security-Policy" content="default-src 'none'; script-src 'nonce-/);
});

test("goroutine ids: gaps in base 36, runs as +count, decoded back to runs", () => {
  const ids = [...Array.from({ length: 2000 }, (_, i) => 17 + i), 3000, 3002, 3003];
  assert.equal(encodeIds(ids), "h+1jj,rc,2+1");
  assert.deepEqual(decodeIds("h+1jj,rc,2+1"), [
    [17, 2016],
    [3000, 3000],
    [3002, 3003],
  ]);
  assert.equal(encodeIds([]), "");
  assert.deepEqual(decodeIds("zz,!,3"), [[1295, 1295]], "stops at the first malformed part");
});

test("filter language: negation, phrases, fields, files with lines, goroutine ids", () => {
  assert.deepEqual(
    parseQuery('cache -http "sync.cond wait" state:chan main.go:25 g:17 goroutine 5'),
    [
      { key: "", value: "cache", negated: false },
      { key: "", value: "http", negated: true },
      { key: "", value: "sync.cond wait", negated: false },
      { key: "state", value: "chan", negated: false },
      { key: "file", value: "main.go:25", negated: false },
      { key: "goroutine", value: "17", negated: false },
      { key: "goroutine", value: "5", negated: false },
    ],
  );
  assert.deepEqual(parseQuery("- g:x"), [{ key: "", value: "-", negated: false }]);
});

test("source on the web: an exact release's standard library, whole github modules", () => {
  const frame = (func: string, file: string, line: number, location: "user" | "stdlib") => ({
    func,
    file,
    line,
    args: "",
    location,
    inlined: false,
    inputLine: 1,
  });
  assert.equal(
    sourceUrl(
      frame("net/http.(*conn).serve", "/usr/local/go/src/net/http/server.go", 2092, "stdlib"),
      "go1.26.8",
    ),
    "https://cs.opensource.google/go/go/+/refs/tags/go1.26.8:src/net/http/server.go;l=2092",
  );
  // go1.20 names the first release and the minor alike: no link to a guess.
  assert.equal(
    sourceUrl(frame("sync.(*Mutex).Lock", "/go/src/sync/mutex.go", 81, "stdlib"), "go1.20"),
    null,
  );
  assert.equal(
    sourceUrl(frame("sync.(*Mutex).Lock", "/go/src/sync/mutex.go", 81, "stdlib"), null),
    null,
  );
  assert.equal(
    sourceUrl(
      frame(
        "github.com/gin-gonic/gin.(*Context).Next",
        "/root/go/pkg/mod/github.com/gin-gonic/gin@v1.9.1/context.go",
        174,
        "user",
      ),
      null,
    ),
    "https://github.com/gin-gonic/gin/blob/v1.9.1/context.go#L174",
  );
  assert.equal(
    sourceUrl(
      frame(
        "github.com/!burnt!sushi/toml.Decode",
        "/go/pkg/mod/github.com/!burnt!sushi/toml@v0.0.0-20230101120000-0123456789ab/decode.go",
        7,
        "user",
      ),
      null,
    ),
    "https://github.com/BurntSushi/toml/blob/0123456789ab/decode.go#L7",
  );
  assert.equal(
    sourceUrl(
      frame(
        "golang.org/x/sync/errgroup.(*Group).Go.func1",
        "/go/pkg/mod/golang.org/x/sync@v0.7.0/errgroup/errgroup.go",
        78,
        "user",
      ),
      null,
    ),
    "https://github.com/golang/sync/blob/v0.7.0/errgroup/errgroup.go#L78",
  );
  // A module below the repository root (or a /v2 suffix) does not say which folder it is.
  assert.equal(
    sourceUrl(frame("f", "/go/pkg/mod/github.com/o/r/sub@v1.0.0/x.go", 1, "user"), null),
    null,
  );
  assert.equal(sourceUrl(frame("main.main", "/app/main.go", 12, "user"), null), null);
  assert.equal(
    sourceUrl(frame("f", '/go/pkg/mod/github.com/o/r@v1.0.0/"onmouseover=x.go', 1, "user"), null),
    null,
  );
});

test("the diagnosis in full: summary, findings, fix, explanation for the release", async () => {
  const path = join(
    import.meta.dirname,
    "..",
    "..",
    "..",
    "testdata",
    "go",
    "go1.26",
    "deadlock-mutex.single.txt",
  );
  const html = renderHtmlReport(toDocument(await analyzeFile(path)), { generatedAt: "test" });
  const diagnosis = html.slice(
    html.indexOf('<section class="diagnosis"'),
    html.indexOf("</section>", html.indexOf('<section class="diagnosis"')),
  );
  for (const part of [
    "All goroutines are asleep: deadlock",
    "The program&#39;s only goroutine blocked forever",
    "<h4>waits for</h4>",
    "goroutine 1 waits for mutex",
    "main.(*Inventory).Reserve",
    "<h4>What happened</h4>",
    "<h4>How the runtime gets there</h4>",
    "<h4>Usual causes</h4>",
    "<h4>Confirm</h4>",
    "<code>runtime.checkdead</code>",
  ])
    assert.ok(diagnosis.includes(part), `diagnosis lacks ${part}`);
});

test("a race: both accesses and both creation stacks, no empty goroutine list", async () => {
  const path = join(
    import.meta.dirname,
    "..",
    "..",
    "..",
    "testdata",
    "go",
    "go1.26",
    "race-run.single.txt",
  );
  const html = renderHtmlReport(toDocument(await analyzeFile(path)), { generatedAt: "test" });
  assert.ok(html.includes("read at 0x00c000018288 by goroutine 10"));
  assert.ok(html.includes("Previous write at 0x00c000018288 by goroutine 8"));
  assert.ok(html.includes("Goroutine 10 (running) created at"));
  assert.ok(html.includes("Goroutine 8 (finished) created at"));
  assert.ok(!html.includes("0 goroutines"));
  assert.ok(!html.includes('class="bucket-list"'));
});

const GO126 = join(import.meta.dirname, "..", "..", "..", "testdata", "go", "go1.26");
const CRASHERS = join(import.meta.dirname, "..", "..", "..", "testdata", "crashers");

/** The page's text without markup, scripts and styles, one line per block (a person's reading). */
function pageText(html: string): string {
  return html
    .slice(html.indexOf("<main>"), html.indexOf("</main>"))
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/g, "")
    .replace(/<\/?(p|li|h\d|div|section|ol|ul|summary|details|figure|pre)\b[^>]*>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}

async function reportOf(file: string, options: Parameters<typeof renderHtmlReport>[1] = {}) {
  const document = toDocument(await analyzeFile(join(GO126, file)));
  return renderHtmlReport(document, { generatedAt: "test", ...options });
}

test("a SIGSEGV nil dereference: its key sentence once, under one crash-site heading", async () => {
  const html = await reportOf("nil-deref.single.txt");
  const text = pageText(html);
  const sentence = "A nil pointer was dereferenced: address 0x10 is 16 bytes past nil";
  assert.equal(text.split(sentence).length - 1, 1);
  // The heading says "Crash site"; the line under it does not say it again.
  assert.equal(html.split("<h3>Crash site</h3>").length - 1, 1);
  assert.ok(
    text.includes(
      "Crash site\nmain.(*Account).Balance /tmp/panicscope-lab/crashers/nilderef.go:17\n",
    ),
    text,
  );
  const zh = pageText(await reportOf("nil-deref.single.txt", { lang: "zh" }));
  assert.ok(
    zh.includes("崩溃位置\nmain.(*Account).Balance /tmp/panicscope-lab/crashers/nilderef.go:17\n"),
  );
});

test("a deadlock on a mutex: the report names the goroutine that probably holds it", async () => {
  const framesOnly = pageText(await reportOf("deadlock-mutex-holder.single.txt"));
  assert.ok(
    framesOnly.includes(
      "lock holder\ngoroutine 19 (main.holder, firstscreen.go:13) probably holds the lock: its frame main.holder works on the mutex's value (0x26f7f3384120) and now waits on a channel\n",
    ),
    framesOnly,
  );
  const withSource = pageText(
    await reportOf("deadlock-mutex-holder.single.txt", { source: sourceLookup(CRASHERS) }),
  );
  assert.ok(
    withSource.includes(
      "lock holder\ngoroutine 19 (main.holder, firstscreen.go:13) probably holds the lock: it locked at firstscreen.go:11 and now waits on a channel\n",
    ),
  );
  const zh = pageText(
    await reportOf("deadlock-mutex-holder.single.txt", {
      source: sourceLookup(CRASHERS),
      lang: "zh",
    }),
  );
  assert.ok(
    zh.includes(
      "goroutine 19 (main.holder, firstscreen.go:13) 很可能持有这把锁：它在 firstscreen.go:11 加了锁，现在在等待一个通道\n",
    ),
  );
});

test("counts in the report are printed as the terminal prints them: 2 000", async () => {
  const html = await reportOf("many-goroutines.all.txt");
  const text = pageText(html);
  assert.ok(text.includes("\n1 000 × [chan receive] main.(*Conn2k).readLoop "), text);
  assert.ok(text.includes("Goroutines 2 000 in 8 buckets, similarity pointers\n"));
  const noscript = html.slice(html.indexOf("<noscript>"), html.indexOf("</noscript>"));
  assert.ok(noscript.includes("<li>#3 1 000 [chan receive] main.(*Conn2k).readLoop</li>"));
  assert.doesNotMatch(html, /\b(1000|2000) (×|in|\[)/);
});

test("several race reports: one section per distinct race, with its count", async () => {
  const html = await reportOf("races.single.txt");
  const text = pageText(html);
  assert.equal(html.split('<section class="crash"').length - 1, 4);
  assert.equal(html.split("<h2 class=").length - 1, 4);
  assert.ok(text.includes("this race was reported 2 times\n"), text);
  assert.ok(
    text.includes(
      "the same race, reported 1 more time: main goroutine / goroutine 9 (lines 25-48)\n",
    ),
  );
  // The report kept aside is not shown again; the rule's explanation is open under the first.
  assert.ok(!text.includes("previous write by goroutine 9"));
  assert.equal(html.split('<details class="more" open>').length - 1, 1);
  assert.equal(html.split('<details class="more">').length - 1, 3);
  assert.ok(
    text.includes(
      "WARNING: DATA RACE — data race: read at 0x00c0000a23c8 by main goroutine, previous write by goroutine 10\n",
    ),
  );
});

test("a 20 000-goroutine dump: the goroutine ids are a small part of the page", async () => {
  const path = join(
    import.meta.dirname,
    "..",
    "..",
    "..",
    "testdata",
    "dumps",
    "dump-20000.txt.gz",
  );
  const html = renderHtmlReport(toDocument(await analyzeFile(path)), { generatedAt: "test" });
  const data = JSON.parse(
    html.slice(
      html.indexOf('id="report-data">') + 'id="report-data">'.length,
      html.indexOf("</script>", html.indexOf('id="report-data">')),
    ),
  ) as { crashes: { buckets: { ids: string }[] }[] };
  const ids = data.crashes.flatMap((c) => c.buckets).reduce((n, b) => n + b.ids.length, 0);
  // 20 001 ids in 38 525 characters: a third of the page, where the list in full was three quarters.
  assert.equal(ids, 38_525);
  assert.ok(ids / html.length < 0.4, `${ids} of ${html.length}`);
});

test("goroutines beyond the bucket cap are a line of the buckets section", async () => {
  // The real 20 000-goroutine dump at --similarity exact: 20 001 goroutines, nearly all
  // different, more distinct buckets than the cap of 20 000.
  const path = join(
    import.meta.dirname,
    "..",
    "..",
    "..",
    "testdata",
    "dumps",
    "dump-20000.txt.gz",
  );
  const document = toDocument(await analyzeFile(path, { similarity: "exact" }));
  assert.deepEqual(document.crashes[0]?.bucketRemainder, { buckets: 5001, goroutines: 5001 });
  const html = renderHtmlReport(document, { generatedAt: "test" });
  const line =
    '<p class="note remainder">… 5 001 goroutines in 5 001 small buckets folded away: more distinct buckets than 20 000</p>';
  assert.equal(html.split(line).length - 1, 1);
  // Under the buckets' heading, before the list.
  const at = html.indexOf(line);
  assert.ok(at > html.indexOf("Goroutines <span"));
  assert.ok(at < html.indexOf('<div class="bucket-list">'));
  const zh = renderHtmlReport(document, { generatedAt: "test", lang: "zh" });
  assert.ok(
    zh.includes(
      '<p class="note remainder">… 5 001 个 goroutine（5 001 个小分组）已折叠：不同的分组超过 20 000 个</p>',
    ),
  );
  // Without a remainder, no such line.
  const pointers = renderHtmlReport(toDocument(await analyzeFile(path)), { generatedAt: "test" });
  assert.ok(!pointers.includes('class="note remainder"'));
});

test("the crash site's source is shown once, where the site is named; frames link to it", async () => {
  const html = await reportOf("nil-deref.single.txt", { source: sourceLookup(CRASHERS) });
  assert.equal(pageText(html).split("return a.balance // CRASH nil-deref").length - 1, 1);
  const figure = html.indexOf('<figure class="src" id="src-0">');
  assert.ok(figure > html.indexOf("<h3>Crash site</h3>"));
  assert.ok(figure < html.indexOf("<h3>Crashing goroutine</h3>"));
  assert.ok(
    html.includes('<a class="loc" href="#src-0">/tmp/panicscope-lab/crashers/nilderef.go:17</a>'),
  );
});

test("links in the page: the standard library at the crash's release, modules at their version", async () => {
  const REAL = join(import.meta.dirname, "..", "..", "..", "testdata", "real");
  const links = async (file: string) => {
    const html = renderHtmlReport(toDocument(await analyzeFile(join(REAL, file))), {
      generatedAt: "test",
    });
    return [...html.matchAll(/<a class="web" href="([^"]+)"/g)].map((m) => m[1]);
  };
  // go1.25.3, from the GOROOT in the paths.
  assert.deepEqual(await links("golang-76099-recovered-repanicked-go125.txt"), [
    "https://cs.opensource.google/go/go/+/refs/tags/go1.25.3:src/runtime/panic.go;l=783",
  ]);
  // go1.24 names no single release: the standard library is not linked, the modules are.
  assert.deepEqual(await links("damaged/fail2go-6-http-panic-serving-go124-4space.txt"), [
    "https://github.com/sean-der/fail2go/blob/v0.0.1/jail.go#L24",
    "https://github.com/sean-der/fail2rest/blob/v1.0.1/jail.go#L16",
    "https://github.com/sean-der/fail2rest/blob/v1.0.1/jail.go#L255",
    "https://github.com/gorilla/mux/blob/v1.8.1/mux.go#L212",
  ]);
});
