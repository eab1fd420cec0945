// The reports of holdout-23 that the first scoring run read wrong, each read whole through the
// pipeline, with the exact values a person reads off it (their expectations hold the rest). Each
// test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("a quoted JSON field holding a message then escaped file-and-pc lines with no function (debug.Stack before go1.6, kept by a recover handler), behind a prefix, the record cut in a later field: a logged stack (holdout-23/atlantis-260)", async () => {
  assert.deepEqual(
    await read(
      "holdout-23/atlantis-260-stern-prefix-zap-json-panic-msg-escaped-file-pc-stack-wrapped-in-stacktrace-field-go119-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        null,
        "",
        "github.com/runatlantis/atlantis/server/events/vcs/github_client.go",
        329,
      ],
    ],
  );
});

test("a log field pasted with its escapes half undone, its lines ending in a backslash: the value line's backslash is not the value's (holdout-23/argo-cd-8711)", async () => {
  assert.deepEqual(
    await read(
      "holdout-23/argo-cd-8711-msg-field-backslash-line-ends-escaped-tab-file-lines-recovered-from-panic-logged-go117-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        805,
        "github.com/argoproj/argo-cd/v2/pkg/apis/application/v1alpha1.(*ApplicationTree).GetSummary",
        "/go/src/github.com/argoproj/argo-cd/pkg/apis/application/v1alpha1/types.go",
        1108,
      ],
    ],
  );
});

test("`fatal: bad g in signal handler`, which only a program without cgo writes: a signal it died of, unexpected-signal (holdout-23/argo-workflows-9328)", async () => {
  assert.deepEqual(
    await read(
      "holdout-23/argo-workflows-9328-yaml-fence-raw-fatal-bad-g-in-signal-handler-twice-no-goroutine.txt",
    ),
    [["fatal", "unexpected-signal", "bad g in signal handler", null, null, null, null]],
  );
});

test('a headline quoted in prose (`says "panic: …" then`), a blank line, then the goroutine: a panic with that value (holdout-23/syncthing-3718)', async () => {
  assert.deepEqual(
    await read(
      "holdout-23/syncthing-3718-irc-log-lines-headline-only-quoted-in-chat-panic-frame-first-go17.txt",
    ),
    [
      [
        "panic",
        "closed-channel-send",
        "send on closed channel",
        66,
        "main.protocolConnectionHandler",
        "/home/buildslave/workspace/strelaysrv/src/github.com/syncthing/syncthing/cmd/strelaysrv/listener.go",
        171,
      ],
    ],
  );
});

test("HandleCrash's quoted value cut by an 80-column console inside a word, the stack it took cut before the panic machinery: the value joined, no crash site (holdout-23/tkn-1715)", async () => {
  assert.deepEqual(
    await read(
      "holdout-23/tkn-1715-inline-backtick-klog-observed-a-panic-80-column-wrap-in-value-and-path-cut-before-panic-frame.txt",
    ),
    [["logged", "closed-channel-send", "send on closed channel", 329, null, null, null]],
  );
});
