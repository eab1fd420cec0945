// Universal (fat) Mach-O files: two real darwin slices put together under a fat header, as lipo
// does (lipo itself is not on this machine). Each slice must read as its thin file does.

import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { formatGoVersionM } from "../../src/binary/buildinfo.js";
import { GoBinary } from "../../src/binary/gobinary.js";
import { addr2lineAnswer } from "../../src/binary/symbolize.js";
import { tempDir } from "../temp-dir.js";
import { samplePCs } from "./sample.js";
import { build, goVersionM, requireToolchain } from "./toolchains.js";

function fat(slices: { cpu: number; sub: number; bytes: Uint8Array }[]): Uint8Array {
  const align = 14;
  let offset = 1 << align;
  const header = Buffer.alloc(8 + 20 * slices.length);
  header.writeUInt32BE(0xcafebabe, 0);
  header.writeUInt32BE(slices.length, 4);
  const placed = slices.map((s, i) => {
    const at = offset;
    header.writeUInt32BE(s.cpu, 8 + i * 20);
    header.writeUInt32BE(s.sub, 12 + i * 20);
    header.writeUInt32BE(at, 16 + i * 20);
    header.writeUInt32BE(s.bytes.length, 20 + i * 20);
    header.writeUInt32BE(align, 24 + i * 20);
    offset = Math.ceil((at + s.bytes.length) / (1 << align)) * (1 << align);
    return at;
  });
  const out = Buffer.alloc(offset);
  header.copy(out, 0);
  slices.forEach((s, i) => {
    out.set(s.bytes, placed[i]!);
  });
  return out;
}

test("a universal darwin/amd64 + darwin/arm64 file reads slice by slice", (t) => {
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return;
  const amd64 = build({ dir: "prog", tc, env: { GOOS: "darwin", GOARCH: "amd64" } });
  const arm64 = build({ dir: "prog", tc, env: { GOOS: "darwin", GOARCH: "arm64" } });
  const file = join(tempDir("panicscope-fat-"), "prog");
  writeFileSync(
    file,
    fat([
      { cpu: 0x01000007, sub: 3, bytes: readFileSync(amd64) },
      { cpu: 0x0100000c, sub: 0, bytes: readFileSync(arm64) },
    ]),
  );
  for (const [arch, thin] of [
    ["amd64", amd64],
    ["arm64", arm64],
  ] as const) {
    const a = GoBinary.open(file, { arch });
    const b = GoBinary.open(thin);
    try {
      assert.equal(a.exe.arch, arch);
      const { pcs } = samplePCs(b, 1000, 5);
      for (const pc of pcs) {
        const x = `0x${pc.toString(16)}`;
        assert.equal(addr2lineAnswer(a, x), addr2lineAnswer(b, x));
      }
      assert.deepEqual(
        a.frames(b.funcByName("main.callersOuter")!.entry + 8),
        b.frames(b.funcByName("main.callersOuter")!.entry + 8),
      );
    } finally {
      a.close();
      b.close();
    }
  }
  // The first slice by default; build info as go version -m prints it for the universal file.
  const first = GoBinary.open(file);
  try {
    assert.equal(first.exe.arch, "amd64");
    assert.equal(formatGoVersionM(file, first.buildInfo!), goVersionM(tc, file));
  } finally {
    first.close();
  }
  assert.throws(
    () => GoBinary.open(file, { arch: "386" }),
    /not a Go binary: Mach-O universal file has no 386 slice \(has amd64, arm64\)/,
  );
});
