// The execution trace as a section of the crash report, in a real browser with the page's own
// Content Security Policy in force: the flight-recorder example's recovered panic and its
// snapshot, through `analyze CRASH --trace SNAPSHOT --html OUT`. The report's script draws the
// heat map (one cell per busy window and P), reads out the window under the pointer, zooms with
// the wheel and resets on a double-click; a screenshot goes to test-output/report-trace.png.
// In Chinese (`--lang zh`) the same section's words, legend and readout are the zh labels, drawn
// with a CJK font without overflowing (test-output/report-trace-zh.png).

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type BrowserContext, chromium } from "playwright-core";
import { traceReport } from "../../src/exectrace/report.js";
import { labels } from "../../src/i18n/labels.js";
import "../../src/i18n/zh/index.js";
import { traceData } from "../../src/render/html/trace-section.js";
import { parseCrashes } from "../../src/traceback/index.js";
import { makeTrace, ROOT, requireGo } from "../exectrace/traces.js";
import { tempDir } from "../temp-dir.js";

const CHROMIUM = process.env.PANICSCOPE_CHROMIUM ?? "/usr/bin/chromium";
const OUTPUT = join(ROOT, "test-output");
const MAIN = join(ROOT, "dist", "src", "cli", "main.js");
const available = existsSync(CHROMIUM);
if (!available && process.env.CI !== undefined)
  throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);

describe("the trace section of the report in chromium", {
  skip: available ? false : `no ${CHROMIUM}`,
}, () => {
  let context: BrowserContext;
  const dir = tempDir("panicscope-report-trace-");

  before(async () => {
    context = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
      ],
    });
  });
  after(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("analyze --trace: the heat map drawn, read out, zoomed by the report's script", async (t) => {
    const tc = requireGo(t, "1.26");
    if (tc === undefined) return;
    const made = makeTrace(
      tc,
      join(ROOT, "examples", "flight-recorder"),
      ".",
      ["-out", "OUT", "-run", "250ms"],
      ".trace",
    );
    assert.ok(made.crash !== undefined);
    const html = join(dir, "report.html");
    const run = spawnSync(
      process.execPath,
      [MAIN, "analyze", made.crash, "--trace", made.trace, "--last", "100ms", "--html", html],
      { encoding: "utf8" },
    );
    assert.equal(run.status, 0, run.stderr);

    // What the page must show, computed here from the same trace and crash.
    const crash = parseCrashes(readFileSync(made.crash, "utf8"))[0];
    const report = traceReport(made.trace, made.trace, {
      lastNs: 100e6,
      ...(crash === undefined ? {} : { crash }),
    });
    assert.ok(!("error" in report));
    const data = traceData(report, labels("en"));
    const kinds = ["user", "gcMark", "gcAssist", "syscall"] as const;
    let busyCells = 0;
    for (const p of data.procs)
      for (let w = 0; w < data.windows; w++) if (kinds.some((k) => (p[k][w] ?? 0) > 0)) busyCells++;
    assert.ok(busyCells > 0);

    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    // A Content Security Policy violation is a console error.
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("request", (r) => {
      if (!r.url().startsWith("file://")) problems.push(`request: ${r.url()}`);
    });
    await page.goto(`file://${html}`);
    await page.waitForSelector("html[data-ready]");

    assert.equal(
      await page.locator("section#trace h2").textContent(),
      "Scheduling before the crash (execution trace)",
    );
    assert.deepEqual(await page.locator("#trace-heat text.heat-label").allTextContents(), [
      ...data.procs.map((p) => `P${p.id}`),
      "runq",
      "GC",
    ]);
    assert.equal(await page.locator("#trace-heat rect.hm-cell").count(), busyCells);
    assert.equal(
      await page.locator("section#trace h3").first().textContent(),
      `Goroutines still blocked at the end: ${report.blockedAtEnd.reduce((s, b) => s + b.count, 0)}`,
    );
    assert.equal(
      await page.locator("section#trace h3").nth(1).textContent(),
      `Crashing goroutine ${crash?.crashing?.id} in the trace:`,
    );

    // Hover: the readout names the window under the pointer, with the embedded numbers.
    const cell = page.locator("#trace-heat rect.hm-cell").first();
    const x = Number(await cell.getAttribute("x"));
    const w = Math.round(x / (1000 / data.windows));
    await page.setViewportSize({ width: 1200, height: 1400 });
    await page.locator("#trace-heat").scrollIntoViewIfNeeded();
    const boxOf = await cell.boundingBox();
    assert.ok(boxOf !== null);
    await page.mouse.move(boxOf.x + boxOf.width / 2, boxOf.y + boxOf.height / 2);
    const procs = data.procs
      .map(
        (p) =>
          `P${p.id} ${kinds.map((k) => `${data.labels[k]} ${Math.round((p[k][w] ?? 0) * 100)}%`).join(" ")}`,
      )
      .join(" · ");
    assert.equal(
      await page.locator("#trace-readout").textContent(),
      `+${((w * data.windowNs) / 1e6).toFixed(1)} ms: ${procs} · runnable ${(data.runnable[w] ?? 0).toFixed(1)}`,
    );

    // The wheel zooms in about the pointer (×1.25 a notch), a double-click resets.
    const heat = page.locator("#trace-heat");
    const svg = page.locator("#trace-heat svg.heat-map");
    const width = Number(((await svg.getAttribute("viewBox")) ?? "").split(" ")[2]);
    await page.mouse.wheel(0, -100);
    await page.waitForFunction(
      `document.getElementById("trace-heat").getAttribute("data-zoom") === "1.25"`,
    );
    assert.equal(Number(((await svg.getAttribute("viewBox")) ?? "").split(" ")[2]), width * 0.8);
    await page.mouse.wheel(0, -100);
    await page.waitForFunction(
      `document.getElementById("trace-heat").getAttribute("data-zoom") === "1.56"`,
    );
    mkdirSync(OUTPUT, { recursive: true });
    await page
      .locator("section#trace")
      .screenshot({ path: join(OUTPUT, "report-trace-zoomed.png") });
    const mapBox = await svg.boundingBox();
    assert.ok(mapBox !== null);
    await page.mouse.dblclick(mapBox.x + mapBox.width / 2, mapBox.y + mapBox.height / 2);
    assert.equal(await heat.getAttribute("data-zoom"), "1.00");
    assert.equal(await svg.getAttribute("viewBox"), `0 0 1000 ${(data.procs.length + 2) * 18}`);
    await page.screenshot({ path: join(OUTPUT, "report-trace.png"), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test("analyze --trace --lang zh: the section, legend and readout in Chinese", async (t) => {
    const tc = requireGo(t, "1.26");
    if (tc === undefined) return;
    const made = makeTrace(
      tc,
      join(ROOT, "examples", "flight-recorder"),
      ".",
      ["-out", "OUT", "-run", "250ms"],
      ".trace",
    );
    assert.ok(made.crash !== undefined);
    const html = join(dir, "report-zh.html");
    const args = [MAIN, "analyze", made.crash, "--trace", made.trace, "--last", "100ms"];
    const run = spawnSync(process.execPath, [...args, "--lang", "zh", "--html", html], {
      encoding: "utf8",
    });
    assert.equal(run.status, 0, run.stderr);
    const crash = parseCrashes(readFileSync(made.crash, "utf8"))[0];
    const report = traceReport(made.trace, made.trace, {
      lastNs: 100e6,
      ...(crash === undefined ? {} : { crash }),
    });
    assert.ok(!("error" in report));
    const zh = labels("zh");
    const data = traceData(report, zh);

    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    await page.setViewportSize({ width: 1200, height: 1400 });
    await page.goto(`file://${html}`);
    await page.waitForSelector("html[data-ready]");
    assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");
    assert.equal(await page.locator("section#trace h2").textContent(), "崩溃前的调度（执行跟踪）");
    assert.equal(await page.locator("section#trace h2").textContent(), zh.traceSectionHeading);
    assert.deepEqual(await page.locator("section#trace .heat-legend .key").allTextContents(), [
      "用户代码",
      "GC 标记",
      "标记辅助",
      "系统调用",
      "可运行的 goroutine",
      "GC / 全局暂停（STW）",
    ]);
    assert.equal(
      await page.locator("section#trace h3").first().textContent(),
      zh.stillBlocked(report.blockedAtEnd.reduce((s, b) => s + b.count, 0)),
    );
    assert.equal(
      await page.locator("section#trace h3").nth(1).textContent(),
      `跟踪中崩溃的 goroutine ${crash?.crashing?.id}：`,
    );

    // The readout under the pointer, in the Chinese format, from the embedded numbers.
    const kinds = ["user", "gcMark", "gcAssist", "syscall"] as const;
    const cell = page.locator("#trace-heat rect.hm-cell").first();
    const w = Math.round(Number(await cell.getAttribute("x")) / (1000 / data.windows));
    await page.locator("#trace-heat").scrollIntoViewIfNeeded();
    const box = await cell.boundingBox();
    assert.ok(box !== null);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const procs = data.procs
      .map(
        (p) =>
          `P${p.id} ${kinds.map((k) => `${data.labels[k]} ${Math.round((p[k][w] ?? 0) * 100)}%`).join(" ")}`,
      )
      .join(" · ");
    assert.equal(
      await page.locator("#trace-readout").textContent(),
      `+${((w * data.windowNs) / 1e6).toFixed(1)} ms：${procs} · 可运行 ${(data.runnable[w] ?? 0).toFixed(1)}`,
    );
    assert.match((await page.locator("#trace-readout").textContent()) ?? "", /用户代码 \d+%/);
    // The creator and the end of the trace: panicscope's sentences in Chinese, Go's names kept.
    const notes = await page.locator("section#trace p.note").allTextContents();
    assert.ok(notes.includes("由 goroutine 1 创建 ×1（结束时：Waiting）"), notes.join("\n"));
    const last = report.crash?.timeline.at(-1);
    const gap = ((report.end - (last?.time ?? 0)) / 1e6).toFixed(3);
    assert.ok(
      notes.includes(
        `跟踪在 goroutine ${crash?.crashing?.id} 最后一次状态转换（${last?.from}->${last?.to}）之后 ${gap} ms 结束`,
      ),
      notes.join("\n"),
    );

    // Chinese text is drawn with a CJK font and nothing in the section overflows its box.
    const layout = await page.evaluate(`(() => {
      const section = document.getElementById("trace");
      const over = [...section.querySelectorAll("h2, h3, p, li, span")]
        .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).display !== "inline")
        .map((e) => e.className + ": " + e.textContent.slice(0, 40));
      const legend = section.querySelector(".heat-legend .key");
      return {
        over,
        sectionFits: section.scrollWidth <= section.clientWidth + 1,
        legendWidth: legend.getBoundingClientRect().width,
        fonts: document.fonts.check("16px sans-serif", "用户代码"),
      };
    })()`);
    const l = layout as {
      over: string[];
      sectionFits: boolean;
      legendWidth: number;
      fonts: boolean;
    };
    assert.deepEqual(l.over, []);
    assert.equal(l.sectionFits, true);
    assert.ok(l.legendWidth > 40, `legend key ${l.legendWidth}px wide`);
    mkdirSync(OUTPUT, { recursive: true });
    await page.locator("section#trace").screenshot({ path: join(OUTPUT, "report-trace-zh.png") });
    assert.deepEqual(problems, []);
    await page.close();
  });
});
