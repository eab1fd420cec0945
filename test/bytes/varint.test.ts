// The one varint decoder against Go's own encoder (testdata/bytes/varint: binary.AppendUvarint and
// binary.AppendVarint, as the compiler writes pc-value tables) and DWARF 5's LEB128 examples.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { unzigzag32, VarintCursor } from "../../src/bytes/varint.js";

const ROOT = join(import.meta.dirname, "../../..");
const lines = readFileSync(join(ROOT, "testdata/bytes/varint/varints.out"), "utf8")
  .trimEnd()
  .split("\n")
  .map((l) => {
    const [kind, value, hex] = l.split(" ");
    return { kind: kind!, value: Number(value), bytes: Uint8Array.from(Buffer.from(hex!, "hex")) };
  });

describe("uvarint", () => {
  test("reads every value Go's binary.AppendUvarint wrote, and stops right after it", () => {
    const unsigned = lines.filter((l) => l.kind === "u");
    assert.equal(unsigned.length, 14);
    for (const { value, bytes } of unsigned) {
      const cur = new VarintCursor(Uint8Array.from([0xaa, ...bytes, 0x80]), 1);
      assert.equal(cur.uvarint(), value, `${value}`);
      assert.equal(cur.pos, 1 + bytes.length);
    }
  });

  test("a varint the bytes cut short is -1, never a throw", () => {
    const max32 = lines.find((l) => l.kind === "u" && l.value === 0xffffffff)!.bytes;
    for (let n = 0; n < max32.length; n++) {
      assert.equal(new VarintCursor(max32.subarray(0, n)).uvarint(), -1, `${n} bytes`);
    }
    // Eleven continuation bytes: longer than any uint64's varint.
    assert.equal(new VarintCursor(new Uint8Array(11).fill(0x80)).uvarint(), -1);
  });

  test("zig-zag: the signed deltas of pc-value tables (binary.AppendVarint, read as uint32)", () => {
    const signed = lines.filter((l) => l.kind === "s");
    assert.deepEqual(
      signed.map((l) => l.value),
      [0, -1, 1, -2, 2, 63, -64, 64, -65, 1000, -1000, 2147483647, -2147483648],
    );
    for (const { value, bytes } of signed) {
      assert.equal(unzigzag32(new VarintCursor(bytes).uvarint()), value, `${value}`);
    }
  });
});

describe("svarint", () => {
  // DWARF Debugging Information Format Version 5, section 7.6, Table 7.8.
  const table: [number, number[]][] = [
    [2, [0x02]],
    [-2, [0x7e]],
    [127, [0xff, 0x00]],
    [-127, [0x81, 0x7f]],
    [128, [0x80, 0x01]],
    [-128, [0x80, 0x7f]],
    [129, [0x81, 0x01]],
    [-129, [0xff, 0x7e]],
  ];
  test("DWARF 5's signed LEB128 examples", () => {
    for (const [value, bytes] of table) {
      const cur = new VarintCursor(Uint8Array.from(bytes));
      assert.equal(cur.svarint(), value, `${value}`);
      assert.equal(cur.pos, bytes.length);
    }
  });
  test("cut short: NaN", () => {
    assert.ok(Number.isNaN(new VarintCursor(Uint8Array.from([0x80])).svarint()));
    assert.ok(Number.isNaN(new VarintCursor(new Uint8Array(0)).svarint()));
  });
});
