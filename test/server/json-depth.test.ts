// nestsDeeper skips strings with indexOf: it must count exactly as a byte-by-byte reading of
// the JSON does, whatever the strings hold (escaped quotes, runs of backslashes, brackets).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { nestsDeeper } from "../../src/server/json-depth.js";

const GO = join(import.meta.dirname, "..", "..", "..", "testdata", "go", "go1.26");

/** The depth reached, read byte by byte (what nestsDeeper was before it skipped strings). */
function maxDepth(bytes: Uint8Array): number {
  let depth = 0;
  let most = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) most = Math.max(most, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return most;
}

function nested(depth: number, inner: unknown): unknown {
  let value = inner;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

test("nestsDeeper agrees with a byte-by-byte reading at every limit", () => {
  // A real crash text holds braces and brackets ({0x…} arguments, [running]) in a string.
  const text = readFileSync(join(GO, "nil-deref.all.txt"), "utf8");
  const bodies = [
    JSON.stringify({ schema: "panicscope/report@1", text }),
    JSON.stringify({ text: `${text}\\`, context: { tags: { a: '\\\\"{[' } } }),
    JSON.stringify(nested(31, { text })),
    JSON.stringify(nested(33, '\\"]}\\')),
    JSON.stringify(nested(40, ["\\", '"', '\\\\"[[[['])),
    '{"a": "unterminated [[[[',
    '{"a": "\\\\"} [[[',
  ];
  const depths = [1, 3, 32, 33, 41, 1, 3];
  for (const [i, body] of bodies.entries()) {
    const bytes = Buffer.from(body);
    assert.equal(maxDepth(bytes), depths[i], body.slice(0, 60));
    for (let max = 0; max <= 42; max++) {
      assert.equal(nestsDeeper(bytes, max), (depths[i] as number) > max, `${i} at ${max}`);
    }
  }
});
