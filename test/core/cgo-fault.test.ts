// A fault in C code called through cgo (testdata/core/cfault): the runtime prints `signal
// arrived during cgo execution` and the goroutine in cgocall, not the thread's own stack. The
// core keeps the fault in the signal frame its handler still sits on (runtime/signal_unix.go
// fatalsignal): signal, sigcode, pc, addr and the goroutine must read as the runtime printed them.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Toolchain } from "../binary/toolchains.js";
import {
  arm64CrossGcc,
  arm64Sysroot,
  coreToolchains,
  coreUnavailable,
  crashCore,
  qemuArm64,
} from "./cores.js";
import { assertSameGoroutines, readCore } from "./same-goroutines.js";

const why = coreUnavailable();
const CGO_PIE = ["-buildmode=pie", "-ldflags=-s -w -linkmode=external"];

function cases(): { tc: Toolchain; goarch?: "arm64" }[] {
  const out: { tc: Toolchain; goarch?: "arm64" }[] = [];
  for (const tc of why === undefined ? coreToolchains() : []) {
    if (!["go", "go1.19", "go1.20", "go1.21", "go1.22"].includes(tc.name)) continue;
    out.push({ tc });
    const arm64 = qemuArm64() !== undefined && arm64Sysroot() !== undefined;
    if (tc.name === "go" && arm64 && arm64CrossGcc() !== undefined)
      out.push({ tc, goarch: "arm64" });
  }
  return out;
}

describe("core files: a fault in C code", { skip: why }, () => {
  for (const { tc, goarch } of cases()) {
    it(`${tc.version} ${goarch ?? "amd64"} cgo stripped PIE: NULL read in C`, () => {
      const run = crashCore(tc, CGO_PIE, [], goarch, true, {}, "cfault");
      const { fromCore, fromText } = readCore(run);
      // go1.21 made such a fault fatal in the handler (signal_unix.go: gp != mp.curg → _SigThrow);
      // go1.19 and go1.20 run sigpanic on g0, which throws.
      const minor = Number(tc.version.split(".")[1]);
      if (minor >= 21) {
        assert.equal(fromText.kind, "signal");
        assert.equal(fromText.signal?.duringCgo, true);
      } else {
        assert.equal(fromText.kind, "fatal");
        assert.equal(fromText.fatal, "unexpected signal during runtime execution");
      }
      assertSameGoroutines(fromCore, fromText);
      const fields = (c: typeof fromCore) => ({
        kind: c.kind,
        fatal: c.fatal,
        name: c.signal?.name,
        code: c.signal?.code,
        pc: c.signal?.pc,
        sigcode: c.signal?.sigcode,
        addr: c.signal?.addr,
        duringCgo: c.signal?.duringCgo,
      });
      assert.deepEqual(fields(fromCore), fields(fromText));
      assert.equal(fromCore.crashing?.id, fromText.crashing?.id);
      assert.equal(fromCore.crashing?.frames[1]?.func, "main._Cfunc_readThrough");
    });
  }
});
