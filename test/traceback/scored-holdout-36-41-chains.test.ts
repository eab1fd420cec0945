// The chains, headlines and frames of holdouts 36–41 that the first scoring run read wrong, each
// read whole through the pipeline, with the exact values a person reads off it (their
// expectations hold the rest). Each test names the shape of real logs the fix reads, not the report.

import assert from "node:assert/strict";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";
import { readReal as read } from "./read-real.js";

/** The chain of the first crash of testdata/real/`path`, as the document gives it. */
async function panicsOf(path: string): Promise<unknown[]> {
  const file = join(import.meta.dirname, "..", "..", "..", "testdata", "real", path);
  const doc = toDocument(await analyzeFile(file), { goroutines: false });
  return doc.crashes[0]?.panics ?? [];
}

test("go1.5 chain whose last link is a new value (a logger's panic), no `panic(…)` frame: the top frame raised it (holdout-41/rexray-245, rexray-179)", async () => {
  const vendored = "github.com/emccode/rexray/vendor/github.com/Sirupsen/logrus";
  assert.deepEqual(
    await read(
      "holdout-41/rexray-245-pani-logrus-line-three-panic-chain-logrus-entry-value-go15-cut.txt",
    ),
    [
      [
        "panic",
        "nil-deref",
        "(*logrus.Entry) (0x1565880,0xc82043e880)",
        1,
        `${vendored}.Entry.log`,
        `/home/travis/gopath/src/${vendored}/entry.go`,
        113,
      ],
    ],
  );
  assert.deepEqual(
    await read(
      "holdout-41/rexray-179-prompt-yaml-output-pani-interface-conversion-nil-three-panic-chain-go15-cut.txt",
    ),
    [
      [
        "panic",
        "type-assertion",
        "(*logrus.Entry) (0xa75780,0xc82019de80)",
        1,
        "github.com/Sirupsen/logrus.Entry.log",
        "/home/travis/gopath/src/github.com/Sirupsen/logrus/entry.go",
        113,
      ],
    ],
  );
});

test("a stray character typed after a link's ` [recovered]`, a nested link under it: the link is recovered, without the character (holdout-37/k6-825)", async () => {
  const nilDeref = "runtime error: invalid memory address or nil pointer dereference";
  const panics = await panicsOf(
    "holdout-37/k6-825-seven-level-panic-at-chain-recovered-s-glitch-signal-only-cut.txt",
  );
  assert.deepEqual(panics[0], { value: nilDeref, recovered: true, repanicked: false });
  assert.equal(panics.length, 7);
  assert.deepEqual(
    await read(
      "holdout-37/k6-825-seven-level-panic-at-chain-recovered-s-glitch-signal-only-cut.txt",
    ),
    [
      [
        "panic",
        "nil-deref",
        `Panic at 7: Panic at 7: Panic at 0: ${nilDeref}`,
        null,
        null,
        null,
        null,
      ],
    ],
  );
});

test("a chain's second link flush left in a paste that lost every tab, a deferred call above `panic(…)`: two links, not a doubled headline (holdout-39/resty-1014)", async () => {
  const path = "holdout-39/resty-1014-lost-indentation-two-panic-headlines-gzip-v3-beta-cut.txt";
  const nilDeref = "runtime error: invalid memory address or nil pointer dereference";
  const link = { value: nilDeref, recovered: false, repanicked: false };
  assert.deepEqual(await panicsOf(path), [link, link]);
  assert.deepEqual(await read(path), [
    [
      "panic",
      "nil-deref",
      nilDeref,
      104,
      "compress/flate.(*decompressor).huffSym",
      "/usr/local/go/src/compress/flate/inflate.go",
      720,
    ],
  ]);
});

test("net/http's go1.5 recovering call whose `(*conn)` markdown italics turned into `(_conn)`: the site is the frame below it (holdout-41/docker-volumes-nfs-2)", async () => {
  assert.deepEqual(
    await read(
      "holdout-41/docker-volumes-nfs-2-unfenced-http-panic-serving-markdown-italics-ate-stars-no-panic-frame-go15-cut.txt",
    ),
    [
      [
        "panic",
        "nil-deref",
        "runtime error: invalid memory address or nil pointer dereference",
        12,
        "main.nfsDriver.Unmount",
        "/go/src/app/main.go",
        76,
      ],
    ],
  );
});
