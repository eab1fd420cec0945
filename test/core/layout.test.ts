// The per-release runtime layouts of src/core/layout.ts equal what each release's own DWARF says
// (runtime.g, runtime.gobuf, runtime.m, runtime._panic read by testdata/core/goffsets), for
// every Go toolchain on the machine, built for amd64 and for arm64.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { runtimeLayout } from "../../src/core/layout.js";
import { parseGoRelease } from "../../src/goversion/release.js";
import { CACHE, goEnv, ROOT } from "../binary/toolchains.js";
import { buildCrash, coreToolchains } from "./cores.js";

type Offsets = Record<string, Record<string, number>>;

function goffsets(): string {
  // Named by the program's source, so that a field added to it builds it again.
  const src = readFileSync(join(ROOT, "testdata", "core", "goffsets", "main.go"));
  const out = join(
    CACHE,
    `goffsets-${createHash("sha256").update(src).digest("hex").slice(0, 12)}`,
  );
  if (!existsSync(out)) {
    mkdirSync(CACHE, { recursive: true });
    execFileSync("go", ["build", "-o", out, "."], {
      cwd: join(ROOT, "testdata", "core", "goffsets"),
      env: goEnv({}),
    });
  }
  return out;
}

describe("runtime layouts per release equal the release's DWARF", () => {
  // amd64 and arm64 share one layout per release: each architecture's DWARF is checked.
  for (const tc of coreToolchains()) {
    for (const goarch of [undefined, "arm64"]) {
      it(`${tc.version} ${goarch ?? "amd64"}`, () => {
        const bin = buildCrash(tc, [], goarch);
        const dwarf = JSON.parse(execFileSync(goffsets(), [bin], { encoding: "utf8" })) as Offsets;
        const minor = parseGoRelease(tc.version)?.minor;
        assert.ok(minor !== undefined);
        const L = runtimeLayout(minor);
        assert.ok(L !== undefined, `no layout for ${tc.version}`);
        const g = dwarf["runtime.g"]!;
        const gobuf = dwarf["runtime.gobuf"]!;
        const sched = g.sched!;
        assert.deepEqual(L.g, {
          stackLo: g.stack,
          stackHi: g.stack! + 8,
          panic: g._panic,
          m: g.m,
          schedSp: sched + gobuf.sp!,
          schedPc: sched + gobuf.pc!,
          schedLr: sched + gobuf.lr!,
          syscallsp: g.syscallsp,
          syscallpc: g.syscallpc,
          atomicstatus: g.atomicstatus,
          goid: g.goid,
          waitsince: g.waitsince,
          waitreason: g.waitreason,
          lockedm: g.lockedm,
          sig: g.sig,
          sigcode0: g.sigcode0,
          sigcode1: g.sigcode1,
          sigpc: g.sigpc,
          parentGoid: g.parentGoid,
          gopc: g.gopc,
          startpc: g.startpc,
          labels: g.labels,
        });
        const m = dwarf["runtime.m"]!;
        assert.deepEqual(L.m, { procid: m.procid, curg: m.curg });
        assert.equal(m.g0, 0, "m.g0 first (crash.ts M_G0)");
        const p = dwarf["runtime._panic"]!;
        assert.deepEqual(L.panic, {
          arg: p.arg,
          link: p.link,
          recovered: p.recovered,
          goexit: p.goexit,
          repanicked: p.repanicked,
        });
        const s = dwarf["runtime.schedt"]!;
        assert.equal(s.goidgen, 0);
        assert.deepEqual(L.sched, { lastpoll: s.lastpoll, mnext: s.mnext, maxmcount: s.maxmcount });
      });
    }
  }
  it("an unmeasured release has no layout (a clear error, never a guess)", () => {
    assert.equal(runtimeLayout(18), undefined);
    assert.equal(runtimeLayout(28), undefined);
  });
});
