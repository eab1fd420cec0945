// Which language panicscope speaks: `--lang`, else LC_ALL, LC_MESSAGES, LANG (POSIX order),
// else English; and the command line honouring it.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, test } from "node:test";
import { langFromEnvironment, langOfLocale, parseLang } from "../../src/i18n/lang.js";

const MAIN = join(import.meta.dirname, "..", "..", "src", "cli", "main.js");
const DEADLOCK = join(
  import.meta.dirname,
  "..",
  "..",
  "..",
  "testdata",
  "go",
  "go1.26",
  "deadlock-mutex.single.txt",
);

describe("the locale", () => {
  test("every Chinese locale is zh, others en", () => {
    for (const locale of ["zh_CN.UTF-8", "zh_CN", "zh", "zh_SG.GB2312", "zh_TW.UTF-8", "zh_HK"])
      assert.equal(langOfLocale(locale), "zh", locale);
    for (const locale of ["C", "POSIX", "C.UTF-8", "en_US.UTF-8", "de_DE", "zu_ZA"])
      assert.equal(langOfLocale(locale), "en", locale);
  });

  test("LC_ALL, then LC_MESSAGES, then LANG; empty ones are skipped; default en", () => {
    assert.equal(langFromEnvironment({ LANG: "zh_CN.UTF-8" }), "zh");
    assert.equal(langFromEnvironment({ LC_ALL: "C", LANG: "zh_CN.UTF-8" }), "en");
    assert.equal(langFromEnvironment({ LC_MESSAGES: "zh_CN.UTF-8", LANG: "en_US.UTF-8" }), "zh");
    assert.equal(langFromEnvironment({ LC_ALL: "en_US.UTF-8", LC_MESSAGES: "zh_CN" }), "en");
    assert.equal(langFromEnvironment({ LC_ALL: "", LANG: "zh_CN.UTF-8" }), "zh");
    assert.equal(langFromEnvironment({}), "en");
  });

  test("--lang takes zh or en", () => {
    assert.equal(parseLang("zh"), "zh");
    assert.equal(parseLang("EN"), "en");
    assert.equal(parseLang("fr"), null);
  });
});

function run(args: string[], env: Record<string, string>) {
  const clean: Record<string, string | undefined> = { ...process.env };
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG", "FORCE_COLOR"]) delete clean[name];
  const result = spawnSync(process.execPath, [MAIN, ...args], {
    env: { ...clean, NO_COLOR: "1", ...env },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("panicscope in the reader's language", () => {
  test("LANG=zh_CN.UTF-8 selects Chinese", () => {
    const { status, stdout } = run(["analyze", DEADLOCK], { LANG: "zh_CN.UTF-8" });
    assert.equal(status, 0);
    assert.match(stdout, /^ {2}在等待$/m);
    assert.match(stdout, /goroutine 1 在等待互斥锁 0x33bb82982380/);
    assert.match(stdout, /分组 {2}1 个 goroutine，分为 1 组/);
  });

  test("--lang en overrides the locale", () => {
    const { stdout } = run(["analyze", "--lang", "en", DEADLOCK], { LANG: "zh_CN.UTF-8" });
    assert.match(stdout, /^ {2}waits for$/m);
    assert.doesNotMatch(stdout, /[\u4e00-\u9fff]/);
  });

  test("--lang zh without a Chinese locale; LC_ALL=C wins over LANG", () => {
    assert.match(run(["analyze", "--lang", "zh", DEADLOCK], {}).stdout, /在等待/);
    assert.match(run(["analyze", DEADLOCK], { LC_ALL: "C", LANG: "zh_CN" }).stdout, /waits for/);
  });

  test("diff and trace take --lang too", () => {
    const go = join(import.meta.dirname, "..", "..", "..", "testdata");
    const before = join(go, "go", "go1.26", "leak-early.all.txt");
    const after = join(go, "go", "go1.26", "leak-late.all.txt");
    const diff = run(["diff", "--lang", "zh", before, after], {}).stdout;
    assert.match(diff, /^goroutine 86 → 230（\+144）$/m);
    assert.match(
      diff,
      /增加 {6}20 → 200 \[chan receive\] {2}由 main\.\(\*Service\)\.handleRequest 创建/,
    );
    const trace = run(["trace", "--lang", "zh", join(go, "exectrace", "leak-go1.21.trace")], {});
    assert.equal(trace.status, 0);
    assert.match(trace.stdout, /：Go 执行跟踪（go1\.21 格式）/);
    assert.match(trace.stdout, /^结束时仍阻塞的 goroutine：\d+ 个$/m);
  });

  test("JSON stays English whatever the locale", () => {
    const { stdout } = run(["analyze", "--json", DEADLOCK], { LANG: "zh_CN.UTF-8" });
    const document = JSON.parse(stdout);
    assert.match(
      document.crashes[0].diagnosis.goroutines.blockers[0].why,
      /^goroutine 1 waits for/,
    );
  });

  test("rules and explain take --lang; a wrong value is a usage error", () => {
    assert.match(run(["rules", "--lang", "zh"], {}).stdout, /^规则 +类别 +Go 版本 +标题$/m);
    const explained = run(["explain", "--lang", "zh", "all-goroutines-asleep"], {}).stdout;
    assert.match(explained, /^运行时如何走到这一步$/m);
    const wrong = run(["analyze", "--lang", "fr", DEADLOCK], {});
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /--lang must be zh or en, not "fr"/);
  });
});
