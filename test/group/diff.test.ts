// `panicscope diff` on two real dumps of one leaking service (testdata/crashers/leak.go):
// the leak grew, a queue shrank, a migration vanished, a retry loop appeared.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { diffDumps } from "../../src/group/diff.js";
import { crashOf, GO } from "./helpers.js";

const MAIN = join(import.meta.dirname, "..", "..", "src", "cli", "main.js");

for (const version of ["go1.19", "go1.26"]) {
  const early = join(GO, version, "leak-early.all.txt");
  const late = join(GO, version, "leak-late.all.txt");

  test(`${version}: what changed between two dumps, the largest growth first`, async () => {
    const diff = diffDumps(await crashOf(early), await crashOf(late));
    const program = diff.changes
      .filter((c) => c.bucket.program && c.change !== "unchanged")
      .map((c) => {
        const top = c.bucket.representative.frames.find((f) => f.location === "user");
        return `${c.change} ${c.before}→${c.after} ${top?.func}`;
      });
    assert.deepEqual(program, [
      "grew 20→200 main.(*Service).awaitReply",
      "appeared 0→5 main.retryLoop",
      "vanished 1→0 main.migrate",
      "shrank 50→10 main.(*Service).batchWorker",
    ]);
    assert.equal(diff.changes[0]?.change, "grew");
    const unchanged = diff.changes.filter((c) => c.change === "unchanged" && c.bucket.program);
    assert.ok(
      unchanged.some((c) =>
        c.bucket.representative.frames.some((f) => f.func === "main.(*Service).worker"),
      ),
    );
  });

  test(`${version}: panicscope diff --json`, () => {
    const result = spawnSync(process.execPath, [MAIN, "diff", "--json", early, late], {
      encoding: "utf8",
    });
    assert.equal(result.status, 0, result.stderr);
    const document = JSON.parse(result.stdout);
    assert.equal(document.schema, "panicscope/diff@1");
    assert.equal(document.changes[0].change, "grew");
    assert.equal(document.changes[0].delta, 180);
    assert.equal(document.changes[0].frames[0].func, "main.(*Service).awaitReply");
  });
}

test("the leaked goroutines' parents (the workers, Go 1.21+) do not split their bucket", async () => {
  const crash = await crashOf(join(GO, "go1.26", "leak-late.all.txt"));
  const leaked = crash.buckets.filter((b) =>
    b.representative.frames.some((f) => f.func === "main.(*Service).awaitReply"),
  );
  assert.equal(leaked.length, 1);
  assert.equal(leaked[0]?.count, 200);
  assert.ok((leaked[0]?.creators.length ?? 0) > 1, "spawned by several workers");
  // Each creator is a worker, found in the workers' bucket.
  const workers = crash.buckets.find((b) =>
    b.representative.frames.some((f) => f.func === "main.(*Service).worker"),
  );
  for (const creator of leaked[0]?.creators ?? []) assert.equal(creator.bucket, workers?.rank);
});

test("diff: exit status 1 for a file with one dump, 2 without arguments", () => {
  const one = spawnSync(process.execPath, [MAIN, "diff", join(GO, "go1.26", "leak-late.all.txt")], {
    encoding: "utf8",
  });
  assert.equal(one.status, 1);
  assert.match(one.stderr, /two dumps/);
  const none = spawnSync(process.execPath, [MAIN, "diff"], { encoding: "utf8" });
  assert.equal(none.status, 2);
});
