// analyzeText reads a string as it is (no bytes made of it and decoded again): every real text
// of testdata/ must give the same document, goroutines included, as its UTF-8 bytes do.

import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { toDocument } from "../../src/document/to-document.js";
import { analyzeText } from "../../src/pipeline/analyze.js";

const ROOT = join(import.meta.dirname, "..", "..", "..", "testdata");

function texts(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const info = statSync(path);
    if (info.isDirectory()) texts(path, out);
    else if (/\.(txt|log)$/.test(name) && info.size <= 1024 * 1024) out.push(path);
  }
  return out;
}

async function documentOf(text: string | Uint8Array): Promise<string> {
  const options = { name: "t", keepGoroutines: true };
  return JSON.stringify(toDocument(await analyzeText(text, options), { goroutines: true }));
}

test("a string and its UTF-8 bytes give the same document, for every real text", async () => {
  const paths = texts(ROOT, []);
  assert.ok(paths.length > 1000, `${paths.length} texts`);
  let crlf = 0;
  let nonAscii = 0;
  for (const [i, path] of paths.entries()) {
    const text = readFileSync(path, "utf8");
    if (text.includes("\r\n")) crlf++;
    if (Buffer.byteLength(text) !== text.length) nonAscii++;
    assert.equal(await documentOf(text), await documentOf(Buffer.from(text)), path);
    // A last line without its newline (a cut upload), on a tenth of them.
    if (i % 10 === 0 && text.endsWith("\n")) {
      const cut = text.slice(0, -1);
      assert.equal(await documentOf(cut), await documentOf(Buffer.from(cut)), `${path}, cut`);
    }
  }
  // The cases the string path must get right are among them.
  assert.ok(crlf > 0 && nonAscii > 10, `${crlf} with CRLF, ${nonAscii} not ASCII`);
});

test("a string with a lone surrogate reads as its bytes do: U+FFFD", async () => {
  const text = readFileSync(join(ROOT, "go/go1.26/nil-deref.single.txt"), "utf8");
  // The panic line's value with half of an emoji's surrogate pair, as a cut JS string has it.
  const damaged = text.replace("invalid memory address", "invalid \ud83d memory address");
  assert.notEqual(damaged, text);
  const fromString = await documentOf(damaged);
  assert.equal(fromString, await documentOf(Buffer.from(damaged)));
  assert.ok(fromString.includes("invalid \ufffd memory address"));
  assert.ok(!fromString.includes("\ud83d"));
});
