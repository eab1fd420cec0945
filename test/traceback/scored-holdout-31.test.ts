// The reports of holdout-31 that the first scoring run read wrong, each read whole through the
// pipeline, with the exact values a person reads off it (their expectations hold the rest).
// Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("go1.0's `throw: ` headline, a goroutine header after its blank: the throw, a deadlock (holdout-31/howeyc-fsnotify-4)", async () => {
  assert.deepEqual(
    await read(
      "holdout-31/howeyc-fsnotify-4-go10-throw-prefix-deadlock-bsd-kqueue-created-by-runtime-main-no-frame.txt",
    ),
    [["fatal", "deadlock", "all goroutines are asleep - deadlock!", null, null, null, null]],
  );
});

test("a progress line's end left after a throw's text, glued with no blank: the throw the catalogue knows (holdout-31/imposm3-67)", async () => {
  assert.deepEqual(
    await read(
      "holdout-31/imposm3-67-command-then-progress-output-glued-after-fatal-headline-sigbus-leveldb-cgo-go14-cut.txt",
    ),
    [
      [
        "fatal",
        "cgo-crash",
        "unexpected signal during runtime execution",
        10,
        "github.com/jmhodges/levigo._Cfunc_leveldb_put",
        "github.com/jmhodges/levigo/_obj/_cgo_gotypes.go",
        370,
      ],
    ],
  );
});

test("go test's `exit status N` glued into a file line and its FAIL line spliced into the trace: the block goes on under them (holdout-31/afero-45)", async () => {
  assert.deepEqual(
    await read(
      "holdout-31/afero-45-concurrent-map-writes-exit-status-and-fail-line-spliced-into-fp-line-go16-cut.txt",
    ),
    [
      [
        "fatal",
        "concurrent-map",
        "concurrent map writes",
        116,
        "github.com/spf13/afero.(*MemMapFs).Mkdir",
        "/Users/bep/go/src/github.com/spf13/afero/memmap.go",
        156,
      ],
    ],
  );
});

test("every line in inline code, blanks inside and before the spans, the headline pasted twice: one panic, its stack read (holdout-31/tile38-781)", async () => {
  assert.deepEqual(
    await read(
      "holdout-31/tile38-781-every-line-in-backticks-headline-twice-trailing-spaces-nil-deref-no-offsets.txt",
    ),
    [
      [
        "panic",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        1,
        "github.com/tidwall/tile38/internal/server.(*Server).stopPublishQueue",
        "/app/tile38/internal/server/pubqueue.go",
        65,
      ],
    ],
  );
});

test("a runtime error's headline, a reporter's heading, then frames with no goroutine header: a headerless stack (holdout-31/robfig-cron-470)", async () => {
  assert.deepEqual(
    await read(
      "holdout-31/robfig-cron-470-markdown-headings-around-headline-no-goroutine-header-slice-bounds-parser.txt",
    ),
    [
      [
        "panic",
        "slice-bounds",
        "runtime error: slice bounds out of range [:-1]",
        null,
        "github.com/robfig/cron/v3.Parser.Parse",
        "/Users/ljc/go/pkg/mod/github.com/robfig/cron/v3@v3.0.0/parser.go",
        99,
      ],
    ],
  );
});

test("a logger relaying each line as a logrus record, net/http's `http: panic serving` first: its panic, not a logged stack (holdout-31/docker-volume-juicefs-32)", async () => {
  assert.deepEqual(
    await read(
      "holdout-31/docker-volume-juicefs-32-journald-dockerd-logrus-plugin-records-http-panic-serving-cut-at-panic-frame.txt",
    ),
    [
      [
        "panic",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        5,
        null,
        null,
        null,
      ],
    ],
  );
});

test("a test timeout's `running tests:` list whose tabs a paste turned into blanks: the list as testing printed it (holdout-31/fsnotify-716)", async () => {
  assert.deepEqual(
    await read(
      "holdout-31/fsnotify-716-shell-fence-go-test-run-line-synctest-test-timeout-alarm-panic-frame-gp-m-headers-go125-cut.txt",
    ),
    [
      [
        "test-timeout",
        "test-timeout",
        "test timed out after 1m0s\nrunning tests:\n\tTestDemo (1m0s)",
        17,
        "testing.(*M).startAlarm.func1",
        "/usr/local/go/src/testing/testing.go",
        2682,
      ],
    ],
  );
});
