// Reports the scoring runs left marked `stillWrong` on their crashing goroutine, site, message
// or kind, each read whole through the pipeline with the exact values a person reads off it.
// Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal as read } from "./read-real.js";

test("a blank in place of a call's file line, then the next call line: the stack goes on under it (holdout-20/anacrolix-torrent-427)", async () => {
  assert.deepEqual(
    await read(
      "holdout-20/anacrolix-torrent-427-unfenced-panic-during-panic-frame-file-line-lost-cut.txt",
    ),
    [
      [
        "panic",
        "custom-panic",
        "-1",
        10852,
        "github.com/anacrolix/torrent.(*PeerConn).deleteRequest",
        "/home/work/project/pkg/mod/github.com/anacrolix/torrent@v1.15.2/peerconn.go",
        1391,
      ],
    ],
  );
});
