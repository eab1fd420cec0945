// Inlined frames and PC-only frames, checked against the Go runtime itself: runtime.CallersFrames
// in a helper program, and the runtime's own GOTRACEBACK=crash traceback of a panic inside an
// inlined call, printed by stripped (and PIE) binaries.

import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { checkBinaryMatches, pcFrame, symbolizeFrames } from "../../src/binary/frames.js";
import { GoBinary } from "../../src/binary/gobinary.js";
import { goRelease } from "../../src/goversion/release.js";
import type { Frame } from "../../src/model.js";
import { build, requireToolchain, run } from "./toolchains.js";
import { crashOf, goroutineBlocks } from "./trace-text.js";

type TC = "go" | "go1.19" | "go1.27";
const S = "-ldflags=-s -w";
const builds: {
  name: string;
  tc: TC;
  dir?: string;
  flags: string[];
  env?: Record<string, string>;
}[] = [
  { name: "go1.26 stripped", tc: "go", flags: [S] },
  { name: "go1.26 pie stripped", tc: "go", flags: ["-buildmode=pie", S] },
  { name: "go1.26 trimpath stripped", tc: "go", flags: ["-trimpath", S] },
  { name: "go1.26 386 stripped", tc: "go", flags: [S], env: { GOARCH: "386" } },
  {
    name: "go1.26 cgo pie stripped",
    tc: "go",
    dir: "cgo",
    flags: ["-buildmode=pie", S],
    env: { CGO_ENABLED: "1" },
  },
  { name: "go1.19 stripped", tc: "go1.19", flags: [S] },
  { name: "go1.19 pie stripped", tc: "go1.19", flags: ["-buildmode=pie", S] },
  { name: "go1.19 cgo stripped", tc: "go1.19", dir: "cgo", flags: [S], env: { CGO_ENABLED: "1" } },
  { name: "go1.27 stripped", tc: "go1.27", flags: [S] },
  { name: "go1.27 pie stripped", tc: "go1.27", flags: ["-buildmode=pie", S] },
];

function binary(t: { skip(m: string): void }, b: (typeof builds)[number]): string | undefined {
  const tc = requireToolchain(t, b.tc);
  if (tc === undefined) return undefined;
  return build({ dir: b.dir ?? "prog", tc, flags: b.flags, env: b.env ?? {} });
}

/** The frames as the runtime printed them, reduced to what we compare. */
function shape(frames: Frame[]): string[] {
  return frames.map(
    (f) =>
      `${f.func}${f.inlined ? "(...)" : ""} ${f.file}:${f.line}${f.offset === undefined ? "" : ` +0x${f.offset.toString(16)}`}`,
  );
}

describe("inlined frames agree with runtime.CallersFrames", () => {
  for (const b of builds) {
    if (b.dir === "cgo") continue;
    test(b.name, (t) => {
      const file = binary(t, b);
      if (file === undefined) return;
      const r = run(file, ["callers"]);
      assert.equal(r.status, 0, r.stderr);
      const pcs = r.stdout
        .split("\n")
        .filter((l) => l.startsWith("pc\t"))
        .map((l) => l.slice(3));
      const want = r.stdout
        .split("\n")
        .filter((l) => l.startsWith("frame\t"))
        .map((l) => l.split("\t").slice(2).join(" "));
      assert.ok(pcs.length >= 5);
      const bin = GoBinary.open(file);
      try {
        // PIE: every PC is slid by the same amount; the program prints main.capture's entry.
        const first = bin.funcByName("main.capture");
        assert.ok(first);
        const entryLine = r.stdout.split("\n").find((l) => l.startsWith("entry\t"));
        assert.ok(entryLine);
        const slide = Number.parseInt(entryLine.slice(6), 16) - first.entry;
        if (!bin.exe.positionIndependent) assert.equal(slide, 0);
        const frames = pcs.map((pc) => pcFrame(pc));
        const got = symbolizeFrames(frames, bin, { kind: "return", slide }).map(
          (f) => `${f.func} ${f.file} ${f.line}`,
        );
        assert.deepEqual(got, want);
        // The inlined call really is one: main.inlinedCapture shares a physical function.
        assert.ok(want.some((w) => w.startsWith("main.inlinedCapture ")));
      } finally {
        bin.close();
      }
    });
  }
});

describe("a stripped binary's GOTRACEBACK=crash traceback, symbolized back from its PCs", () => {
  for (const b of builds) {
    test(b.name, (t) => {
      const file = binary(t, b);
      if (file === undefined) return;
      const r = run(file, ["panic"], { GOTRACEBACK: "crash" });
      assert.notEqual(r.status, 0);
      const blocks = goroutineBlocks(r.stderr);
      assert.ok(blocks.length >= 2, r.stderr.slice(0, 500));
      const bin = GoBinary.open(file);
      try {
        const crash = crashOf(blocks, bin.goRelease ?? null);
        const match = checkBinaryMatches(crash, bin);
        assert.equal(match.mismatchCount, 0, match.mismatches.join("\n"));
        assert.ok(match.checked >= 10);
        assert.equal(match.matches, true);
        if (!bin.exe.positionIndependent) assert.equal(match.slide, 0);
        let inlinedSeen = 0;
        for (const blk of blocks) {
          // Keep only what a PC-only trace would have: the physical frames' pc=, nothing else.
          const pcOnly: Frame[] = blk.frames
            .filter((f) => !f.inlined)
            .map((f) => ({
              func: "",
              args: f.args,
              file: "",
              line: 0,
              inlined: false,
              location: "user",
              inputLine: f.inputLine,
              pc: f.pc!,
            }));
          const got = symbolizeFrames(pcOnly, bin, { kind: "traceback", slide: match.slide ?? 0 });
          assert.deepEqual(shape(got), shape(blk.frames), blk.header);
          inlinedSeen += got.filter((f) => f.inlined).length;
        }
        assert.ok(inlinedSeen >= 2, "the panic happened inside inlined calls");
      } finally {
        bin.close();
      }
    });
  }
});

describe("checkBinaryMatches tells a different binary apart", () => {
  test("a go1.26 crash against the go1.19 build of the same program", (t) => {
    const mine = binary(t, builds[0]!);
    const other = binary(t, builds[5]!);
    if (mine === undefined || other === undefined) return;
    const r = run(mine, ["panic"], { GOTRACEBACK: "crash" });
    const crash = crashOf(goroutineBlocks(r.stderr), goRelease(1, 26));
    const bin = GoBinary.open(other);
    try {
      const m = checkBinaryMatches(crash, bin);
      assert.equal(m.matches, false);
      assert.ok(m.mismatchCount > 0);
      assert.equal(m.goVersion.agree, false);
      assert.match(
        m.warnings[0]!,
        /^the binary does not match this crash \(\d+ of \d+ frames disagree\)/,
      );
      assert.match(
        m.warnings[1]!,
        /^the crash was printed by go1\.26, the binary was built by go1\.19\.8$/,
      );
    } finally {
      bin.close();
    }
  });
});
