// DWARF compressed with zstd (ELF SHF_COMPRESSED, ch_type ELFCOMPRESS_ZSTD, as
// `objcopy --compress-debug-sections=zstd` writes it) reads like the zlib-compressed twin.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, test } from "node:test";
import { GoBinary } from "../../src/binary/gobinary.js";
import { build, requireToolchain } from "./toolchains.js";

function compressed(bin: string, how: "zlib" | "zstd"): string | undefined {
  const out = `${bin}.${how}`;
  if (existsSync(out)) return out;
  const r = spawnSync("objcopy", [`--compress-debug-sections=${how}`, bin, out]);
  return r.status === 0 ? out : undefined;
}

function variables(file: string): string[] {
  const bin = GoBinary.open(file);
  try {
    const d = bin.dwarf;
    assert.ok(d !== undefined, `${file}: DWARF`);
    const fn = d.subprogram("main.main");
    assert.ok(fn !== undefined, `${file}: main.main`);
    return d.variables(fn).map((v) => `${v.name} ${v.type === undefined ? "?" : d.name(v.type)}`);
  } finally {
    bin.close();
  }
}

describe("zstd-compressed DWARF", () => {
  test("reads like the zlib-compressed twin", (t) => {
    const tc = requireToolchain(t, "go");
    if (tc === undefined) return;
    const bin = build({ dir: "prog", tc });
    const zlib = compressed(bin, "zlib");
    const zstd = compressed(bin, "zstd");
    if (zlib === undefined || zstd === undefined) {
      t.skip("objcopy cannot compress debug sections with zstd here");
      return;
    }
    // The section really is zstd: Elf64_Chdr.ch_type 2 at the start of .debug_info.
    const exe = GoBinary.open(zstd);
    const info = exe.exe.sections.find((s) => s.name === ".debug_info");
    assert.ok(info?.compressed);
    assert.deepEqual([...exe.exe.source.read(info.offset, 4, "chdr")], [2, 0, 0, 0]);
    exe.close();
    const want = variables(zlib);
    assert.ok(want.length > 0);
    assert.deepEqual(variables(zstd), want);
  });
});
