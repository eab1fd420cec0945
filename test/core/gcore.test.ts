// A core of a live process, taken with gdb's gcore (no crash, no root): the way to look inside
// a hung service. gcore leaves read-only file mappings out of the core's segments and records
// the SIGSTOP of its attach; the core is still the binary's, and it reads as a goroutine dump.
// Right after gcore the test sends SIGQUIT, whose dump the runtime prints before exiting: the
// program's own goroutines (parked, so unchanged in between) equal it.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { crashFromCore } from "../../src/core/crash.js";
import { CoreProcess } from "../../src/core/open.js";
import type { Frame, Goroutine } from "../../src/model.js";
import { parseCrashes } from "../../src/traceback/index.js";
import { tempDir } from "../temp-dir.js";
import { buildCrash, coreToolchains, coreUnavailable } from "./cores.js";

const GCORE = "/usr/bin/gcore";
const why = coreUnavailable() ?? (existsSync(GCORE) ? undefined : "gdb's gcore is not installed");

function frameKey(f: Frame): string {
  const offset = f.offset === undefined ? "" : ` +0x${f.offset.toString(16)}`;
  return `${f.func}${f.inlined ? "(...)" : ""} ${f.file}:${f.line}${offset}`;
}

/** The goroutines running the program's own code, as the runtime prints their headers and frames. */
function own(gs: Goroutine[]): string[][] {
  return gs
    .filter((g) => g.frames.some((f) => f.func.startsWith("main.")))
    .map((g) => [`goroutine ${g.id} [${g.state}]`, ...g.frames.map(frameKey)]);
}

describe("core files: a live process's core from gcore", { skip: why }, () => {
  const tc = why === undefined ? coreToolchains()[0] : undefined;
  it("reads as a goroutine dump equal to the runtime's SIGQUIT dump", {
    skip: tc === undefined,
  }, async () => {
    const binary = buildCrash(tc!, [], undefined, false, "waiting");
    const dir = tempDir("panicscope-gcore-");
    try {
      const child = spawn(binary, ["3600"], { stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (s: string) => {
        stderr += s;
      });
      const exited = new Promise((resolve) => child.on("exit", resolve));
      await sleep(1500); // its goroutines park and two GCs run within 0.2 s
      const g = spawnSync(GCORE, ["-o", join(dir, "core"), String(child.pid)], {
        encoding: "utf8",
        timeout: 120_000,
      });
      child.kill("SIGQUIT");
      await exited;
      assert.equal(g.status, 0, g.stderr);
      const core = readdirSync(dir).find((n) => n.startsWith("core."));
      assert.ok(core !== undefined);
      const proc = CoreProcess.open(binary, join(dir, core));
      let crash: ReturnType<typeof crashFromCore>;
      try {
        crash = crashFromCore(proc);
      } finally {
        proc.close();
      }
      assert.equal(crash.kind, "dump");
      assert.equal(crash.crashing, null);
      assert.equal(crash.signal, undefined);
      const [dump] = parseCrashes(stderr);
      assert.ok(dump !== undefined, stderr.slice(0, 500));
      const mine = own(crash.goroutines);
      assert.deepEqual(mine, own(dump.goroutines));
      // main asleep, two receivers, the mutex waiter (the late goroutine comes after an hour).
      assert.deepEqual(
        mine.map((lines) => lines[0]!.replace(/^goroutine \d+ /, "")),
        ["[sleep]", "[chan receive]", "[chan receive]", "[sync.Mutex.Lock]"],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
