// The Go version as one typed value: releases parsed from real version strings, Go's own order,
// ranges, containment, and the exact text the analysis document prints.

import assert from "node:assert/strict";
import { test } from "node:test";
import {
  compareGoReleases,
  formatGoRelease,
  type GoRelease,
  goRelease,
  parseGoRelease,
} from "../../src/goversion/release.js";
import {
  formatGoVersion,
  goMinorRange,
  goVersionContains,
  goVersionsOverlap,
} from "../../src/goversion/version.js";

const go = (text: string): GoRelease => {
  const r = parseGoRelease(text);
  assert.ok(r !== null, text);
  return r;
};

test("parse: version strings as Go printed them", () => {
  const table: [string, string, GoRelease | null][] = [
    // `go env GOVERSION` of the toolchains the binary tests use (test/binary/toolchains.ts).
    ["go1.26.8", "machine's Go", { kind: "release", major: 1, minor: 26, patch: 8 }],
    ["go1.19.8", "Debian's Go 1.19", { kind: "release", major: 1, minor: 19, patch: 8 }],
    ["go1.27.3", "Debian sid's Go", { kind: "release", major: 1, minor: 27, patch: 3 }],
    // Build info: testdata/binary/go115/version-m.txt; Go's debug/buildinfo testdata go117.
    ["go1.15.15", "go115 build info", { kind: "release", major: 1, minor: 15, patch: 15 }],
    ["go1.17", "go117 build info", { kind: "release", major: 1, minor: 17 }],
    // testdata/real/SOURCES.md: golang/go#11710 was reported against go1.5beta1.
    [
      "go1.5beta1",
      "pre-release",
      { kind: "release", major: 1, minor: 5, prerelease: { kind: "beta", number: 1 } },
    ],
    // `gotip version` in github.com/icio/go-get-panic's README (a public report).
    [
      "devel go1.20-e09bbae Sat Oct 29 04:48:07 2022 +0000",
      "devel build",
      { kind: "release", major: 1, minor: 20, devel: true },
    ],
    // From Go's go/version tests (src/go/version/version_test.go).
    [
      "go1.21rc2",
      "rc",
      { kind: "release", major: 1, minor: 21, prerelease: { kind: "rc", number: 2 } },
    ],
    ["go1.20.0-bigcorp", "vendor suffix", { kind: "release", major: 1, minor: 20, patch: 0 }],
    [
      "go1.999testmod",
      "any lower-case pre-release",
      { kind: "release", major: 1, minor: 999, prerelease: { kind: "testmod" } },
    ],
    ["go1", "no minor", null],
    ["1.2.3", "no go prefix", null],
    ["go1.02", "leading zero", null],
    ["go1.2.3rc1", "pre-release of a patch", null],
    ["devel +8d4ad2e Wed Dec 3 10:00:00 2014", "devel without a minor", null],
    ["", "empty", null],
  ];
  for (const [text, what, want] of table) assert.deepEqual(parseGoRelease(text), want, what);
});

test("format: a release is printed as Go spells it", () => {
  for (const text of ["go1.26.8", "go1.17", "go1.5beta1", "go1.21rc2", "go1.999testmod"])
    assert.equal(formatGoRelease(go(text)), text);
  assert.equal(
    formatGoRelease(go("devel go1.20-e09bbae Sat Oct 29 04:48:07 2022 +0000")),
    "devel go1.20",
  );
  assert.equal(formatGoRelease(go("go1.20.0-bigcorp")), "go1.20.0");
  assert.equal(formatGoRelease(goRelease(1, 22, 1)), "go1.22.1");
});

test("compare: Go's order (go/version's compare tests)", () => {
  const less: [string, string][] = [
    ["go1.5", "go1.6"],
    ["go1.5", "go1.10"],
    ["go1.6", "go1.6.1"],
    ["go1.19rc1", "go1.19"],
    ["go1.20rc1", "go1.20"],
    ["go1.21", "go1.21.0"],
    ["go1.21", "go1.21rc1"],
    ["go1.21rc1", "go1.21.0"],
    ["go1.19rc1", "go1.19rc2"],
    ["go1.19.0", "go1.19.1"],
    ["go1.19alpha3", "go1.19beta2"],
    ["go1.19beta2", "go1.19rc1"],
  ];
  for (const [a, b] of less) {
    assert.ok(compareGoReleases(go(a), go(b)) < 0, `${a} < ${b}`);
    assert.ok(compareGoReleases(go(b), go(a)) > 0, `${b} > ${a}`);
  }
  assert.equal(compareGoReleases(go("go1.19"), go("go1.19.0")), 0);
  assert.equal(compareGoReleases(go("go1.20"), go("go1.20.0-bigcorp")), 0);
});

test("ranges print as the analysis document has always printed them", () => {
  const table: [ReturnType<typeof goMinorRange>, string | null][] = [
    [goMinorRange(22, 22), "go1.22"],
    [goMinorRange(25, null), "go1.25+"],
    [goMinorRange(26, null, 26), "go1.26+"],
    [goMinorRange(21, null, 26), "go1.21–go1.26+"],
    [goMinorRange(19, 23), "go1.19–go1.23"],
    [goMinorRange(null, 16), "≤go1.16"],
    [goMinorRange(null, null), null],
  ];
  for (const [value, text] of table)
    assert.equal(value === null ? null : formatGoVersion(value), text);
  assert.deepEqual(goMinorRange(22, 22), { kind: "release", major: 1, minor: 22 });
  assert.deepEqual(goMinorRange(21, null, 26), {
    kind: "range",
    from: { kind: "release", major: 1, minor: 21 },
    to: null,
    newestKnown: { kind: "release", major: 1, minor: 26 },
  });
});

test("contains: what a trace tells against the release a binary's build info names", () => {
  const table: [string, ReturnType<typeof goMinorRange> | GoRelease, string, boolean][] = [
    ["minor fits its patches", go("go1.19"), "go1.19.8", true],
    ["and its pre-releases", go("go1.19"), "go1.19rc1", true],
    ["patch release", go("go1.19.3"), "go1.19.3", true],
    ["another patch", go("go1.19.3"), "go1.19.8", false],
    ["a pre-release is not the patch", go("go1.19.3"), "go1.19rc1", false],
    ["a binary naming only the minor", go("go1.19.3"), "go1.19", true],
    ["another minor", go("go1.26"), "go1.19.8", false],
    ["open above", goMinorRange(22, null), "go1.27.3", true],
    ["open above, too old", goMinorRange(22, null), "go1.21.13", false],
    ["newest known is not a bound", goMinorRange(21, null, 26), "go1.27.3", true],
    ["closed range, last minor", goMinorRange(19, 23), "go1.23.5", true],
    ["closed range, past it", goMinorRange(19, 23), "go1.24.0", false],
    ["open below", goMinorRange(null, 16), "go1.15.15", true],
    ["open below, too new", goMinorRange(null, 16), "go1.17", false],
  ];
  for (const [what, version, binary, want] of table) {
    assert.ok(version !== null);
    assert.equal(goVersionContains(version, go(binary)), want, what);
  }
});

test("overlap: a mechanism note's releases against a crash's", () => {
  const note = { kind: "range", from: go("go1.14"), to: go("go1.20") } as const;
  assert.equal(goVersionsOverlap(note, go("go1.20.3")), true);
  assert.equal(goVersionsOverlap(note, go("go1.21")), false);
  assert.equal(goVersionsOverlap(note, goMinorRange(null, 13) ?? go("go1.0")), false);
  assert.equal(goVersionsOverlap(note, goMinorRange(null, 14) ?? go("go1.0")), true);
  assert.equal(goVersionsOverlap(note, goMinorRange(21, null, 26) ?? go("go1.0")), false);
  assert.equal(goVersionsOverlap({ kind: "range", from: null, to: null }, go("go1.2")), true);
});
