// The diagnosis of a crash: its rule (./category.ts), the values read from its message and
// the lines around it, the explanation for the Go releases involved, the panic chain, the
// signal, and what the folds learnt from every goroutine.

import type { GoVersionGuess } from "../goversion/guess.js";
import { parseGoRelease } from "../goversion/release.js";
import { type GoVersion, goVersionsOverlap } from "../goversion/version.js";
import type { Crash, Frame, Goroutine } from "../model.js";
import { shortName } from "../names/package-path.js";
import { chooseRule } from "./category.js";
import { chainWarnings, readChain } from "./chain.js";
import {
  type Evidence,
  exactPointer,
  mapOperation,
  siteRef,
  testFunctionName,
  waitObject,
} from "./goroutines.js";
import { readNotes } from "./notes.js";
import type { Values } from "./rule.js";
import { readPanicValue } from "./rules/fallback.js";
import { readSignal } from "./signal.js";
import { crashSite, firstNonRuntime } from "./site.js";
import type {
  Blocker,
  Diagnosis,
  Explanation,
  GoroutineFindings,
  RaceSide,
  RunningTest,
  SiteRef,
  VersionNote,
} from "./types.js";

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
  if (rule.category === "deadlock") values.goroutines = String(crash.goroutineCount);
  if (rule.id === "sigquit-dump" && signal !== null && signal.code === "SI_USER")
    values.senderMeaning = "sent by another process";
  const findings = readGoroutines(
    crash,
    relevantEvidence(evidence, crash, rule.category),
    rule.category,
    values,
  );
  const warnings = [...chainWarnings(crash, chain), ...reportWarnings(crash, rule.category)];
  if (values.instructionBytes?.split(" ").every((byte) => byte === "0x0") === true) {
    warnings.push(
      "The instruction bytes at the faulting pc are all zero: the CPU ran memory that holds no code. The executable (or its page in memory) is damaged, or the file was replaced or truncated while the program ran (an in-place update, a full disk, a faulty storage device); reinstall the binary and check the storage.",
    );
  }
  if (findings.race !== undefined && raceOnMap(crash)) {
    warnings.push(
      "Both accesses are inside the runtime's map functions: this race is a concurrent map access, which without -race crashes with `fatal error: concurrent map writes` (when the accesses overlap in time).",
    );
  }
  return {
    rule: rule.id,
    category: rule.category,
    kind: rule.kind,
    recoverable: rule.recoverable,
    since: match.since,
    until: match.until,
    values,
    summary: withSite(
      rule.summary?.(values) ?? defaultSummary(rule.explanation, signal?.meaning),
      crash,
    ),
    explanation: forVersions(rule.explanation, goVersion?.value ?? null),
    chain,
    warnings,
    signal,
    goroutines: findings,
  };
}

/**
 * The summary with the place it happened, as a Go developer names it: "… at store.go:88 in
 * store.(*Cache).Get." For a chain, where the first panic was raised.
 */
function withSite(summary: string, crash: Crash): string {
  if (crash.kind === "dump" || crash.kind === "race" || crash.kind === "test-timeout")
    return summary;
  const site = crashSite(crash);
  const frame = site.origin ?? site.frame;
  if (frame === null || frame.line === 0) return summary;
  const file = frame.file.slice(frame.file.lastIndexOf("/") + 1);
  // A logged stack of `file:line (0x…)` lines names no function.
  const func = frame.func === "" ? "" : ` in ${shortName(frame.func)}`;
  return `${summary.replace(/\.$/, "")} at ${file}:${frame.line}${func}.`;
}

/** Memory faults are best summed up by what the signal says; others by what happened. */
function defaultSummary(explanation: Explanation, signalMeaning: string | undefined): string {
  if (signalMeaning !== undefined && signalMeaning !== "") return signalMeaning;
  const what = explanation.what;
  const end = what.indexOf(". ");
  return end === -1 ? what : what.slice(0, end + 1);
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

/** The releases a note holds for, from the rule's `since`/`until` ("go1.13"; absent: open). */
function noteReleases(note: VersionNote): GoVersion {
  const since = note.since === undefined ? null : parseGoRelease(note.since);
  const until = note.until === undefined ? null : parseGoRelease(note.until);
  return { kind: "range", from: since, to: until };
}

// ── warnings about what the text leaves out ──────────────────────────────────────────────

function reportWarnings(crash: Crash, category: string): string[] {
  const warnings: string[] = [];
  if (crash.readReversed === true) {
    warnings.push(
      "The lines of this trace were pasted in reverse order (the headline last): panicscope read them bottom-up.",
    );
  }
  if ((crash.kind === "panic" || crash.kind === "fatal") && crash.goroutineCount === 0) {
    warnings.push(
      "No goroutine stack was printed: the program ran with GOTRACEBACK=none (or is setuid), or the text was cut after the headline. Run it with GOTRACEBACK=all to see where it crashed.",
    );
  }
  if (category === "concurrent-map" && crash.goroutineCount === 1) {
    warnings.push(
      "Only the crashing goroutine was printed (Go 1.26+ prints one goroutine for fatal errors at the default GOTRACEBACK=single): run with GOTRACEBACK=all to see the goroutines that may have used the map at the same time.",
    );
  }
  return warnings;
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
      values.op = race.access.op;
      values.goroutine = who(race.access);
      if (race.previous !== null) {
        values.previousOp = race.previous.op;
        values.previousGoroutine = who(race.previous);
      }
      if (race.location !== null) values.location = race.location;
    }
  }
  return findings;
}

// ── what the waiting goroutine waits for ─────────────────────────────────────────────────

/**
 * The goroutine a person looks at first when nothing crashed: main (a test timeout's tests
 * are followed one by one instead, in `tests`).
 */
function focusGoroutines(crash: Crash): Goroutine[] {
  if (crash.kind === "test-timeout") return [];
  const main = crash.goroutines.find((g) => g.id === 1);
  return main === undefined ? [] : [main];
}

/**
 * Waits that another goroutine ends (not sleep, I/O, syscalls or the runtime's own): the
 * only ones where other goroutines can be what a goroutine waits for.
 */
function waitsOnOthers(state: string): boolean {
  return (
    state.startsWith("chan ") ||
    state.startsWith("select") ||
    state.startsWith("sync.") ||
    state === "semacquire"
  );
}

function findBlockers(crash: Crash, evidence: Evidence): Blocker[] {
  const blockers: Blocker[] = [];
  for (const goroutine of focusGoroutines(crash)) {
    if (!waitsOnOthers(goroutine.state)) continue;
    const self = selfLock(goroutine);
    if (self !== null) blockers.push(self);
    else if (crash.goroutineCount === 1) blockers.push(alone(goroutine));
    blockers.push(...childWaits(goroutine, evidence));
    const shared = sharedWith(goroutine, evidence);
    if (shared !== null) blockers.push(shared);
  }
  return blockers;
}

/**
 * A goroutine blocked on a mutex that its own stack is already working on: the mutex's
 * address equals (or lies just inside) a pointer argument of a caller in the program's own
 * code further down the stack. sync.Mutex is not reentrant, so this is the classic
 * lock-twice deadlock — stated as likely, since a pointer argument does not prove a lock.
 */
function selfLock(goroutine: Goroutine): Blocker | null {
  const found = waitObject(goroutine.frames);
  if (found === null || (found.object !== "mutex" && found.object !== "rwmutex")) return null;
  const lock = BigInt(found.address);
  for (let i = found.at + 1; i < goroutine.frames.length; i++) {
    const frame = goroutine.frames[i] as Frame;
    if (frame.location !== "user") continue;
    const receiver = exactPointer(frame.args);
    if (receiver === null) continue;
    const offset = lock - BigInt(receiver);
    if (offset < 0n || offset >= 4096n) continue;
    const at = siteRef(frame);
    return {
      waiter: goroutine.id,
      goroutines: goroutine.id === null ? [] : [goroutine.id],
      count: 1,
      state: goroutine.state,
      site: at,
      why: `goroutine ${goroutine.id ?? "?"} waits for ${found.object} ${found.address}, which ${offset === 0n ? "is" : `lies ${offset} bytes into`} the value that ${frame.func}, further down the same stack, is working on: if that call already holds the lock, the goroutine waits for itself (sync.Mutex is not reentrant)`,
    };
  }
  return null;
}

/** The only goroutine left, waiting for another one that does not exist. */
function alone(goroutine: Goroutine): Blocker {
  const state = goroutine.state;
  const what =
    state.startsWith("sync.WaitGroup") ||
    goroutine.frames.some((f) => f.func === "sync.(*WaitGroup).Wait")
      ? "no goroutine is left to call Done: an Add has no matching Done (a goroutine returned early without Done, or Add counted more than was started)"
      : state.startsWith("chan receive")
        ? "no goroutine is left that could send on or close the channel"
        : state.startsWith("chan send")
          ? "no goroutine is left that could receive from the channel"
          : state.startsWith("select")
            ? "no goroutine is left that could make a case of the select ready"
            : "no goroutine is left that could release what it waits for: the holder exited without unlocking, or this goroutine took the lock earlier";
  return {
    waiter: goroutine.id,
    goroutines: [],
    count: 0,
    state,
    site: null,
    why: `goroutine ${goroutine.id ?? "?"} [${state}] is the only goroutine: ${what}`,
  };
}

/** The blocked goroutines this one started (by parent id, or by creating function before go1.21). */
function childWaits(goroutine: Goroutine, evidence: Evidence): Blocker[] {
  const children = evidence.waits?.children;
  if (children === undefined) return [];
  const sites = [...(goroutine.id === null ? [] : (children.get(`g${goroutine.id}`) ?? []))];
  if (goroutine.id !== null && !children.has(`g${goroutine.id}`)) {
    for (const frame of goroutine.frames) sites.push(...(children.get(`f${frame.func}`) ?? []));
  }
  return sites
    .filter((site) => site.state !== "running" && site.state !== "runnable")
    .map((site) => ({
      waiter: goroutine.id,
      goroutines: site.goroutines,
      count: site.count,
      state: site.state,
      site: site.site,
      why: `goroutine ${goroutine.id ?? "?"} [${goroutine.state}] started ${site.count === 1 ? "a goroutine that is" : `${site.count} goroutines that are`} blocked too [${site.state}]`,
    }));
}

/** Other goroutines waiting on the same object as this one. */
function sharedWith(goroutine: Goroutine, evidence: Evidence): Blocker | null {
  const found = waitObject(goroutine.frames);
  if (found === null || evidence.shared === null) return null;
  const shared = evidence.shared.find(
    (s) => s.object === found.object && s.address === found.address,
  );
  if (shared === undefined) return null;
  const others = shared.goroutines.filter((id) => id !== goroutine.id);
  return {
    waiter: goroutine.id,
    goroutines: others,
    count: shared.count - 1,
    state: goroutine.state,
    site: null,
    why: `${shared.count - 1} other goroutine${shared.count === 2 ? "" : "s"} wait${shared.count === 2 ? "s" : ""} on the same ${found.object} ${found.address}`,
  };
}

// ── tests ────────────────────────────────────────────────────────────────────────────────

function runningTests(crash: Crash, evidence: Evidence): RunningTest[] {
  const goroutines = evidence.tests ?? [];
  const used = new Set<number>();
  const children = evidence.waits?.children;
  const helpers = (id: number | null) =>
    id === null
      ? []
      : (children?.get(`g${id}`) ?? []).filter(
          (s) => s.state !== "running" && s.state !== "runnable",
        );
  const running = crash.tests?.running ?? [];
  if (running.length === 0) {
    // Before go1.20 the panic does not list the running tests: the goroutines still do.
    return goroutines.map((g) => ({
      name: testFunctionName(g.func),
      duration: "",
      goroutine: g.goroutine,
      state: g.state,
      site: g.site,
      helpers: helpers(g.goroutine),
    }));
  }
  return running.map((test) => {
    const slash = test.name.indexOf("/");
    const top = slash === -1 ? test.name : test.name.slice(0, slash);
    // A subtest runs a closure of its top-level test (`TestA.func1`); the test itself, `TestA`.
    const found = goroutines.find((g, i) => {
      if (used.has(i)) return false;
      const name = testFunctionName(g.func);
      return slash === -1 ? name === top : name.startsWith(`${top}.func`);
    });
    if (found !== undefined) used.add(goroutines.indexOf(found));
    return {
      name: test.name,
      duration: test.duration,
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

function who(side: RaceSide): string {
  return side.main ? "the main goroutine" : `goroutine ${side.goroutine}`;
}

function raceOnMap(crash: Crash): boolean {
  const accesses = crash.race?.accesses ?? [];
  return accesses.length >= 2 && accesses.every((a) => mapOperation(a.frames) !== null);
}
