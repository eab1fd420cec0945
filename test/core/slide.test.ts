// Where a PIE was loaded, on real cores: from the auxiliary vector's AT_ENTRY, and from the
// runtime's moduledata where AT_ENTRY is not the program's — a PIE started by the dynamic loader
// (the kernel's vector has the loader's entry; qemu-user's is the guest's stack after the loader
// shifted it). qemu-user writes no NT_FILE note and maps an arm64 PIE at its link address.
// (goroutines.test.ts compares these cores' goroutines with the runtime's own traceback.)

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CoreProcess } from "../../src/core/open.js";
import type { Toolchain } from "../binary/toolchains.js";
import {
  arm64CrossGcc,
  arm64Sysroot,
  coreToolchains,
  coreUnavailable,
  crashCore,
  qemuArm64,
} from "./cores.js";

const why = coreUnavailable();
const PIE = ["-buildmode=pie", "-ldflags=-s -w"];
const AT_ENTRY = 9;

function opened<T>(run: { binary: string; core: string }, f: (p: CoreProcess) => T): T {
  const proc = CoreProcess.open(run.binary, run.core);
  try {
    return f(proc);
  } finally {
    proc.close();
  }
}

describe("core files: the PIE's load slide", { skip: why }, () => {
  const tc: Toolchain | undefined = why === undefined ? coreToolchains()[0] : undefined;
  const noArm64 =
    qemuArm64() === undefined
      ? "no qemu-aarch64-static"
      : arm64Sysroot() === undefined
        ? "no arm64 loader (scripts/debian-sysroot.sh arm64)"
        : false;

  it("amd64, started by the kernel: AT_ENTRY, the slide NT_FILE confirms", () => {
    const run = crashCore(tc!, PIE, ["segv"]);
    opened(run, (p) => {
      assert.equal(p.slideFrom, "auxv");
      assert.notEqual(p.mem.slide, 0);
      const first = p.bin.exe.segments[0]!;
      const mapped = p.core.mappings.find((m) => m.path === run.binary && m.fileOffset === 0);
      assert.equal(mapped?.start, first.addr - (first.addr % 4096) + p.mem.slide);
    });
  });

  it("amd64, started by the loader: AT_ENTRY is the loader's; the moduledata gives the slide", () => {
    // Go links a PIE at 0x400000 and the loader maps it there (slide 0); gcc links a cgo PIE
    // at 0 and the loader maps it elsewhere.
    const cgo = ["-buildmode=pie", "-ldflags=-s -w -linkmode=external"];
    for (const [flags, isCgo] of [
      [PIE, false],
      [cgo, true],
    ] as const) {
      const run = crashCore(tc!, [...flags], ["segv"], undefined, isCgo, {}, "crash", "loader");
      opened(run, (p) => {
        assert.equal(p.slideFrom, "moduledata");
        assert.equal(p.mem.slide === 0, !isCgo);
        const first = p.bin.exe.segments[0]!;
        const mapped = p.core.mappings.find((m) => m.path === run.binary && m.fileOffset === 0);
        assert.ok(mapped !== undefined, "NT_FILE names the binary");
        assert.equal(p.mem.slide, mapped.start - (first.addr - (first.addr % 4096)));
        const entry = p.core.auxv.get(AT_ENTRY)!;
        assert.notEqual(entry, p.bin.exe.entry + p.mem.slide);
        // The loader's entry: in the mapping of ld-linux-x86-64.so.2.
        const loader = p.core.mappings.find((m) => entry >= m.start && entry < m.end);
        assert.match(loader?.path ?? "", /ld-linux-x86-64\.so\.2$/);
      });
    }
  });

  it("arm64 under qemu-user: no NT_FILE, AT_ENTRY, mapped at the link address", {
    skip: noArm64,
  }, () => {
    const run = crashCore(tc!, PIE, ["segv"], "arm64");
    opened(run, (p) => {
      assert.deepEqual(p.core.mappings, []);
      assert.equal(p.slideFrom, "auxv");
      assert.equal(p.core.auxv.get(AT_ENTRY), p.bin.exe.entry);
      assert.equal(p.mem.slide, 0);
    });
  });

  it("arm64 cgo PIE linked by gcc at 0: qemu-user maps it elsewhere; AT_ENTRY, then the moduledata", {
    skip: noArm64 || (arm64CrossGcc() === undefined ? "no arm64 cross gcc" : false),
  }, () => {
    const ld = ["-buildmode=pie", "-ldflags=-s -w -linkmode=external"];
    for (const launch of ["direct", "loader"] as const) {
      const run = crashCore(tc!, ld, ["segv"], "arm64", true, {}, "crash", launch);
      opened(run, (p) => {
        assert.equal(p.slideFrom, launch === "direct" ? "auxv" : "moduledata");
        assert.notEqual(p.mem.slide, 0);
        // The runtime printed the faulting pc: main.useOuter+0x4 (ldr x0, [x1, #0x20]) moved.
        const pc = Number(/\bpc=(0x[0-9a-f]+)\]/.exec(run.stderr)?.[1]);
        assert.equal(pc - p.mem.slide, p.bin.funcByName("main.useOuter")!.entry + 4);
      });
    }
  });

  it("arm64 under qemu-user, started by the loader: the vector shifted; the moduledata", {
    skip: noArm64,
  }, () => {
    const run = crashCore(tc!, PIE, ["segv"], "arm64", false, {}, "crash", "loader");
    opened(run, (p) => {
      // The loader dropped its argv[0] from the stack qemu reads the vector from: keys and values
      // trade places — AT_PHDR's value (the program headers, 64 bytes into the first segment)
      // is read as a key, AT_PHENT (4) as its value — and AT_BASE's 0 reads as the end.
      const phdr = p.bin.exe.segments[0]!.addr + 64;
      assert.equal(p.core.auxv.get(phdr), 4);
      assert.equal(p.core.auxv.get(AT_ENTRY), undefined);
      assert.equal(p.slideFrom, "moduledata");
      assert.equal(p.mem.slide, 0);
    });
  });
});
