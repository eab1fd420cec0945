// Every heading, label and sentence of panicscope's own that the terminal, the HTML report,
// `explain`, `rules` and `diff` print, in English: one key each. src/i18n/zh/labels.ts has
// the same keys in Chinese (typed as `Labels`: a missing key does not compile). What a crash
// printed (messages, states, functions, paths) is never in here: it is shown as printed.

import { thousands } from "../../count.js";

const plural = (n: number, word: string) => `${thousands(n)} ${word}${n === 1 ? "" : "s"}`;

export const EN_LABELS = {
  // ── the crash's first lines ──
  crashOf: (index: number, total: number, input: string | null) =>
    `crash ${index} of ${total}${input === null ? "" : ` in ${input}`}`,
  goroutineId: (id: number | string) => `goroutine ${id}`,
  goroutineCount: (n: number) => plural(n, "goroutine"),
  fromFormat: "(from format)",
  duringCgo: "during cgo execution",
  recoveredHeadline: (by: string, message: string) => `panic (recovered by ${by}): ${message}`,
  /** A stack the program printed itself (a recover handler, an error library). */
  loggedHeadline: (by: string | undefined, message: string) =>
    `logged stack${by === undefined ? "" : ` (recovered by ${by})`}${message === "" ? "" : `: ${message}`}`,

  // ── places (src/render/site-labels.ts) ──
  siteAccess: "access",
  sitePrevious: "previous",
  sitePanickedIn: "panicked in",
  siteRootCause: "root cause",
  siteRecoveredIn: "recovered in",
  siteDiedIn: "died in",
  sitePanickedAgainIn: "panicked again in",
  siteCrash: "crash site",
  siteYourCode: "your code",

  // ── the chain, tests, the census ──
  panicChain: "panic chain",
  oldestFirst: "(oldest first)",
  moreLinks: (n: number) => `… ${n} more links (--all shows them)`,
  linksNotKept: (n: number) => `… ${n} more links (a document keeps a chain's first and last 100)`,
  failedTest: "failed test",
  runningTests: "running tests",
  goroutines: "goroutines",
  otherGoroutines: "other goroutines",
  notUnderstood: (n: number, hint: boolean) =>
    `${plural(n, "line")} not understood${hint ? " (--verbose shows them)" : ""}`,
  runtimeNotes: "runtime notes",
  inputDetails: (name: string, lines: number, bytes: number, stray: number) =>
    `${name}: ${lines} lines, ${bytes} bytes, ${stray} outside any crash`,
  wrappersRemoved: (list: string) => `log wrappers removed: ${list}`,
  linesCut: (n: number) => `${n} over-long lines were cut`,

  // ── a goroutine's stack ──
  goroutineHeader: (id: string, state: string, minutes: number, locked: boolean) =>
    `goroutine ${id} [${state}${minutes > 0 ? `, ${minutes} minutes` : ""}${locked ? ", locked to thread" : ""}]`,
  stackUnavailable: "stack unavailable (running on another thread)",
  /** A stack a program logged, without a goroutine header. */
  loggedStack: "logged stack",
  createdBy: (func: string, parent: number | undefined) =>
    `created by ${func}${parent === undefined ? "" : ` in goroutine ${parent}`}`,
  moreFrames: (n: number) => `… ${n} more frames (--all shows them)`,
  sameFrame: (n: number) => `… the same frame ${n} more times (recursion)`,
  raceAccess: (previous: boolean, op: string, addr: string, who: string) =>
    `${previous ? "previous " : ""}${op} at ${addr} by ${who}`,
  /** The report's headings of a race's sides, as the race detector writes them. */
  raceAccessTitle: (previous: boolean, op: string, addr: string, who: string) =>
    `${previous ? "Previous " : ""}${op} at ${addr} by ${who}`,
  raceCreatedTitle: (id: number, status: string) => `Goroutine ${id} (${status}) created at`,
  mainGoroutine: "main goroutine",
  raceCreated: (id: number, status: string) => `goroutine ${id} (${status}) created at`,

  // ── the diagnosis (src/render/diagnosis.ts) ──
  fix: "fix",
  lockHolder: "lock holder",
  explainHint: (recoverable: boolean | null) =>
    `how the runtime gets there, usual causes, how to confirm${recoverable === false ? " (recover cannot catch this)" : ""}`,
  recursion: "recursion",
  race: "race",
  previous: "previous",
  variable: "variable",
  raceSide: (op: string, who: string) => `${op} by ${who} at`,
  startedAt: (where: string) => `(started at ${where})`,
  raceBy: (op: string, who: string) => `${op} by ${who}`,
  raceReported: (count: number) => `this race was reported ${thousands(count)} times`,
  raceReportedAt: (access: string, previous: string, from: number, to: number) =>
    `${access} / ${previous} (lines ${from}-${to})`,
  raceAlsoReported: (more: number, where: string) =>
    `the same race, reported ${more} more time${more === 1 ? "" : "s"}: ${where}`,
  mapUsers: "map users",
  mapUsersIntro: "other goroutines inside a map operation when it crashed:",
  goroutineNotInText: "goroutine not in the text",
  waitsFor: "waits for",
  identicalWaits: "identical waits",
  shared: "shared",
  sharedWait: (count: number, object: string, address: string) =>
    `${thousands(count)} goroutines wait on ${object} ${address}`,
  longestWait: "longest wait",
  longWait: (id: string, state: string, minutes: number) =>
    `goroutine ${id} [${state}, ${minutes} minutes]`,
  noFrames: "(no frames)",

  // ── buckets (src/render/buckets.ts) ──
  buckets: "buckets",
  bucketsHeader: (goroutines: number, buckets: number) =>
    `${plural(goroutines, "goroutine")} in ${plural(buckets, "bucket")}`,
  similarity: (level: string) => `(similarity: ${level})`,
  lockedToThread: "locked to thread",
  withCrashing: (id: number) => `with the crashing goroutine ${id}`,
  createdIn: (parent: number, count: string | null, more: boolean) =>
    ` in goroutine ${parent}${count === null ? "" : ` (${count})`}${more ? " …" : ""}`,
  createdByShort: (func: string, at: string | null) =>
    `created by ${func}${at === null ? "" : ` at ${at}`}`,
  crashingAbove: (id: number) => `the crashing goroutine ${id}, its stack above`,
  runtimeGoroutines: (goroutines: number, states: string) =>
    `${plural(goroutines, "runtime goroutine")} (${states})`,
  foldedAway: (goroutines: number, buckets: number, limit: string) =>
    `… ${plural(goroutines, "goroutine")} in ${plural(buckets, "small bucket")} folded away: more distinct buckets than ${limit}`,
  moreBuckets: (buckets: number, goroutines: number) =>
    `… ${plural(buckets, "more bucket")} of ${plural(goroutines, "goroutine")} (--all shows them)`,
  spawnedBy: "spawned by",
  notInDump: "(not in the dump)",
  at: (func: string) => `at ${func}`,
  /** `3–17 minutes`, `5 minutes`, `< 1 minute`, `up to 9 minutes`. */
  minutes: (min: number, max: number) => {
    if (max <= 0) return "< 1 minute";
    const low = min === Number.POSITIVE_INFINITY ? max : min;
    if (low === max) return `${max} minute${max === 1 ? "" : "s"}`;
    return low === 0 ? `up to ${max} minutes` : `${low}–${max} minutes`;
  },
  /** Why a bucket is ranked high (src/group/buckets.ts suspicion). */
  waitingFor: (range: string) => `waiting ${range}`,
  blockedForever: "blocked forever",
  lockWait: "lock wait",
  channelWait: "channel wait",

  // ── --binary ──
  binary: "binary",
  unknownGoVersion: "unknown Go version",
  modified: "(modified)",
  warning: "warning",
  symbolized: (n: number) => `${plural(n, "frame")} symbolized from the binary`,
  fault: "fault",
  fieldOf: (field: string, type: string, of: string, offset: string) =>
    `(field ${field} ${type} of ${of}, offset ${offset})`,
  setAt: (register: string, address: string, text: string) =>
    `${register} was set at ${address}: ${text}`,

  // ── the HTML report ──
  /** A chain link's role (ChainLink["role"]). */
  roleRootCause: "root cause",
  roleRethrown: "the same value raised again after a recover",
  roleRaisedInDefer: "raised in a deferred call while the chain unwound",
  roleReplaced: "raised after recovering the previous link, with another value",
  explanationHeading: "explanation",
  theRace: "the race",
  mapUsersTitle: "map users: other goroutines inside a map operation when it crashed",
  sharedObjects: "shared objects",
  htmlLang: "en",
  noCrashFound: "no crash found",
  theme: "theme",
  themeNames: { auto: "auto", light: "light", dark: "dark" },
  fingerprintTitle: "fingerprint: the same bug crashing again gets the same one",
  diagnosis: "Diagnosis",
  inFuncAt: "in",
  atFile: "at",
  panicChainHeading: "Panic chain",
  accessesHeading: "Accesses",
  crashSiteHeading: "Crash site",
  crashingGoroutine: "Crashing goroutine",
  goroutinesHeading: "Goroutines",
  goroutinesNote: (total: number, buckets: number, similarity: string) =>
    `${thousands(total)} in ${plural(buckets, "bucket")}, similarity ${similarity}`,
  filterPlaceholder:
    'filter: words, -word, "a phrase", state:chan pkg:net/http func:Handle file.go:25 g:17',
  sourceOnWeb: "source on the web",
  createdAtSite: (func: string, where: string) => `created by ${func} at ${where}`,
  idsCount: (count: string, one: boolean) => `${count} goroutine${one ? "" : "s"}: `,
  allIds: "all ids",
  noMatch: (searched: string, buckets: string) =>
    `no bucket matches ${searched} (${buckets} buckets searched)`,
  termContaining: (key: string, value: string) => `${key} containing "${value}"`,
  termNot: (what: string) => `not ${what}`,
  filterLabel: "filter buckets",
  showMore: "show more",
  showThem: "show them",
  leftOut: (n: number) =>
    `${n} smaller buckets are left out of this page (try --similarity values).`,
  source: "Source",
  theCrashingGoroutine: "the crashing goroutine",
  /** `goroutine 7 (3) in #2`: a creator and the bucket it is in. */
  inBucket: "in",
  /**
   * `showing 200 of 1 000 matching buckets (…)`; the page's script fills in the numbers, in
   * this order in every language.
   */
  showing: (shown: string, matching: string, goroutines: string, total: string) =>
    `showing ${shown} of ${matching} matching buckets (${goroutines} of ${total} goroutines)`,

  // ── explain ──
  replaced: (text: string) => `replaced ${text}`,
  message: "message",
  values: "values",
  whatHappened: "What happened",
  howRuntimeGetsThere: "How the runtime gets there",
  usualCauses: "Usual causes",
  fixHeading: "Fix",
  confirm: "Confirm",
  recoverCatches: "recover can catch it",
  recoverCannot: "recover cannot catch it",
  upTo: (release: string) => `up to ${release}`,

  // ── rules ──
  rulesHeader: { rule: "rule", category: "category", go: "go", title: "title" },
  texts: (n: number) => `${n} texts`,
  rulesFooter: (n: number) => `${n} rules · panicscope explain RULE for one of them`,

  // ── trace (src/exectrace/terminal.ts) ──
  traceHeader: (
    file: string,
    format: string,
    duration: string,
    generations: number,
    events: number,
    goroutines: number,
    procs: number,
    threads: number,
  ) =>
    `${file}: Go execution trace (${format} format), ${duration}, ${generations} generation(s), ${events} events, ${goroutines} goroutines, ${procs} Ps, ${threads} threads`,
  traceEndsAt: (wall: string) => `ends at ${wall} (wall clock of the trace's last event)`,
  traceLegendColour: (
    user: string,
    mark: string,
    assist: string,
    sys: string,
    gc: string,
    stw: string,
  ) =>
    `${user} user ${mark} GC mark ${assist} mark assist ${sys} syscall, shade = busy; runq = runnable goroutines; ${gc} GC ${stw} stop-the-world`,
  traceLegend:
    "shade = busy share (user, GC, syscall); runq = runnable goroutines; ▀ GC, ! stop-the-world",
  traceSpan: (from: string, to: string, window: string, legend: string) =>
    `${from} … ${to} (window ${window}); ${legend}`,
  heapAtEnd: (inUse: string, goal: string) => `heap at the end: ${inUse} in use, goal ${goal}`,
  blockedInWindow: (list: string) => `blocked (in the window): ${list}`,
  stillBlocked: (n: number) => `Goroutines still blocked at the end: ${n}`,
  noStackInTrace: "(no stack in the trace)",
  upToDuration: (duration: string) => `up to ${duration}`,
  crashingInTrace: (id: string) => `Crashing goroutine ${id} in the trace:`,
  relatedBy: (role: "woke" | "created", id: number, times: number, state: string) =>
    `${role} by goroutine ${id} ×${times} (at the end: ${state})`,
  note: "note",
  traceNoCrashingGoroutine:
    "the crash text names no crashing goroutine (a deadlock, a dump): nothing to follow",
  traceGoroutineAbsent: (id: number) =>
    `goroutine ${id} does not appear in the trace: the trace ends before it ran, or it ran only before the trace's window`,
  traceEndsAfter: (ms: string, id: number, transition: string) =>
    `the trace ends ${ms} ms after goroutine ${id}'s last transition (${transition})`,
  traceGoroutineExited: (id: number) => `goroutine ${id} had exited by the end of the trace`,

  // ── the trace in the HTML report (src/render/html/trace-section.ts, heat-script.ts) ──
  traceSectionHeading: "Scheduling before the crash (execution trace)",
  heatHint:
    "Wheel to zoom, double-click to reset; the line under the map reads the window under the pointer.",
  heatUser: "user code",
  heatGcMark: "GC mark",
  heatAssist: "mark assist",
  heatSyscall: "syscall",
  heatRunnable: "runnable goroutines",
  heatGc: "GC / stop-the-world",
  heatReadout: (at: string, procs: string, runnable: string) =>
    `+${at} ms: ${procs} · runnable ${runnable}`,

  // ── diff ──
  diffGoroutines: (before: string, after: string, delta: string) =>
    `goroutines ${before} → ${after} (${delta})`,
  diffInputs: (before: string, beforeBuckets: number, after: string, afterBuckets: number) =>
    `before ${before} (${beforeBuckets} buckets) · after ${after} (${afterBuckets} buckets)`,
  noBucketChanged: "no bucket changed",
  unchangedBuckets: (n: number) => `… ${plural(n, "unchanged bucket")} (--all shows them)`,
  change: (change: "appeared" | "vanished" | "grew" | "shrank" | "unchanged"): string => change,

  // ── watch (src/render/watch.ts) ──
  watching: (url: string, every: string) => `watching ${url} every ${every}`,
  watchSample: (
    sample: number,
    clock: string,
    goroutines: string,
    delta: string,
    buckets: number,
  ) =>
    `#${sample}  ${clock}  ${goroutines} goroutines${delta === "" ? "" : ` (${delta})`} in ${plural(buckets, "bucket")}`,
  leakSuspect: "leak suspect",
  watchSuspect: (from: string, to: string, rises: number) =>
    `${from} → ${to} goroutines, up at ${rises} samples in a row`,
  stillGrowing: "still growing",
};

export type Labels = typeof EN_LABELS;
