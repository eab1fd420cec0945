// What a goroutine's stack says about it, for the diagnoses that read every goroutine
// (the folds of ./folds call these per goroutine: string comparisons, no regex).

import type { Frame, Goroutine } from "../model.js";
import { withoutPackage } from "../names/package-path.js";
import type { LockHolder, LongWait, MapAccess, SharedWait, SiteRef, WaitSite } from "./types.js";

// ── what folds hand to the diagnosis ────────────────────────────────────────────────────

export interface WaitEvidence {
  /** Every distinct wait kept, most goroutines first. */
  sites: WaitSite[];
  longWaits: LongWait[];
  /** Goroutines of the runtime itself (only runtime frames): GC workers, finalizers… */
  runtimeGoroutines: number;
  /** Goroutines whose wait was not kept (too many distinct waits). */
  overflow: number;
  /**
   * Waits of the goroutines each parent started, by `g<id>` (`created by … in goroutine N`,
   * go1.21+) and by `f<function>` (the creating function, for older releases).
   */
  children: Map<string, WaitSite[]>;
}

export interface MapEvidence {
  accesses: MapAccess[];
  /** Goroutines seen inside a map operation (`accesses` keeps the first few). */
  count: number;
}

export interface TestGoroutine {
  /** The function tRunner called: `example.com/m/pkg.TestSlow`, `pkg.TestA.func1`. */
  func: string;
  goroutine: number | null;
  state: string;
  site: SiteRef | null;
  /** The goroutine itself: a timeout's first stack is the stuck test's (stuck-test.ts). */
  stack: Goroutine;
}

/** What the folds of a crash found, each `null` when the crash did not ask for it. */
export interface Evidence {
  waits: WaitEvidence | null;
  shared: SharedWait[] | null;
  maps: MapEvidence | null;
  tests: TestGoroutine[] | null;
  locks: LockHolder[] | null;
}

export function siteRef(frame: Frame | null): SiteRef | null {
  return frame === null ? null : { func: frame.func, file: frame.file, line: frame.line };
}

// ── objects waited on ────────────────────────────────────────────────────────────────────

/** Functions whose first argument is the object their goroutine waits on. */
const WAIT_CALLS = new Map<string, string>([
  ["runtime.chansend1", "channel"],
  ["runtime.chansend", "channel"],
  ["runtime.chanrecv1", "channel"],
  ["runtime.chanrecv2", "channel"],
  ["runtime.chanrecv", "channel"],
  ["sync.(*Mutex).Lock", "mutex"],
  ["sync.(*Mutex).lockSlow", "mutex"],
  ["internal/sync.(*Mutex).Lock", "mutex"],
  ["internal/sync.(*Mutex).lockSlow", "mutex"],
  ["sync.(*RWMutex).Lock", "rwmutex"],
  ["sync.(*RWMutex).RLock", "rwmutex"],
  ["sync.(*WaitGroup).Wait", "waitgroup"],
  ["sync.(*Cond).Wait", "cond"],
]);

/**
 * The object a goroutine is blocked on, when its stack shows it (`mutex 0xc000012098`), and
 * the index of the frame that shows it: the first argument of a channel operation (printed at
 * GOTRACEBACK=system and in SIGQUIT dumps) or of a sync method (printed at every level).
 */
export function waitObject(
  frames: readonly Frame[],
): { object: string; address: string; at: number } | null {
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i] as Frame;
    // The call a goroutine blocks in is above the program's own frames.
    if (frame.location === "user") return null;
    const object = WAIT_CALLS.get(frame.func);
    if (object === undefined) continue;
    const address = exactPointer(frame.args);
    if (address !== null) return { object, address, at: i };
  }
  return null;
}

/** The first argument when it is a non-nil hex pointer printed without `?` (go1.18+ marks stale ones). */
export function exactPointer(args: string): string | null {
  if (!args.startsWith("0x")) return null;
  let end = 2;
  while (end < args.length) {
    const c = args.charCodeAt(end);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) break;
    end++;
  }
  if (end === 2 || (end < args.length && args.charCodeAt(end) !== 0x2c) /* , */) return null;
  const address = args.slice(0, end);
  return address === "0x0" ? null : address;
}

// ── maps ─────────────────────────────────────────────────────────────────────────────────

const RUNTIME_MAP_CALLS = [
  "mapaccess",
  "mapassign",
  "mapdelete",
  "mapiter",
  "mapclear",
  "mapclone",
];

/**
 * Whether a function is one of the runtime's map operations: runtime.mapaccess*, mapassign*,
 * mapdelete*, mapiter*, mapclear, mapclone (go1.23 and older, and the linknamed entry points
 * since), or the Swiss tables' internal/runtime/maps.* (go1.24+).
 */
export function isMapFunction(func: string): boolean {
  if (func.startsWith("internal/runtime/maps.")) return func !== "internal/runtime/maps.fatal";
  if (!func.startsWith("runtime.map")) return false;
  const rest = func.slice("runtime.".length);
  return RUNTIME_MAP_CALLS.some((name) => rest.startsWith(name));
}

/** The map operation a stack is in (its outermost map frame) and that frame's index. */
export function mapOperation(frames: readonly Frame[]): { operation: string; at: number } | null {
  let found = -1;
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i] as Frame;
    // Map operations are called by the program: they sit above its first frame.
    if (frame.location === "user") break;
    if (isMapFunction(frame.func)) found = i;
    else if (found !== -1) break;
  }
  return found === -1 ? null : { operation: (frames[found] as Frame).func, at: found };
}

// ── tests ────────────────────────────────────────────────────────────────────────────────

/** `TestSlow` for `example.com/m/pkg.TestSlow`, with a closure suffix if any (`TestA.func1`). */
export function testFunctionName(func: string): string {
  return withoutPackage(func);
}

/**
 * The test function a goroutine runs: the frame testing.tRunner called, if any. tRunner is
 * where a test goroutine starts, so it is among its last frames (runtime.goexit may follow).
 */
export function testFunction(goroutine: Goroutine): string | null {
  const frames = goroutine.frames;
  for (let i = frames.length - 1; i >= Math.max(1, frames.length - 3); i--) {
    if ((frames[i] as Frame).func !== "testing.tRunner") continue;
    const func = (frames[i - 1] as Frame).func;
    const name = testFunctionName(func);
    return name.startsWith("Test") ||
      name.startsWith("Benchmark") ||
      name.startsWith("Fuzz") ||
      name.startsWith("Example")
      ? func
      : null;
  }
  return cutTestFunction(goroutine);
}

/**
 * A test goroutine whose stack was cut before tRunner (the last block of a cut paste): no
 * `created by` line and no `main.main` at its end, yet test code in it — a `_test.go` file, or
 * a caller of testing's `Run` outside testing, since only a test or its helper runs subtests.
 * Its bottom-most frame outside testing stands for the test function.
 */
function cutTestFunction(goroutine: Goroutine): string | null {
  const frames = goroutine.frames;
  const last = frames[frames.length - 1];
  if (last === undefined || goroutine.createdBy !== undefined || goroutine.elided !== undefined) {
    return null;
  }
  if (last.func === "main.main" || last.func === "runtime.main" || last.func === "runtime.goexit") {
    return null;
  }
  let test = false;
  for (let i = 0; i < frames.length && !test; i++) {
    const frame = frames[i] as Frame;
    const caller = frames[i + 1];
    test =
      frame.file.endsWith("_test.go") ||
      (TEST_RUN.has(frame.func) && caller !== undefined && !caller.func.startsWith("testing."));
  }
  if (!test) return null;
  for (let i = frames.length - 1; i >= 0; i--) {
    const func = (frames[i] as Frame).func;
    if (!func.startsWith("testing.")) return func;
  }
  return null;
}

const TEST_RUN = new Set(["testing.(*T).Run", "testing.(*B).Run"]);
