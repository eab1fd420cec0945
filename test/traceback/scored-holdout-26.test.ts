// The reports of holdout-26 that the first scoring run read wrong, each read whole through the
// pipeline, with the exact values a person reads off it (their expectations hold the rest).
// Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("a handler logs the value under a lead-in, then the stack glued to a lead-in of its own: the value is the line above (holdout-26/ants-86, ants-146)", async () => {
  assert.deepEqual(
    await read(
      "holdout-26/ants-86-logged-worker-with-func-exits-from-panic-nil-receiver-release-go113-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        55,
        "github.com/panjf2000/ants.(*PoolWithFunc).Release",
        "/data/home/go_workspace/src/trustsql-spv-go/vendor/github.com/panjf2000/ants/pool_func.go",
        221,
      ],
    ],
  );
  assert.deepEqual(
    await read("holdout-26/ants-146-cmd-fence-logged-worker-exits-from-panic-custom-go113-cut.txt"),
    [
      [
        "logged",
        "custom-panic",
        "test panic",
        8,
        "main.main.func1",
        "/Users/admin/dev/ginlearn/ants/examples/test_panic/main.go",
        18,
      ],
    ],
  );
});

test("a prefixed log hard-wrapped onto unprefixed rows: the runtime error cut inside a word and a file line cut inside its path are read whole (holdout-26/robfig-cron-301)", async () => {
  assert.deepEqual(
    await read(
      "holdout-26/robfig-cron-301-socketmaster-prefix-hard-wrapped-logged-nil-funcjob-go110-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        436,
        "github.com/XXX/XXX/vendor/github.com/robfig/cron.FuncJob.Run",
        "/share/dpkg-build/XXX-build/src/github.com/XXX/XXX/vendor/github.com/robfig/cron/cron.go",
        92,
      ],
    ],
  );
});

test("a panic's headline printed below its own stack, a log line between: one panic (holdout-26/nsq-exporter-9)", async () => {
  assert.deepEqual(
    await read(
      "holdout-26/nsq-exporter-9-stack-before-headline-listening-line-interleaved-panic-frame-go16.txt",
    ),
    [
      [
        "panic",
        "index-out-of-range",
        "runtime error: index out of range",
        51,
        "github.com/lovoo/nsq_exporter/collector.ChannelStats.func6",
        "/go/src/github.com/lovoo/nsq_exporter/collector/stats_channel.go",
        62,
      ],
    ],
  );
});

test("the checkptr panic of go1.14's development tree is a bad pointer, its rule unknown (holdout-26/fluent-bit-go-26)", async () => {
  assert.deepEqual(
    await read(
      "holdout-26/fluent-bit-go-26-checkptr-unsafe-pointer-arithmetic-recovered-test-go114-tip-cut.txt",
    ),
    [
      [
        "panic",
        "bad-pointer",
        "runtime error: unsafe pointer arithmetic",
        10,
        "github.com/cosmo0920/fluent-bit-go-s3/vendor/github.com/fluent/fluent-bit-go/output.FLBPluginSetContext",
        "/home/travis/gopath/src/github.com/cosmo0920/fluent-bit-go-s3/vendor/github.com/fluent/fluent-bit-go/output/output.go",
        76,
      ],
    ],
  );
});

test("a race report's function line indented by one blank, the other lines by two: still the access's call (holdout-26/go-cache-pr64)", async () => {
  assert.deepEqual(
    await read(
      "holdout-26/go-cache-pr64-race-leading-slash-elided-paths-finalizer-goroutine-testmain-go18.txt",
    ),
    [
      [
        "race",
        "data-race",
        "data race: write at 0x00c42029b208 by goroutine 97, previous read by goroutine 5",
        97,
        "/github.com/pmylund/go-cache.(*janitor).Run",
        "/github.com/pmylund/go-cache/cache.go",
        1077,
      ],
    ],
  );
});
