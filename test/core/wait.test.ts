// Wait times from a real core: testdata/core/waiting keeps goroutines blocked for 65 s after two
// GCs, then panics; every goroutine's minutes read from the core equal what the runtime printed
// (`[chan receive, 1 minutes]`), and runtime.sched is found the same without the symbol table.

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findSched } from "../../src/core/clock.js";
import { crashFromCore } from "../../src/core/crash.js";
import { readG } from "../../src/core/goroutines.js";
import { CoreProcess } from "../../src/core/open.js";
import { parseCrashes } from "../../src/traceback/index.js";
import { coreToolchains, coreUnavailable, crashCore } from "./cores.js";

const why = coreUnavailable();

describe("core files: how long goroutines have waited", { skip: why }, () => {
  const tc = why === undefined ? coreToolchains()[0] : undefined;
  it("65 s after a GC: 1 minute, as the runtime printed", { skip: tc === undefined }, () => {
    const run = crashCore(tc!, [], ["65"], undefined, false, {}, "waiting");
    const [fromText] = parseCrashes(run.stderr);
    assert.ok(fromText !== undefined);
    const printed = new Map(fromText.goroutines.map((g) => [g.id, g.waitMinutes]));
    const proc = CoreProcess.open(run.binary, run.core);
    try {
      const crash = crashFromCore(proc);
      const mine = new Map(crash.goroutines.map((g) => [g.id, g.waitMinutes]));
      assert.deepEqual(mine, printed);
      // The two receivers and the mutex waiter parked before the GCs; the late one after them.
      const own = (f: string) =>
        crash.goroutines
          .filter((g) => g.frames.some((fr) => fr.func === f))
          .map((g) => g.waitMinutes);
      assert.deepEqual(own("main.main.func1"), [1, 1]);
      assert.deepEqual(own("main.main.func2"), [1]);
      assert.deepEqual(own("main.main.func3"), [0]);
      const gs = proc.allgs.gs.map((a) => readG(proc.mem, proc.layout, a));
      const bySymbol = findSched(proc.mem, proc.bin.exe, proc.layout, gs);
      assert.ok(bySymbol !== undefined);
      assert.equal(bySymbol, proc.bin.exe.symbol("runtime.sched")! + proc.mem.slide);
      assert.equal(findSched(proc.mem, proc.bin.exe, proc.layout, gs, false), bySymbol);
    } finally {
      proc.close();
    }
  });
});
