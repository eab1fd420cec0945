// A column every line of a paste shares (src/input/shared-column.ts) names a source, on real
// reports: OpenWrt's logread stamp is no column (holdout-22/adguardhome-5872), its
// `daemon.err app[pid]: ` is, bare and inside container records whose lines decide it
// (holdout-22/immortalwrt-packages-194).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { Unwrapper } from "../../src/input/unwrap.js";
import { analyzeText } from "../../src/pipeline/analyze.js";
import { WRAPPERS, wrapText } from "../wrapped-real/wrappers.js";

const HOLDOUT = join(import.meta.dirname, "..", "..", "..", "testdata", "real", "holdout-22");

function report(name: string): string {
  return readFileSync(join(HOLDOUT, name), "utf8");
}

function streams(text: string): string[] {
  const out: string[] = [];
  const unwrapper = new Unwrapper((_line, _at, stream) => out.push(stream));
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  lines.forEach((line, i) => {
    unwrapper.push(line, i + 1);
  });
  unwrapper.end();
  return out;
}

async function crashes(text: string): Promise<unknown[]> {
  const doc = toDocument(await analyzeText(text), { goroutines: false });
  return doc.crashes.map((c) => [c.kind, c.category, c.message, c.goroutine, c.frame]);
}

test("a stamp the first lines share is no column: one learnt prefix's stream (adguardhome-5872)", async () => {
  const text = report(
    "adguardhome-5872-openwrt-logread-nested-timestamps-nil-deref-cut-at-goroutine-header.txt",
  );
  // The first seven lines share their second; the crash's four lines have another.
  const stream = "Fri Jun  9 03:56:57 2023 daemon.err AdGuardHome[27265]:";
  assert.deepEqual(streams(text), Array(11).fill(stream));
  const nilDeref = "runtime error: invalid memory address or nil pointer dereference";
  assert.deepEqual(await crashes(text), [["panic", "nil-deref", nilDeref, 772, null]]);
  // Behind stern's pod and container, the column is theirs alone.
  assert.deepEqual(await crashes(wrapText(text, WRAPPERS.stern)), [
    ["panic", "nil-deref", nilDeref, 772, null],
  ]);
});

test("a column inside container records is decided on their lines (immortalwrt-packages-194)", async () => {
  const text = report(
    "immortalwrt-packages-194-logread-daemon-err-custom-panic-qtls-init-go117.txt",
  );
  assert.deepEqual(streams(text), Array(5).fill("daemon.err AdGuardHome[6270]:"));
  assert.deepEqual(
    streams(wrapText(text, WRAPPERS.jsonFile)),
    Array(5).fill("stderr daemon.err AdGuardHome[6270]:"),
  );
  const crash = [
    "panic",
    "custom-panic",
    "qtls.CertificateRequestInfo doesn't match",
    1,
    {
      func: "github.com/marten-seemann/qtls-go1-16.init.0",
      file: "github.com/marten-seemann/qtls-go1-16@v0.1.3/unsafe.go",
      line: 17,
    },
  ];
  for (const name of ["jsonFile", "kubectl", "actions", "journald", "logcat", "shortIso"] as const)
    assert.deepEqual(await crashes(wrapText(text, WRAPPERS[name])), [crash], name);
});
