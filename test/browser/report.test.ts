// The HTML report in a real browser: Debian's chromium driven by playwright-core (never a
// browser download). The page loads from file://, filtering hides and shows buckets, a
// bucket opens, hostile crash text runs nothing, and a screenshot of the report of a real
// crash is written to test-output/ (git-ignored) for a person to look at.

import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeFile, analyzeText } from "../../src/pipeline/analyze.js";
import { renderHtmlReport } from "../../src/render/html/report.js";
import { sourceLookup } from "../../src/source/lookup.js";
import { hostileCrashText } from "../render/hostile.js";
// Chinese is rendered here: its texts are registered as the package entry registers them.
import "../../src/i18n/zh/index.js";

const CHROMIUM = process.env.PANICSCOPE_CHROMIUM ?? "/usr/bin/chromium";
const ROOT = join(import.meta.dirname, "..", "..", "..");
const OUTPUT = join(ROOT, "test-output");
const available = existsSync(CHROMIUM);
if (!available && process.env.CI !== undefined)
  throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);

describe("the HTML report in chromium", { skip: available ? false : `no ${CHROMIUM}` }, () => {
  let context: BrowserContext;
  let profile: string;
  const dir = mkdtempSync(join(tmpdir(), "panicscope-report-"));

  before(async () => {
    profile = mkdtempSync(join(tmpdir(), "panicscope-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      // The page's Content Security Policy would stop anything injected anyway; with it off,
      // the hostile test shows that escaping alone keeps the crash text inert.
      bypassCSP: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-quic",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  });

  after(async () => {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string, html: string): Promise<{ page: Page; problems: string[] }> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("dialog", (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("request", (request) => {
      if (!request.url().startsWith("file://")) problems.push(`request: ${request.url()}`);
    });
    await page.goto(`file://${file}`);
    await page.waitForSelector("html[data-ready]");
    return { page, problems };
  }

  /** Waits until the list shows `n` buckets (no DOM types here: the page's own expression). */
  function rowsAre(page: Page, n: number) {
    return page.waitForFunction(
      `document.querySelectorAll("details.bucket").length === ${n}`,
      null,
      {
        timeout: 5000,
      },
    );
  }

  test("a real crash: loads from file://, filters, opens a bucket, screenshot", async () => {
    const path = join(ROOT, "testdata", "go", "go1.26", "many-goroutines.all.txt");
    const analysis = await analyzeFile(path);
    const html = renderHtmlReport(toDocument(analysis), {
      source: sourceLookup(join(ROOT, "testdata", "crashers")),
      generatedAt: "test",
    });
    const { page, problems } = await open("many-goroutines.html", html);
    const rows = page.locator("details.bucket");
    assert.equal(await rows.count(), 8);

    await page.fill("input.filter", "func:(*Pool)");
    await rowsAre(page, 1);
    assert.match(
      (await rows.first().locator("summary").textContent()) ?? "",
      /500.*sync\.Cond\.Wait/,
    );

    await page.fill("input.filter", "state:mutex");
    await rowsAre(page, 3);
    await page.fill("input.filter", "pkg:nosuchpackage");
    await rowsAre(page, 0);
    await page.fill("input.filter", "");
    await rowsAre(page, 8);

    const second = rows.nth(1);
    await second.locator("summary").click();
    assert.notEqual(await second.getAttribute("open"), null);
    const frames = await second.locator("ol.frames li .fn").allTextContents();
    assert.ok(frames.includes("main.(*Pool).Acquire"), frames.join(", "));
    // The crash site links to its source, shown with the faulting line marked.
    assert.match(
      (await page.locator("figure.src .l.hit").first().textContent()) ?? "",
      /cfg\["shards"\]/,
    );

    await page.click("#theme");
    mkdirSync(OUTPUT, { recursive: true });
    await page.setViewportSize({ width: 1200, height: 1600 });
    await page.screenshot({ path: join(OUTPUT, "report-many-goroutines.png"), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  /** The page's text a person sees (not what is hidden or collapsed). */
  function visibleText(page: Page, selector: string): Promise<string> {
    return page.locator(selector).first().innerText();
  }

  test("the diagnosis in full is visible: summary, what it waits for, explanation", async () => {
    const path = join(ROOT, "testdata", "go", "go1.26", "deadlock-mutex.single.txt");
    const html = renderHtmlReport(toDocument(await analyzeFile(path)), { generatedAt: "test" });
    const { page, problems } = await open("deadlock.html", html);
    const text = await visibleText(page, "section.diagnosis");
    for (const part of [
      "All goroutines are asleep: deadlock",
      "The program's only goroutine blocked forever, with nothing left to wake it.",
      "goroutine 1 waits for mutex",
      "What happened",
      "How the runtime gets there",
      "runtime.checkdead",
      "Usual causes",
      "Confirm",
    ])
      assert.ok(text.includes(part), `not visible: ${part}`);
    mkdirSync(OUTPUT, { recursive: true });
    await page.setViewportSize({ width: 1200, height: 1600 });
    await page.screenshot({ path: join(OUTPUT, "report-deadlock.png"), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("a race: both accesses' stacks and both creation sites are visible", async () => {
    const path = join(ROOT, "testdata", "go", "go1.26", "race-run.single.txt");
    const html = renderHtmlReport(toDocument(await analyzeFile(path)), { generatedAt: "test" });
    const { page, problems } = await open("race.html", html);
    const text = await page.locator("main").innerText();
    for (const part of [
      "read at 0x00c000018288 by goroutine 10",
      "main.(*Metrics).Snapshot",
      "Previous write at 0x00c000018288 by goroutine 8",
      "main.(*Metrics).Inc",
      "Goroutine 10 (running) created at",
      "Goroutine 8 (finished) created at",
      "/tmp/panicscope-lab/crashers/race.go:35",
      "/tmp/panicscope-lab/crashers/race.go:29",
    ])
      assert.ok(text.includes(part), `not visible: ${part}`);
    assert.ok(!text.includes("0 goroutines"), "no empty goroutine census");
    mkdirSync(OUTPUT, { recursive: true });
    await page.setViewportSize({ width: 1200, height: 1600 });
    await page.screenshot({ path: join(OUTPUT, "report-race.png"), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("buckets: creation site in the row, ids summarised, the filter's language", async () => {
    const path = join(ROOT, "testdata", "go", "go1.26", "many-goroutines.all.txt");
    const html = renderHtmlReport(toDocument(await analyzeFile(path)), { generatedAt: "test" });
    const { page, problems } = await open("buckets.html", html);
    const rows = page.locator("details.bucket");
    assert.match(
      (await rows.nth(1).locator("summary").innerText()) ?? "",
      /created by main\.manyGoroutines at many\.go:\d+/,
    );
    // Frames first, then the ids as a summary, never the whole list up front.
    await rows.nth(2).locator("summary").click();
    const body = rows.nth(2).locator(".body");
    const first = await body
      .locator("> *")
      .first()
      .evaluate((node) => node.className);
    assert.equal(first, "frames");
    assert.match(await body.locator("p.ids").innerText(), /^1\s?000 goroutines: /);

    await page.fill("input.filter", "-chan -mutex -cond -select -sleep");
    await rowsAre(page, 1);
    assert.match(await rows.first().locator("summary").innerText(), /the crashing goroutine/);
    // Each query from the full list, so that waiting for its count cannot see the last one's.
    const filterTo = async (query: string, n: number) => {
      await page.fill("input.filter", "");
      await rowsAre(page, 8);
      await page.fill("input.filter", query);
      await rowsAre(page, n);
    };
    await filterTo("many.go:15", 1);
    assert.match(await rows.first().locator("summary").innerText(), /chan receive/);
    await filterTo('"cond).wait"', 1);
    assert.match(await rows.first().locator("summary").innerText(), /sync\.Cond\.Wait/);
    await filterTo("g:1", 1);
    assert.match(await rows.first().locator("summary").innerText(), /the crashing goroutine/);
    await filterTo("nosuchthing", 0);
    assert.match(
      await page.locator(".status").first().innerText(),
      /no bucket matches "nosuchthing"/,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("in Chinese (--lang zh): the diagnosis, rows built by the script, the filter's status", async () => {
    const shots: [string, string][] = [
      ["deadlock-mutex.single.txt", "report-deadlock-zh.png"],
      ["race-run.single.txt", "report-race-zh.png"],
    ];
    for (const [input, shot] of shots) {
      const path = join(ROOT, "testdata", "go", "go1.26", input);
      const document = toDocument(await analyzeFile(path));
      const html = renderHtmlReport(document, { generatedAt: "test", lang: "zh" });
      const { page, problems } = await open(shot.replace(".png", ".html"), html);
      assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");
      const text = await page.locator("main").innerText();
      assert.ok(text.includes("诊断"), "the diagnosis heading");
      assert.ok(text.includes("如何确认"), "the explanation's headings");
      if (input.startsWith("deadlock"))
        assert.ok(text.includes("goroutine 1 在等待互斥锁 0x33bb82982380"), "why it waits");
      else assert.ok(text.includes("goroutine 8（finished）的创建位置"), "a creation site");
      mkdirSync(OUTPUT, { recursive: true });
      await page.setViewportSize({ width: 1200, height: 1600 });
      await page.screenshot({ path: join(OUTPUT, shot), fullPage: true });
      assert.deepEqual(problems, []);
      await page.close();
    }
    const path = join(ROOT, "testdata", "go", "go1.26", "many-goroutines.all.txt");
    const html = renderHtmlReport(toDocument(await analyzeFile(path)), {
      generatedAt: "test",
      lang: "zh",
    });
    const { page, problems } = await open("buckets-zh.html", html);
    const rows = page.locator("details.bucket");
    assert.match(
      await rows.nth(1).locator("summary").innerText(),
      /由 main\.manyGoroutines 创建，位于 many\.go:\d+/,
    );
    assert.match(await page.locator(".status").first().innerText(), /^显示 8 个，共 8 个匹配分组/);
    await rows.nth(2).locator("summary").click();
    assert.match(await rows.nth(2).locator("p.ids").innerText(), /^1\s?000 个 goroutine：/);
    await page.fill("input.filter", "-nosuchthing nosuchthing");
    await rowsAre(page, 0);
    assert.match(
      await page.locator(".status").first().innerText(),
      /^没有分组匹配 排除 "nosuchthing", "nosuchthing"（共搜索了 8 个分组）$/,
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("a 20 000-goroutine dump in English and in Chinese: screenshots", async () => {
    // Bucket #2's 7 926 ids make 4 757 runs of consecutive ids.
    const RUNS_OF_SECOND_BUCKET = 4757;
    const path = join(ROOT, "testdata", "dumps", "dump-20000.txt.gz");
    const document = toDocument(await analyzeFile(path));
    const expected = { en: "7 926 goroutines", zh: "7 926 个 goroutine" } as const;
    for (const lang of ["en", "zh"] as const) {
      const html = renderHtmlReport(document, { generatedAt: "test", lang });
      const { page, problems } = await open(`dump-20000-${lang}.html`, html);
      await page.locator("details.bucket").nth(1).locator("summary").click();
      // Counts are written one way in the page's HTML and in the rows its script builds.
      const note = { en: "20 001 in 16 buckets", zh: "共 20 001 个，分为 16 组" } as const;
      assert.ok((await page.locator("h3 .note").last().innerText()).startsWith(note[lang]));
      assert.equal(await page.locator("summary .count").nth(1).innerText(), "7 926");
      const box = page.locator("details.bucket").nth(1).locator("p.ids");
      const ids = await box.innerText();
      assert.ok(ids.replace(/\s/g, " ").startsWith(expected[lang]), ids);
      // A summary first; the whole list behind a click, each id or range never split.
      assert.equal(await box.locator(".id-list").count(), 0);
      await box.locator("button.all-ids").click();
      const runs = box.locator(".id-list .id");
      assert.equal(await runs.count(), RUNS_OF_SECOND_BUCKET);
      const wraps = await page.evaluate(
        `[...document.querySelectorAll("details.bucket")[1].querySelectorAll(".id-list .id")].filter((span) => getComputedStyle(span).whiteSpace !== "nowrap").length`,
      );
      assert.equal(wraps, 0);
      mkdirSync(OUTPUT, { recursive: true });
      await page.setViewportSize({ width: 1200, height: 1600 });
      await page.screenshot({ path: join(OUTPUT, `report-dump-20000-${lang}.png`) });
      assert.deepEqual(problems, []);
      await page.close();
    }
  });

  test("the rest of the diagnosis is visible: lock holder, warnings, chain, tests, family, waits, races", async () => {
    const cases: [string, string[]][] = [
      [
        "deadlock-mutex-holder.single.txt",
        [
          "lock holder",
          "goroutine 19 (main.holder, firstscreen.go:13) probably holds the lock: it locked at firstscreen.go:11 and now waits on a channel",
        ],
      ],
      [
        "three-panics.single.txt",
        [
          "A second panic hid the first: «listener failed: accept tcp [::]:8080: too many open files» was raised first",
          "panic chain (oldest first)",
          "panic: close 10.0.0.9:40022: use of closed network connection — raised in a deferred call while the chain unwound (custom-panic)",
        ],
      ],
      [
        "http-handler-panic.single.txt",
        ["net/http recovered this panic and logged it: the process kept running"],
      ],
      [
        "test-timeout-parallel.single.txt",
        [
          "running tests",
          "TestStuckCache (2s) goroutine 18 [sync.Mutex.Lock] example.com/crashers/tests.(*Cache).Get /tmp/panicscope-lab/crashers/tests/cache.go:17",
          "TestStuckQueue (2s) goroutine 19 [chan receive] example.com/crashers/tests.TestStuckQueue /tmp/panicscope-lab/crashers/tests/stuck_test.go:18",
        ],
      ],
      [
        "ancestors.single.txt",
        [
          "spawned by goroutine 19 at main.spawnChild (not in the dump) ← goroutine 1 at main.ancestors (not in the dump)",
        ],
      ],
      [
        "leak-late.all.txt",
        [
          "identical waits",
          "200 × [chan receive] main.(*Service).awaitReply /tmp/panicscope-lab/crashers/leak.go:29",
          "shared objects",
          "8 goroutines wait on channel 0x59fd73000e0",
        ],
      ],
      [
        "nil-map-write.single.txt",
        [
          "The program stored into a map that was never created (var m map[K]V or a struct field left nil) at maps.go:15 in main.(*Registry).Add.",
          // How the runtime gets there in this release only (go1.7+), not in go1.4–go1.6.
          "m[k] = v compiles to runtime.mapassign*",
        ],
      ],
      [
        "races.single.txt",
        [
          "this race was reported 2 times",
          "the same race, reported 1 more time: main goroutine / goroutine 9 (lines 25-48)",
        ],
      ],
    ];
    for (const [input, parts] of cases) {
      const path = join(ROOT, "testdata", "go", "go1.26", input);
      const html = renderHtmlReport(toDocument(await analyzeFile(path)), {
        generatedAt: "test",
        source: sourceLookup(join(ROOT, "testdata", "crashers")),
      });
      const { page, problems } = await open(input.replace(".txt", ".html"), html);
      const text = await page.locator("main").innerText();
      for (const part of parts) assert.ok(text.includes(part), `${input}: not visible: ${part}`);
      if (input.startsWith("nil-map")) assert.ok(!text.includes("mapassign1"), "another release's");
      if (input.startsWith("races"))
        assert.equal(await page.locator("section.crash").count(), 4, "one section per race");
      assert.deepEqual(problems, []);
      await page.close();
    }
  });

  test("the runtime's own goroutines fold into one line at the end of the list", async () => {
    for (const lang of ["en", "zh"] as const) {
      const path = join(ROOT, "testdata", "go", "go1.26", "nil-deref.crash.txt");
      const html = renderHtmlReport(toDocument(await analyzeFile(path)), {
        generatedAt: "test",
        lang,
      });
      const { page, problems } = await open(`runtime-fold-${lang}.html`, html);
      await rowsAre(page, 1);
      const fold = page.locator("p.runtime-fold");
      const states =
        "cleanup wait, finalizer wait, force gc (idle), GC scavenge wait, GC sweep wait";
      const line = {
        en: `5 runtime goroutines (${states}) show them`,
        zh: `5 个运行时自身的 goroutine（${states}） 显示它们`,
      } as const;
      assert.equal((await fold.innerText()).replace(/\s+/g, " "), line[lang]);
      await fold.locator("button").click();
      await rowsAre(page, 6);
      assert.equal(await fold.count(), 0);
      // A search looks at every bucket, the runtime's included.
      await page.fill("input.filter", "gopark");
      await rowsAre(page, 5);
      assert.deepEqual(problems, []);
      await page.close();
    }
  });

  test("hostile crash text: shown as text, nothing runs", async () => {
    const analysis = await analyzeText(hostileCrashText(), { name: "hostile.txt" });
    const { page, problems } = await open("hostile.html", renderHtmlReport(toDocument(analysis)));
    for (const row of await page.locator("details.bucket summary").all()) await row.click();
    await page.fill("input.filter", "img");
    await page.fill("input.filter", "");
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate("typeof window.__pwned"), "undefined");
    assert.equal(await page.locator("img").count(), 0);
    assert.match(
      (await page.locator("h2.headline").textContent()) ?? "",
      /<script>window\.__pwned = 1<\/script>/,
    );
    const links = await page
      .locator("a[href]")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    assert.ok(
      links.every((href) => href.startsWith("#")),
      links.join(" "),
    );
    assert.deepEqual(problems, []);
    await page.close();
  });
});
