// Damaged core files, fuzzed as the binaries are (issue 11): a real core of testdata/core's crash
// program cut at random points, with bits flipped in its headers, notes and memory, and with
// hostile header values. Each variant is read as `panicscope core` reads it: the crash comes
// out, or one BinaryError that names what was wrong (and, for a damaged structure, its file
// offset) — never another exception, never an internal error, never a stall.

import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { BinaryError } from "../../src/bytes/decode-error.js";
import { crashFromCore } from "../../src/core/crash.js";
import { CoreProcess } from "../../src/core/open.js";
import { rng } from "../binary/sample.js";
import { requireToolchain } from "../binary/toolchains.js";
import { cpuMs } from "../fuzz/cpu-time.js";
import { tempDir } from "../temp-dir.js";
import { coreUnavailable, crashCore } from "./cores.js";

/** The variants: 80 cuts, 80 flips of 1–4 bits (half in the first 64 KB), 40 hostile headers. */
function variants(core: Buffer): { how: string; bytes: Buffer }[] {
  const next = rng(2026);
  const below = (n: number) => Math.floor(next() * n);
  const out: { how: string; bytes: Buffer }[] = [];
  for (let i = 0; i < 80; i++) {
    const at = below(core.length);
    out.push({ how: `cut at ${at}`, bytes: core.subarray(0, at) });
  }
  for (let i = 0; i < 80; i++) {
    const bytes = Buffer.from(core);
    const flips: number[] = [];
    for (let k = 1 + below(4); k > 0; k--) {
      const at = i % 2 === 0 ? below(Math.min(65536, core.length)) : below(core.length);
      bytes[at] = (bytes[at] as number) ^ (1 << below(8));
      flips.push(at);
    }
    out.push({ how: `bits flipped at ${flips.join(",")}`, bytes });
  }
  // Header words (ELF64): e_phoff 32, e_phentsize 54, e_phnum 56; program header i's p_offset
  // and p_filesz; a note's namesz/descsz.
  const phoff = Number(core.readBigUInt64LE(32));
  const phnum = core.readUInt16LE(56);
  const hostile = [0xffffffff, 0x7fffffff, 0x80000000, 0, 1, 0xfffffff0];
  for (let i = 0; i < 40; i++) {
    const bytes = Buffer.from(core);
    const value = hostile[i % hostile.length] as number;
    const ph = phoff + 56 * below(phnum);
    const [field, at, write] = [
      ["e_phoff", 32, () => bytes.writeBigUInt64LE(BigInt(value) << 8n, 32)],
      ["e_phentsize", 54, () => bytes.writeUInt16LE(value & 0xffff, 54)],
      ["e_phnum", 56, () => bytes.writeUInt16LE(value & 0xffff, 56)],
      ["p_offset", ph + 8, () => bytes.writeBigUInt64LE(BigInt(value) << 4n, ph + 8)],
      ["p_filesz", ph + 32, () => bytes.writeBigUInt64LE(BigInt(value) << 4n, ph + 32)],
    ][i % 5] as [string, number, () => void];
    write();
    out.push({ how: `${field} at ${at} = ${value}`, bytes });
  }
  return out;
}

test("200 damaged cores: the crash or one clear error with its offset, never an exception", (t) => {
  const why = coreUnavailable();
  if (why !== undefined) return t.skip(why);
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return;
  const run = crashCore(tc, ["-ldflags=-s -w"], ["segv"]);
  const dir = tempDir("panicscope-damaged-cores-");
  const failures: string[] = [];
  let read = 0;
  let refused = 0;
  for (const variant of variants(readFileSync(run.core))) {
    // One file, rewritten: the variants are read one at a time.
    const file = join(dir, "core");
    writeFileSync(file, variant.bytes);
    const started = cpuMs();
    try {
      const proc = CoreProcess.open(run.binary, file);
      try {
        crashFromCore(proc);
      } finally {
        proc.close();
      }
      read++;
    } catch (error) {
      if (!(error instanceof BinaryError)) failures.push(`${variant.how}: ${String(error)}`);
      else if (/internal/.test(error.message)) failures.push(`${variant.how}: ${error.message}`);
      else if (
        (error.kind === "corrupt" || error.kind === "truncated") &&
        !/ at offset 0x[0-9a-f]+$/.test(error.message)
      )
        failures.push(`${variant.how}: no offset: ${error.message}`);
      else refused++;
    }
    const ms = cpuMs() - started;
    if (ms > 5000) failures.push(`${variant.how}: ${Math.round(ms)} ms of CPU`);
  }
  t.diagnostic(`${read} read, ${refused} refused`);
  assert.deepEqual(failures, []);
  assert.equal(read + refused, 200);
});

test("a damaged program header table is named with its offset", (t) => {
  const why = coreUnavailable();
  if (why !== undefined) return t.skip(why);
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return;
  const run = crashCore(tc, ["-ldflags=-s -w"], ["segv"]);
  const core = readFileSync(run.core);
  const dir = tempDir("panicscope-damaged-core-");
  const error = (change: (b: Buffer) => void): string => {
    const bytes = Buffer.from(core);
    change(bytes);
    const file = join(dir, "core");
    writeFileSync(file, bytes);
    try {
      CoreProcess.open(run.binary, file).close();
    } catch (e) {
      assert.ok(e instanceof BinaryError, String(e));
      return e.message;
    }
    return "read";
  };
  const phoff = Number(core.readBigUInt64LE(32));
  // Linux puts the notes first: one program header is the notes without any memory.
  assert.equal(core.readUInt32LE(phoff), 4);
  assert.equal(
    error((b) => b.writeUInt16LE(10, 54)),
    "corrupt ELF core program header size 10 at offset 0x36",
  );
  assert.equal(
    error((b) => b.writeUInt16LE(1, 56)),
    `corrupt ELF core: no memory segment (PT_LOAD) in its program headers at offset 0x${phoff.toString(16)}`,
  );
});
