// The crash fingerprint, `fp1:` + 16 hex digits: the same when the same bug crashes again,
// different for different bugs. Versioned: a change to what goes in is a new prefix (fp2:),
// so crashes filed under fp1 are never silently regrouped.
//
// fp1 = sha256("fp1\n" + category + "\n" + basis.join("\n")), first 64 bits, where basis is:
//   1. a crashing goroutine: the top 3 frames of the program's own code, each function name
//      normalised (names/normalize.ts: closures, wrappers, generic instantiations), recursion
//      collapsed. Program code is what is not the runtime, not the standard library, not a
//      dependency (a module-cache `…@vX/` or `/vendor/` path); failing that, dependencies,
//      then the standard library. Left out, as GOTRACEBACK=single prints no such frames:
//      go/defer wrappers (`gowrapN`, `deferwrapN`, and before go1.22 the `funcN` at the
//      bottom of a GOTRACEBACK=system stack on the line of its `created by`, unless it is
//      the program's only frame), and
//      whatever follows an elision (go1.21+ print the stack's bottom there, older
//      releases do not).
//   2. a data race (fp2, see below): its two access sites, sorted.
//   3. a test timeout: the names of the tests that were running, sorted (before go1.20 the
//      runtime names none: then the Test… functions in the goroutines' stacks).
//   4. no crashing goroutine (deadlock, dump): the sorted set of sites where goroutines
//      wait — each bucket's top program frame — without counts, states or minutes.
//   5. nothing of the above (GOTRACEBACK=none): the message with numbers masked.
// Never in it: line numbers (a shift elsewhere in the file), files and paths (rebuilds,
// -trimpath, GOROOT), PCs, addresses, argument values, goroutine ids, wait durations.
//
// fp2, for data races only: sha256("fp2\n" + category + "\n" + basis.join("\n")), where the
// basis is the race's pair of access sites, sorted (either may be reported first): each
// access's first frame of the program's own code (as in 1), its normalised name and its
// line. A race is one pair of racing lines: two races between the same functions, on other
// lines or variables, are different bugs (fp1 gave them one fingerprint), and the same pair
// reached through other callers is the same bug (fp1 split it). The line is in it, so an
// edit above the racing lines files the race anew: the price of telling races apart.

import type { Bucket, Category, Crash, Frame, Goroutine } from "../model.js";
import { isStatementWrapper } from "../names/closures.js";
import { normalizeFunc } from "../names/normalize.js";
import { frameOwner } from "../names/owner.js";
import { sha256Hex } from "./sha256.js";

export const FINGERPRINT_VERSION = "fp1";
/** Data races' fingerprint version (see the top). */
export const RACE_FINGERPRINT_VERSION = "fp2";
const TOP_FRAMES = 3;

export interface Fingerprint {
  /** `fp1:0123456789abcdef`. */
  id: string;
  /** What went into it, for "why are these grouped". */
  basis: {
    from: "crashing-goroutine" | "race" | "tests" | "blocked-sites" | "message";
    category: Category;
    parts: string[];
  };
}

export function fingerprint(crash: Crash, category: Category, buckets: Bucket[]): Fingerprint {
  const { from, parts } = basis(crash, buckets);
  const version = from === "race" ? RACE_FINGERPRINT_VERSION : FINGERPRINT_VERSION;
  const text = `${version}\n${category}\n${parts.join("\n")}`;
  const hash = sha256Hex(text).slice(0, 16);
  return { id: `${version}:${hash}`, basis: { from, category, parts } };
}

function basis(
  crash: Crash,
  buckets: Bucket[],
): { from: Fingerprint["basis"]["from"]; parts: string[] } {
  if (crash.kind === "race" && crash.race !== undefined && crash.race.accesses.length > 0) {
    const parts = crash.race.accesses.slice(0, 2).map((a) => raceSite(a.frames));
    return { from: "race", parts: parts.sort() };
  }
  if (crash.kind === "test-timeout") {
    const names = (crash.tests?.running ?? []).map((t) => t.name);
    if (names.length === 0) names.push(...testsInStacks(buckets));
    if (names.length > 0) return { from: "tests", parts: [...new Set(names)].sort() };
  }
  if (crash.crashing !== null) {
    const parts = topFrames(crash.crashing);
    if (parts.length > 0) return { from: "crashing-goroutine", parts };
  }
  const sites = new Set<string>();
  for (const bucket of buckets) {
    if (bucket.crashing) continue;
    const frame = programFrames(visibleFrames(bucket.representative))[0];
    if (frame !== undefined) sites.add(normalizeFunc(frame.func));
  }
  if (sites.size > 0) return { from: "blocked-sites", parts: [...sites].sort() };
  return { from: "message", parts: [maskNumbers(crash.fatal ?? crash.panics.at(-1)?.value ?? "")] };
}

/** The frames every GOTRACEBACK level and Go release print alike (see the top). */
function visibleFrames(g: Pick<Goroutine, "frames" | "elided" | "createdBy">): Frame[] {
  let frames = g.frames;
  if (g.elided !== undefined) frames = frames.slice(0, g.elided.afterFrame);
  const last = frames.length - 1;
  const created = g.createdBy;
  if (last > 0 && frames[last]?.func === "runtime.goexit" && created !== undefined) {
    // GOTRACEBACK=system shows the go statement's wrapper above goexit; go1.17–1.21 name
    // it like a closure of the creator (`main.f.func1`), on the go statement's line.
    // A one-line `go func() { … }()` looks the same: kept when it is the program's only frame.
    const wrapper = frames[last - 1] as Frame;
    if (
      frames.some((f) => f !== wrapper && f.location === "user") &&
      wrapper.file === created.file &&
      wrapper.line === created.line &&
      normalizeFunc(wrapper.func) === `${normalizeFunc(created.func)}.λ`
    )
      frames = frames.filter((f) => f !== wrapper);
  }
  return frames;
}

/** `TestSlow` for frames of `…/tests.TestSlow` (and benchmarks, fuzz targets, examples). */
function testsInStacks(buckets: Bucket[]): string[] {
  const names: string[] = [];
  for (const bucket of buckets) {
    for (const frame of bucket.representative.frames) {
      if (frame.location !== "user") continue;
      const name = frame.func.slice(frame.func.lastIndexOf(".") + 1);
      if (/^(Test|Benchmark|Fuzz|Example)[A-Z0-9_]/.test(name)) names.push(name);
    }
  }
  return names;
}

/** The frames a fingerprint looks at: the program's own, else dependencies, else stdlib. */
function programFrames(frames: readonly Frame[]): Frame[] {
  const visible = frames.filter((f) => f.location !== "runtime" && !isStatementWrapper(f.func));
  const own = visible.filter((f) => frameOwner(f) === "program");
  if (own.length > 0) return own;
  const deps = visible.filter((f) => f.location === "user");
  return deps.length > 0 ? deps : visible;
}

function topFrames(g: Pick<Goroutine, "frames" | "elided" | "createdBy">): string[] {
  const names: string[] = [];
  for (const frame of programFrames(visibleFrames(g))) {
    const name = normalizeFunc(frame.func);
    if (names[names.length - 1] !== name) names.push(name);
    if (names.length === TOP_FRAMES) break;
  }
  return names;
}

/** A race access's site: its first program frame's normalised name and line (`f:12`). */
export function raceSite(frames: readonly Frame[]): string {
  const top = programFrames(frames)[0];
  return top === undefined ? "" : `${normalizeFunc(top.func)}:${top.line}`;
}

function maskNumbers(message: string): string {
  return message.replace(/0x[0-9a-fA-F]+/g, "0x_").replace(/\d+/g, "N");
}
