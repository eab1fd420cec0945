// Rule choice against real texts where context, not the message, decides the rule.

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { ruleById } from "../../src/diagnose/catalogue.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";
import { readRealRules } from "../traceback/read-real.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");

for (const [name, file] of [
  [
    "docker-for-win-485",
    "docker-for-win-485-unfenced-windows-exception-no-goroutine-header-reporter-ellipsis-go17.txt",
  ],
  [
    "moby-27423",
    "moby-27423-unfenced-windows-exception-lines-wrapped-at-120-columns-go-winio-go17-cut.txt",
  ],
] as const) {
  test(`a Windows exception inside syscall.Syscall with no cgo line is foreign code (real/holdout-15/${name})`, async () => {
    const result = await analyzeFile(join(ROOT, "testdata/real/holdout-15", file));
    assert.equal(result.crashes.length, 1);
    const [analyzed] = result.crashes;
    const crash = analyzed?.crash;
    assert.equal(crash?.signal?.duringCgo, undefined);
    assert.deepEqual(
      [crash?.crashing?.id, crash?.crashing?.frames[0]?.func, crash?.crashing?.frames[0]?.file],
      [null, "syscall.Syscall", "/usr/local/go/src/runtime/syscall_windows.go"],
    );
    assert.equal(crash?.crashing?.frames[0]?.line, 163);
    assert.deepEqual([analyzed?.category, analyzed?.rule], ["cgo-crash", "signal-in-cgo"]);
  });
}

test("the runtime's throws for a signal handler or signal stack non-Go code changed are cgo-crash (real/holdout-16/wails-3965, go1.25.6)", async () => {
  // Only C code in the process calls sigaction without SA_ONSTACK or disables the
  // sigaltstack (go1.26 src/runtime/signal_unix.go, sigNotOnStack and noSignalStack).
  const result = await analyzeFile(
    join(
      ROOT,
      "testdata/real/holdout-16",
      "wails-3965-signal-not-on-signal-stack-sa-onstack-throw-runtime-stack-tilde-paths-go1256-cut.txt",
    ),
  );
  assert.equal(result.crashes.length, 1);
  const [analyzed] = result.crashes;
  assert.equal(analyzed?.crash.kind, "fatal");
  assert.equal(analyzed?.crash.fatal, "non-Go code set up signal handler without SA_ONSTACK flag");
  assert.equal(analyzed?.crash.crashing?.id, 17);
  assert.deepEqual([analyzed?.category, analyzed?.rule], ["cgo-crash", "sa-onstack"]);
  // No report of its sister throw yet: the catalogue's entry says the same.
  assert.equal(ruleById("sigaltstack-disabled")?.category, "cgo-crash");
});

test("a panic with no value, only its `[signal SIGSEGV … addr=0x10 …]` line, in Go code: sigpanic's nil dereference (real/holdout-15/nomad-25820)", async () => {
  const result = await analyzeFile(
    join(
      ROOT,
      "testdata/real/holdout-15",
      "nomad-25820-vim-status-line-journald-lines-glued-no-headline-signal-line-inlined-site-cut.txt",
    ),
  );
  assert.equal(result.crashes.length, 1);
  const [analyzed] = result.crashes;
  assert.equal(analyzed?.crash.kind, "panic");
  assert.equal(analyzed?.crash.panics.length, 0);
  assert.equal(analyzed?.crash.signal?.addr, "0x10");
  assert.equal(
    analyzed?.crash.crashing?.frames[0]?.func,
    "github.com/hashicorp/nomad/client/allocrunner.(*observer).stop",
  );
  assert.deepEqual([analyzed?.category, analyzed?.rule], ["nil-deref", "nil-pointer-dereference"]);
});

test("a value over several lines that opens with a runtime error and words of its own is the program's: custom-panic, its rule the text's (holdout-19/wazero-1399)", async () => {
  assert.deepEqual(
    await readRealRules(
      "holdout-19/wazero-1399-log-panicln-multiline-value-wasm-stack-emoji-output-arm64.txt",
    ),
    [
      [
        "panic",
        "custom-panic",
        "runtime-error-unknown",
        "runtime error: invalid memory address or nil pointer dereference (recovered by wazero)\nwasm stack trace:\n        env.hostTalk(i32,i32,i32,i32) i32\n        .hello(i32,i32) i64",
        1,
        { func: "log.Panicln", file: "/usr/local/go/src/log/log.go", line: 398 },
      ],
    ],
  );
});

test("TinyGo's runtime errors: one line, its own words read for the category (holdout-19/tinygo-pr4383, tinygo-3510)", async () => {
  assert.deepEqual(
    await readRealRules(
      "holdout-19/tinygo-pr4383-indented-test-output-stack-overflow-runtime-error-at-address.txt",
    ),
    [
      [
        "panic",
        "stack-overflow",
        "custom-panic",
        "runtime error at 0x000000000024d9b4: goroutine stack overflow",
        null,
        null,
      ],
    ],
  );
  assert.deepEqual(
    await readRealRules(
      "holdout-19/tinygo-3510-index-out-of-range-no-goroutine-prompt-session-with-source.txt",
    ),
    [
      [
        "panic",
        "index-out-of-range",
        "index-out-of-range-legacy",
        "runtime error: index out of range",
        null,
        null,
      ],
    ],
  );
});

test("a runtime throw after the OS refused to reserve memory is out of memory (real/holdout-22/luci-app-v2ray-124)", async () => {
  assert.deepEqual(
    await readRealRules(
      "holdout-22/luci-app-v2ray-124-openwrt-logread-page-summary-reserve-throw-mallocinit-arm64-go114-cut.txt",
    ),
    [
      [
        "fatal",
        "out-of-memory",
        "runtime-internal-gc-heap",
        "failed to reserve page summary memory",
        null,
        null,
      ],
    ],
  );
});
