import assert from "node:assert/strict";
import test from "node:test";
import { readReal } from "../traceback/read-real.js";

test("a web log's line numbers glued to each line's text come off once three lines count up (real/holdout-28/netpoll-pr351)", async () => {
  assert.deepEqual(
    await readReal(
      "holdout-28/netpoll-pr351-kitex-actions-log-line-numbers-glued-race-fd-operator-reset-cut.txt",
    ),
    [
      [
        "race",
        "data-race",
        "data race: write at 0x00c0001d9650 by goroutine 51",
        51,
        "github.com/cloudwego/netpoll.(*FDOperator).reset",
        "/root/go/pkg/mod/github.com/cloudwego/netpoll@v0.6.2/fd_operator.go",
        96,
      ],
    ],
  );
});

test("grep's numbered lines (`1-`, `7:`) are no glued count: the mark after the digits is a separator (real/holdout-20/sonic-901)", async () => {
  const [crash] = await readReal(
    "holdout-20/sonic-901-grep-context-line-number-prefixes-fault-neon-assembly-arm64-gp-header-cut.txt",
  );
  assert.deepEqual(crash?.slice(3), [
    420475,
    "github.com/bytedance/sonic/internal/native/neon.__lookup_small_key_entry__",
    "github.com/bytedance/sonic@v1.14.1/internal/native/neon/lookup_small_key_arm64.s",
    161,
  ]);
});
