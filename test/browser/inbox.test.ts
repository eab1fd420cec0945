// The inbox in a real browser (Debian's chromium driven by playwright-core; never a browser
// download), against a real `panicscope serve` (the CLI, a temporary SQLite store) and a real
// Go program using the module (testdata/shop, built here): first run, a crash appears, its
// issue page, resolve, the same crash from a later release regressed, search, the language
// switch, and a recovered panic whose value and context are markup and script — which runs
// nothing. The page's own Content Security Policy stays on: a violation (an inline style or
// script the server let through) is a console error, and fails the test. Screenshots of the
// list and an issue page go to test-output/ (git-ignored).

import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { after, before, describe, test } from "node:test";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { hostileCrashText } from "../render/hostile.js";
import { tempDir } from "../temp-dir.js";

const CHROMIUM = process.env.PANICSCOPE_CHROMIUM ?? "/usr/bin/chromium";
const ROOT = resolve(import.meta.dirname, "..", "..", "..");
const MAIN = join(ROOT, "dist", "src", "cli", "main.js");
const OUTPUT = join(ROOT, "test-output");
const SHOP = join(ROOT, "test", "browser", "testdata", "shop");
const TOKEN = "shop-token";
const PASSWORD = "correct horse battery";
const GO_ENV = { ...process.env, GOFLAGS: "", GOTOOLCHAIN: "local" };
const CHECKOUT_TITLE = "runtime error: index out of range [3] with length 3 in main.total";

// axe-core (a dev dependency) is evaluated through the DevTools protocol, which the page's
// CSP does not govern: the page is checked as it is served.
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const hasGo = spawnSync("go", ["env", "GOVERSION"], { env: GO_ENV }).status === 0;
const skip = !existsSync(CHROMIUM)
  ? `no ${CHROMIUM}`
  : !hasGo
    ? "no go command on PATH (the test's Go program is built here)"
    : false;
if (skip && process.env.CI !== undefined) throw new Error(`${skip}: .ci/run installs it`);

describe("the inbox in chromium", { skip }, () => {
  let dir: string;
  let shop: string;
  let server: ChildProcess;
  let url: string;
  let setupCode: string;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  before(async () => {
    dir = tempDir("panicscope-inbox-browser-");
    shop = join(dir, "shop");
    const built = spawnSync("go", ["build", "-buildvcs=false", "-o", shop, "."], {
      cwd: SHOP,
      env: GO_ENV,
      encoding: "utf8",
    });
    assert.equal(built.status, 0, built.stderr);
    server = spawn(
      process.execPath,
      [
        MAIN,
        "serve",
        "--db",
        join(dir, "data"),
        "--port",
        "0",
        "--token",
        TOKEN,
        "--trace-url",
        "https://tempo.example/trace/{traceId}",
      ],
      { stdio: ["ignore", "ignore", "pipe"] },
    );
    [url, setupCode] = await new Promise<[string, string]>((done, fail) => {
      let seen = "";
      server.stderr?.on("data", (chunk: Buffer) => {
        seen += chunk.toString();
        const listening = /listening on (\S+)/.exec(seen);
        const code = /with the setup code (\S+)/.exec(seen);
        if (listening && code) done([listening[1] as string, code[1] as string]);
      });
      server.on("exit", (exit) => fail(new Error(`serve exited ${exit}: ${seen}`)));
    });
    context = await chromium.launchPersistentContext(tempDir("panicscope-chromium-"), {
      executablePath: CHROMIUM,
      headless: true,
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
      viewport: { width: 1200, height: 900 },
    });
    page = await context.newPage();
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console: ${message.text()}`);
    });
    page.on("dialog", (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("request", (request) => {
      if (!request.url().startsWith(url)) problems.push(`request: ${request.url()}`);
    });
  });

  after(async () => {
    await context?.close();
    if (server !== undefined && server.exitCode === null) {
      const exited = new Promise((done) => server.on("exit", done));
      server.kill("SIGTERM");
      await exited;
    }
  });

  /** Runs the shop until it and its monitor are done (the monitor holds stderr until sent). */
  function runShop(mode: string, release: string): Promise<number | null> {
    const child = spawn(shop, [mode], {
      env: {
        ...process.env,
        SHOP_SERVER: url,
        SHOP_TOKEN: TOKEN,
        SHOP_RELEASE: release,
        SHOP_SPOOL: join(dir, `spool-${mode}-${release}`),
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    child.stderr?.resume();
    return new Promise((done) => child.on("close", done));
  }

  async function screenshot(name: string) {
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, name), fullPage: true });
  }

  /** axe-core's WCAG 2 A and AA rules on the page: each violation as `rule: target`. */
  async function accessibility(): Promise<string[]> {
    if (!(await page.evaluate("typeof window.axe === 'object'"))) await page.evaluate(`${AXE};0`);
    const violations = (await page.evaluate(
      `axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }).then((r) => r.violations.map((v) => v.id + ": " + v.nodes.map((n) => n.target.join(" ")).join(", ")))`,
    )) as string[];
    return violations;
  }

  function titles(): Promise<string[]> {
    return page.locator("td.issue a.title").allTextContents();
  }

  test("first run: the setup page creates the administrator and signs in", async () => {
    await page.goto(url);
    assert.equal(new URL(page.url()).pathname, "/setup");
    assert.deepEqual(await accessibility(), []);
    assert.equal(await page.locator("h1").textContent(), "Create the administrator");
    await page.getByLabel("Setup code").fill(setupCode);
    await page.getByLabel("Name").fill("admin");
    await page.getByLabel(/^Password/).fill(PASSWORD);
    await page.getByRole("button", { name: "Create" }).click();
    await page.waitForURL(`${url}/issues`);
    assert.equal(await page.locator("h1").textContent(), "Issues");
    assert.equal(await page.locator("main p").last().textContent(), "No issue matches.");
    // The keyboard's first stop is the link past the header.
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate("document.activeElement.textContent"), "Skip to content");
  });

  test("a crash of the Go program appears; its issue page; resolve; a later release regresses it", async () => {
    assert.equal(await runShop("checkout", "1.0.0"), 2);
    await page.goto(`${url}/issues`);
    assert.deepEqual(await titles(), [CHECKOUT_TITLE]);
    const row = page.locator("tbody tr").first();
    assert.equal(await row.locator("td.num").textContent(), "1");
    assert.equal(
      await row.locator("svg.spark").getAttribute("aria-label"),
      "1 in the last 14 days",
    );
    assert.equal(await row.locator("svg.spark rect[height='19']").count(), 1);

    await page.getByRole("link", { name: CHECKOUT_TITLE }).click();
    await page.waitForURL(/\/issues\/\d+$/);
    const issueUrl = page.url();
    assert.equal(await page.locator("h1").textContent(), CHECKOUT_TITLE);
    const diagnosis = await page.locator("section.diagnosis").first().innerText();
    assert.match(diagnosis, /Index out of range/i);
    assert.match(await page.locator("section.latest ol.frames li.site").innerText(), /main\.total/);
    assert.match(await page.locator("dl.context").innerText(), /region=eu-west-1/);
    await page.waitForSelector("html[data-ready]");
    assert.deepEqual(await accessibility(), []);
    await screenshot("inbox-issue.png");
    // The first screen alone: README shows it (docs/inbox-issue.png).
    await page.screenshot({ path: join(OUTPUT, "inbox-issue-top.png") });

    await page.getByRole("button", { name: "Resolve", exact: true }).first().click();
    await page.waitForURL(issueUrl);
    assert.equal(await page.locator(".facts .badge").first().textContent(), "resolved");

    // An older release's crash does not reopen it; 1.1.0 (a later release) does.
    assert.equal(await runShop("checkout", "1.1.0"), 2);
    await page.goto(`${url}/issues`);
    assert.deepEqual(await titles(), [CHECKOUT_TITLE]);
    assert.deepEqual(await page.locator("tbody tr .badge").allTextContents(), [
      "open",
      "regressed",
    ]);
    assert.equal(await page.locator("tbody tr td.num").textContent(), "2");
    assert.equal(await page.locator("tbody tr td").last().textContent(), "1.0.0, 1.1.0");
  });

  test("the dump diff of two occurrences and the tokens page, checked by axe too", async () => {
    await page.goto(`${url}/issues`);
    await page.getByRole("link", { name: CHECKOUT_TITLE }).click();
    await page.waitForSelector("html[data-ready]");
    await page.getByRole("button", { name: "Compare" }).click();
    await page.waitForURL(/\/diff\?from=\d+&to=\d+$/);
    assert.match((await page.locator("h1").textContent()) ?? "", /^goroutines \d+ → \d+ \(/);
    assert.deepEqual(await accessibility(), []);
    await page.getByRole("link", { name: "Tokens" }).click();
    await page.waitForURL(`${url}/tokens`);
    await page.getByLabel("Label").fill("shop");
    await page.getByRole("button", { name: "Create token" }).click();
    assert.match((await page.locator("#new-token").textContent()) ?? "", /^psk_[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(await accessibility(), []);
    // The shop still reports with --token: an inbox token is one more, not instead.
    await page.getByRole("button", { name: "Revoke: shop" }).click();
    await page.waitForURL(`${url}/tokens`);
    assert.match(await page.locator("tbody tr").first().innerText(), /revoked/);
  });

  test("hostile crash text and context run nothing and show as text", async () => {
    assert.equal(await runShop("hostile", "1.1.0"), 0);
    await page.goto(`${url}/issues`);
    const hostile = (await titles()).find((t) => t.includes("<script>"));
    assert.equal(
      hostile,
      `<script>alert("value")</script><img src=x onerror=alert("value")> in main.hostile`,
    );
    await page.locator("td.issue a.title", { hasText: "<script>" }).click();
    await page.waitForSelector("html[data-ready]");
    const context = await page.locator("dl.context").innerText();
    assert.match(context, /GET \/<script>alert\("route"\)<\/script>/);
    assert.match(context, /"><img src=x onerror=alert\("request"\)>/);
    assert.match(context, /<b onmouseover=alert\(1\)>tag=<script>alert\("tag"\)<\/script>/);
    assert.equal(await page.locator("main img, main script, main b").count(), 0);
    // A function name and a file path cannot hold markup in a Go program: the report test's
    // real crash text with markup put in (test/render/hostile.ts), sent through the API.
    const sent = await fetch(`${url}/api/v1/crashes`, {
      method: "POST",
      headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({
        schema: "panicscope/report@1",
        kind: "crash",
        text: hostileCrashText(),
      }),
    });
    assert.equal(sent.status, 202);
    const [id] = ((await sent.json()) as { issues: number[] }).issues;
    await page.goto(`${url}/issues/${id}`);
    await page.waitForSelector("html[data-ready]");
    assert.match(await page.locator("h1").innerText(), /^<script>window\.__pwned = 1<\/script>/);
    assert.ok(
      (await page.locator("main").innerText()).includes(
        "main.<img/src=x/onerror=window.__pwned=3>",
      ),
    );
    await page.locator("details.bucket summary").first().click();
    assert.equal(await page.evaluate("typeof window.__pwned"), "undefined");
    assert.equal(await page.locator("main img, main script").count(), 0);
    assert.deepEqual(problems, []);
  });

  test("search finds by words of the message and the function", async () => {
    await page.goto(`${url}/issues`);
    await page.getByLabel("Search").fill("total");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/q=total/);
    assert.deepEqual(await titles(), [CHECKOUT_TITLE]);
    await page.getByLabel("Search").fill("alert valu");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/q=alert/);
    assert.equal((await titles()).length, 1);
    await page.getByLabel("Search").fill("nosuchword");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/q=nosuchword/);
    assert.deepEqual(await titles(), []);
  });

  test("the language switch: the list and the issue page in Chinese, and back", async () => {
    await page.goto(`${url}/issues`);
    await page.getByRole("link", { name: "中文" }).click();
    await page.waitForURL(`${url}/issues`);
    assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");
    assert.equal(await page.locator("h1").textContent(), "问题");
    assert.deepEqual(await accessibility(), []);
    await screenshot("inbox-list-zh.png");
    await page.getByRole("link", { name: CHECKOUT_TITLE }).click();
    await page.waitForSelector("html[data-ready]");
    assert.equal(await page.locator("main h2").first().textContent(), "发生记录");
    await page.getByRole("link", { name: "English" }).click();
    await page.waitForSelector("html[data-ready]");
    assert.equal(await page.locator("main h2").first().textContent(), "Occurrences");
    await page.goto(`${url}/issues`);
    await screenshot("inbox-list.png");
    assert.deepEqual(problems, []);
  });
});
