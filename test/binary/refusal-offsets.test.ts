// A damaged structure is refused with the exact file offset of the field or record it names:
// real binaries of testdata/binary/prog (go1.26: ELF, PE, Mach-O, universal) damaged at one
// place, each refusal also checked against Go's own answer (test/fuzz/go-version-m), and the
// command line giving the file name, the offset and exit status 1.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { formatGoVersionM, readBuildInfo } from "../../src/binary/buildinfo.js";
import { BinaryError } from "../../src/bytes/decode-error.js";
import { BufferSource } from "../../src/bytes/source.js";
import { goVersionM } from "../fuzz/binary-harness.js";
import { tempDir } from "../temp-dir.js";
import { rng } from "./sample.js";
import { build, ROOT, requireToolchain, type Toolchain } from "./toolchains.js";

const REFUSED = "refused: could not read Go build info unrecognized file format";

function prog(tc: Toolchain, env: Record<string, string> = {}, ext = ""): Buffer {
  return readFileSync(build({ dir: "prog", tc, env, flags: [], ext }));
}

/** panicscope's answer (`error: …` or the `go version -m` text) and Go's. */
function both(bytes: Buffer): { ours: string; go: string } {
  let ours: string;
  try {
    const bi = readBuildInfo(new BufferSource(bytes));
    ours = bi === undefined ? "no build info" : formatGoVersionM("FILE", bi);
  } catch (error) {
    assert.ok(error instanceof BinaryError, String(error));
    ours = `error: ${error.message}`;
  }
  const file = join(tempDir("panicscope-offsets-"), "v");
  writeFileSync(file, bytes);
  const answer = goVersionM([file]).get(file);
  assert.ok(answer);
  const go = answer.ok ? (answer.out ?? "").replaceAll(file, "FILE") : `refused: ${answer.err}`;
  return { ours, go: go.replace(/from \S+: /, "") };
}

const hex = (n: number | bigint) => `0x${n.toString(16)}`;

test("ELF: each header field refused at its own offset", (t) => {
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return;
  const elf = prog(tc);
  const shoff = Number(elf.readBigUInt64LE(40));
  const phoff = Number(elf.readBigUInt64LE(32));
  const shnum = elf.readUInt16LE(60);
  const damaged = (change: (b: Buffer) => void) => {
    const b = Buffer.from(elf);
    change(b);
    return both(b);
  };
  assert.deepEqual(
    damaged((b) => b.writeBigUInt64LE((1n << 63n) + 5n, 40)),
    { ours: "error: corrupt ELF header: invalid shoff at offset 0x28", go: REFUSED },
  );
  assert.deepEqual(
    damaged((b) => b.writeBigUInt64LE(1n << 63n, 32)),
    { ours: "error: corrupt ELF header: invalid phoff at offset 0x20", go: REFUSED },
  );
  assert.deepEqual(
    damaged((b) => b.writeUInt16LE(shnum, 62)),
    { ours: `error: corrupt ELF header: shstrndx ${shnum} at offset 0x3e`, go: REFUSED },
  );
  assert.deepEqual(
    damaged((b) => b.writeUInt16LE(10, 58)),
    { ours: "error: corrupt ELF header: shentsize 10 at offset 0x3a", go: REFUSED },
  );
  assert.deepEqual(
    damaged((b) => b.writeUInt16LE(10, 54)),
    { ours: "error: corrupt ELF header: phentsize 10 at offset 0x36", go: REFUSED },
  );
  // Past 2⁵³ the offset is still given to the last digit.
  assert.deepEqual(
    damaged((b) => b.writeBigUInt64LE(0x7000000000000007n, 40)),
    {
      ours: "error: corrupt ELF section headers: runs past the end of the file at offset 0x7000000000000007",
      go: REFUSED,
    },
  );
  assert.deepEqual(
    damaged((b) => b.writeBigUInt64LE(1n << 63n, phoff + 56 + 8)),
    { ours: `error: corrupt ELF program header 1 at offset ${hex(phoff + 56)}`, go: REFUSED },
  );
  assert.deepEqual(
    damaged((b) => b.writeUInt32LE(0xffffff, shoff + 3 * 64)),
    {
      ours: `error: corrupt ELF section header 3: name index at offset ${hex(shoff + 192)}`,
      go: REFUSED,
    },
  );
});

test("PE: the optional header's size and directory count at their fields", (t) => {
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return;
  const pe = prog(tc, { GOOS: "windows" }, ".exe");
  const fileHeader = pe.readUInt32LE(0x3c) + 4;
  const optional = fileHeader + 20;
  let b = Buffer.from(pe);
  b.writeUInt16LE(50, fileHeader + 16);
  assert.deepEqual(both(b), {
    ours: `error: corrupt PE optional header: size 50 at offset ${hex(fileHeader + 16)}`,
    go: REFUSED,
  });
  b = Buffer.from(pe);
  assert.equal(b.readUInt16LE(optional), 0x20b);
  b.writeUInt32LE(15, optional + 108);
  assert.deepEqual(both(b), {
    ours: `error: corrupt PE optional header: 15 data directories in 128 bytes at offset ${hex(optional + 108)}`,
    go: REFUSED,
  });
});

test("PE headers glued onto garbage: refused where the garbage is first read", (t) => {
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return;
  const pe = prog(tc, { GOOS: "windows" }, ".exe");
  const next = rng(3);
  const garbage = Buffer.alloc(1 << 16);
  for (let i = 0; i < garbage.length; i++) garbage[i] = Math.floor(next() * 256);
  const glued = Buffer.concat([pe.subarray(0, 0x400), garbage]);
  // The COFF symbol table the header points at lies past the end of what is left.
  const symtab = pe.readUInt32LE(pe.readUInt32LE(0x3c) + 4 + 8);
  assert.ok(symtab > glued.length);
  const symbols = pe.readUInt32LE(pe.readUInt32LE(0x3c) + 4 + 12);
  assert.deepEqual(both(glued), {
    ours: `error: corrupt PE string table length: cut at offset ${hex(symtab + 18 * symbols)}`,
    go: REFUSED,
  });
});

/** The offset of each load command of a thin Mach-O file. */
function loadCommands(macho: Buffer, base = 0): number[] {
  const ncmds = macho.readUInt32LE(base + 16);
  const out: number[] = [];
  let at = base + 32;
  for (let i = 0; i < ncmds; i++) {
    out.push(at);
    at += macho.readUInt32LE(at + 4);
  }
  return out;
}

test("Mach-O: a load command of size 0 is refused at that command, in a universal file too", (t) => {
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return;
  const thin = prog(tc, { GOOS: "darwin", GOARCH: "arm64" });
  const third = loadCommands(thin)[3] as number;
  const b = Buffer.from(thin);
  b.writeUInt32LE(0, third + 4);
  assert.deepEqual(both(b), {
    ours: `error: corrupt Mach-O invalid command block size at offset ${hex(third)}`,
    go: REFUSED,
  });
  // The same slice second in a universal file: the offset counts from the file's start.
  const at = 0x4000;
  const fat = Buffer.alloc(at + 2 * thin.length);
  fat.writeUInt32BE(0xcafebabe, 0);
  fat.writeUInt32BE(2, 4);
  for (const [i, cpu] of [0x01000007, 0x0100000c].entries()) {
    fat.writeUInt32BE(cpu, 8 + 20 * i);
    fat.writeUInt32BE(at + i * thin.length, 16 + 20 * i);
    fat.writeUInt32BE(thin.length, 20 + 20 * i);
    fat.writeUInt32BE(14, 24 + 20 * i);
  }
  thin.copy(fat, at);
  b.copy(fat, at + thin.length);
  assert.deepEqual(both(fat), {
    ours: `error: corrupt Mach-O universal slice 1 (fat_arch at 0x1c): Mach-O invalid command block size at offset ${hex(at + thin.length + third)}`,
    go: REFUSED,
  });
});

test("a universal header claiming 2³²−1 slices: refused at the first record that is not one", (t) => {
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return;
  const thin = prog(tc, { GOOS: "darwin", GOARCH: "arm64" });
  const fat = Buffer.alloc(0x4000 + thin.length);
  fat.writeUInt32BE(0xcafebabe, 0);
  fat.writeUInt32BE(0xffffffff, 4);
  fat.writeUInt32BE(0x0100000c, 8);
  fat.writeUInt32BE(0x4000, 16);
  fat.writeUInt32BE(thin.length, 20);
  fat.writeUInt32BE(14, 24);
  thin.copy(fat, 0x4000);
  // The second record is zeros: a slice of no bytes at offset 0, which has no Mach-O header.
  assert.deepEqual(both(fat), {
    ours: "error: corrupt Mach-O universal slice 1 (fat_arch at 0x1c): Mach-O header: cut at offset 0x0",
    go: REFUSED,
  });
});

test("a .go.buildinfo section claiming 2⁴⁰ bytes is read as Go reads it", (t) => {
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return;
  const elf = prog(tc);
  const shoff = Number(elf.readBigUInt64LE(40));
  const shnum = elf.readUInt16LE(60);
  const names = shoff + 64 * elf.readUInt16LE(62);
  const strtab = Number(elf.readBigUInt64LE(names + 24));
  let found = false;
  for (let i = 0; i < shnum; i++) {
    const name = elf.readUInt32LE(shoff + 64 * i);
    if (elf.toString("latin1", strtab + name, strtab + name + 14) === ".go.buildinfo\0") {
      elf.writeBigUInt64LE(1n << 40n, shoff + 64 * i + 32);
      found = true;
    }
  }
  assert.ok(found);
  const { ours, go } = both(elf);
  assert.match(ours, /^FILE: go1\.26\.\d+\n\tpath\texample\.com\/prog\n/);
  assert.equal(ours, go);
});

/** prog with its dependency line damaged (v1.2.3 → v1\t2\t3: four columns); the line's offset. */
function badLine(tc: Toolchain): { bytes: Buffer; line: number } {
  const bytes = prog(tc);
  // The blob's copy of the module text (the runtime keeps another in its data).
  const line = bytes.indexOf(
    "dep\texample.com/dep\tv1.2.3\n",
    bytes.indexOf("\xff Go buildinf:", 0, "latin1"),
  );
  assert.ok(line > 0);
  const version = line + "dep\texample.com/dep\t".length;
  bytes.write("v1\t2\t3", version, "latin1");
  return { bytes, line };
}

test("a refused build-info line is given at the line's own offset", (t) => {
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return;
  const { bytes, line } = badLine(tc);
  const { ours, go } = both(bytes);
  assert.equal(
    ours,
    `error: corrupt build info: line 3: expected 2 or 3 columns; got 4 at offset ${hex(line)}`,
  );
  assert.match(go, /^refused: .*expected 2 or 3 columns; got 4/);
});

test("the command line: the file name and the offset, exit status 1; symbolize needs no build info", (t) => {
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return;
  const dir = tempDir("panicscope-offsets-cli-");
  const cli = join(ROOT, "dist/src/cli/main.js");
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
  const header = join(dir, "header");
  const b = prog(tc);
  b.writeUInt16LE(10, 58);
  writeFileSync(header, b);
  let r = run("buildinfo", header);
  assert.deepEqual(
    [r.status, r.stdout, r.stderr],
    [1, "", `panicscope: ${header}: corrupt ELF header: shentsize 10 at offset 0x3a\n`],
  );
  // panicscope's own reader refuses the same field.
  r = run("symbolize", "--binary", header, "0x0");
  assert.deepEqual(
    [r.status, r.stdout, r.stderr],
    [1, "", `panicscope: ${header}: corrupt ELF section header size 10 at offset 0x3a\n`],
  );
  const blob = join(dir, "blob");
  const { bytes, line } = badLine(tc);
  writeFileSync(blob, bytes);
  r = run("buildinfo", blob);
  assert.deepEqual(
    [r.status, r.stdout, r.stderr],
    [
      1,
      "",
      `panicscope: ${blob}: corrupt build info: line 3: expected 2 or 3 columns; got 4 at offset ${hex(line)}\n`,
    ],
  );
  r = run("symbolize", "--binary", blob, "0x0");
  assert.deepEqual([r.status, r.stderr], [0, ""]);
});
