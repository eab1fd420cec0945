// The faulting instruction of real SIGSEGV crashes (amd64, 386; stripped and PIE), and the arm64
// decoder checked against `go tool objdump` over a whole binary.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { describe, test } from "node:test";
import { decodeArm64 } from "../../src/binary/disasm-arm64.js";
import { explainFault } from "../../src/binary/fault.js";
import { checkBinaryMatches } from "../../src/binary/frames.js";
import { GoBinary } from "../../src/binary/gobinary.js";
import { build, goEnv, requireToolchain, run } from "./toolchains.js";
import { crashOf, goroutineBlocks } from "./trace-text.js";

type TC = "go" | "go1.19" | "go1.27";
const S = "-ldflags=-s -w";
const runs: {
  name: string;
  tc: TC;
  flags: string[];
  env?: Record<string, string>;
  base: string;
  setBy: string;
  disp: number;
}[] = [
  {
    name: "go1.26 amd64",
    tc: "go",
    flags: [],
    base: "rcx",
    setBy: "mov rcx, [rax+0x10]",
    disp: 0x18,
  },
  {
    name: "go1.26 amd64 pie stripped",
    tc: "go",
    flags: ["-buildmode=pie", S],
    base: "rcx",
    setBy: "mov rcx, [rax+0x10]",
    disp: 0x18,
  },
  {
    name: "go1.26 386 stripped",
    tc: "go",
    flags: [S],
    env: { GOARCH: "386" },
    base: "eax",
    setBy: "mov eax, [eax+8]",
    disp: 0xc,
  },
  {
    name: "go1.19 amd64 stripped",
    tc: "go1.19",
    flags: [S],
    base: "rcx",
    setBy: "mov rcx, [rax+0x10]",
    disp: 0x18,
  },
  {
    name: "go1.27 amd64 pie stripped",
    tc: "go1.27",
    flags: ["-buildmode=pie", S],
    base: "rcx",
    setBy: "mov rcx, [rax+0x10]",
    disp: 0x18,
  },
];

const SIGNAL =
  /^\[signal SIGSEGV: segmentation violation code=0x1 addr=(0x[0-9a-f]+) pc=(0x[0-9a-f]+)\]$/m;

describe("the faulting instruction of a real nil dereference", () => {
  for (const r of runs) {
    test(r.name, (t) => {
      const tc = requireToolchain(t, r.tc);
      if (tc === undefined) return;
      const file = build({ dir: "prog", tc, flags: r.flags, env: r.env ?? {} });
      const out = run(file, ["segv"], { GOTRACEBACK: "system" });
      const m = SIGNAL.exec(out.stderr);
      assert.ok(m, out.stderr);
      const addr = Number.parseInt(m[1]!, 16);
      const pc = Number.parseInt(m[2]!, 16);
      assert.equal(addr, r.disp);
      const bin = GoBinary.open(file);
      try {
        const slide =
          checkBinaryMatches(crashOf(goroutineBlocks(out.stderr), null), bin).slide ?? 0;
        const e = explainFault(bin, pc, addr, slide);
        assert.ok(e);
        assert.equal(e.func, "main.useOuter");
        assert.equal(e.nilPointer, true);
        assert.equal(e.base, r.base);
        assert.equal(e.displacement, r.disp);
        assert.equal(e.access, "read");
        assert.equal(
          e.summary,
          `read of the field at offset 0x${r.disp.toString(16)} through a nil pointer (${r.base} is nil)`,
        );
        assert.equal(e.baseSetBy?.text, r.setBy);
        assert.equal(e.listing.filter((i) => i.faulting).length, 1);
        assert.deepEqual(
          e.frames.map((f) => `${f.func} ${f.file.endsWith("/prog/main.go")}`),
          ["main.useOuter true"],
        );
        // DWARF names the field when the binary kept it; stripped binaries have none.
        if (r.flags.includes(S)) assert.equal(e.field, undefined);
        else
          assert.deepEqual(e.field, {
            type: "main.Inner",
            field: "Val",
            fieldType: "int",
            offset: 0x18,
            via: "o.Inner.Val",
          });
      } finally {
        bin.close();
      }
    });
  }
});

describe("DWARF names the field, in every format and DWARF version", () => {
  const unstripped: { name: string; tc: TC; env?: Record<string, string>; ext?: string }[] = [
    { name: "go1.26 linux/amd64 (DWARF 5)", tc: "go" },
    { name: "go1.26 linux/arm64", tc: "go", env: { GOARCH: "arm64" } },
    { name: "go1.26 darwin/arm64", tc: "go", env: { GOOS: "darwin", GOARCH: "arm64" } },
    { name: "go1.26 windows/amd64", tc: "go", env: { GOOS: "windows" }, ext: ".exe" },
    { name: "go1.19 linux/amd64 (DWARF 4, zlib)", tc: "go1.19" },
    { name: "go1.19 windows/amd64", tc: "go1.19", env: { GOOS: "windows" }, ext: ".exe" },
    { name: "go1.27 linux/amd64", tc: "go1.27" },
  ];
  for (const u of unstripped) {
    test(u.name, (t) => {
      const tc = requireToolchain(t, u.tc);
      if (tc === undefined) return;
      const bin = GoBinary.open(build({ dir: "prog", tc, env: u.env ?? {}, ext: u.ext ?? "" }));
      try {
        const f = bin.funcByName("main.useOuter");
        assert.ok(f);
        // The load of o.Inner.Val: the instruction of main.useOuter with displacement 0x18.
        const step = bin.exe.arch === "arm64" ? 4 : 1;
        let found = false;
        for (let pc = f.entry; pc < f.end && !found; pc += step) {
          const e = explainFault(bin, pc, 0x18);
          if (e?.instruction?.mem?.displacement !== 0x18) continue;
          found = true;
          assert.deepEqual(e.field, {
            type: "main.Inner",
            field: "Val",
            fieldType: "int",
            offset: 0x18,
            via: "o.Inner.Val",
          });
        }
        assert.ok(found);
      } finally {
        bin.close();
      }
    });
  }
});

describe("arm64", () => {
  test("every load and store agrees with go tool objdump", (t) => {
    const tc = requireToolchain(t, "go");
    if (tc === undefined) return;
    const file = build({ dir: "prog", tc, env: { GOARCH: "arm64" } });
    const dump = execFileSync(tc.go, ["tool", "objdump", file], {
      env: goEnv({}),
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    const bin = GoBinary.open(file);
    try {
      // `  main.go:51		0xa9f64			f9400c20		MOVD 24(R1), R0		`
      const LINE = /^\s+\S+\t+0x([0-9a-f]+)\t+([0-9a-f]{8})\t+(\S+) (.*?)\s*$/;
      const MEMOP = /(-?\d*)\((R\d+|RSP)\)(?!\()/;
      let compared = 0;
      const wrong: string[] = [];
      for (const line of dump.split("\n")) {
        const m = LINE.exec(line);
        if (m === null) continue;
        const [, addrHex, word, op, args] = m as unknown as [
          string,
          string,
          string,
          string,
          string,
        ];
        if (/^(CALL|JMP|VLD|VST|B|BL|PRFM)/.test(op) || op.endsWith(".P") || /\)\(/.test(args))
          continue;
        const mm = MEMOP.exec(args);
        if (mm === null) continue;
        const insn = Number.parseInt(word, 16);
        const bytes = new Uint8Array([
          insn >>> 24,
          (insn >>> 16) & 255,
          (insn >>> 8) & 255,
          insn & 255,
        ]);
        const [d] = decodeArm64(bytes, Number.parseInt(addrHex, 16), false);
        const base = mm[2] === "RSP" ? "sp" : `x${mm[2]!.slice(1)}`;
        const disp = mm[1] === "" || mm[1] === "-" ? 0 : Number(mm[1]);
        // Go syntax puts the source first: a memory operand first means a load.
        const load = mm.index === 0;
        compared++;
        const ok =
          d?.mem !== undefined &&
          d.mem.base === base &&
          d.mem.displacement === disp &&
          (op.startsWith("CAS") ||
            op.startsWith("SWP") ||
            op.startsWith("LDADD") ||
            (d.mem.access === "read") === load);
        if (!ok && wrong.length < 10)
          wrong.push(`${line.trim()} → ${d?.text} ${JSON.stringify(d?.mem)}`);
      }
      assert.ok(compared > 5000, `${compared} compared`);
      assert.deepEqual(wrong, []);
      // ADRP (its top bit set): `ADRP 155648(PC), R0` is the page 155648 bytes past the PC's.
      const ADRP = /^\s+\S+\t+0x([0-9a-f]+)\t+([0-9a-f]{8})\t+ADRP (-?\d+)\(PC\), R(\d+)\s*$/;
      let adrps = 0;
      const wrongAdrp: string[] = [];
      for (const line of dump.split("\n")) {
        const m = ADRP.exec(line);
        if (m === null) continue;
        const pc = Number.parseInt(m[1]!, 16);
        const insn = Number.parseInt(m[2]!, 16);
        const bytes = new Uint8Array([
          insn >>> 24,
          (insn >>> 16) & 255,
          (insn >>> 8) & 255,
          insn & 255,
        ]);
        const [d] = decodeArm64(bytes, pc, false);
        const want = `adrp x${m[4]}, 0x${(pc - (pc % 4096) + Number(m[3])).toString(16)}`;
        adrps++;
        if (d?.text !== want && wrongAdrp.length < 10)
          wrongAdrp.push(`${line.trim()} → ${d?.text}`);
      }
      assert.ok(adrps > 1000, `${adrps} ADRP compared`);
      assert.deepEqual(wrongAdrp, []);
      // The fault itself: main.useOuter's second load, `MOVD 24(R1), R0`, reading through nil.
      const f = bin.funcByName("main.useOuter");
      assert.ok(f);
      const e = explainFault(bin, f.entry + 4, 0x18);
      assert.ok(e);
      assert.equal(e.instruction?.text, "ldr x0, [x1, #0x18]");
      assert.equal(e.summary, "read of the field at offset 0x18 through a nil pointer (x1 is nil)");
      assert.equal(e.baseSetBy?.text, "ldr x1, [x0, #0x10]");
    } finally {
      bin.close();
    }
  });
});
