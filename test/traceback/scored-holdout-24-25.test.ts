// The reports of holdout-24 and holdout-25 that the first scoring run read wrong, each read
// whole through the pipeline, with the exact values a person reads off it (their expectations
// hold the rest). Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { goTextStart } from "../../src/input/prefix-learner.js";
import { parseIndentedFileLine } from "../../src/traceback/frame-lines.js";
import { readReal as read } from "./read-real.js";

const REAL = join(import.meta.dirname, "..", "..", "..", "testdata", "real");

test("a Windows exception's `Exception 0x…` header glued after a progress bar written with no newline: its signal dump (holdout-25/gorgonia-537)", async () => {
  assert.deepEqual(
    await read(
      "holdout-25/gorgonia-537-progress-bar-glued-windows-exception-0xc0000006-no-goroutine-header-fp-sp-cuda-build.txt",
    ),
    [
      [
        "signal",
        "unexpected-signal",
        "0xc0000006: exception",
        null,
        "gorgonia.org/gorgonia.CloneValue",
        "E:/code/selfCode/gorgonia/values_utils.go",
        94,
      ],
    ],
  );
});

test("a headline glued after the program's output, over a progress bar glued before its `[signal …]` line, in a raw-mode terminal's staircase: the panic (holdout-24/pomodemo-1)", async () => {
  assert.deepEqual(
    await read(
      "holdout-24/pomodemo-1-bubbletea-progress-bar-glued-headline-terminal-staircase-indent-go121.txt",
    ),
    [
      [
        "panic",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        11308899,
        "github.com/charmbracelet/bubbletea/v2.(*Program).eventLoop.func2",
        "/home/elia/go/pkg/mod/github.com/charmbracelet/bubbletea/v2@v2.0.0-beta.1.0.20250331173400-ed4fde7ae48f/tea.go",
        716,
      ],
    ],
  );
});

test("a Windows console's rows padded inside tokens, file lines indented by blanks with a blank in the user's name: each frame keeps its file line (holdout-24/git-lfs-3540)", async () => {
  const file =
    "holdout-24/git-lfs-3540-windows-console-hard-wrapped-args-and-offsets-space-in-path-created-by-end.txt";
  assert.deepEqual(await read(file), [
    [
      "panic",
      "nil-deref",
      "runtime error: invalid memory address or nil pointer dereference",
      500,
      "github.com/git-lfs/git-lfs/tq.(*basicDownloadAdapter).download",
      "C:/Users/brian m. carlson/checkouts/git-lfs/tq/basic_download.go",
      124,
    ],
  ]);
  const lines = readFileSync(join(REAL, file), "utf8").split("\n");
  // `+0x`, the row's padding, `3b5`: the offset's digits on both sides of the cut.
  assert.deepEqual(parseIndentedFileLine(lines[7] as string), {
    file: "C:/Users/brian m. carlson/checkouts/git-lfs/tq/basic_download.go",
    line: 124,
    offset: 0x3b5,
  });
  // `        C:/Users/brian m. ` is no logger's prefix: the path goes back to `C:/`.
  assert.equal(goTextStart(lines[9] as string), -1);
  assert.equal(goTextStart(lines[11] as string), -1);
});

test("a goroutine header right under the headline with the blank line under it, then its frames: the header is real, not the value's last line (holdout-24/gitbatch-73)", async () => {
  assert.deepEqual(
    await read(
      "holdout-24/gitbatch-73-four-space-indent-blank-after-goroutine-header-slice-bounds-no-indices.txt",
    ),
    [
      [
        "panic",
        "slice-bounds",
        "runtime error: slice bounds out of range",
        34,
        "github.com/isacikgoz/gitbatch/core/git.(*Repository).loadStashedItems",
        "/home/isacikgoz/.local/share/go/src/github.com/isacikgoz/gitbatch/core/git/stash.go",
        47,
      ],
    ],
  );
});

test("a runtime error's value with no `panic: ` over a stack whose first frame is `panic(…)`: a handler's own log of the stack it took (holdout-24/hub-1588)", async () => {
  assert.deepEqual(
    await read(
      "holdout-24/hub-1588-prompt-bare-error-value-line-logged-panic-frame-gimme-go181-cut.txt",
    ),
    [
      [
        "logged",
        "index-out-of-range",
        "runtime error: index out of range",
        1,
        "github.com/github/hub/github.(*yamlConfigDecoder).Decode",
        "/tmp/go/src/github.com/github/hub/github/config_decoder.go",
        40,
      ],
    ],
  );
});

test("a file line right under the goroutine header with no function line above it (the paste lost that line): the crash site is that frame with no function, not its caller (holdout-25/caire-3)", async () => {
  assert.deepEqual(
    await read(
      "holdout-25/caire-3-index-no-indices-first-frame-function-line-missing-file-line-under-header-space-in-path.txt",
    ),
    [
      [
        "panic",
        "index-out-of-range",
        "runtime error: index out of range",
        1,
        "",
        "/Users/southclaws/go/src/github.com/esimov/caire/carver.go",
        108,
      ],
    ],
  );
});
