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

test("a paste that lost its line breaks with nothing in their place: headline, signal line, header and first call split at Go's grammar, each file line's glued call read as the next frame (holdout-23/concourse-5077)", async () => {
  assert.deepEqual(
    await read(
      "holdout-23/concourse-5077-line-breaks-lost-headline-signal-header-glued-file-lines-glued-to-next-function-cut.txt",
    ),
    [
      [
        "panic",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        175554,
        "github.com/concourse/concourse/atc/exec.(*RetryStep).Succeeded",
        "/tmp/build/1c3187db/concourse/atc/exec/retry_step.go",
        47,
      ],
    ],
  );
});

test("a stack whose breaks before file lines became blanks and whose offsets' `+` became breaks: each line's leading offset is the frame's above, the call glued to it the next frame (broad-4/kubernetes-117789)", async () => {
  assert.deepEqual(
    await read(
      "broad-4/kubernetes-117789-observed-a-panic-newlines-lost-offsets-on-next-line-glued-to-functions-logged-cut.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        462,
        "os.OpenFile",
        "/usr/local/go/src/os/file.go",
        331,
      ],
    ],
  );
});

test("logrus's terminal text format after a logged value, blanks then `key=value` fields: the fields are the logger's (holdout-34/xxhash-oneofone-12)", async () => {
  assert.deepEqual(
    await read(
      "holdout-34/xxhash-oneofone-12-logrus-warn-lines-recover-handler-stack-panic-frame-omitted-stack-go173.txt",
    ),
    [
      [
        "logged",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        1519,
        "github.com/OneOfOne/xxhash.writeString",
        "/Users/foo/gohome/src/github.com/OneOfOne/xxhash/xxhash_unsafe.go",
        29,
      ],
    ],
  );
});

test("`recovered panic` then a blank, no colon, before a logged value is the logger's lead-in (holdout-28/dtm-556)", async () => {
  assert.deepEqual(
    await read(
      "holdout-28/dtm-556-backtick-zap-json-msg-recovered-panic-debug-stack-windows-toolchain-go122-cut.txt",
    ),
    [
      [
        "logged",
        "custom-panic",
        "storage: NotFound",
        98,
        "github.com/dtm-labs/dtm/client/dtmcli/dtmimp.E2P",
        "E:/Projects/dtm/client/dtmcli/dtmimp/utils.go",
        61,
      ],
    ],
  );
});
