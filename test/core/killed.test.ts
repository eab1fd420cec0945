// A hung Go program killed from outside to get its core (`kill -ABRT`, or SIGQUIT, under
// GOTRACEBACK=crash): no goroutine panicked, the signal is the crash. The core's own NT_SIGINFO
// holds only the runtime's re-raise (SI_TKILL); the signal the handler took — its sigcode 0 for
// "sent by another process", the pc it interrupted — and the goroutine it interrupted (often
// the thread's g0, printed as `goroutine 0 [idle]`) must read as the runtime printed them.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Toolchain } from "../binary/toolchains.js";
import { coreToolchains, coreUnavailable, killedCore, qemuArm64 } from "./cores.js";
import { assertSameGoroutines, readCore } from "./same-goroutines.js";

const why = coreUnavailable();
const STRIPPED_PIE = ["-buildmode=pie", "-ldflags=-s -w"];

interface Case {
  tc: Toolchain;
  signal: "SIGABRT" | "SIGQUIT";
  goarch?: "arm64";
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const tc of why === undefined ? coreToolchains() : []) {
    out.push({ tc, signal: "SIGABRT" });
    if (tc.name === "go" || tc.name === "go1.19" || tc.name === "go1.27") {
      if (qemuArm64() !== undefined) out.push({ tc, signal: "SIGABRT", goarch: "arm64" });
    }
    if (tc.name === "go") out.push({ tc, signal: "SIGQUIT" });
  }
  return out;
}

describe("core files: a hung program killed by a signal", { skip: why }, () => {
  for (const { tc, signal, goarch } of cases()) {
    it(`${tc.version} ${goarch ?? "amd64"} stripped PIE: ${signal} from outside`, async () => {
      const run = await killedCore(tc, STRIPPED_PIE, signal, goarch);
      const { fromCore, fromText } = readCore(run);
      // SIGQUIT's output is a goroutine dump (traceback/finish.ts).
      assert.equal(fromText.kind, signal === "SIGQUIT" ? "dump" : "signal");
      assert.equal(fromCore.kind, fromText.kind);
      assertSameGoroutines(fromCore, fromText);
      const { name, pc, sigcode } = fromText.signal ?? {};
      assert.equal(sigcode, "0", "sent by another process");
      assert.deepEqual(
        { name: fromCore.signal?.name, pc: fromCore.signal?.pc, sigcode: fromCore.signal?.sigcode },
        { name, pc, sigcode },
      );
      assert.equal(fromCore.crashing?.id ?? null, fromText.crashing?.id ?? null);
      assert.deepEqual(
        fromCore.goroutines.find((g) => g.id === 1)?.frames.at(-2)?.func,
        "runtime.main",
      );
    });
  }
});
