// Bad input: files that are not Go binaries, truncated binaries and bit-flipped binaries must give
// one BinaryError that names what was wrong (and where), never another exception and never a hang.

import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { gunzipSync } from "node:zlib";
import { readBuildInfo } from "../../src/binary/buildinfo.js";
import { GoBinary } from "../../src/binary/gobinary.js";
import { openExecutable } from "../../src/binary/open.js";
import { BinaryError } from "../../src/bytes/decode-error.js";
import { BufferSource } from "../../src/bytes/source.js";
import { tempDir } from "../temp-dir.js";
import { rng } from "./sample.js";
import { build, requireToolchain, TESTDATA, type Toolchain } from "./toolchains.js";

const MESSAGE =
  /^(not a Go binary: .+|truncated .+ at offset 0x[0-9a-f]+|corrupt .+|unsupported: .+)$/;

/** Opens and exercises a binary; returns the error, if any. Fails on anything but a BinaryError. */
function exercise(bytes: Uint8Array): BinaryError | undefined {
  const started = Date.now();
  try {
    const bin = GoBinary.fromSource(new BufferSource(bytes));
    const tab = bin.pclntab;
    const next = rng(tab.nfunc);
    for (let i = 0; i < 300; i++) {
      const pc = tab.minPC + Math.floor(next() * (tab.maxPC - tab.minPC + 1));
      bin.frames(pc);
      bin.addr2line(pc);
    }
    bin.summary(tab.func(Math.floor(next() * tab.nfunc)));
    readBuildInfo(bin.exe);
    return undefined;
  } catch (e) {
    if (!(e instanceof BinaryError)) throw e;
    assert.match(e.message, MESSAGE);
    assert.doesNotMatch(e.message, /internal:/, e.message);
    return e;
  } finally {
    assert.ok(Date.now() - started < 5000, "took more than 5 s");
  }
}

const targets: { name: string; env?: Record<string, string>; ext?: string }[] = [
  { name: "ELF" },
  { name: "PE", env: { GOOS: "windows" }, ext: ".exe" },
  { name: "Mach-O", env: { GOOS: "darwin", GOARCH: "arm64" } },
];

function stripped(tc: Toolchain, env: Record<string, string>, ext: string): Uint8Array {
  return readFileSync(build({ dir: "prog", tc, env, flags: ["-ldflags=-s -w"], ext }));
}

describe("bad input gives one clear error", () => {
  test("files that are not Go binaries", () => {
    const dir = tempDir("panicscope-notgo-");
    const cases: [string, Uint8Array, RegExp][] = [
      ["empty", new Uint8Array(0), /^not a Go binary: file is 0 bytes/],
      [
        "text",
        Buffer.from("panic: oops\n\ngoroutine 1 [running]:\nmain.main()\n"),
        /^not a Go binary: unrecognized file format/,
      ],
      [
        "C program",
        readFileSync("/bin/true"),
        /^not a Go binary: no Go symbol table \(pclntab\) found/,
      ],
    ];
    for (const [name, bytes, re] of cases) {
      writeFileSync(join(dir, name), bytes);
      assert.throws(
        () => GoBinary.open(join(dir, name)),
        (e: unknown) => e instanceof BinaryError && re.test(e.message),
        name,
      );
    }
  });

  for (const target of targets) {
    test(`${target.name} truncated at 200 points`, (t) => {
      const tc = requireToolchain(t, "go");
      if (tc === undefined) return;
      const full = stripped(tc, target.env ?? {}, target.ext ?? "");
      const next = rng(42);
      const cuts = [1, 4, 16, 20, 52, 64, 100, 256, 4096];
      while (cuts.length < 200) cuts.push(Math.floor(next() * full.length));
      let errors = 0;
      let truncatedMessages = 0;
      for (const cut of cuts) {
        const e = exercise(full.subarray(0, cut));
        if (e !== undefined) errors++;
        if (e?.kind === "truncated") truncatedMessages++;
      }
      assert.ok(errors > 150, `${errors} of 200 truncations were noticed`);
      assert.ok(truncatedMessages > 0);
    });

    test(`${target.name} with 300 random bit flips (one at a time)`, (t) => {
      const tc = requireToolchain(t, "go");
      if (tc === undefined) return;
      const full = stripped(tc, target.env ?? {}, target.ext ?? "");
      const bin = GoBinary.fromSource(new BufferSource(full));
      const tabStart = bin.pclntab.fileOffset;
      const tabEnd = tabStart + Math.min(bin.pclntab.data.length, 1 << 20);
      const next = rng(7);
      for (let i = 0; i < 300; i++) {
        const copy = Uint8Array.from(full);
        // Half in the headers and the pclntab's first bytes, half anywhere in the table.
        const at =
          i % 2 === 0
            ? i % 4 === 0
              ? Math.floor(next() * 4096)
              : tabStart + Math.floor(next() * 512)
            : tabStart + Math.floor(next() * (tabEnd - tabStart));
        copy[at] = copy[at]! ^ (1 << Math.floor(next() * 8));
        exercise(copy);
      }
    });
  }

  test("older layouts (Go 1.15 fixture, Go 1.19) truncated and bit-flipped", (t) => {
    const old = requireToolchain(t, "go1.19");
    if (old === undefined) return;
    const inputs = [
      gunzipSync(readFileSync(join(TESTDATA, "go115", "go115.gz"))),
      readFileSync(build({ dir: "prog", tc: old, flags: ["-ldflags=-s -w"] })),
    ];
    for (const full of inputs) {
      const bin = GoBinary.fromSource(new BufferSource(full));
      const tabStart = bin.pclntab.fileOffset;
      const tabLen = Math.min(bin.pclntab.data.length, 1 << 20);
      const next = rng(11);
      for (let i = 0; i < 100; i++) exercise(full.subarray(0, Math.floor(next() * full.length)));
      for (let i = 0; i < 200; i++) {
        const copy = Uint8Array.from(full);
        const at =
          i % 2 === 0
            ? tabStart + Math.floor(next() * 512)
            : tabStart + Math.floor(next() * tabLen);
        copy[at] = copy[at]! ^ (1 << Math.floor(next() * 8));
        exercise(copy);
      }
    }
  });

  test("the error names the truncated structure and its offset", (t) => {
    const tc = requireToolchain(t, "go");
    if (tc === undefined) return;
    const full = stripped(tc, {}, "");
    assert.throws(
      () => openExecutable(new BufferSource(full.subarray(0, 40))),
      (e: unknown) =>
        e instanceof BinaryError && e.message === "truncated ELF header at offset 0x0",
    );
    const bin = GoBinary.fromSource(new BufferSource(full));
    const cut = bin.pclntab.fileOffset + 100;
    assert.throws(
      () => GoBinary.fromSource(new BufferSource(full.subarray(0, cut))),
      // The section headers sit at the end of a Go ELF file, so they are what is missing first.
      (e: unknown) =>
        e instanceof BinaryError &&
        /^truncated ELF section names at offset 0x[0-9a-f]+$/.test(e.message),
    );
  });
});

describe("sections renamed or removed", () => {
  for (const tcName of ["go", "go1.19"] as const) {
    test(`${tcName}: .gopclntab renamed, then every section header removed`, (t) => {
      const tc = requireToolchain(t, tcName);
      if (tc === undefined) return;
      const file = build({ dir: "prog", tc, flags: ["-ldflags=-s -w"] });
      const full = readFileSync(file);
      const ref = GoBinary.fromSource(new BufferSource(full));
      const pcs = [
        ref.funcByName("main.outer")!.entry + 5,
        ref.funcByName("main.callersOuter")!.entry + 9,
      ];
      const want = pcs.map((pc) =>
        JSON.stringify(ref.frames(pc).map((f) => [f.func, f.file, f.line])),
      );
      // Renamed: every occurrence of the name in the section name table.
      const renamed = Buffer.from(full);
      let at = renamed.indexOf(".gopclntab");
      assert.ok(at > 0);
      while (at > 0) {
        renamed.write(".xopclntab", at, "latin1");
        at = renamed.indexOf(".gopclntab", at + 1);
      }
      const r = GoBinary.fromSource(new BufferSource(renamed));
      assert.equal(r.pclntabSource, "scan");
      assert.deepEqual(
        pcs.map((pc) => JSON.stringify(r.frames(pc).map((f) => [f.func, f.file, f.line]))),
        want,
      );
      // Removed: e_shoff, e_shnum and e_shstrndx zeroed (as sstrip does).
      const removed = Buffer.from(full);
      removed.writeBigUInt64LE(0n, 40);
      removed.writeUInt16LE(0, 60);
      removed.writeUInt16LE(0, 62);
      const x = GoBinary.fromSource(new BufferSource(removed));
      assert.equal(x.exe.sections.length, 0);
      assert.equal(x.pclntabSource, "scan");
      assert.ok(x.moduledata !== undefined, "the moduledata confirms the table");
      assert.deepEqual(
        pcs.map((pc) => JSON.stringify(x.frames(pc).map((f) => [f.func, f.file, f.line]))),
        want,
      );
      assert.equal(x.goVersion, tc.version);
    });
  }
});
