// Opening cores: compressed cores read as they are stored (gzip; zstd as systemd-coredump
// writes it), and the clear errors for a core that is not a Go process's, a core of another
// binary, and a file that is not a core.

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { BinaryError } from "../../src/bytes/decode-error.js";
import { crashFromCore } from "../../src/core/crash.js";
import { CoreProcess } from "../../src/core/open.js";
import { CACHE } from "../binary/toolchains.js";
import { coreToolchains, coreUnavailable, crashCore } from "./cores.js";

const why = coreUnavailable();

function goroutineIds(binary: string, core: string): number[] {
  const proc = CoreProcess.open(binary, core);
  try {
    return crashFromCore(proc).goroutines.map((g) => g.id ?? -1);
  } finally {
    proc.close();
  }
}

function openError(binary: string, core: string): string {
  try {
    CoreProcess.open(binary, core).close();
  } catch (e) {
    assert.ok(e instanceof BinaryError, `a BinaryError, got ${String(e)}`);
    return e.message;
  }
  assert.fail("opened without error");
}

/** A core of /bin/sh killed by SIGABRT: a process that is not a Go program. */
function shellCore(): string {
  const dir = join(CACHE, "cores", "sh-abort");
  const core = join(dir, "core");
  if (existsSync(core)) return core;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  spawnSync("bash", ["-c", 'ulimit -c unlimited && exec sh -c "kill -ABRT \\$\\$"'], { cwd: dir });
  const made = readdirSync(dir).find((n) => n === "core" || n.startsWith("core."));
  assert.ok(made !== undefined, "sh left no core");
  if (made !== "core") writeFileSync(core, readFileSync(join(dir, made)));
  return core;
}

describe("core files: compressed cores and clear errors", { skip: why }, () => {
  const tc = why === undefined ? coreToolchains()[0] : undefined;

  it("reads .gz and .zst cores like the plain core", { skip: tc === undefined }, () => {
    const run = crashCore(tc!, ["-ldflags=-s -w"], ["segv"]);
    const want = goroutineIds(run.binary, run.core);
    assert.ok(want.length >= 9);
    const gz = `${run.core}.gz`;
    if (!existsSync(gz)) writeFileSync(gz, gzipSync(readFileSync(run.core), { level: 1 }));
    assert.deepEqual(goroutineIds(run.binary, gz), want);
    const zst = `${run.core}.zst`;
    const hasZstd = spawnSync("zstd", ["--version"]).status === 0;
    if (hasZstd) {
      if (!existsSync(zst)) execFileSync("zstd", ["-q", "-1", "-f", run.core, "-o", zst]);
      assert.deepEqual(goroutineIds(run.binary, zst), want);
    }
  });

  it("a core of another binary is refused", { skip: tc === undefined }, () => {
    const stripped = crashCore(tc!, ["-ldflags=-s -w"], ["segv"]);
    const other = crashCore(tc!, ["-buildmode=pie", "-ldflags=-s -w"], ["segv"]);
    assert.match(openError(stripped.binary, other.core), /does not belong to .*corecrash-/);
    assert.match(openError(other.binary, stripped.core), /does not belong to .*corecrash-/);
  });

  it("a core of a process that is not a Go program is refused", { skip: tc === undefined }, () => {
    const run = crashCore(tc!, ["-ldflags=-s -w"], ["segv"]);
    const pie = crashCore(tc!, ["-buildmode=pie", "-ldflags=-s -w"], ["segv"]);
    const sh = shellCore();
    assert.match(openError(run.binary, sh), /does not belong to/);
    assert.match(openError(pie.binary, sh), /does not belong to/);
  });

  it("a truncated core or garbage is a BinaryError, never another exception", {
    skip: tc === undefined,
  }, () => {
    const run = crashCore(tc!, ["-ldflags=-s -w"], ["segv"]);
    const bytes = readFileSync(run.core);
    const dir = join(CACHE, "cores", "broken");
    mkdirSync(dir, { recursive: true });
    for (const [name, data] of [
      ["head-64k", bytes.subarray(0, 65536)],
      ["head-3m", bytes.subarray(0, 3 << 20)],
      ["header-only", bytes.subarray(0, 64)],
      ["zeros", Buffer.alloc(4096)],
    ] as const) {
      const file = join(dir, name);
      writeFileSync(file, data);
      try {
        const proc = CoreProcess.open(run.binary, file);
        crashFromCore(proc);
        proc.close();
      } catch (e) {
        assert.ok(e instanceof BinaryError, `${name}: ${String(e)}`);
        assert.doesNotMatch(e.message, /internal/, name);
      }
    }
  });

  it("an executable given as the core is refused", { skip: tc === undefined }, () => {
    const run = crashCore(tc!, ["-ldflags=-s -w"], ["segv"]);
    assert.equal(
      openError(run.binary, run.binary),
      "not a core file: ELF type 2 (an executable or library?), expected ET_CORE",
    );
  });
});
