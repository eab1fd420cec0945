// The reports of holdout-20 and holdout-21 that the first scoring run read wrong, each read
// whole through the pipeline, with the exact values a person reads off it (their expectations
// hold the rest). Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("a `[signal …]` line with no headline over function and file lines with no goroutine header: a panic whose stack is those frames (holdout-21/pinpoint-go-agent-91)", async () => {
  assert.deepEqual(
    await read(
      "holdout-21/pinpoint-go-agent-91-signal-line-without-headline-or-goroutine-header-mixed-indent.txt",
    ),
    [
      [
        "panic",
        "nil-deref",
        "SIGSEGV: segmentation violation",
        null,
        "github.com/pinpoint-apm/pinpoint-go-agent.makePSpanEvent",
        "/go/src/vendor/github.com/pinpoint-apm/pinpoint-go-agent/grpc.go",
        820,
      ],
    ],
  );
});

test("a test framework's `Full Stack Trace` heading over one file line whose function line it pruned, then the stack: the value is the line over the heading (holdout-20/gogo-protobuf-428)", async () => {
  assert.deepEqual(
    await read(
      "holdout-20/gogo-protobuf-428-ginkgo-test-panicked-full-stack-trace-runtime-file-line-first-go19-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        null,
        "github.com/gogo/protobuf/proto.makeOneOfMarshaler.func1",
        "/tmp/build/f541ec31/workspace/src/github.com/gogo/protobuf/proto/table_marshal.go",
        2398,
      ],
    ],
  );
});

test("a `[signal 0xb …]` line (an old release's signal number) with no headline over a goroutine: its low address is a nil dereference, and the message names the signal as the runtime now does (holdout-20/go-redis-135)", async () => {
  const [crash] = await read(
    "holdout-20/go-redis-135-headline-missing-signal-line-go14-middot-fm-xxx-paths-cut.txt",
  );
  assert.deepEqual(crash, [
    "panic",
    "nil-deref",
    "SIGSEGV: segmentation violation",
    1657784,
    "gopkg.in/redis%2ev3.(*singleConnPool).remove",
    "XXX/src/gopkg.in/redis.v3/pool.go",
    396,
  ]);
});

test("runtime.Callers-style function/file pairs with two `runtime.gopanic` frames and no value line: the lowest one's helper, panicmem, names the first panic (holdout-20/expr-385)", async () => {
  assert.deepEqual(
    await read(
      "holdout-20/expr-385-callers-style-function-file-pairs-two-gopanics-no-value-line-go120.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "",
        null,
        "github.com/antonmedv/expr/vm.(*VM).Run",
        "/go/pkg/mod/github.com/antonmedv/expr@v1.12.5/vm/vm.go",
        90,
      ],
    ],
  );
});

test("gin-style `file:line (0xPC)` lines with no value line, starting at the runtime's `panicmem` named without its package: a nil dereference (holdout-20/go-redis-867)", async () => {
  const [crash] = await read(
    "holdout-20/go-redis-867-gin-style-file-pc-lines-no-value-line-go19-debian-elided-path.txt",
  );
  assert.deepEqual(
    [crash?.[0], crash?.[1], crash?.[4], crash?.[5], crash?.[6]],
    [
      "logged",
      "nil-deref",
      "(*Client).PoolStats",
      "/.../vendor/github.com/go-redis/redis/redis.go",
      418,
    ],
  );
});

test("a lone running goroutine block right above a headline that has no block of its own: the paste moved the crashing goroutine above it (holdout-21/mailpit-122)", async () => {
  assert.deepEqual(
    await read(
      "holdout-21/mailpit-122-goroutine-before-headline-four-space-indent-slice-bounds-capacity-init.txt",
    ),
    [
      [
        "panic",
        "slice-bounds",
        "runtime error: slice bounds out of range [:2] with capacity 1",
        1,
        "github.com/axllent/mailpit/cmd.init.1",
        "/app/cmd/sendmail.go",
        24,
      ],
    ],
  );
});

test("a paste that tripled its line breaks (two blanks after every line, five after the headline): the blanks inside the block do not end it (holdout-20/bleve-197)", async () => {
  assert.deepEqual(
    await read(
      "holdout-20/bleve-197-double-spaced-three-blank-lines-go13-c-runtime-panic-stdlib-varint-cut.txt",
    ),
    [
      [
        "panic",
        "index-out-of-range",
        "runtime error: index out of range",
        16,
        "encoding/binary.PutUvarint",
        "/usr/local/go/src/pkg/encoding/binary/varint.go",
        48,
      ],
    ],
  );
});

test("grep -n -C's line numbers before every line, `-` after a line of context and `:` after a matching one: one learnt prefix (holdout-20/sonic-901)", async () => {
  assert.deepEqual(
    await read(
      "holdout-20/sonic-901-grep-context-line-number-prefixes-fault-neon-assembly-arm64-gp-header-cut.txt",
    ),
    [
      [
        "fatal",
        "bad-pointer",
        "fault",
        420475,
        "github.com/bytedance/sonic/internal/native/neon.__lookup_small_key_entry__",
        "github.com/bytedance/sonic@v1.14.1/internal/native/neon/lookup_small_key_arm64.s",
        161,
      ],
    ],
  );
});

test("a headline copied from a tmux pane's top row in copy mode: the blanks to the pane's width and tmux's `[N/M]` position are no part of the throw, a C call then makes it cgo's (holdout-20/fzf-34)", async () => {
  assert.deepEqual(
    await read(
      "holdout-20/fzf-34-five-backticks-tmux-status-padding-cgo-signal-curses-go14-cut.txt",
    ),
    [
      [
        "fatal",
        "cgo-crash",
        "unexpected signal during runtime execution",
        8,
        "github.com/junegunn/fzf/src/curses._Cfunc_noecho",
        "/Users/jg/gosrc/src/github.com/junegunn/fzf/src/curses/",
        122,
      ],
    ],
  );
});
