// Build info read where Go's debug/buildinfo reads it and refused where it refuses: real
// binaries of testdata/binary/prog (go1.26: ELF, PE, Mach-O) damaged at one place, as the
// binary fuzzer damaged them, each checked against Go's own answer (test/fuzz/go-version-m).

import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { formatGoVersionM, readBuildInfo } from "../../src/binary/buildinfo.js";
import { BinaryError } from "../../src/bytes/decode-error.js";
import { BufferSource } from "../../src/bytes/source.js";
import { goVersionM } from "../fuzz/binary-harness.js";
import { tempDir } from "../temp-dir.js";
import { build, requireToolchain, type Toolchain } from "./toolchains.js";

const MAGIC = Buffer.from("\xff Go buildinf:", "latin1");

function prog(tc: Toolchain, env: Record<string, string> = {}, ext = ""): Buffer {
  return readFileSync(build({ dir: "prog", tc, env, flags: [], ext }));
}

/** What panicscope says (`go version -m` text with the name FILE, or the error), and Go. */
function both(bytes: Buffer): { ours: string; go: string } {
  let ours: string;
  try {
    const bi = readBuildInfo(new BufferSource(bytes));
    ours = bi === undefined ? "no build info" : formatGoVersionM("FILE", bi);
  } catch (error) {
    assert.ok(error instanceof BinaryError);
    ours = `error: ${error.message}`;
  }
  const file = join(tempDir("panicscope-asgo-"), "v");
  writeFileSync(file, bytes);
  const answer = goVersionM([file]).get(file);
  assert.ok(answer);
  const go = answer.ok ? (answer.out ?? "").replaceAll(file, "FILE") : `refused: ${answer.err}`;
  return { ours, go: go.replace(/from \S+: /, "") };
}

test("an ELF header version word Go reads as a byte (0x00080001) is read", (t) => {
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return;
  const bytes = prog(tc);
  const intact = both(bytes);
  bytes.writeUInt32LE(0x00080001, 20);
  const damaged = both(bytes);
  assert.equal(damaged.go, intact.go);
  assert.equal(damaged.ours, intact.ours);
  assert.equal(damaged.ours, damaged.go);
});

test("a PE machine debug/pe does not know is refused, as Go refuses it", (t) => {
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return;
  const bytes = prog(tc, { GOOS: "windows" }, ".exe");
  const pe = bytes.readUInt32LE(0x3c) + 4;
  bytes.writeUInt16LE(0x1234, pe);
  assert.deepEqual(both(bytes), {
    ours: `error: corrupt PE file header: machine 0x1234 at offset 0x${pe.toString(16)}`,
    go: "refused: could not read Go build info unrecognized file format",
  });
});

test("a Mach-O file whose load commands run past its end is refused", (t) => {
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return;
  const bytes = prog(tc, { GOOS: "darwin", GOARCH: "arm64" });
  bytes.writeUInt32LE(0x7fffffff, 20);
  assert.deepEqual(both(bytes), {
    ours: "error: corrupt Mach-O load commands: cut at offset 0x20",
    go: "refused: could not read Go build info unrecognized file format",
  });
});

test("a universal file naming one slice twice is refused (duplicate architecture)", (t) => {
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return;
  const slice = prog(tc, { GOOS: "darwin", GOARCH: "arm64" });
  const head = Buffer.alloc(0x4000);
  head.writeUInt32BE(0xcafebabe, 0);
  head.writeUInt32BE(2, 4);
  for (const at of [8, 28]) {
    head.writeUInt32BE(0x0100000c, at);
    head.writeUInt32BE(0, at + 4);
    head.writeUInt32BE(0x4000, at + 8);
    head.writeUInt32BE(slice.length, at + 12);
    head.writeUInt32BE(14, at + 16);
  }
  const fat = Buffer.concat([head, slice]);
  assert.deepEqual(both(fat), {
    ours: "error: corrupt Mach-O universal duplicate architecture 16777228/0 at offset 0x1c",
    go: "refused: could not read Go build info unrecognized file format",
  });
  // With one slice it is read, as Go reads it.
  fat.writeUInt32BE(1, 4);
  const one = both(fat);
  assert.match(one.ours, /^FILE: go1\.\d+/);
  assert.equal(one.ours, one.go);
});

test("invalid UTF-8 in a module path is shown as Go shows it: one U+FFFD per byte", (t) => {
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return;
  const bytes = prog(tc);
  const at = bytes.indexOf("example.com/prog", bytes.indexOf(MAGIC));
  // "example.com/\xe2\x82og": a cut three-byte sequence (TextDecoder would make it one U+FFFD).
  bytes[at + 12] = 0xe2;
  bytes[at + 13] = 0x82;
  const { ours, go } = both(bytes);
  assert.equal(ours, go);
  assert.match(ours, /\tpath\texample\.com\/\ufffd\ufffdog\n/);
});

test("a build setting holding an invalid byte and a space is printed quoted with \\x", (t) => {
  const tc = requireToolchain(t, "go");
  if (tc === undefined) return;
  const bytes = prog(tc);
  const at = bytes.indexOf("-compiler=gc", bytes.indexOf(MAGIC));
  // "-compiler=gc" becomes, at the same length, "-co=\"\\xff x\"": a quoted value holding
  // byte 0xff and a space, which Go prints quoted again.
  bytes.write('-co="\\xff x"', at, "latin1");
  const { ours, go } = both(bytes);
  assert.equal(ours, go);
  assert.match(ours, /\tbuild\t-co="\\xff x"\n/);
});
