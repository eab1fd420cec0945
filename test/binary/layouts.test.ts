// Where each Go release keeps what we read (go:func.* in rodata up to 1.25, inside the pclntab
// from 1.26; moduledata.gofunc moved in 1.27), inline trees in every format and architecture,
// function summaries, and the laziness of decoding.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { GoBinary } from "../../src/binary/gobinary.js";
import { build, requireToolchain, TESTDATA } from "./toolchains.js";

type TC = "go" | "go1.19" | "go1.27";
const S = "-ldflags=-s -w";
const source = readFileSync(join(TESTDATA, "prog/main.go"), "utf8").split("\n");
const lineOf = (text: string) => source.indexOf(text) + 1;

describe("go:func.* and moduledata per release", () => {
  const cases: { tc: TC; inTable: boolean; word: number }[] = [
    { tc: "go1.19", inTable: false, word: 38 },
    { tc: "go", inTable: true, word: 40 },
    { tc: "go1.27", inTable: true, word: 43 },
  ];
  for (const c of cases) {
    test(`${c.tc}: gofunc ${c.inTable ? "inside" : "outside"} the pclntab, moduledata word ${c.word}`, (t) => {
      const tc = requireToolchain(t, c.tc);
      if (tc === undefined) return;
      const bin = GoBinary.open(build({ dir: "prog", tc, flags: [S] }));
      try {
        const g = bin.gofunc;
        assert.ok(g !== undefined);
        const tab = bin.pclntab;
        assert.equal(g >= tab.addr && g < tab.addr + tab.data.length, c.inTable);
        assert.ok(bin.moduledata);
        assert.equal(bin.moduledata.word(c.word), g);
        assert.equal(bin.moduledata.text, tab.textStart);
        // Go 1.26 stopped filling the header's textStart.
        assert.equal(tab.headerTextStart === 0, c.tc !== "go1.19");
      } finally {
        bin.close();
      }
    });
  }
});

describe("inline trees in every format and architecture", () => {
  const cases: { name: string; tc: TC; env?: Record<string, string>; ext?: string }[] = [
    { name: "go1.26 windows/amd64", tc: "go", env: { GOOS: "windows" }, ext: ".exe" },
    { name: "go1.26 windows/386", tc: "go", env: { GOOS: "windows", GOARCH: "386" }, ext: ".exe" },
    { name: "go1.26 darwin/arm64", tc: "go", env: { GOOS: "darwin", GOARCH: "arm64" } },
    { name: "go1.26 darwin/amd64", tc: "go", env: { GOOS: "darwin", GOARCH: "amd64" } },
    { name: "go1.26 linux/arm64", tc: "go", env: { GOARCH: "arm64" } },
    { name: "go1.26 linux/ppc64", tc: "go", env: { GOARCH: "ppc64" } },
    { name: "go1.26 linux/mips", tc: "go", env: { GOARCH: "mips" } },
    { name: "go1.19 windows/amd64", tc: "go1.19", env: { GOOS: "windows" }, ext: ".exe" },
    { name: "go1.19 darwin/amd64", tc: "go1.19", env: { GOOS: "darwin", GOARCH: "amd64" } },
    { name: "go1.19 linux/arm64", tc: "go1.19", env: { GOARCH: "arm64" } },
    { name: "go1.27 windows/amd64", tc: "go1.27", env: { GOOS: "windows" }, ext: ".exe" },
    { name: "go1.27 darwin/arm64", tc: "go1.27", env: { GOOS: "darwin", GOARCH: "arm64" } },
  ];
  for (const c of cases) {
    test(`${c.name} stripped: main.inlinedCapture inside main.callersOuter`, (t) => {
      const tc = requireToolchain(t, c.tc);
      if (tc === undefined) return;
      const bin = GoBinary.open(
        build({ dir: "prog", tc, env: c.env ?? {}, flags: [S], ext: c.ext ?? "" }),
      );
      try {
        const f = bin.funcByName("main.callersOuter");
        assert.ok(f);
        const seen = new Set<string>();
        for (let pc = f.entry; pc < f.end; pc++) {
          seen.add(
            bin
              .frames(pc)
              .map((x) => `${x.func}${x.inlined ? "(...)" : ""}:${x.line}`)
              .join(" "),
          );
        }
        const call = `main.inlinedCapture(...):${lineOf("\treturn capture()")} main.callersOuter:${lineOf("\treturn inlinedCapture()")}`;
        assert.ok(seen.has(call), [...seen].join("\n"));
      } finally {
        bin.close();
      }
    });
  }
});

describe("functions", () => {
  test("entry, end, file and line range; tables decoded only for the functions looked at", (t) => {
    const tc = requireToolchain(t, "go");
    if (tc === undefined) return;
    const bin = GoBinary.open(build({ dir: "prog", tc, flags: [S, "-trimpath"] }));
    try {
      bin.addr2line(bin.funcByName("main.outer")!.entry);
      const outer = bin.funcByName("main.outer")!;
      const s = bin.summary(outer);
      assert.equal(s.file, "example.com/prog/main.go");
      assert.equal(s.startLine, lineOf("func outer(s string) int {"));
      assert.equal(s.endLine, lineOf("\treturn middle(s) * 3"));
      assert.equal(bin.findFunc(s.end - 1), outer);
      assert.notEqual(bin.findFunc(s.end), outer);
      assert.equal(bin.findFunc(s.entry), outer);
      // funcByName decodes every record (names), but pc-value tables stay undecoded until asked.
      assert.equal(bin.pclntab.cachedFuncs, bin.pclntab.nfunc);
      const fresh = GoBinary.open(build({ dir: "prog", tc, flags: [S, "-trimpath"] }));
      fresh.addr2line(outer.entry + 4);
      assert.ok(
        fresh.pclntab.cachedFuncs <= 2,
        `${fresh.pclntab.cachedFuncs} records decoded for one lookup`,
      );
      fresh.close();
    } finally {
      bin.close();
    }
  });
});
