// The Go release behind a crash, named by a path or read from format changes, on real reports.

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { analyzeFile } from "../../src/pipeline/analyze.js";

/** Whole minors `from` to `to` (null: open), as the guess holds them. */
function range(from: number | null, to: number | null) {
  const minor = (n: number | null) => (n === null ? null : { kind: "release", major: 1, minor: n });
  return { kind: "range", from: minor(from), to: minor(to) };
}

const REAL = join(import.meta.dirname, "..", "..", "..", "testdata", "real");

async function guess(name: string) {
  const analysis = await analyzeFile(join(REAL, name));
  return analysis.crashes[0]?.goVersion ?? null;
}

test("GOROOT paths name the release: Actions' hostedtoolcache, Homebrew, the go command's toolchains", async () => {
  assert.deepEqual(await guess("fnrun-136-test-timeout-go117-actions-line-links.txt"), {
    version: "go1.17.8",
    from: "path",
    value: { kind: "release", major: 1, minor: 17, patch: 8 },
  });
  assert.deepEqual(await guess("urlshort-10-http-panic-serving-go19-backticks.txt"), {
    version: "go1.9.2",
    from: "path",
    value: { kind: "release", major: 1, minor: 9, patch: 2 },
  });
  assert.deepEqual(await guess("tiproxy-1192-test-timeout-go125-no-blank-lines.txt"), {
    version: "go1.25.12",
    from: "path",
    value: { kind: "release", major: 1, minor: 25, patch: 12 },
  });
  assert.deepEqual(await guess("pathbrute-17-oom-header-without-frames-backticks.txt"), {
    version: "go1.13",
    from: "path",
    value: { kind: "release", major: 1, minor: 13 },
  });
});

test("standard-library line numbers tell the release, checked on reports outside the corpus", async () => {
  // The table comes from testdata/go; these reports are not in it. Their releases, as the
  // reporters' texts say (testdata/real/SOURCES.md): go1.22, go1.22, go1.19.
  assert.deepEqual(await guess("kubectl-1647-sigquit-go122-gp-header-trimpath.txt"), {
    version: "go1.22",
    from: "runtime-lines",
    value: { kind: "release", major: 1, minor: 22 },
  });
  assert.deepEqual(await guess("gdt-37-test-timeout-go122-spaces.txt"), {
    version: "go1.22",
    from: "runtime-lines",
    value: { kind: "release", major: 1, minor: 22 },
  });
  assert.deepEqual(await guess("tidb-39036-sync-fatal-go119-no-blank.txt"), {
    version: "go1.19",
    from: "runtime-lines",
    value: { kind: "release", major: 1, minor: 19 },
  });
});

test("[recovered, repanicked] means go1.25 or later (real/go-panikint-1)", async () => {
  assert.deepEqual(await guess("go-panikint-1-test-panic-repanicked-headline-only.txt"), {
    version: "go1.25+",
    from: "format",
    value: range(25, null),
  });
});

test("sync.fatal came in go1.19 (real/golang-67792)", async () => {
  assert.deepEqual(await guess("golang-67792-sync-fatal-then-panic.txt"), {
    version: "go1.19+",
    from: "format",
    value: range(19, null),
  });
});

test("old formats bound the release from above (real/ctop-279, real/moby-8973, real/go-python-31)", async () => {
  assert.deepEqual(await guess("ctop-279-recovered-repanic-go116-four-backticks.txt"), {
    version: "≤go1.16",
    from: "format",
    value: range(null, 16),
  });
  assert.deepEqual(
    await guess("moby-8973-docker-index-out-of-range-go13-runtime-panic-frame.txt"),
    {
      version: "≤go1.3",
      from: "format",
      value: range(null, 3),
    },
  );
  assert.deepEqual(await guess("go-python-31-cgo-signal-go14-gothrow-empty-filename.txt"), {
    version: "≤go1.4",
    from: "format",
    value: range(null, 4),
  });
});

test("no clue, no guess (real/zot-286: -trimpath paths, go1.17 arguments absent)", async () => {
  assert.equal(await guess("zot-286-test-timeout-trimpath-noindent.txt"), null);
});
