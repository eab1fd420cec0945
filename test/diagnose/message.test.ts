// The one-line message of a crash (src/diagnose/message.ts), on real reports.

import assert from "node:assert/strict";
import { test } from "node:test";
import { readReal } from "../traceback/read-real.js";

const messages = async (path: string) => (await readReal(path)).map((crash) => crash[2]);

test("a race report that names no address says who read and who wrote, with no gap", async () => {
  assert.deepEqual(await messages("broad/etcd-5155-race-old-format-no-addresses.txt"), [
    "data race: read by goroutine 171, previous write by goroutine 7",
  ]);
});

test("a race report with an address names it", async () => {
  assert.deepEqual(
    await messages("holdout-21/sdk-go-1375-race-worker-cache-sticky-size-arm64-go120-cut.txt"),
    ["data race: read at 0x0001043c4998 by goroutine 8, previous write by goroutine 7"],
  );
});
