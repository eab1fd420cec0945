// XCOFF (AIX) and Plan 9 a.out executables, which Go's debug/buildinfo reads: testdata/binary/prog
// cross-built by Go 1.26 (testdata/binary/aix-plan9/gen.sh, with Go's own `go version -m`).
// buildinfo answers as Go does; symbolize says plainly that it does not read these formats.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";
import { formatGoVersionM, readBuildInfo } from "../../src/binary/buildinfo.js";
import { BinaryError } from "../../src/bytes/decode-error.js";
import { BufferSource } from "../../src/bytes/source.js";
import { goVersionM } from "../fuzz/binary-harness.js";
import { tempDir } from "../temp-dir.js";
import { ROOT, requireToolchain, TESTDATA } from "./toolchains.js";

const DIR = join(TESTDATA, "aix-plan9");
const cli = join(ROOT, "dist/src/cli/main.js");

function fixture(name: string): Buffer {
  return gunzipSync(readFileSync(join(DIR, `${name}.gz`)));
}

/** Go's `go version -m` of the fixtures, per file (version-m.txt). */
function goSaid(name: string): string {
  const text = readFileSync(join(DIR, "version-m.txt"), "utf8");
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`${name}:`));
  let end = start + 1;
  while (end < lines.length && lines[end]?.startsWith("\t")) end++;
  return `${lines.slice(start, end).join("\n")}\n`;
}

/** `panicscope ARGS` on the fixture written as `name` in a fresh directory. */
function run(name: string, bytes: Buffer, ...args: string[]) {
  const dir = tempDir("panicscope-aix-plan9-");
  writeFileSync(join(dir, name), bytes);
  const r = spawnSync(process.execPath, [cli, ...args, name], { cwd: dir, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function ours(bytes: Buffer): string {
  try {
    const bi = readBuildInfo(new BufferSource(bytes));
    return bi === undefined ? "no build info" : formatGoVersionM("FILE", bi);
  } catch (error) {
    assert.ok(error instanceof BinaryError, String(error));
    return `error: ${error.message}`;
  }
}

/** Go's answer on these bytes, through the oracle of test/fuzz/go-version-m. */
function go(bytes: Buffer): string {
  const file = join(tempDir("panicscope-aix-plan9-go-"), "v");
  writeFileSync(file, bytes);
  const answer = goVersionM([file]).get(file);
  assert.ok(answer);
  return (answer.ok ? (answer.out ?? "") : `refused: ${answer.err}`).replaceAll(file, "FILE");
}

test("buildinfo of an AIX (XCOFF) binary prints what go version -m printed", () => {
  const r = run("prog-aix-ppc64", fixture("prog-aix-ppc64"), "buildinfo");
  assert.equal(r.stderr, "");
  assert.equal(r.status, 0);
  assert.equal(r.stdout, goSaid("prog-aix-ppc64"));
  assert.match(r.stdout, /^prog-aix-ppc64: go1\.26\.8\n\tpath\texample\.com\/prog\n/);
  assert.match(r.stdout, /\tbuild\tGOOS=aix\n/);
});

test("buildinfo of a Plan 9 binary finds none, as go version -m finds none", () => {
  assert.equal(
    goSaid("prog-plan9-amd64"),
    "prog-plan9-amd64: could not read Go build info from prog-plan9-amd64: not a Go executable\n",
  );
  const r = run("prog-plan9-amd64", fixture("prog-plan9-amd64"), "buildinfo");
  assert.equal(r.status, 1);
  assert.equal(r.stdout, "");
  assert.equal(
    r.stderr,
    "panicscope: prog-plan9-amd64: not a Go binary: no build info where Go looks for it in a Plan 9 a.out file (at a 16-byte aligned file offset in its data; go version -m finds none either)\n",
  );
});

test("a Plan 9 binary whose blob is moved to a 16-byte file offset is read, as Go reads it", (t) => {
  if (requireToolchain(t, "go") === undefined) return;
  const plan9 = fixture("prog-plan9-amd64");
  const blob = plan9.indexOf("\xff Go buildinf:", 0, "latin1");
  assert.equal(blob % 16, 8);
  // Eight bytes more at the start of the data section, which says so in the header.
  const dataStart = 40 + plan9.readUInt32BE(4);
  const moved = Buffer.concat([
    plan9.subarray(0, dataStart),
    Buffer.alloc(8),
    plan9.subarray(dataStart),
  ]);
  moved.writeUInt32BE(plan9.readUInt32BE(8) + 8, 8);
  const answer = ours(moved);
  assert.match(answer, /^FILE: go1\.26\.8\n\tpath\texample\.com\/prog\n/);
  assert.match(answer, /\tbuild\tGOOS=plan9\n/);
  assert.equal(answer, go(moved));
});

test("an XCOFF file cut inside its symbol table is refused, as Go refuses it", (t) => {
  if (requireToolchain(t, "go") === undefined) return;
  const aix = fixture("prog-aix-ppc64");
  const symptr = Number(aix.readBigUInt64BE(8));
  const cut = aix.subarray(0, symptr + 18 * 5 + 7);
  // The string table's length word is read first, past the end of what is left.
  const strings = symptr + 18 * aix.readUInt32BE(20);
  assert.equal(
    ours(cut),
    `error: corrupt XCOFF string table length: cut at offset 0x${strings.toString(16)}`,
  );
  assert.equal(
    go(cut),
    "refused: could not read Go build info from FILE: unrecognized file format",
  );
  // Its .data section header claiming no file bytes: build info cannot be read there.
  const data = Buffer.from(aix);
  let found = false;
  for (let i = 0; i < aix.readUInt16BE(2); i++) {
    const at = 24 + aix.readUInt16BE(16) + 72 * i;
    if (aix.readUInt32BE(at + 64) === 0x40) {
      data.writeBigUInt64BE(0n, at + 32);
      found = true;
      break;
    }
  }
  assert.ok(found);
  assert.equal(ours(data), "no build info");
  // Go refuses it too, in the words of its reader of sections without file bytes.
  assert.equal(
    go(data),
    "refused: could not read Go build info from FILE: unexpected read from section with uninitialized data",
  );
});

test("symbolize says it does not read XCOFF or Plan 9 executables (exit status 1)", () => {
  const aix = run("prog-aix-ppc64", fixture("prog-aix-ppc64"), "symbolize", "0x1000", "--binary");
  assert.deepEqual(aix, {
    status: 1,
    stdout: "",
    stderr:
      "panicscope: prog-aix-ppc64: unsupported: an XCOFF (AIX) executable: symbols are read from ELF, Mach-O and PE files only\n",
  });
  const plan9 = run(
    "prog-plan9-amd64",
    fixture("prog-plan9-amd64"),
    "symbolize",
    "0x1000",
    "--binary",
  );
  assert.deepEqual(plan9, {
    status: 1,
    stdout: "",
    stderr:
      "panicscope: prog-plan9-amd64: unsupported: a Plan 9 a.out executable: symbols are read from ELF, Mach-O and PE files only\n",
  });
});
