// The faulting instruction of a core's SIGSEGV, decoded from the fault the crashing goroutine
// kept (g.sigpc, g.sigcode1): the same explanation `analyze --binary` gives for the runtime's own
// stderr of the same crash with the same binary, on real cores (PIE, stripped, arm64, several
// releases).

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { GoBinary } from "../../src/binary/gobinary.js";
import { analyzeText } from "../../src/pipeline/analyze.js";
import { analyzeCore } from "../../src/pipeline/analyze-core.js";
import { withBinary } from "../../src/pipeline/with-binary.js";
import { coreToolchains, coreUnavailable, crashCore, qemuArm64 } from "./cores.js";

const why = coreUnavailable();

const CASES: { tc: string; flags: string[]; goarch?: "arm64" }[] = [
  { tc: "go", flags: [] },
  { tc: "go", flags: ["-buildmode=pie", "-ldflags=-s -w"] },
  { tc: "go1.19", flags: ["-buildmode=pie", "-ldflags=-s -w"] },
  { tc: "go1.20", flags: ["-buildmode=pie", "-ldflags=-s -w"] },
  { tc: "go1.27", flags: ["-buildmode=pie", "-ldflags=-s -w"] },
  { tc: "go", flags: ["-ldflags=-s -w"], goarch: "arm64" },
];

describe("core files: the faulting instruction", { skip: why }, () => {
  const toolchains = why === undefined ? coreToolchains() : [];
  for (const c of CASES) {
    const tc = toolchains.find((t) => t.name === c.tc);
    const skip =
      tc === undefined
        ? `${c.tc} is not installed`
        : c.goarch === "arm64" && qemuArm64() === undefined
          ? "no qemu-aarch64-static"
          : false;
    it(`${c.tc} ${c.goarch ?? "amd64"} ${c.flags.join(" ") || "default"}: segv`, {
      skip,
    }, async () => {
      const run = crashCore(tc!, c.flags, ["segv"], c.goarch);
      const fromCore = analyzeCore(run.binary, run.core).crashes[0]!.binary;
      const bin = GoBinary.open(run.binary);
      let fromText: typeof fromCore;
      try {
        fromText = withBinary(await analyzeText(run.stderr), bin, run.binary).crashes[0]!.binary;
      } finally {
        bin.close();
      }
      assert.ok(fromCore !== undefined && fromText !== undefined);
      assert.ok(fromCore.fault !== null);
      assert.deepEqual(fromCore.fault, fromText.fault);
      assert.equal(fromCore.match.matches, true);
      assert.deepEqual(fromCore.match.warnings, []);
      // The program reads o.Inner.Val with o.Inner nil: Val is 32 bytes into Inner.
      assert.equal(fromCore.fault.addr, "0x20");
      assert.equal(fromCore.fault.func, "main.useOuter");
      assert.equal(fromCore.fault.nilPointer, true);
      assert.equal(fromCore.fault.displacement, 0x20);
      assert.equal(fromCore.fault.access, "read");
      if (c.tc === "go" && c.goarch === undefined) {
        assert.equal(
          fromCore.fault.summary,
          "read of the field at offset 0x20 through a nil pointer (rcx is nil)",
        );
        assert.equal(fromCore.fault.instruction?.text, "mov rax, [rcx+0x20]");
      }
    });
  }
});
