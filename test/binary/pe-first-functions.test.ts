// A stripped PE file has no runtime.pclntab symbol: the table is found by a scan that checks
// the first functions before the text address is known. Those functions must still resolve
// as `go tool addr2line` resolves them on the unstripped twin (they once kept entry 0, so a PC
// just past the start of .text printed `:-1` with an offset equal to the whole address).

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { GoBinary } from "../../src/binary/gobinary.js";
import { build, goAddr2line, requireToolchain } from "./toolchains.js";

describe("stripped PE: the first functions of the table", () => {
  test("resolve like go tool addr2line on the unstripped twin", (t) => {
    const tc = requireToolchain(t, "go");
    if (tc === undefined) return;
    const env = { GOOS: "windows", GOARCH: "amd64" };
    const full = build({ dir: "prog", tc, env, ext: ".exe" });
    const stripped = build({ dir: "prog", tc, env, flags: ["-ldflags=-s -w"], ext: ".exe" });
    const bin = GoBinary.open(stripped);
    try {
      const pcs: number[] = [];
      for (let i = 0; i < 24; i++) pcs.push(bin.pclntab.func(i).entry + 1);
      const want = goAddr2line(tc, full, pcs.map((pc) => `0x${pc.toString(16)}\n`).join(""))
        .trimEnd()
        .split("\n");
      const got = pcs.flatMap((pc) => {
        const a = bin.addr2line(pc);
        return a === undefined ? ["?", "?:0"] : [a.func, `${a.file}:${a.line}`];
      });
      assert.deepEqual(got, want);
      assert.equal(bin.pclntab.func(0).entry, bin.pclntab.minPC);
    } finally {
      bin.close();
    }
  });
});
