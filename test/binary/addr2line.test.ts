// Symbolization compared line by line with `go tool addr2line`, over a matrix of binaries built
// here by the machine's Go toolchains: formats, architectures, stripped, PIE, -trimpath, cgo.

import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { sectionByName } from "../../src/binary/exe.js";
import { GoBinary } from "../../src/binary/gobinary.js";
import { addr2lineAnswer } from "../../src/binary/symbolize.js";
import { hexLines, samplePCs } from "./sample.js";
import { build, DEBIAN_GO, goAddr2line, requireToolchain, type Toolchain } from "./toolchains.js";

type TC = "go" | "go1.19" | "go1.27";

interface Case {
  name: string;
  tc: TC;
  dir?: string;
  env?: Record<string, string>;
  flags?: string[];
  ext?: string;
  /** A cross compiler the build needs (scripts/debian-cross-gcc.sh): missing is a skip, in CI a failure. */
  cc?: string;
  /** How the reference answer is made; default: this toolchain's addr2line on this binary. */
  ref?: { twin: string } | { tool: TC } | "shift-text";
  layout: string;
}

const S = ["-ldflags=-s -w"];
const cases: Case[] = [
  { name: "go1.26 linux/amd64", tc: "go", layout: "go1.20" },
  { name: "go1.26 linux/amd64 stripped", tc: "go", flags: S, layout: "go1.20" },
  { name: "go1.26 linux/amd64 pie", tc: "go", flags: ["-buildmode=pie"], layout: "go1.20" },
  {
    name: "go1.26 linux/amd64 pie stripped",
    tc: "go",
    flags: ["-buildmode=pie", ...S],
    layout: "go1.20",
  },
  { name: "go1.26 linux/amd64 trimpath", tc: "go", flags: ["-trimpath"], layout: "go1.20" },
  {
    name: "go1.26 linux/amd64 cgo",
    tc: "go",
    dir: "cgo",
    env: { CGO_ENABLED: "1" },
    layout: "go1.20",
  },
  {
    name: "go1.26 linux/amd64 cgo pie stripped",
    tc: "go",
    dir: "cgo",
    env: { CGO_ENABLED: "1" },
    flags: ["-buildmode=pie", ...S],
    // The C linker puts C code before runtime.text. Without the runtime.text symbol, Go 1.26's
    // addr2line takes .text as the text start and is off by the difference, so it is asked
    // about pc − (runtime.text − .text).
    ref: "shift-text",
    layout: "go1.20",
  },
  {
    name: "go1.26 linux/amd64 c-shared",
    tc: "go",
    dir: "cgo",
    env: { CGO_ENABLED: "1" },
    flags: ["-buildmode=c-shared"],
    ext: ".so",
    layout: "go1.20",
  },
  { name: "go1.26 linux/arm64", tc: "go", env: { GOARCH: "arm64" }, layout: "go1.20" },
  {
    // GNU ld leaves other values than the relocations' addends in the moduledata's words: read
    // as the file holds them, the moduledata is not found and runtime.text is taken wrongly.
    name: "go1.26 linux/arm64 cgo pie stripped (linked by gcc)",
    tc: "go",
    dir: "cgo",
    env: { GOARCH: "arm64", CGO_ENABLED: "1" },
    cc: join(DEBIAN_GO, "cross-arm64/bin/aarch64-linux-gnu-gcc"),
    flags: ["-buildmode=pie", ...S],
    ref: "shift-text",
    layout: "go1.20",
  },
  {
    name: "go1.26 linux/arm64 stripped",
    tc: "go",
    env: { GOARCH: "arm64" },
    flags: S,
    layout: "go1.20",
  },
  { name: "go1.26 linux/386", tc: "go", env: { GOARCH: "386" }, layout: "go1.20" },
  { name: "go1.26 linux/ppc64 (big endian)", tc: "go", env: { GOARCH: "ppc64" }, layout: "go1.20" },
  {
    name: "go1.26 linux/mips (32-bit big endian)",
    tc: "go",
    env: { GOARCH: "mips" },
    layout: "go1.20",
  },
  {
    name: "go1.26 darwin/arm64",
    tc: "go",
    env: { GOOS: "darwin", GOARCH: "arm64" },
    layout: "go1.20",
  },
  {
    name: "go1.26 darwin/amd64 stripped",
    tc: "go",
    env: { GOOS: "darwin", GOARCH: "amd64" },
    flags: S,
    layout: "go1.20",
  },
  {
    name: "go1.26 windows/amd64",
    tc: "go",
    env: { GOOS: "windows" },
    ext: ".exe",
    layout: "go1.20",
  },
  {
    name: "go1.26 windows/amd64 stripped",
    tc: "go",
    env: { GOOS: "windows" },
    flags: S,
    ext: ".exe",
    ref: { twin: "go1.26 windows/amd64" },
    layout: "go1.20",
  },
  {
    name: "go1.26 windows/386",
    tc: "go",
    env: { GOOS: "windows", GOARCH: "386" },
    ext: ".exe",
    layout: "go1.20",
  },
  { name: "go1.19 linux/amd64", tc: "go1.19", layout: "go1.18" },
  { name: "go1.19 linux/amd64 stripped", tc: "go1.19", flags: S, layout: "go1.18" },
  // Go 1.19's addr2line answers "?" for PIE (it only looks for .gopclntab): ask Go 1.26's.
  {
    name: "go1.19 linux/amd64 pie stripped",
    tc: "go1.19",
    flags: ["-buildmode=pie", ...S],
    ref: { tool: "go" },
    layout: "go1.18",
  },
  {
    name: "go1.19 linux/amd64 cgo",
    tc: "go1.19",
    dir: "cgo",
    env: { CGO_ENABLED: "1" },
    layout: "go1.18",
  },
  {
    name: "go1.19 linux/arm64 stripped",
    tc: "go1.19",
    env: { GOARCH: "arm64" },
    flags: S,
    layout: "go1.18",
  },
  {
    name: "go1.19 windows/amd64",
    tc: "go1.19",
    env: { GOOS: "windows" },
    ext: ".exe",
    layout: "go1.18",
  },
  {
    name: "go1.19 windows/amd64 stripped",
    tc: "go1.19",
    env: { GOOS: "windows" },
    flags: S,
    ext: ".exe",
    ref: { twin: "go1.19 windows/amd64" },
    layout: "go1.18",
  },
  {
    name: "go1.19 darwin/amd64 stripped",
    tc: "go1.19",
    env: { GOOS: "darwin", GOARCH: "amd64" },
    flags: S,
    layout: "go1.18",
  },
  { name: "go1.27 linux/amd64", tc: "go1.27", layout: "go1.20" },
  {
    name: "go1.27 linux/amd64 pie stripped",
    tc: "go1.27",
    flags: ["-buildmode=pie", ...S],
    layout: "go1.20",
  },
  {
    name: "go1.27 windows/amd64",
    tc: "go1.27",
    env: { GOOS: "windows" },
    ext: ".exe",
    layout: "go1.20",
  },
  {
    name: "go1.27 windows/amd64 stripped",
    tc: "go1.27",
    env: { GOOS: "windows" },
    flags: S,
    ext: ".exe",
    ref: { twin: "go1.27 windows/amd64" },
    layout: "go1.20",
  },
  {
    name: "go1.27 darwin/arm64 stripped",
    tc: "go1.27",
    env: { GOOS: "darwin", GOARCH: "arm64" },
    flags: S,
    layout: "go1.20",
  },
];

const built = new Map<string, string>();

export function binaryFor(c: Case, tc: Toolchain): string {
  let p = built.get(c.name);
  if (p === undefined) {
    p = build({
      dir: c.dir ?? "prog",
      tc,
      env: { ...c.env, ...(c.cc === undefined ? {} : { CC: c.cc }) },
      flags: c.flags ?? [],
      ext: c.ext ?? "",
    });
    built.set(c.name, p);
  }
  return p;
}

describe("symbolization agrees with go tool addr2line", () => {
  for (const c of cases) {
    test(c.name, (t) => {
      const tc = requireToolchain(t, c.tc);
      if (tc === undefined) return;
      if (c.cc !== undefined && !existsSync(c.cc)) {
        const msg = `${c.cc} is missing (scripts/debian-cross-gcc.sh aarch64-linux-gnu arm64)`;
        if (process.env.CI) throw new Error(msg);
        t.skip(msg);
        return;
      }
      const file = binaryFor(c, tc);
      const bin = GoBinary.open(file);
      try {
        assert.equal(bin.layout, c.layout);
        const sample = samplePCs(bin);
        assert.ok(sample.pcs.length >= 1000, `${sample.pcs.length} PCs`);
        assert.ok(sample.inlined >= 50, `only ${sample.inlined} inlined PCs`);
        let refBin = file;
        let refTc = tc;
        let refPcs = sample.pcs;
        if (typeof c.ref === "object" && "twin" in c.ref) {
          const twin = cases.find((x) => x.name === (c.ref as { twin: string }).twin);
          assert.ok(twin);
          refBin = binaryFor(twin, tc);
        } else if (typeof c.ref === "object" && "tool" in c.ref) {
          const other = requireToolchain(t, c.ref.tool);
          if (other === undefined) return;
          refTc = other;
        } else if (c.ref === "shift-text") {
          const text = sectionByName(bin.exe, ".text");
          assert.ok(text);
          const delta = bin.pclntab.textStart - text.addr;
          assert.ok(delta > 0, "external linking puts C code before runtime.text");
          refPcs = sample.pcs.map((pc) => (pc >= delta ? pc - delta : pc));
        }
        const want = goAddr2line(refTc, refBin, hexLines(refPcs)).split("\n");
        const got = sample.pcs
          .map((pc) => addr2lineAnswer(bin, `0x${pc.toString(16)}`))
          .join("")
          .split("\n");
        assert.equal(got.length, want.length);
        let mismatches = 0;
        const shown: string[] = [];
        for (let i = 0; i < got.length; i += 2) {
          if (got[i] !== want[i] || got[i + 1] !== want[i + 1]) {
            mismatches++;
            if (shown.length < 5) {
              shown.push(
                `0x${sample.pcs[i / 2]!.toString(16)}: got ${got[i]} ${got[i + 1]}, want ${want[i]} ${want[i + 1]}`,
              );
            }
          }
        }
        assert.equal(mismatches, 0, shown.join("\n"));
      } finally {
        bin.close();
      }
    });
  }
});
