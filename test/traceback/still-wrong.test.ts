// Reports the scoring runs left marked `stillWrong`, each read whole through the pipeline with
// the exact values a person reads off it (their expectations hold the rest). Each test names
// the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("a go1.23+ chain link's value with an empty line, its framing tab trimmed by the paste: the value keeps the empty line (holdout-20/pactus-1532)", async () => {
  assert.deepEqual(
    await read(
      "holdout-20/pactus-1532-shell-fence-libp2p-eventbus-closed-channel-gotk3-closure-multiline-repanic-go123-cut.txt",
    ),
    [
      [
        "panic",
        "closed-channel-close",
        "closure error: unexpected panic caught: close of closed channel\n\nClosure added at:\n\tmain.main at github.com/pactus-project/pactus/cmd/gtk/main.go:126\n\truntime.main at runtime/proc.go:272\n\truntime.goexit at runtime/asm_amd64.s:1700",
        1,
        "github.com/libp2p/go-libp2p/p2p/host/eventbus.(*sub).Close",
        "github.com/libp2p/go-libp2p@v0.36.5/p2p/host/eventbus/basic.go",
        189,
      ],
    ],
  );
});

test("a throw's first frame glued to its headline and `runtime stack:` lost: the frames ending at `runtime.mstart` are the system stack, the crashing goroutine the block after them (holdout-26/node-exporter-1090)", async () => {
  assert.deepEqual(
    await read(
      "holdout-26/node-exporter-1090-tmux-copy-mode-marker-headline-glued-to-throw-frame-systemstack-debian-go110-cut.txt",
    ),
    [["fatal", "other", "systemstack called from unexpected goroutine", 1, null, null, null]],
  );
});

test("a JSON record's string opened at a line's start and not closed there, its value going on over the stack: the quote is the record's, not the value's (holdout-20/anacrolix-torrent-430)", async () => {
  assert.deepEqual(
    await read(
      "holdout-20/anacrolix-torrent-430-echo-json-record-panic-recover-stack-glued-goroutine-header-32bit-go115-cut.txt",
    ),
    [
      [
        "logged",
        "custom-panic",
        "io.Copy will get stuck",
        1423953,
        "github.com/anacrolix/torrent/storage.Piece.ReadAt",
        "/Users/nikk/go/src/TorrServer/src/github.com/anacrolix/torrent/storage/wrappers.go",
        76,
      ],
    ],
  );
});

test("a log line saying it recovered a panic, right over a goroutine header the paste cut after: the handler's logged stack, not the runtime's headline behind a prefix (holdout-22/adguardhome-7315)", async () => {
  assert.deepEqual(
    await read(
      "holdout-22/adguardhome-7315-none-fence-padded-recovered-from-panic-log-line-cut-at-goroutine-header.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        76,
        null,
        null,
        null,
      ],
    ],
  );
});
