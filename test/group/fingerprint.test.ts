// fp1 on real outputs: the same bug keeps its fingerprint across goroutine ids, addresses,
// argument values, line shifts, rebuilds, -trimpath, GOTRACEBACK levels and Go 1.19 → 1.26;
// different bugs get different ones.

import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { normalizeFunc } from "../../src/names/normalize.js";
import { crashesOf, crashOf, GO, VERSIONS } from "./helpers.js";

async function fingerprintOf(version: string, name: string): Promise<string> {
  const crashes = await crashesOf(join(GO, version, `${name}.txt`));
  return crashes.map((c) => c.fingerprint.id).join(" ");
}

/** Cases of the corpus, each `case.level`, in every release that has it. */
function cases(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const version of VERSIONS) {
    for (const file of readdirSync(join(GO, version))) {
      if (!file.endsWith(".txt")) continue;
      const name = file.slice(0, -4);
      found.set(name, [...(found.get(name) ?? []), version]);
    }
  }
  return found;
}

describe("fp1: the same bug, the same fingerprint", () => {
  test("the format: versioned, 64 bits", async () => {
    const id = await fingerprintOf("go1.26", "nil-deref.single");
    assert.match(id, /^fp1:[0-9a-f]{16}$/);
  });

  for (const [name, versions] of cases()) {
    if (versions.length < 2) continue;
    test(`${name}: Go ${versions.join(", ")} print it differently, one fingerprint`, async () => {
      const ids = new Set<string>();
      for (const version of versions) ids.add(await fingerprintOf(version, name));
      assert.equal(ids.size, 1, [...ids].join(" vs "));
    });
  }

  for (const version of ["go1.19", "go1.26"]) {
    for (const base of ["nil-deref", "closures", "generic"]) {
      const variants = ["shifted", "trimpath", "noinline"].filter((v) =>
        existsSync(join(GO, version, `${base}-${v}.single.txt`)),
      );
      test(`${version} ${base}: lines shifted, -trimpath, rebuilt without inlining (${variants.join(", ")})`, async () => {
        assert.ok(variants.length > 0);
        const want = await fingerprintOf(version, `${base}.single`);
        const original = await crashOf(join(GO, version, `${base}.single.txt`));
        for (const variant of variants) {
          const crash = await crashOf(join(GO, version, `${base}-${variant}.single.txt`));
          assert.equal(crash.fingerprint.id, want, variant);
          // …although what the text says differs: paths, lines, or frames and their arguments.
          assert.notDeepEqual(
            crash.crash.crashing?.frames.map((f) => `${f.file}:${f.line} ${f.args}`),
            original.crash.crashing?.frames.map((f) => `${f.file}:${f.line} ${f.args}`),
            variant,
          );
        }
      });
    }
  }

  test("goroutine ids, addresses and argument values differ between the releases' texts", async () => {
    const a = await crashOf(join(GO, "go1.19", "goroutine-panic.single.txt"));
    const b = await crashOf(join(GO, "go1.26", "goroutine-panic.single.txt"));
    assert.notEqual(a.crash.crashing?.id, b.crash.crashing?.id);
    assert.notEqual(a.crash.crashing?.frames[0]?.args, b.crash.crashing?.frames[0]?.args);
    assert.equal(a.fingerprint.id, b.fingerprint.id);
  });

  test("every GOTRACEBACK level that prints the crashing goroutine agrees", async () => {
    for (const base of [
      "nil-deref",
      "goroutine-panic",
      "concurrent-map-writes",
      "stack-overflow",
    ]) {
      const ids = new Set<string>();
      for (const level of ["single", "all", "system", "crash"])
        ids.add(await fingerprintOf("go1.26", `${base}.${level}`));
      assert.equal(ids.size, 1, base);
    }
  });
});

describe("fp1: different bugs, different fingerprints", () => {
  /** Cases that are one program in one state, run differently: they share a fingerprint. */
  const SAME_PROGRAM: string[][] = [
    ["panic-nil", "panic-nil-error"], // GODEBUG=panicnil=0 changes the value, not the bug
    ["runtime-stack", "runtime-stack-labels"], // the same dump, with pprof labels printed
  ];
  const family = (name: string) => {
    const base = name.replace(/\.[a-z]+$/, "").replace(/-(shifted|trimpath|noinline)$/, "");
    return SAME_PROGRAM.find((group) => group.includes(base))?.[0] ?? base;
  };

  for (const version of ["go1.19", "go1.26"]) {
    test(`${version}: one fingerprint per case of the corpus`, async () => {
      const owners = new Map<string, string>();
      for (const file of readdirSync(join(GO, version)).filter((f) => f.endsWith(".txt"))) {
        const name = file.slice(0, -4);
        const crashes = await crashesOf(join(GO, version, file));
        for (const crash of crashes) {
          if (crash.fingerprint.basis.from === "message" && crash.crash.goroutineCount === 0)
            continue;
          const owner = owners.get(crash.fingerprint.id);
          if (owner === undefined) owners.set(crash.fingerprint.id, family(name));
          else
            assert.equal(
              owner,
              family(name),
              `${name} shares ${crash.fingerprint.id} with ${owner}`,
            );
        }
      }
      assert.ok(owners.size > 40);
    });
  }

  test("the same function, another category: nil-map-write vs nil-deref in one place differ", async () => {
    // Both raised in the program's first frame; the category alone tells them apart.
    const nilMap = await crashOf(join(GO, "go1.26", "nil-map-write.single.txt"));
    const nilDeref = await crashOf(join(GO, "go1.26", "nil-deref.single.txt"));
    assert.notEqual(nilMap.fingerprint.basis.category, nilDeref.fingerprint.basis.category);
    assert.notEqual(nilMap.fingerprint.id, nilDeref.fingerprint.id);
  });

  test("deadlocks fingerprint the set of sites where goroutines wait", async () => {
    const chan = await crashOf(join(GO, "go1.26", "deadlock-chan.single.txt"));
    const mutex = await crashOf(join(GO, "go1.26", "deadlock-mutex.single.txt"));
    assert.equal(chan.fingerprint.basis.from, "blocked-sites");
    assert.equal(mutex.fingerprint.basis.from, "blocked-sites");
    assert.notEqual(chan.fingerprint.id, mutex.fingerprint.id);
  });
});

describe("function names normalised across releases", () => {
  const pairs: [string, string][] = [
    ["main.closures.func1.2", "main.closures.λ"], // go1.19
    ["main.closures.closures.func1.func5", "main.closures.λ"], // go1.21+, inlined
    ["main.goWrapper.gowrap1", "main.goWrapper.λ"],
    ["main.goWrapper.func1", "main.goWrapper.λ"],
    ["main.(*Stack[...]).Pop", "main.(*Stack).Pop"],
    ["main.SumTop[...]", "main.SumTop"],
    ["main.(*T).Serve.func2", "main.(*T).Serve.λ"],
    ["main.walk-range1", "main.walk.λ"],
    ["main.(*T).Close-fm", "main.(*T).Close.λ"],
    ["net/http.(*Server).Serve.gowrap3", "net/http.(*Server).Serve.λ"],
    ["github.com/x/y.Run.deferwrap1", "github.com/x/y.Run.λ"],
  ];
  for (const [printed, normal] of pairs) {
    test(`${printed} → ${normal}`, () => assert.equal(normalizeFunc(printed), normal));
  }
});
