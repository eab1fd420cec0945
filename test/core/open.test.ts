// Opening cores: compressed cores read as they are stored (gzip; zstd as systemd-coredump
// writes it), and the clear errors for a core that is not a Go process's, a core of another
// binary, a file that is not a core, a release without a measured layout, another architecture.

import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { BinaryError, hex } from "../../src/bytes/decode-error.js";
import { openCoreSource } from "../../src/core/core-source.js";
import { crashFromCore } from "../../src/core/crash.js";
import { ElfCore } from "../../src/core/elf-core.js";
import { CoreProcess } from "../../src/core/open.js";
import { CACHE, DEBIAN_GO, goEnv, type Toolchain } from "../binary/toolchains.js";
import { coreToolchains, coreUnavailable, crashCore, qemuArm64, qemuFor } from "./cores.js";

/** Go 1.15 from Debian (scripts/debian-go.sh bullseye 1.15), a release too old for cores. */
function toolchains(): Toolchain[] {
  const go = join(DEBIAN_GO, "1.15/usr/lib/go-1.15/bin/go");
  // `go version` (GOVERSION came with Go 1.16): "go version go1.15.15 linux/amd64".
  const r = spawnSync(go, ["version"], { encoding: "utf8", env: goEnv({ GOFLAGS: "" }) });
  const version = r.stdout?.split(" ")[2];
  return r.status === 0 && version !== undefined ? [{ name: "go1.15", go, version }] : [];
}

const why = coreUnavailable();

function goroutineIds(binary: string, core: string): number[] {
  const proc = CoreProcess.open(binary, core);
  try {
    return crashFromCore(proc).goroutines.map((g) => g.id ?? -1);
  } finally {
    proc.close();
  }
}

/** An executable's entry and its first loaded segment's address, from its ELF headers. */
function elfHead(path: string): { entry: number; firstLoad: number } {
  const b = readFileSync(path);
  const phoff = Number(b.readBigUInt64LE(32));
  let firstLoad = Number.POSITIVE_INFINITY;
  for (let i = 0; i < b.readUInt16LE(56); i++) {
    const ph = phoff + i * b.readUInt16LE(54);
    if (b.readUInt32LE(ph) === 1)
      firstLoad = Math.min(firstLoad, Number(b.readBigUInt64LE(ph + 16)));
  }
  return { entry: Number(b.readBigUInt64LE(24)), firstLoad };
}

/** The process's entry point as the core's auxiliary vector keeps it (AT_ENTRY). */
function startedAt(core: string): number {
  const c = new ElfCore(openCoreSource(core));
  try {
    const entry = c.auxv.get(9);
    assert.ok(entry !== undefined, "no AT_ENTRY");
    return entry;
  } finally {
    c.source.close();
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
      // systemd-coredump compresses as a stream (compress.c: ZSTD_compressStream2, checksum on,
      // no pledged size): a frame whose header gives no content size, as zstd writes from a pipe.
      const stream = `${run.core}.stream.zst`;
      if (!existsSync(stream)) {
        const r = spawnSync("zstd", ["-q", "-c"], {
          input: readFileSync(run.core),
          maxBuffer: 1 << 30,
        });
        writeFileSync(stream, r.stdout);
      }
      const descriptor = readFileSync(stream)[4]!;
      assert.equal(descriptor & 0xe0, 0, "no content size, not a single segment");
      assert.equal(descriptor & 0x04, 4, "a content checksum");
      assert.deepEqual(goroutineIds(run.binary, stream), want);
    }
  });

  it("a core of an unsupported release names the release", (t) => {
    const go115 = join(DEBIAN_GO, "1.15/usr/lib/go-1.15/bin/go");
    const old = toolchains().find((tc) => tc.go === go115);
    if (old === undefined) {
      assert.ok(!existsSync(go115), "go1.15 is installed but did not run");
      t.skip("go1.15 is not installed (scripts/debian-go.sh bullseye 1.15)");
      return;
    }
    const run = crashCore(old, ["-ldflags=-s -w"], ["segv"]);
    assert.equal(
      openError(run.binary, run.core),
      `unsupported Go release ${old.version}: core files are read for go1.19–go1.27`,
    );
  });

  it("an arm64 core with an amd64 binary names both", { skip: qemuArm64() === undefined }, () => {
    const arm = crashCore(tc!, ["-ldflags=-s -w"], ["segv"], "arm64");
    const amd = crashCore(tc!, ["-ldflags=-s -w"], ["segv"]);
    assert.equal(
      openError(amd.binary, arm.core),
      `the core is linux/arm64 but ${amd.binary} is elf amd64: not the binary that dumped it (the core of "${arm.binary} segv")`,
    );
  });

  it("a core of another binary names the process that dumped it", {
    skip: tc === undefined,
  }, () => {
    const stripped = crashCore(tc!, ["-ldflags=-s -w"], ["segv"]);
    const other = crashCore(tc!, ["-buildmode=pie", "-ldflags=-s -w"], ["segv"]);
    assert.equal(
      openError(stripped.binary, other.core),
      `the core does not belong to ${stripped.binary}: the process started at ${hex(startedAt(other.core))}, the binary's entry is ${hex(elfHead(stripped.binary).entry)} (the core of "${other.binary} segv")`,
    );
    assert.equal(
      openError(other.binary, stripped.core),
      `the core does not belong to ${other.binary}: the process started at ${hex(startedAt(stripped.core))}, not a whole number of pages from the binary's entry ${hex(elfHead(other.binary).entry)} (the core of "${stripped.binary} segv")`,
    );
  });

  it("a core of the same program built otherwise: its build ID is not the binary's", {
    skip: tc === undefined,
  }, () => {
    // The unstripped twin (what dlv core needs) and the stripped build start at the same entry
    // and map the same segments: only the first page, with .note.go.buildid, tells them apart.
    const stripped = crashCore(tc!, ["-ldflags=-s -w"], ["segv"]);
    const twin = crashCore(tc!, [], ["segv"]);
    assert.equal(elfHead(twin.binary).entry, elfHead(stripped.binary).entry);
    assert.equal(
      openError(twin.binary, stripped.core),
      `the core does not belong to ${twin.binary}: the Go build ID in the core's memory is not the binary's (the core of "${stripped.binary} segv")`,
    );
    assert.equal(
      openError(stripped.binary, twin.core),
      `the core does not belong to ${stripped.binary}: the Go build ID in the core's memory is not the binary's (the core of "${twin.binary} segv")`,
    );
  });

  it("a core of a process that is not a Go program names the process", {
    skip: tc === undefined,
  }, () => {
    const run = crashCore(tc!, ["-ldflags=-s -w"], ["segv"]);
    const pie = crashCore(tc!, ["-buildmode=pie", "-ldflags=-s -w"], ["segv"]);
    const sh = shellCore();
    const shell = `(the core of "sh -c kill -ABRT $$")`;
    assert.equal(
      openError(run.binary, sh),
      `the core does not belong to ${run.binary}: the process started at ${hex(startedAt(sh))}, the binary's entry is ${hex(elfHead(run.binary).entry)} ${shell}`,
    );
    // The PIE moved by the shell's slide: its first segment lands where the shell mapped nothing.
    const { entry, firstLoad } = elfHead(pie.binary);
    const slide = startedAt(sh) - entry;
    assert.equal(
      openError(pie.binary, sh),
      `the core does not belong to ${pie.binary}: nothing was mapped at ${hex(firstLoad + slide)}, where its segment at ${hex(firstLoad)} would be ${shell}`,
    );
  });

  it("cores of architectures not read are named (ppc64le, 32-bit arm under qemu-user)", (t) => {
    if (tc === undefined) return t.skip("no Go toolchain");
    for (const goarch of ["ppc64le", "arm"] as const) {
      if (qemuFor(goarch) === undefined) {
        t.diagnostic(`qemu-user for ${goarch} is not installed`);
        continue;
      }
      const run = crashCore(tc, ["-ldflags=-s -w"], ["segv"], goarch);
      // The runtime printed the crash: the core is the Go program's own.
      assert.match(run.stderr, /^panic: runtime error: invalid memory address/);
      const amd = crashCore(tc, ["-ldflags=-s -w"], ["segv"]);
      assert.equal(
        openError(amd.binary, run.core),
        goarch === "ppc64le"
          ? "unsupported core architecture: linux/ppc64le (ELF machine 21); core files are read for linux/amd64 and linux/arm64"
          : "unsupported core: linux/arm (ELF machine 40), a 32-bit little-endian ELF core; core files are read for linux/amd64 and linux/arm64",
      );
    }
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
