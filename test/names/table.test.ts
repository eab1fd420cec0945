// Every distinct function name in testdata/ (testdata/names/func-names.tsv, made by
// scripts/collect-func-names.mjs from the crash texts, the expectations, the README examples
// and the symbols of testdata/names/gen.sh) has one pinned answer in
// testdata/names/answers.tsv: whose code it is, and its parts. A name added to testdata
// without an answer fails here, so every new name is read once.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ownerOf } from "../../src/names/owner.js";
import { parseFunc } from "../../src/names/parse.js";

const DIR = join(import.meta.dirname, "..", "..", "..", "testdata", "names");

function rows(file: string): string[][] {
  return readFileSync(join(DIR, file), "utf8")
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t"));
}

const names = rows("func-names.tsv");
const answers = new Map(rows("answers.tsv").map((row) => [row[0] as string, row.slice(1)]));

test("the name list is there and every name has one answer", () => {
  assert.ok(names.length > 900, `only ${names.length} names`);
  assert.deepEqual(
    names.map(([func]) => func).filter((func) => !answers.has(func as string)),
    [],
  );
  const listed = new Set(names.map(([func]) => func));
  assert.deepEqual(
    [...answers.keys()].filter((func) => !listed.has(func)),
    [],
  );
});

test("every name: owner, package, receiver, name, closure, type arguments", () => {
  const wrong: string[] = [];
  for (const [func = "", file = ""] of names) {
    const f = parseFunc(func);
    const got = [ownerOf(func, file), f.pkg, f.receiver, f.name, f.closure, f.typeArgs];
    const want = answers.get(func);
    if (want === undefined || got.join("\t") !== want.join("\t"))
      wrong.push(`${func}\n  got  ${got.join(" | ")}\n  want ${want?.join(" | ")}`);
  }
  assert.equal(wrong.length, 0, wrong.slice(0, 10).join("\n"));
});
