// Build info refused where Go's runtime/debug.ParseBuildInfo refuses it (go1.26
// runtime/debug/mod.go), so that `buildinfo` never prints what `go version -m` rejects. The
// module text is that of testdata/binary/prog built with go1.26 (`go version -m` above each
// case), with one line damaged as the binary fuzzer damaged it.

import assert from "node:assert/strict";
import { test } from "node:test";
import { parseModInfo } from "../../src/binary/buildinfo.js";
import { BinaryError } from "../../src/bytes/decode-error.js";

const MOD = [
  "path\texample.com/prog",
  "mod\texample.com/prog\t(devel)\t",
  "dep\texample.com/dep\tv1.2.3",
  "=>\t./dep\t(devel)\t",
  "build\t-buildmode=exe",
  "build\t-compiler=gc",
  "",
].join("\n");

function refusal(mod: string): string {
  try {
    parseModInfo("go1.26.8", mod);
  } catch (error) {
    assert.ok(error instanceof BinaryError);
    return error.message;
  }
  return "accepted";
}

test("the intact module text is read", () => {
  const bi = parseModInfo("go1.26.8", MOD);
  assert.equal(bi.path, "example.com/prog");
  assert.deepEqual(bi.deps[0]?.replace, { path: "./dep", version: "(devel)", sum: "" });
  assert.deepEqual(
    bi.settings.map((s) => `${s.key}=${s.value}`),
    ["-buildmode=exe", "-compiler=gc"],
  );
});

test("each damage Go refuses is refused with its line", () => {
  assert.equal(
    refusal(MOD.replace("build\t-compiler=gc", 'build\tDefaultGODEB"G=1')),
    'corrupt build info: line 6: unquoted key "DefaultGODEB\\"G" must be quoted',
  );
  assert.equal(
    refusal(MOD.replace("build\t-compiler=gc", "build\t-compiler=g c")),
    'corrupt build info: line 6: unquoted value "g c" must be quoted',
  );
  assert.equal(
    refusal(MOD.replace("dep\texample.com/dep\tv1.2.3", "dep\texample.com/dep")),
    "corrupt build info: line 3: expected 2 or 3 columns; got 1",
  );
  assert.equal(
    refusal(MOD.replace("=>\t./dep\t(devel)\t", "=>\t./dep")),
    "corrupt build info: line 4: expected 3 columns for replacement; got 1",
  );
  assert.equal(
    refusal(MOD.replace("build\t-compiler=gc", "build\t=gc")),
    "corrupt build info: line 6: build line with missing key",
  );
  assert.equal(
    refusal(MOD.replace("build\t-compiler=gc", "build\t-compiler")),
    "corrupt build info: line 6: build line missing '=' after key",
  );
});

test("control characters Go accepts are kept (the terminal output escapes them)", () => {
  const bi = parseModInfo("go1.26.8", MOD.replace("-compiler=gc", "-compiler=g\u001bc"));
  assert.equal(bi.settings[1]?.value, "g\u001bc");
});
