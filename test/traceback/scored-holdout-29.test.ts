// The reports of holdout-29 that the first scoring run read wrong, each read whole through the
// pipeline, with the exact values a person reads off it (their expectations hold the rest).
// Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("a race banner copied bare, the report under it behind a compose column: one race (holdout-29/coder-websocket-436)", async () => {
  assert.deepEqual(
    await read(
      "holdout-29/coder-websocket-436-banner-unprefixed-then-compose-prefix-race-close-err-ellipsis.txt",
    ),
    [
      [
        "race",
        "data-race",
        "data race: write at 0x00c0002e31b0 by goroutine 129, previous read by goroutine 165",
        129,
        "nhooyr.io/websocket.(*Conn).setCloseErrLocked",
        "/go/pkg/mod/nhooyr.io/websocket@v1.8.10/close.go",
        288,
      ],
    ],
  );
});

test("a bare `panic:` over a prefixed runtime value: the value is that line, the headline joins its stream (holdout-29/melody-8)", async () => {
  assert.deepEqual(
    await read(
      "holdout-29/melody-8-stderr-prefixed-lines-headline-value-split-elided-frames-go15.txt",
    ),
    [
      [
        "panic",
        "closed-channel-send",
        "send on closed channel",
        72,
        "....melody.(*Session).writeMessage",
        "",
        0,
      ],
    ],
  );
});

test("a panic's headline, a blank, then frames with no goroutine header: a headerless block, its first frame the site (holdout-29/fasthttp-561)", async () => {
  assert.deepEqual(
    await read(
      "holdout-29/fasthttp-561-blockquote-headline-then-fence-frames-only-no-goroutine-header-client-do-deadline.txt",
    ),
    [
      [
        "panic",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        null,
        "github.com/valyala/fasthttp.clientDoDeadline",
        "/Users/vesninandrey/go/src/github.com/valyala/fasthttp/client.go",
        990,
      ],
    ],
  );
});

test("a whole trace on one line, its breaks kept as HTML `<br>` tags padded with blanks: each tag is a break (holdout-29/fasthttp-776)", async () => {
  assert.deepEqual(
    await read(
      "holdout-29/fasthttp-776-windows-html-br-one-line-padded-with-spaces-signal-0xc0000005-handler.txt",
    ),
    [
      [
        "panic",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        35,
        "mediumFeedAPI/pkg.GetArticles",
        "C:/Users/Mayank-PC/go/src/mediupFeedAPI/pkg/utils.go",
        36,
      ],
    ],
  );
});

test("a logged stack with no value whose `runtime.gopanic` is called by `runtime.chansend`: a send on a closed channel (holdout-29/interceptor-131)", async () => {
  assert.deepEqual(
    await read(
      "holdout-29/interceptor-131-logged-func-file-pairs-gopanic-chansend-no-message-gcc-delay-controller-cut.txt",
    ),
    [
      [
        "logged",
        "closed-channel-send",
        "",
        null,
        "github.com/pion/interceptor/pkg/gcc.(*delayController).updateDelayEstimate",
        "/go/pkg/mod/github.com/pion/interceptor@v0.1.11-0.20220401022307-09051cdde82b/pkg/gcc/delay_based_bwe.go",
        96,
      ],
    ],
  );
});
