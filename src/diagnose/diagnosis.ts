// The diagnosis of a crash: its rule (./category.ts), the values read from its message and
// the lines around it, the explanation for the Go releases involved, the panic chain, the
// signal, and what the folds learnt from every goroutine.

import { thousands } from "../count.js";
import type { GoVersionGuess } from "../goversion/guess.js";
import { compareGoMinors, parseGoRelease } from "../goversion/release.js";
import { type GoVersion, goVersionsOverlap } from "../goversion/version.js";
import { sentences } from "../i18n/sentences.js";
import type { Crash, Frame } from "../model.js";
import { findBlockers } from "./blockers.js";
import { chooseRule, matchCategory } from "./category.js";
import { readChain } from "./chain.js";
import { type Evidence, mapOperation, siteRef, testFunctionName } from "./goroutines.js";
import { readNotes } from "./notes.js";
import type { Values } from "./rule.js";
import { readPanicValue } from "./rules/fallback.js";
import { readSignal } from "./signal.js";
import { firstNonRuntime } from "./site.js";
import { matchRunningTests } from "./stuck-test.js";
import { proseValues, summarize } from "./summary.js";
import type {
  Diagnosis,
  Explanation,
  GoroutineFindings,
  RaceSide,
  RunningTest,
  SiteRef,
  VersionNote,
} from "./types.js";
import { diagnosisWarnings } from "./warnings.js";

/** Identical waits shown at most. */
const MAX_WAITS = 10;
const MAX_SHARED = 10;

export function buildDiagnosis(
  crash: Crash,
  evidence: Evidence,
  goVersion: GoVersionGuess | null,
): Diagnosis {
  const match = chooseRule(crash);
  const rule = match.rule;
  const category = matchCategory(match);
  const signal = readSignal(crash.signal);
  const chain = readChain(crash);
  const values: Values = { ...readNotes(crash.notes), ...match.values };
  const first = crash.panics[0];
  if (rule.id === "custom-panic" && first !== undefined)
    Object.assign(values, readPanicValue(first.value));
  if (crash.signal !== undefined) {
    values.signal = crash.signal.name;
    if (signal?.code !== undefined) values.signalCode = signal.code;
    if (crash.signal.addr !== undefined) values.signalAddr = crash.signal.addr;
    if (crash.signal.pc !== undefined) values.signalPc = crash.signal.pc;
  }
  if (category === "deadlock") values.goroutines = thousands(crash.goroutineCount);
  if (rule.id === "sigquit-dump" && signal !== null && signal.code === "SI_USER")
    values.senderMeaning = sentences("en").sentByAnotherProcess;
  const findings = readGoroutines(
    crash,
    relevantEvidence(evidence, crash, category),
    category,
    values,
  );
  const prose = proseValues(values, findings, "en");
  Object.assign(values, prose);
  const warnings = diagnosisWarnings(crash, chain, category, values, "en");
  return {
    rule: rule.id,
    category,
    kind: rule.kind,
    recoverable: rule.recoverable,
    since: match.since,
    until: match.until,
    values,
    summary: summarize(rule, values, findings, crash, "en"),
    explanation: forVersions(
      rule.explanation,
      narrowedByMessage(goVersion?.value ?? null, match.since, match.until),
    ),
    chain,
    warnings,
    signal,
    goroutines: findings,
  };
}

// ── versions ─────────────────────────────────────────────────────────────────────────────

/** The explanation with only the mechanism notes that hold for the crash's Go release. */
export function forVersions(explanation: Explanation, goVersion: GoVersion | null): Explanation {
  if (goVersion === null) return explanation;
  const mechanism = explanation.mechanism.filter((note) =>
    goVersionsOverlap(noteReleases(note), goVersion),
  );
  return { ...explanation, mechanism: mechanism.length > 0 ? mechanism : explanation.mechanism };
}

/**
 * The releases the crash can come from: the guess from the text's shape, narrowed by the
 * releases that print its message when those end (a `runtime error: send on closed channel`
 * is go1.1–go1.3). A single release, or bounds that contradict the guess, leave it as it is.
 */
export function narrowedByMessage(
  guess: GoVersion | null,
  since: string | null,
  until: string | null,
): GoVersion | null {
  if (until === null) return guess;
  const to = parseGoRelease(until);
  const from = since === null ? null : parseGoRelease(since);
  if (to === null) return guess;
  if (guess === null) return { kind: "range", from, to };
  if (guess.kind !== "range") return guess;
  const low =
    guess.from === null || (from !== null && compareGoMinors(from, guess.from) > 0)
      ? from
      : guess.from;
  const high = guess.to === null || compareGoMinors(to, guess.to) < 0 ? to : guess.to;
  if (low !== null && compareGoMinors(low, high) > 0) return guess;
  return { kind: "range", from: low, to: high };
}

/** The releases a note holds for, from the rule's `since`/`until` ("go1.13"; absent: open). */
function noteReleases(note: VersionNote): GoVersion {
  const since = note.since === undefined ? null : parseGoRelease(note.since);
  const until = note.until === undefined ? null : parseGoRelease(note.until);
  return { kind: "range", from: since, to: until };
}

// ── every goroutine ──────────────────────────────────────────────────────────────────────

/** Categories in which goroutines are blocked on one another, and what they wait for matters. */
function blockedCategory(category: string): boolean {
  return category === "deadlock" || category === "goroutine-dump" || category === "test-timeout";
}

/**
 * What of the folds' evidence this crash's rule reads: every crash's goroutines go through
 * every fold (src/diagnose/folds), but objects waited on matter only where goroutines are
 * blocked (deadlocks, dumps, test timeouts), map users only for concurrent map errors, and
 * running tests only for test timeouts.
 */
function relevantEvidence(evidence: Evidence, crash: Crash, category: string): Evidence {
  const blocked = blockedCategory(category) || crash.kind === "dump";
  return {
    waits: evidence.waits,
    shared: blocked ? evidence.shared : null,
    maps: category === "concurrent-map" ? evidence.maps : null,
    tests: category === "test-timeout" ? evidence.tests : null,
    locks: blocked ? evidence.locks : null,
  };
}

function readGoroutines(
  crash: Crash,
  evidence: Evidence,
  category: string,
  values: Values,
): GoroutineFindings {
  const findings: GoroutineFindings = {};
  const waits = evidence.waits;
  const blocked = blockedCategory(category);
  if (waits !== null && waits.sites.length > 0 && (blocked || crash.goroutineCount > 2))
    findings.waits = waits.sites.slice(0, MAX_WAITS);
  if (waits !== null && waits.longWaits.length > 0) findings.longWaits = waits.longWaits;
  if (evidence.shared !== null && evidence.shared.length > 0)
    findings.shared = evidence.shared.slice(0, MAX_SHARED);
  if (blocked) {
    const blockers = findBlockers(crash, evidence);
    if (blockers.length > 0) findings.blockers = blockers;
    if (evidence.locks !== null && evidence.locks.length > 0) findings.lockHolders = evidence.locks;
  }
  if (evidence.maps !== null && evidence.maps.accesses.length > 0)
    findings.mapAccesses = evidence.maps.accesses;
  if (category === "concurrent-map" && crash.crashing !== null) {
    const own = mapOperation(crash.crashing.frames);
    if (own !== null) values.operation = own.operation;
  }
  if (category === "test-timeout") {
    const tests = runningTests(crash, evidence);
    if (tests.length > 0) findings.tests = tests;
    const running = crash.tests?.running ?? [];
    if (running.length > 0)
      values.running = running.map((t) => `${t.name} (${t.duration})`).join(", ");
  }
  if (category === "stack-overflow" && crash.crashing !== null) {
    const cycle = recursion(crash.crashing.frames);
    if (cycle !== null) {
      findings.recursion = cycle;
      values.recursion = cycle.map((site) => site.func).join(" → ");
    }
  }
  if (crash.kind === "race" && crash.race !== undefined) {
    const race = readRace(crash);
    if (race !== null) {
      findings.race = race;
      // Who raced: proseValues.
      if (race.location !== null) values.location = race.location;
    }
  }
  return findings;
}

// ── tests ────────────────────────────────────────────────────────────────────────────────

function runningTests(crash: Crash, evidence: Evidence): RunningTest[] {
  const goroutines = evidence.tests ?? [];
  const children = evidence.waits?.children;
  const helpers = (id: number | null) =>
    id === null
      ? []
      : (children?.get(`g${id}`) ?? []).filter(
          (s) => s.state !== "running" && s.state !== "runnable",
        );
  const running = crash.tests?.running ?? [];
  const matched = matchRunningTests(running, goroutines);
  return matched.map((index, i) => {
    const found = goroutines[index];
    const test = running[i];
    return {
      // Before go1.20 the panic does not list the running tests: the goroutines still do.
      name: test?.name ?? testFunctionName(found?.func ?? ""),
      duration: test?.duration ?? "",
      goroutine: found?.goroutine ?? null,
      state: found?.state ?? "",
      site: found?.site ?? null,
      helpers: helpers(found?.goroutine ?? null),
    };
  });
}

// ── stack overflow ───────────────────────────────────────────────────────────────────────

/**
 * The shortest cycle of functions repeating at the top of the stack (at least 3 times), as
 * the frames of its second turn: their lines are the calls that keep the recursion going.
 */
export function recursion(frames: readonly Frame[]): SiteRef[] | null {
  const funcs = frames.map((f) => f.func);
  for (let start = 0; start < Math.min(funcs.length, 10); start++) {
    for (let period = 1; period <= 10; period++) {
      if (start + period * 3 > funcs.length) break;
      let repeats = true;
      for (let i = start; i < start + period * 2 && repeats; i++)
        repeats = funcs[i] === funcs[i + period];
      if (repeats)
        return frames.slice(start + period, start + 2 * period).map((f) => siteRef(f) as SiteRef);
    }
  }
  return null;
}

// ── races ────────────────────────────────────────────────────────────────────────────────

function readRace(crash: Crash): NonNullable<GoroutineFindings["race"]> | null {
  const race = crash.race;
  if (race === undefined) return null;
  const side = (access: (typeof race.accesses)[number] | undefined): RaceSide | null => {
    if (access === undefined) return null;
    const creation = race.creations.find((c) => c.goroutine === access.goroutine);
    return {
      op: access.op,
      goroutine: access.goroutine,
      main: access.main,
      site: siteRef(firstNonRuntime(access.frames)),
      createdAt: creation === undefined ? null : siteRef(firstNonRuntime(creation.frames)),
    };
  };
  const access = side(race.accesses[0]);
  if (access === null) return null;
  const location = crash.notes.find((note) => note.text.startsWith("Location is "));
  return {
    access,
    previous: side(race.accesses[1]),
    location: location === undefined ? null : location.text.slice("Location is ".length),
  };
}
