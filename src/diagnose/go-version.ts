// Which Go release printed a crash, when the text does not name it: every release changed
// something visible (traceback-format.md §8, checked against runtime/traceback.go,
// runtime/panic.go, runtime/runtime2.go of each release). Each clue bounds the version from
// below or above; the guess is the range they leave.

import { type GoVersionGuess, goVersionGuess } from "../goversion/guess.js";
import { parseGoRelease } from "../goversion/release.js";
import { type GoVersion, goMinorRange } from "../goversion/version.js";
import type { Crash, Goroutine } from "../model.js";
import { LINE_RELEASES, RUNTIME_LINES } from "./runtime-lines.js";

/** Minor versions: 17 means go1.17. */
interface Range {
  low: number;
  high: number;
}

const OPEN_HIGH = 99;

/** How many goroutines to look at: the clues show up in the first few if anywhere. */
const SCAN = 100;

export function guessGoVersion(crash: Crash): GoVersionGuess | null {
  if (crash.goVersion !== null) return goVersionGuess(crash.goVersion, "path");
  const range: Range = { low: 0, high: OPEN_HIGH };
  const atLeast = (minor: number) => {
    range.low = Math.max(range.low, minor);
  };
  const atMost = (minor: number) => {
    range.high = Math.min(range.high, minor);
  };
  if (crash.panics.some((panic) => panic.repanicked)) atLeast(25);
  if (crash.panics.some((panic) => panic.fatal === true)) atLeast(26);
  for (const panic of crash.panics) {
    if (panic.value === "panic called with nil argument") {
      atLeast(21);
      atMost(26);
    } else if (panic.value === "runtime error: panic called with nil argument") atLeast(27);
  }
  const goroutines = crash.goroutines.slice(0, SCAN);
  if (crash.crashing !== null && !goroutines.includes(crash.crashing))
    goroutines.push(crash.crashing);
  // Race reports print creation stacks, not `created by` lines: those clues do not apply.
  if (crash.kind !== "race")
    for (const goroutine of goroutines) readGoroutine(goroutine, atLeast, atMost);
  for (const frames of crash.systemStacks) readFrames(frames, atLeast, atMost);
  if (range.low > range.high) return null; // contradictory clues: say nothing rather than guess
  const byLines = releasesByLines(
    [...goroutines.map((g) => g.frames), ...crash.systemStacks],
    range,
  );
  if (byLines !== null) return goVersionGuess(byLines, "runtime-lines");
  const fromFormat = goMinorRange(
    range.low === 0 ? null : range.low,
    range.high === OPEN_HIGH ? null : range.high,
  );
  return fromFormat === null ? null : goVersionGuess(fromFormat, "format");
}

/**
 * The releases whose standard library printed every known line of these stacks, within
 * `range`. The newest release of the table may share its lines with later ones: `go1.26+`.
 */
function releasesByLines(stacks: Goroutine["frames"][], range: Range): GoVersion | null {
  let candidates: Set<string> | null = null;
  for (const frames of stacks) {
    for (const frame of frames) {
      if (frame.location === "user" || frame.line === 0) continue;
      const releases = RUNTIME_LINES[`${frame.func} ${gorootRelative(frame.file)}:${frame.line}`];
      if (releases === undefined) continue;
      candidates = new Set(
        releases.filter((release) => candidates === null || candidates.has(release)),
      );
      if (candidates.size === 0) return null; // lines of different releases: no guess
    }
  }
  if (candidates === null) return null;
  const minors = [...candidates]
    .map(minorOf)
    .filter((minor) => minor >= range.low && minor <= range.high);
  if (minors.length === 0) return null;
  const newest = minorOf(LINE_RELEASES[LINE_RELEASES.length - 1] as string);
  const low = Math.min(...minors);
  const high = Math.max(...minors);
  // The newest release of the table may share its lines with later ones: open above.
  return high === newest ? goMinorRange(low, null, newest) : goMinorRange(low, high);
}

/** The minor of a release of the generated table ("go1.22"). */
function minorOf(release: string): number {
  return parseGoRelease(release)?.minor ?? -1;
}

/** `runtime/panic.go` for `/usr/local/go/src/runtime/panic.go`; -trimpath paths are already so. */
export function gorootRelative(file: string): string {
  const at = file.lastIndexOf("/src/");
  return at === -1 ? file : file.slice(at + 5);
}

function readGoroutine(
  g: Goroutine,
  atLeast: (n: number) => void,
  atMost: (n: number) => void,
): void {
  if (g.gp !== undefined) atLeast(22); // gp= m= mp= in the header
  if (g.labels !== undefined && g.id !== null) atLeast(26); // pprof labels in the header
  if (g.parentId !== undefined)
    atLeast(21); // created by … in goroutine N
  // Before go1.21 nothing followed `created by F`. A goroutine started from a timer
  // (time.goFunc) or by the runtime has no parent goroutine and still prints nothing.
  else if (
    g.createdBy !== undefined &&
    g.createdBy.location !== "runtime" &&
    g.createdBy.func !== "time.goFunc"
  ) {
    atMost(20);
  }
  if (g.elided !== undefined) {
    if (g.elided.count >= 0)
      atLeast(21); // ...N frames elided...
    else atMost(20); // ...additional frames elided...
  }
  // Wait reasons that replaced `semacquire` (runtime2.go waitReasonStrings).
  if (g.state.startsWith("sync.Mutex.Lock") || g.state.startsWith("sync.RWMutex.")) atLeast(20);
  if (g.state.startsWith("sync.WaitGroup.Wait")) atLeast(24);
  readFrames(g.frames, atLeast, atMost);
}

function readFrames(
  frames: Goroutine["frames"],
  atLeast: (n: number) => void,
  atMost: (n: number) => void,
): void {
  for (const frame of frames) {
    const { func, args } = frame;
    if (args.includes("?")) atLeast(18);
    else if (args.includes("{")) atLeast(17);
    if (func === "runtime.goexit" && args === "{}") atLeast(22);
    if (func === "panic" && !args.startsWith("{") && args !== "") atMost(16);
    if (func.startsWith("internal/sync.") || func.startsWith("internal/runtime/maps.")) atLeast(24);
    // sync.fatal: go1.19+ (sync.Mutex moved to internal/sync in go1.24, RWMutex did not).
    else if (func === "sync.fatal") atLeast(19);
    else if (func === "sync.throw") atMost(18);
    else if (func === "runtime.gothrow") atMost(4);
    else if (func === "runtime.panic") atMost(3);
    if (func.endsWith(".gowrap1") || func.includes(".deferwrap")) atLeast(22);
  }
}
