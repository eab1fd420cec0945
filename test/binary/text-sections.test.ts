// A binary whose text the Go linker split into several sections. cmd/link splits only for ARM,
// ppc64 and darwin/arm64, and only when an external linker links
// (cmd/link/internal/ld/data.go: splitTextSections), each section at most the architecture's
// TrampLimit (28 MiB on ppc64 and ARM; -debugtextsize lowers it, as Go's own
// TestLargeTextSectionSplitting does). So: testdata/binary/prog for linux/ppc64le and linux/arm,
// linked by Debian's cross gcc (scripts/debian-cross-gcc.sh) with 256 KiB sections, run under
// qemu-user. Below 32 MiB GNU ld keeps the sections where the Go linker put them; in a larger
// ppc64 binary it puts branch stubs between them, which moves every later section
// (moduledata.textsectmap says where each went). `--stub-group-size` makes it do that here: stubs
// after each group of 64 KiB of input sections, as they are after each 28 MiB in a big binary
// (on ARM the same flag moves nothing: no veneer is needed). Symbolization over every section
// equals `go tool addr2line` where the sections did not move, and runtime.CallersFrames and the
// runtime's own traceback, read back from the PCs, either way.

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { checkBinaryMatches, pcFrame, symbolizeFrames } from "../../src/binary/frames.js";
import { GoBinary } from "../../src/binary/gobinary.js";
import { addr2lineAnswer } from "../../src/binary/symbolize.js";
import type { Frame } from "../../src/model.js";
import { hexLines, samplePCs } from "./sample.js";
import { build, DEBIAN_GO, goAddr2line, goEnv, requireToolchain } from "./toolchains.js";
import { crashOf, goroutineBlocks } from "./trace-text.js";

interface Target {
  goarch: "ppc64le" | "arm";
  /** Debian's GNU triplet and architecture of the cross compiler. */
  triplet: string;
  debarch: string;
  qemu: string;
  env: Record<string, string>;
  /** Where the external linker leaves the sections: as laid out, or moved by stubs. */
  placements: Placement[];
}

type Placement = "kept" | "moved";

const TARGETS: Target[] = [
  {
    goarch: "ppc64le",
    triplet: "powerpc64le-linux-gnu",
    debarch: "ppc64el",
    qemu: "/usr/bin/qemu-ppc64le-static",
    env: {},
    placements: ["kept", "moved"],
  },
  {
    goarch: "arm",
    triplet: "arm-linux-gnueabihf",
    debarch: "armhf",
    qemu: "/usr/bin/qemu-arm-static",
    env: { GOARM: "7" },
    placements: ["kept"],
  },
];
const SECTION = 256 << 10;

const cross = (tg: Target) => join(DEBIAN_GO, `cross-${tg.debarch}`);
const cc = (tg: Target) => join(cross(tg), `bin/${tg.triplet}-gcc`);

function missing(tg: Target): string | false {
  if (!existsSync(cc(tg)))
    return `no ${tg.goarch} cross gcc (scripts/debian-cross-gcc.sh ${tg.triplet} ${tg.debarch})`;
  if (!existsSync(tg.qemu)) return `no ${tg.qemu}`;
  return false;
}

function split(
  t: { skip(m: string): void },
  tg: Target,
  stripped: boolean,
  placement: Placement = "kept",
): string | undefined {
  const why = missing(tg);
  if (why !== false) {
    if (process.env.CI) throw new Error(why);
    t.skip(why);
    return undefined;
  }
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return undefined;
  const stubs = placement === "moved" ? " -extldflags=-Wl,--stub-group-size=65536" : "";
  const ld = `-linkmode=external -debugtextsize=${SECTION}${stubs}`;
  return build({
    dir: "prog",
    tc,
    env: { GOARCH: tg.goarch, CGO_ENABLED: "1", CC: cc(tg), ...tg.env },
    flags: [`-ldflags=${stripped ? "-s -w " : ""}${ld}`],
  });
}

/** The program run under qemu-user, with the cross C library's dynamic loader. */
function qemu(tg: Target, file: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(tg.qemu, ["-L", join(cross(tg), "usr", tg.triplet), file, ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
}

/** The addresses of the linker's symbols (`go tool nm`). */
function symbols(file: string): Map<string, number> {
  const nm = execFileSync("go", ["tool", "nm", file], { env: goEnv({}), encoding: "utf8" });
  const out = new Map<string, number>();
  for (const line of nm.split("\n")) {
    const [addr, , name] = line.trim().split(/\s+/);
    if (name !== undefined) out.set(name, Number.parseInt(addr!, 16));
  }
  return out;
}

/** moduledata.textsectmap as the linker wrote it: {vaddr, end, baseaddr} per section. */
function textsectmap(file: string, bin: GoBinary, n: number): number[][] {
  const p = bin.exe.ptrSize;
  const words = bin.exe.read(symbols(file).get("runtime.textsectionmap")!, 3 * p * n)!;
  const dv = new DataView(words.buffer, words.byteOffset, words.byteLength);
  const word = (at: number) =>
    p === 8 ? Number(dv.getBigUint64(at, true)) : dv.getUint32(at, true);
  return Array.from({ length: n }, (_, i) => [0, 1, 2].map((k) => word((3 * i + k) * p)));
}

/** [start, end) of each text section, from the linker's runtime.text.N symbols. */
function sections(file: string): number[] {
  const starts = symbols(file);
  const out = [starts.get("runtime.text")!];
  for (let i = 1; starts.has(`runtime.text.${i}`); i++) out.push(starts.get(`runtime.text.${i}`)!);
  out.push(starts.get("runtime.etext")!);
  return out;
}

for (const tg of TARGETS) {
  describe(`text split into several sections (linux/${tg.goarch}, external linking)`, () => {
    test("the linker split it; symbolization equals go tool addr2line in every section", (t) => {
      const file = split(t, tg, false);
      if (file === undefined) return;
      const bounds = sections(file);
      // The program's Go text is 0xe5e10 bytes on ppc64le, 0xecbf0 on arm (go1.26): four sections
      // of at most 256 KiB.
      assert.equal(bounds.length - 1, 4);
      for (let i = 0; i + 1 < bounds.length; i++) {
        assert.ok(bounds[i + 1]! - bounds[i]! <= SECTION, `section ${i} is within the limit`);
      }
      const bin = GoBinary.open(file);
      try {
        // Each section is where the Go linker laid it out, from runtime.text: `go tool addr2line`,
        // which knows one text start only, is right in every one.
        for (const [i, [vaddr, , baseaddr]] of textsectmap(file, bin, 4).entries()) {
          assert.equal(baseaddr, bounds[i]);
          assert.equal(baseaddr! - bounds[0]!, vaddr);
        }
        const sample = samplePCs(bin, 2000);
        const per = bounds
          .slice(0, -1)
          .map((start, i) => sample.pcs.filter((pc) => pc >= start && pc < bounds[i + 1]!).length);
        for (const n of per) assert.ok(n >= 100, `PCs per section: ${per.join(", ")}`);
        const want = goAddr2line(requireToolchain(t, "go")!, file, hexLines(sample.pcs));
        const got = sample.pcs.map((pc) => addr2lineAnswer(bin, `0x${pc.toString(16)}`)).join("");
        assert.equal(got, want);
      } finally {
        bin.close();
      }
    });

    if (tg.placements.includes("moved")) {
      test("with stubs between the sections, every section after the first moved", (t) => {
        const file = split(t, tg, false, "moved");
        if (file === undefined) return;
        const bounds = sections(file);
        assert.equal(bounds.length - 1, 4);
        const bin = GoBinary.open(file);
        try {
          const moved = textsectmap(file, bin, 4).map(([vaddr, , baseaddr], i) => {
            assert.equal(baseaddr, bounds[i]);
            return baseaddr! - bounds[0]! - vaddr!;
          });
          assert.equal(moved[0], 0);
          for (const m of moved.slice(1)) assert.ok(m > 0, `moved by ${moved.join(", ")}`);
          // main.main is in the last section: its entry is where the map puts it, not
          // runtime.text + its offset in the function table.
          assert.ok(symbols(file).get("main.main")! >= bounds[3]!);
          assert.equal(bin.funcByName("main.main")?.entry, symbols(file).get("main.main"));
        } finally {
          bin.close();
        }
      });
    }

    for (const placement of tg.placements) {
      test(`runtime.CallersFrames under qemu-user, from the PCs (sections ${placement})`, (t) => {
        const file = split(t, tg, true, placement);
        if (file === undefined) return;
        const r = qemu(tg, file, ["callers"]);
        assert.equal(r.status, 0, r.stderr);
        const lines = r.stdout.split("\n");
        const pcs = lines.filter((l) => l.startsWith("pc\t")).map((l) => l.slice(3));
        const want = lines
          .filter((l) => l.startsWith("frame\t"))
          .map((l) => l.split("\t").slice(2).join(" "));
        assert.ok(pcs.length >= 5);
        const bin = GoBinary.open(file);
        try {
          const got = symbolizeFrames(
            pcs.map((pc) => pcFrame(pc)),
            bin,
            { kind: "return", slide: 0 },
          ).map((f) => `${f.func} ${f.file} ${f.line}`);
          assert.deepEqual(got, want);
        } finally {
          bin.close();
        }
      });

      test(`the runtime's GOTRACEBACK=crash traceback under qemu-user, from its PCs (sections ${placement})`, (t) => {
        const file = split(t, tg, true, placement);
        if (file === undefined) return;
        const r = qemu(tg, file, ["panic"], { GOTRACEBACK: "crash" });
        assert.notEqual(r.status, 0);
        const blocks = goroutineBlocks(r.stderr);
        assert.ok(blocks.length >= 2, r.stderr.slice(0, 500));
        const bin = GoBinary.open(file);
        try {
          const crash = crashOf(blocks, bin.goRelease ?? null);
          const match = checkBinaryMatches(crash, bin);
          assert.equal(match.mismatchCount, 0, match.mismatches.join("\n"));
          assert.equal(match.matches, true);
          const bounds = sections(split(t, tg, false, placement)!);
          const inSections = new Set<number>();
          for (const blk of blocks) {
            const pcOnly: Frame[] = blk.frames
              .filter((f) => !f.inlined)
              .map((f) => ({ ...f, func: "", file: "", line: 0, offset: undefined }));
            for (const f of pcOnly) {
              const pc = Number(f.pc);
              inSections.add(bounds.findIndex((b, i) => pc >= b && pc < bounds[i + 1]!));
            }
            const got = symbolizeFrames(pcOnly, bin, { kind: "traceback", slide: 0 });
            const shape = (fs: Frame[]) =>
              fs.map(
                (f) =>
                  `${f.func}${f.inlined ? "(...)" : ""} ${f.file}:${f.line}${f.offset === undefined ? "" : ` +0x${f.offset.toString(16)}`}`,
              );
            assert.deepEqual(shape(got), shape(blk.frames), blk.header);
          }
          // The stacks run through the runtime (first section) and main (the last).
          assert.ok(inSections.has(0) && inSections.has(bounds.length - 2), [...inSections].join());
        } finally {
          bin.close();
        }
      });
    }
  });
}
