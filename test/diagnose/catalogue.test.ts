// The rule catalogue against real texts: every rule has an instance whose exact text is read
// into that rule with exactly those values, and an explanation with every part.

import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import {
  CATALOGUE,
  matchMessage,
  ruleById,
  unprefixedRuntimeError,
} from "../../src/diagnose/catalogue.js";
import { matchCategory } from "../../src/diagnose/category.js";
import {
  INTERNAL_MESSAGES,
  INTERNAL_PATTERNS,
} from "../../src/diagnose/rules/runtime-internal.data.js";
import { compareGoReleases, parseGoRelease } from "../../src/goversion/release.js";
import { CATEGORIES as ALL_CATEGORIES, type Category } from "../../src/model.js";
import { analyzeFile } from "../../src/pipeline/analyze.js";
import { CONTEXT_INSTANCES, INSTANCES } from "./instances.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");

/** Whether release `since` comes no later than `until` (both as the rules write them). */
function ordered(since: string, until: string): boolean {
  const a = parseGoRelease(since);
  const b = parseGoRelease(until);
  return a !== null && b !== null && compareGoReleases(a, b) <= 0;
}

const CATEGORIES = new Set<Category>(ALL_CATEGORIES);

/** The Go source tree of a release on this machine, if it is here. */
function goSource(release: string): string | null {
  const minor = release.slice(4);
  const candidates = [
    `/usr/lib/go-1.${minor}`,
    // scripts/debian-go.sh (bullseye's go1.15 and the others .ci/run unpacks)
    join(
      process.env.PANICSCOPE_DEBIAN_GO ?? "/opt/panicscope-go",
      `1.${minor}/usr/lib/go-1.${minor}`,
    ),
    join(homedir(), `.cache/panicscope/toolchains/go1.${minor}/usr/lib/go-1.${minor}`),
    "/usr/local/go",
  ];
  for (const root of candidates) {
    const version = join(root, "VERSION");
    // go1.2 is not go1.26: the minor must end where the digits do
    if (
      existsSync(version) &&
      new RegExp(`^go1\\.${minor}(?!\\d)`).test(readFileSync(version, "utf8"))
    )
      return root;
    if (existsSync(join(root, "src")) && root.endsWith(`go-1.${minor}`)) return root;
  }
  return null;
}

describe("rule catalogue", () => {
  test("rule ids are unique, categories known, patterns anchored and free of nested quantifiers", () => {
    const ids = new Set<string>();
    for (const rule of CATALOGUE) {
      assert.ok(!ids.has(rule.id), `duplicate rule ${rule.id}`);
      ids.add(rule.id);
      assert.ok(CATEGORIES.has(rule.category), `${rule.id}: category ${rule.category}`);
      assert.match(rule.since, /^go1\.\d+$/, `${rule.id}: since`);
      if (rule.until !== undefined) {
        assert.match(rule.until, /^go1\.\d+$/, `${rule.id}: until`);
        assert.ok(ordered(rule.since, rule.until), `${rule.id}: since after until`);
      }
      if (rule.refines !== undefined) assert.ok(ruleById(rule.refines), `${rule.id}: refines`);
      const source = rule.pattern?.source;
      if (source === undefined) continue;
      for (const branch of topLevelBranches(source))
        assert.ok(
          branch.startsWith("^") && branch.endsWith("$"),
          `${rule.id}: unanchored ${branch}`,
        );
      assert.equal(nestedQuantifier(source), null, `${rule.id}: nested quantifier in ${source}`);
    }
  });

  test("every rule has a whole explanation", () => {
    for (const rule of CATALOGUE) {
      const e = rule.explanation;
      const where = `${rule.id}:`;
      assert.ok(e.title.length > 3, `${where} title`);
      assert.ok(e.what.length > 40, `${where} what`);
      assert.ok(
        e.mechanism.length > 0 && e.mechanism.every((n) => n.text.length > 20),
        `${where} mechanism`,
      );
      assert.ok(e.causes.length > 0 && e.causes.every((c) => c.length > 10), `${where} causes`);
      assert.ok(e.fix.length > 20, `${where} fix`);
      assert.ok(e.example.includes("\n") || e.example.length > 20, `${where} example`);
      assert.ok(e.confirm.length > 0 && e.confirm.every((c) => c.length > 10), `${where} confirm`);
      for (const note of e.mechanism) {
        if (note.since !== undefined) assert.match(note.since, /^go1\.\d+$/, where);
        if (note.until !== undefined) assert.match(note.until, /^go1\.\d+$/, where);
        if (note.since !== undefined && note.until !== undefined)
          assert.ok(ordered(note.since, note.until), `${where} note since after until`);
      }
    }
  });

  // src/runtime/panic.go of go1.15 (goPanicIndexU, goPanicSliceAlen…, panicshift) and go1.21
  // (goPanicSliceConvert) call panicCheck1 with their check's text, thrown when the failing
  // code is the runtime's.
  for (const [text, category] of [
    ["index out of range", "index-out-of-range"],
    ["slice bounds out of range", "slice-bounds"],
    ["slice length too short to convert to pointer to array", "slice-bounds"],
    ["negative shift amount", "other"],
  ] as const) {
    test(`fatal error: ${text} (a check the runtime threw) is ${category}`, () => {
      const match = matchMessage(text, "fatal");
      assert.equal(match.rule.id, "bounds-throw-in-runtime");
      assert.equal(matchCategory(match), category);
    });
  }

  test("every rule has at least one real instance (100% of the catalogue)", () => {
    const covered = new Set([
      ...INSTANCES.map((i) => i.rule),
      ...CONTEXT_INSTANCES.map((i) => i.rule),
    ]);
    const missing = CATALOGUE.map((r) => r.id).filter((id) => !covered.has(id));
    assert.deepEqual(missing, [], `rules without an instance: ${missing.join(", ")}`);
    for (const id of covered) assert.ok(ruleById(id), `instance of unknown rule ${id}`);
  });

  for (const instance of INSTANCES) {
    test(`${instance.rule}: ${instance.text.slice(0, 80)}`, () => {
      const rule = ruleById(instance.rule);
      assert.ok(rule, instance.rule);
      const headline = instance.headline ?? (rule.headline === "fatal" ? "fatal" : "panic");
      const match = matchMessage(instance.text, headline);
      assert.equal(match.rule.id, instance.rule);
      assert.deepEqual(
        match.values,
        instance.values ?? (instance.rule.startsWith("runtime-internal-") ? match.values : {}),
      );
      const from = instance.from;
      if ("file" in from) {
        const text = readFileSync(join(ROOT, from.file), "utf8");
        assert.ok(text.includes(instance.text), `${from.file} does not print «${instance.text}»`);
      } else if ("go" in from) {
        const tree = goSource(from.go);
        if (tree === null) return; // that release's source is not on this machine
        const source = readFileSync(join(tree, from.source), "utf8");
        assert.ok(
          source.includes(from.literal),
          `${from.go} ${from.source} has no ${from.literal}`,
        );
      }
    });
  }

  for (const instance of CONTEXT_INSTANCES) {
    test(`${instance.rule}: ${instance.file}`, async () => {
      const analysis = await analyzeFile(join(ROOT, instance.file));
      assert.equal(analysis.crashes[0]?.rule, instance.rule);
    });
  }

  test("every runtime-internal text reads as its area's rule, or as a curated rule that names it", () => {
    for (const [text, area, headline] of INTERNAL_MESSAGES) {
      const match = matchMessage(text, headline);
      if (match.rule.id.startsWith("runtime-internal-"))
        assert.equal(match.rule.id, `runtime-internal-${area}`, text);
      else
        assert.ok(
          match.rule.pattern !== undefined && !match.rule.id.endsWith("-unknown"),
          `${text} → ${match.rule.id}`,
        );
    }
    assert.ok(INTERNAL_MESSAGES.length > 800 && INTERNAL_PATTERNS.length > 0);
  });
});

/** The top-level alternatives of a pattern (`^a$|^b$` → both). */
function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") {
      while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
    } else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      branches.push(source.slice(start, i));
      start = i + 1;
    }
  }
  branches.push(source.slice(start));
  return branches;
}

/** A group repeated without bound (`*`, `+`, `{n,}`) that itself holds an unbounded quantifier. */
function nestedQuantifier(source: string): string | null {
  const open: { start: number; unbounded: boolean }[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "[") {
      while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
      continue;
    }
    if (c === "(") open.push({ start: i, unbounded: false });
    else if (c === "*" || c === "+" || (c === "{" && /^\{\d+,\}/.test(source.slice(i)))) {
      for (const group of open) group.unbounded = true;
    } else if (c === ")") {
      const group = open.pop();
      const next = source[i + 1];
      const repeated =
        next === "*" || next === "+" || (next === "{" && /^\{\d+,\}/.test(source.slice(i + 1)));
      if (group?.unbounded !== true) continue;
      if (repeated) return source.slice(group.start, i + 2);
      for (const outer of open) outer.unbounded = true;
    }
  }
  return null;
}

test("a runtime error with the program's own words after it on its line (real/holdout-2/goreplay-203)", () => {
  // The log line was `… PANIC: pkg: runtime error: slice bounds out of range Source port: 53173`
  // (go1.4: the legacy text without values), the packet's fields printed after the value.
  const match = matchMessage(
    "runtime error: slice bounds out of range Source port: 53173",
    "panic",
  );
  assert.equal(match.rule.id, "slice-bounds-legacy");
  // The runtime's own text with values is read whole, not cut.
  assert.equal(
    matchMessage("runtime error: slice bounds out of range [:6] with length 3", "panic").values
      .high,
    "6",
  );
  // Nothing a rule knows before the tail: the unknown runtime error, not a cut guess.
  assert.equal(
    matchMessage("runtime error: something new happened here", "panic").rule.id,
    "runtime-error-unknown",
  );
});

test("a runtime error with a progress bar printed over its end (real/holdout-3/restic-699)", () => {
  const headline = readFileSync(
    join(ROOT, "testdata/real/holdout-3/restic-699-progress-bar-glued-into-headline-go16.txt"),
    "utf8",
  ).split("\n")[2] as string;
  assert.equal(
    headline,
    "panic: runtime error: invalid memory address or nil pointer dereferencems  0 errors  ETA 19:12",
  );
  assert.equal(matchMessage(headline.slice(7), "panic").rule.id, "nil-pointer-dereference");
});

test("a runtime error a program logged without its prefix (real/holdout-4/coredns-pr5392)", () => {
  const line = readFileSync(
    join(
      ROOT,
      "testdata/real/holdout-4/coredns-pr5392-recovered-from-panic-debug-stack-arm64-sdk-go117.txt",
    ),
    "utf8",
  ).split("\n")[1] as string;
  const text = line.slice("[ERROR] ".length);
  const found = unprefixedRuntimeError(text);
  assert.deepEqual(
    [text.slice(found?.at), found?.match.rule.id, found?.match.values],
    ["index out of range [0] with length 0", "index-out-of-range", { index: "0", length: "0" }],
  );
  // Words that end in no runtime error's text, or a text that has its prefix: nothing to add.
  assert.equal(unprefixedRuntimeError('Recovered from panic in server: "dns://:53" boom'), null);
  assert.equal(unprefixedRuntimeError("runtime error: index out of range [0] with length 0"), null);
});
