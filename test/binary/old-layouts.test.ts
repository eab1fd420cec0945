// The two older pclntab layouts, from real binaries:
// - 0xfffffffb (Go 1.2–1.15): testdata/binary/go115, built by Debian's Go 1.15 from our own source,
//   with what Go 1.15 itself printed about it (addr2line, version -m, CallersFrames, a traceback).
// - 0xfffffffa (Go 1.16–1.17): the Go 1.17 binary the Go distribution ships as test data of
//   debug/buildinfo (GOROOT/src/debug/buildinfo/testdata/go117). No Go 1.16/1.17 toolchain can be had
//   here (Debian's bullseye-backports, which had them, is no longer served), so its inlined frames are
//   checked for consistency (names, nesting, call sites inside the function), not against a runtime.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { gunzipSync } from "node:zlib";
import { formatGoVersionM } from "../../src/binary/buildinfo.js";
import { checkBinaryMatches, pcFrame, symbolizeFrames } from "../../src/binary/frames.js";
import { GoBinary } from "../../src/binary/gobinary.js";
import { addr2lineAnswer } from "../../src/binary/symbolize.js";
import { goRelease } from "../../src/goversion/release.js";
import type { Frame } from "../../src/model.js";
import { tempDir } from "../temp-dir.js";
import { hexLines, samplePCs } from "./sample.js";
import { goAddr2line, goEnv, requireToolchain, TESTDATA } from "./toolchains.js";
import { crashOf, goroutineBlocks } from "./trace-text.js";

const dir = join(TESTDATA, "go115");
const tmp = tempDir("panicscope-old-");
const go115 = join(tmp, "go115");
writeFileSync(go115, gunzipSync(readFileSync(join(dir, "go115.gz"))));

describe("Go 1.15 (pclntab 0xfffffffb)", () => {
  test("layout and every PC of pcs.txt as Go 1.15's addr2line printed it", () => {
    const bin = GoBinary.open(go115);
    try {
      assert.equal(bin.layout, "go1.2");
      assert.equal(bin.goVersion, "go1.15.15");
      const pcs = readFileSync(join(dir, "pcs.txt"), "utf8").trim().split("\n");
      assert.ok(pcs.length >= 1000);
      const want = readFileSync(join(dir, "addr2line.txt"), "utf8");
      assert.equal(pcs.map((pc) => addr2lineAnswer(bin, pc)).join(""), want);
    } finally {
      bin.close();
    }
  });

  test("build info as Go 1.15's go version -m printed it", () => {
    const bin = GoBinary.open(go115);
    try {
      assert.ok(bin.buildInfo);
      assert.equal(
        formatGoVersionM("go115", bin.buildInfo),
        readFileSync(join(dir, "version-m.txt"), "utf8"),
      );
    } finally {
      bin.close();
    }
  });

  test("runtime.CallersFrames of the binary's own inlined stack", () => {
    const text = readFileSync(join(dir, "callers.txt"), "utf8").split("\n");
    const pcs = text.filter((l) => l.startsWith("pc\t")).map((l) => l.slice(3));
    const want = text
      .filter((l) => l.startsWith("frame\t"))
      .map((l) => l.split("\t").slice(2).join(" "));
    const bin = GoBinary.open(go115);
    try {
      const frames = pcs.map((pc) => pcFrame(pc));
      const got = symbolizeFrames(frames, bin, { kind: "return" }).map(
        (f) => `${f.func} ${f.file} ${f.line}`,
      );
      assert.deepEqual(got, want);
      assert.ok(want.includes("main.inlinedCapture example.com/go115/main.go 37"));
    } finally {
      bin.close();
    }
  });

  test("its GOTRACEBACK=crash traceback, symbolized back from the PCs", () => {
    const blocks = goroutineBlocks(readFileSync(join(dir, "panic.txt"), "utf8"));
    const bin = GoBinary.open(go115);
    try {
      const m = checkBinaryMatches(crashOf(blocks, goRelease(1, 15)), bin);
      assert.equal(m.mismatchCount, 0, m.mismatches.join("\n"));
      assert.equal(m.matches, true);
      const main = blocks[0]!;
      const pcOnly: Frame[] = main.frames
        .filter((f) => !f.inlined)
        .map((f) => ({ ...f, func: "", file: "", line: 0 }));
      const got = symbolizeFrames(pcOnly, bin).map(
        (f) => `${f.func}${f.inlined ? "(...)" : ""} ${f.file}:${f.line}`,
      );
      assert.deepEqual(got, [
        "panic runtime/panic.go:1064",
        "main.leaf(...) example.com/go115/main.go:16",
        "main.middle(...) example.com/go115/main.go:22",
        "main.outer example.com/go115/main.go:27",
        "main.main example.com/go115/main.go:63",
        "runtime.main runtime/proc.go:204",
        "runtime.goexit runtime/asm_amd64.s:1374",
      ]);
    } finally {
      bin.close();
    }
  });

  test("Go 1.26's addr2line agrees on a fresh sample", (t) => {
    const tc = requireToolchain(t, "go");
    if (tc === undefined) return;
    const bin = GoBinary.open(go115);
    try {
      const { pcs } = samplePCs(bin, 1200, 7);
      const want = goAddr2line(tc, go115, hexLines(pcs));
      assert.equal(pcs.map((pc) => addr2lineAnswer(bin, `0x${pc.toString(16)}`)).join(""), want);
    } finally {
      bin.close();
    }
  });
});

function goroot(): string {
  return execFileSync("go", ["env", "GOROOT"], { env: goEnv({}), encoding: "utf8" }).trim();
}

describe("Go 1.17 (pclntab 0xfffffffa)", () => {
  const b64 = () => join(goroot(), "src/debug/buildinfo/testdata/go117/go117.base64");
  const file = join(tmp, "go117");
  const load = (t: { skip(m: string): void }): boolean => {
    if (requireToolchain(t, "go") === undefined) return false;
    if (!existsSync(b64())) {
      if (process.env.CI) throw new Error(`${b64()} is missing`);
      t.skip("this Go distribution has no go117 test binary");
      return false;
    }
    if (!existsSync(file)) writeFileSync(file, Buffer.from(readFileSync(b64(), "utf8"), "base64"));
    return true;
  };

  test("addr2line and go version -m agree", (t) => {
    if (!load(t)) return;
    const tc = requireToolchain(t, "go")!;
    const bin = GoBinary.open(file);
    try {
      assert.equal(bin.layout, "go1.16");
      assert.equal(bin.goVersion, "go1.17");
      const { pcs, inlined } = samplePCs(bin, 1200, 3);
      assert.ok(pcs.length >= 1000 && inlined >= 100);
      const want = goAddr2line(tc, file, hexLines(pcs));
      assert.equal(pcs.map((pc) => addr2lineAnswer(bin, `0x${pc.toString(16)}`)).join(""), want);
      const vm = execFileSync(tc.go, ["version", "-m", "go117"], {
        cwd: tmp,
        env: goEnv({}),
        encoding: "utf8",
      });
      assert.equal(formatGoVersionM("go117", bin.buildInfo!), vm);
    } finally {
      bin.close();
    }
  });

  test("inlined frames are consistent", (t) => {
    if (!load(t)) return;
    const bin = GoBinary.open(file);
    try {
      const { pcs } = samplePCs(bin, 1200, 3);
      let expanded = 0;
      for (const pc of pcs) {
        const frames = bin.frames(pc);
        if (frames.length < 2) continue;
        expanded++;
        const physical = frames.at(-1)!;
        assert.equal(physical.inlined, false);
        assert.equal(physical.func, bin.findFunc(pc)!.name);
        for (const f of frames.slice(0, -1)) {
          assert.equal(f.inlined, true);
          assert.match(f.func, /^[\w./*()[\]-]+$/);
          assert.ok(f.line > 0 && f.file.endsWith(".go"), `${f.func} ${f.file}:${f.line}`);
        }
      }
      assert.ok(expanded >= 100, `${expanded} PCs had inlined frames`);
    } finally {
      bin.close();
    }
  });
});
