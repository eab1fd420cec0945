// Executables as AddressSpaces: the bytes read at a virtual address are the bytes Go's own tools
// (go tool objdump, go tool nm) and binutils' readelf show there, in every format; .bss reads as null.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { describe, test } from "node:test";
import type { Executable } from "../../src/binary/exe.js";
import { openExecutable } from "../../src/binary/open.js";
import { FileSource } from "../../src/bytes/source.js";
import { build, goEnv, requireToolchain, type Toolchain } from "./toolchains.js";

/**
 * `go tool objdump -s ^func$`: the function's address and its bytes in memory order. objdump prints
 * x86 code as bytes and other code as 32-bit words in the target's byte order
 * (cmd/internal/disasm/disasm.go, Go 1.26): such words are put back into memory order here.
 */
function objdumpBytes(tc: Toolchain, bin: string, func: string, exe: Executable) {
  const pattern = `^${func.replaceAll(".", "\\.")}$`;
  const text = execFileSync(tc.go, ["tool", "objdump", "-s", pattern, bin], {
    env: goEnv({}),
    encoding: "utf8",
  });
  const bytewise = exe.arch === "386" || exe.arch === "amd64";
  let addr = -1;
  let hex = "";
  // "  main.go:49\t\t0x4da1e0\t\t493b6610\t\tCMPQ SP, 0x10(R14)"
  for (const line of text.split("\n")) {
    const cols = line.split("\t").filter((c) => c !== "");
    if (cols.length < 3 || !cols[1]!.startsWith("0x")) continue;
    if (addr < 0) addr = Number.parseInt(cols[1]!, 16);
    for (const word of cols[2]!.trim().split(" ")) {
      const swap = !bytewise && exe.littleEndian;
      hex += swap ? word.match(/../g)!.reverse().join("") : word;
    }
  }
  return { addr, hex };
}

/** `go tool nm`: the address of a symbol. */
function nmAddr(tc: Toolchain, bin: string, name: string): number {
  const text = execFileSync(tc.go, ["tool", "nm", bin], { env: goEnv({}), encoding: "utf8" });
  for (const line of text.split("\n")) {
    const cols = line.trim().split(/\s+/);
    if (cols.length === 3 && cols[2] === name) return Number.parseInt(cols[0]!, 16);
  }
  throw new Error(`go tool nm: no ${name}`);
}

/** `readelf -x SECTION`: the section's address and bytes. */
function readelfBytes(bin: string, section: string): { addr: number; hex: string } {
  const text = execFileSync("readelf", ["-x", section, bin], { encoding: "utf8" });
  let addr = -1;
  let hex = "";
  // "  0x005e6000 ff20476f 20627569 6c64696e 663a0802 . Go buildinf:.."
  for (const line of text.split("\n")) {
    const m = /^\s+0x([0-9a-f]+) ((?:[0-9a-f]{2,8} ){1,4})/.exec(line);
    if (m === null) continue;
    if (addr < 0) addr = Number.parseInt(m[1]!, 16);
    hex += m[2]!.replaceAll(" ", "");
  }
  return { addr, hex };
}

const toHex = (b: Uint8Array | null) => (b === null ? null : Buffer.from(b).toString("hex"));

function open(bin: string): Executable {
  return openExecutable(new FileSource(bin));
}

describe("an executable is an AddressSpace over what its file holds", () => {
  // The builds addr2line.test.ts makes too (same toolchain, flags and environment: cached once).
  const cases: { name: string; env: Record<string, string>; ext?: string; elf?: boolean }[] = [
    { name: "ELF linux/amd64", env: {}, elf: true },
    { name: "ELF linux/386", env: { GOARCH: "386" }, elf: true },
    { name: "ELF linux/ppc64 (big endian)", env: { GOARCH: "ppc64" }, elf: true },
    { name: "Mach-O darwin/arm64", env: { GOOS: "darwin", GOARCH: "arm64" } },
    { name: "PE windows/amd64", env: { GOOS: "windows" }, ext: ".exe" },
    { name: "PE windows/386", env: { GOOS: "windows", GOARCH: "386" }, ext: ".exe" },
  ];
  for (const c of cases) {
    test(`${c.name}: main.outer's code as objdump shows it, main.sink (bss) as null`, (t) => {
      const tc = requireToolchain(t, "go");
      if (tc === undefined) return;
      const bin = build({ dir: "prog", tc, env: c.env, ext: c.ext ?? "" });
      const exe = open(bin);
      try {
        const code = objdumpBytes(tc, bin, "main.outer", exe);
        assert.ok(code.hex.length >= 32, code.hex);
        assert.equal(exe.symbol("main.outer"), code.addr);
        assert.equal(toHex(exe.read(code.addr, code.hex.length / 2)), code.hex);
        // A read that starts inside the function sees the same bytes from there on.
        assert.equal(toHex(exe.read(code.addr + 3, 8)), code.hex.slice(6, 22));

        const sink = nmAddr(tc, bin, "main.sink");
        assert.equal(exe.read(sink, exe.ptrSize), null);
        assert.equal(exe.read(0, 1), null);
        if (c.elf === true) {
          const info = readelfBytes(bin, ".go.buildinfo");
          assert.ok(info.hex.startsWith("ff20476f206275696c64696e663a"), info.hex.slice(0, 40));
          assert.equal(toHex(exe.read(info.addr, info.hex.length / 2)), info.hex);
        }
      } finally {
        exe.source.close();
      }
    });
  }
});
