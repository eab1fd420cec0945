// Goroutines still running on other threads when the process dies (testdata/core/spin under
// GODEBUG=asyncpreemptoff=1: loops without calls cannot be stopped): the runtime prints them as
// `goroutine running on other thread; stack unavailable`, and the core keeps their stacks only in
// their threads' registers (NT_PRSTATUS, the thread found by m.procid). Unwound from there, each
// equals gdb's backtrace of the same thread in the same core (the unstripped build, whose DWARF
// gdb reads), frame by frame — inlined ones too — on every release; every other goroutine equals
// the runtime's own.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { readG } from "../../src/core/goroutines.js";
import { CoreProcess } from "../../src/core/open.js";
import { coreToolchains, coreUnavailable, crashCore } from "./cores.js";
import { assertSameGoroutines, readCore } from "./same-goroutines.js";

const GDB = "/usr/bin/gdb";
const why = coreUnavailable() ?? (existsSync(GDB) ? undefined : "gdb is not installed");

/** gdb's `thread apply all bt`: each thread's frames as `function file:line`, by LWP. */
function gdbBacktraces(binary: string, core: string): Map<number, string[]> {
  const r = spawnSync(GDB, ["-nx", "-batch", "-ex", "thread apply all bt", binary, core], {
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 1 << 26,
  });
  assert.equal(r.status, 0, r.stderr);
  const out = new Map<number, string[]>();
  let frames: string[] | undefined;
  for (const line of r.stdout.split("\n")) {
    const thread = /^Thread \d+ \(LWP (\d+)\)/.exec(line);
    if (thread) {
      frames = [];
      out.set(Number(thread[1]), frames);
      continue;
    }
    // `#1  0x000000000047d2c1 in runtime.goexit () at …/asm_amd64.s:1771`; an inlined frame
    // and the innermost one come without the address.
    const frame = /^#\d+\s+(?:0x[0-9a-f]+ in )?(\S+) \(.*\) at (\S+):(\d+)$/.exec(line);
    if (frame && frames) frames.push(`${frame[1]} ${frame[2]}:${frame[3]}`);
  }
  return out;
}

describe("core files: goroutines running on other threads", { skip: why }, () => {
  for (const tc of why === undefined ? coreToolchains() : []) {
    it(`${tc.version} amd64: unwound from their threads' registers, as gdb unwinds them`, () => {
      const run = crashCore(
        tc,
        [],
        ["2"],
        undefined,
        false,
        { GODEBUG: "asyncpreemptoff=1" },
        "spin",
      );
      const { fromCore, fromText } = readCore(run);
      assertSameGoroutines(fromCore, fromText);
      const unavailable = fromText.goroutines.filter((g) => g.stackUnavailable);
      assert.equal(unavailable.length, 2, "both spinning goroutines were running");
      const gdb = gdbBacktraces(run.binary, run.core);
      const proc = CoreProcess.open(run.binary, run.core);
      try {
        for (const printed of unavailable) {
          const addr = proc.allgs.gs.find(
            (a) => readG(proc.mem, proc.layout, a).goid === printed.id,
          );
          assert.ok(addr !== undefined, `goroutine ${printed.id} in allgs`);
          const thread = proc.reader.threadOf(readG(proc.mem, proc.layout, addr));
          assert.ok(thread !== undefined, `goroutine ${printed.id}'s thread`);
          const theirs = gdb.get(thread.lwp);
          assert.ok(theirs !== undefined, `gdb's thread LWP ${thread.lwp}`);
          const mine = fromCore.goroutines.find((g) => g.id === printed.id)!;
          const frames = mine.frames.map((f) => `${f.func} ${f.file}:${f.line}`);
          assert.match(frames[0]!, /^main\.mix \S+\/testdata\/core\/spin\/main\.go:2[2-7]$/);
          assert.deepEqual(frames, theirs.slice(0, frames.length));
          assert.equal(frames.at(-1)?.split(" ")[0], "runtime.goexit");
        }
      } finally {
        proc.close();
      }
    });
  }
});
