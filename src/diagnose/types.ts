// What panicscope concludes about a crash: the diagnosis and the findings it is built from.
// (The crash model itself is ../model.ts.)

import type { Category } from "../model.js";

/** How a message comes to be printed, which decides what can be done about it. */
export type RuleKind =
  /** A `runtime.Error` panic: the runtime found the program doing something invalid; recover can catch it. */
  | "runtime-error"
  /** A panic raised by the standard library or the runtime's API with a plain value; recover can catch it. */
  | "library-panic"
  /** A panic with the program's own value (or one the catalogue does not know). */
  | "user-panic"
  /** `fatal()` (go1.19+; a throw before): the runtime blames the program; recover cannot catch it. */
  | "user-fatal"
  /** `throw()`: a runtime invariant broke (corruption, misuse of unsafe/cgo, or a runtime bug). */
  | "runtime-throw"
  /** A fatal signal the runtime did not turn into a panic: a dump of every goroutine. */
  | "signal"
  /** A report that is not a crash by itself: race detector, goroutine dump, test timeout. */
  | "report";

/** A statement that holds for some Go releases only (both ends inclusive, `go1.NN`). */
export interface VersionNote {
  since?: string;
  until?: string;
  text: string;
}

/** The explanation of a rule: what a Go developer needs to understand and fix the crash. */
export interface Explanation {
  /** A short title: `Index out of range`. */
  title: string;
  /** What happened, in plain words. */
  what: string;
  /** How the runtime gets there, per Go release where it differs. */
  mechanism: VersionNote[];
  /** The usual causes in real programs, most common first. */
  causes: string[];
  /** What to change. */
  fix: string;
  /** A short Go example of the fix. */
  example: string;
  /** How to confirm the diagnosis: real commands and flags. */
  confirm: string[];
}

/** One link of a panic chain (or the fatal error that ended it), read by the catalogue. */
export interface ChainLink {
  /** `panic` or `fatal`. */
  type: "panic" | "fatal";
  message: string;
  rule: string;
  values: Record<string, string>;
  recovered: boolean;
  repanicked: boolean;
  /**
   * `root-cause`: the oldest problem; `rethrown`: the same value raised again after a
   * recover; `raised-in-defer`: a new panic or fatal error raised while the chain unwound;
   * `replaced`: raised after recovering the previous link with a different value.
   */
  role: "root-cause" | "rethrown" | "raised-in-defer" | "replaced";
}

/** What the `[signal …]` line (or a signal dump's `PC=` line) says, read for a person. */
export interface SignalReading {
  signal: string;
  /** `code=` (si_code) named: `SEGV_MAPERR`, `SI_KERNEL`, `SI_USER`… */
  code?: string;
  addr?: string;
  pc?: string;
  /** One sentence on what the address and code mean. */
  meaning: string;
}

/** A place in the program's code, as printed. */
export interface SiteRef {
  func: string;
  file: string;
  line: number;
}

/** Goroutines waiting in the same state at the same place. */
export interface WaitSite {
  state: string;
  /** Where they wait: the first frame in the program's own code (else the nearest frame). */
  site: SiteRef | null;
  count: number;
  /** The first few goroutine ids. */
  goroutines: number[];
  /** The longest wait among them, in minutes as printed (0 when none was printed). */
  maxMinutes: number;
}

/** Another goroutine found inside a map operation when the runtime caught concurrent use. */
export interface MapAccess {
  goroutine: number | null;
  state: string;
  /** The runtime's map function: `runtime.mapassign_faststr`, `internal/runtime/maps.(*Map).PutSlot`. */
  operation: string;
  /** Where the program called it. */
  site: SiteRef | null;
}

/** Goroutines whose stacks show them waiting on the same object (channel, mutex, WaitGroup). */
export interface SharedWait {
  /** `channel`, `mutex`, `rwmutex`, `waitgroup`, `cond`. */
  object: string;
  address: string;
  goroutines: number[];
  count: number;
}

/** Goroutines that a waiting goroutine depends on, and why panicscope thinks so. */
export interface Blocker {
  /** The goroutine that waits (main, a test's goroutine). */
  waiter: number | null;
  /** The goroutines it waits for (first few ids; `count` says how many). */
  goroutines: number[];
  count: number;
  state: string;
  site: SiteRef | null;
  /** Why, in English (src/diagnose/blockers.ts says it in other languages from `reason`). */
  why: string;
  /** What `why` says, as data. */
  reason?: BlockerReason;
}

/**
 * A goroutine that probably holds a mutex others wait on (folds/lock-fold.ts): blocked on
 * something else, with a program frame working on the mutex's value (`via: "argument"`), or
 * only a blocked goroutine the source may show took the lock (`via: "candidate"`).
 */
export interface LockHolder {
  object: string;
  /** The mutex's address, as the waiters' frames print it. */
  address: string;
  /** The goroutines waiting for it (first few ids; `waiterCount` says how many). */
  waiters: number[];
  waiterCount: number;
  /** Where the first waiter asks for the lock (its first program frame). */
  waiterSite: SiteRef | null;
  holder: number | null;
  state: string;
  /** Where the holder waits now (its first program frame). */
  site: SiteRef | null;
  via: "argument" | "candidate";
  /** The holder's frame whose first argument points at (or just before) the mutex. */
  argument: { func: string; address: string } | null;
}

/** Why a goroutine is thought to wait for others: the facts its sentence is built from. */
export type BlockerReason =
  /** Its own stack works on the value holding the mutex it waits for (`offset` bytes in). */
  | { kind: "self-lock"; object: string; address: string; offset: number; func: string }
  /** It is the only goroutine left; what it waits on. */
  | { kind: "alone"; waits: "waitgroup" | "receive" | "send" | "select" | "lock" }
  /** Goroutines it started are blocked too (`state` is theirs; this is the waiter's). */
  | { kind: "children"; waiterState: string }
  /** Others wait on the same object. */
  | { kind: "shared"; object: string; address: string };

/** A test that was running when `go test` timed out, and where its goroutine was. */
export interface RunningTest {
  name: string;
  duration: string;
  goroutine: number | null;
  state: string;
  site: SiteRef | null;
  /** Goroutines it started that are still blocked. */
  helpers: WaitSite[];
}

/** What reading every goroutine taught (each from a fold that saw them all). */
export interface GoroutineFindings {
  /** Identical waits, most goroutines first (deadlocks, dumps, test timeouts). */
  waits?: WaitSite[];
  /** Goroutines blocked the longest. */
  longWaits?: LongWait[];
  /** Goroutines waiting on the same object as another. */
  shared?: SharedWait[];
  /**
   * What the goroutine a person looks at first (main in a deadlock or dump, the crashing one)
   * waits for, where the stacks show it: goroutines it started that are blocked, goroutines
   * waiting on the same object, or its own stack holding the lock it waits for.
   */
  blockers?: Blocker[];
  /** Deadlocks and dumps: goroutines that probably hold a mutex others wait on. */
  lockHolders?: LockHolder[];
  /** Stack overflows: the frames that repeat on the overflowing goroutine, innermost first. */
  recursion?: SiteRef[];
  /** Concurrent map use: the other goroutines caught inside a map operation. */
  mapAccesses?: MapAccess[];
  /** Test timeouts: the running tests and where each one's goroutine was. */
  tests?: RunningTest[];
  /** Race reports: the two accesses and where their goroutines were created. */
  race?: {
    access: RaceSide;
    previous: RaceSide | null;
    /** `Location is global 'x' of size 8 at 0x…` when the report names it. */
    location: string | null;
  };
}

/** A goroutine waiting for a long time (minutes as printed in its header). */
export interface LongWait {
  goroutine: number | null;
  state: string;
  minutes: number;
  site: SiteRef | null;
}

/** One side of a data race: the access and where its goroutine was started. */
export interface RaceSide {
  op: string;
  goroutine: number;
  main: boolean;
  /** The first frame of the access outside the runtime. */
  site: SiteRef | null;
  /** The first frame of the goroutine's creation stack outside the runtime. */
  createdAt: SiteRef | null;
}

/** What panicscope concluded about a crash: the rule, its values and what to do. */
export interface Diagnosis {
  rule: string;
  category: Category;
  kind: RuleKind;
  /** Whether recover could have caught it (`null` where the question does not apply). */
  recoverable: boolean | null;
  /** The Go releases that print this message. */
  since: string | null;
  until: string | null;
  /** Values read out of the message and the lines around it (names per rule). */
  values: Record<string, string>;
  /** One sentence with the values: what happened here. */
  summary: string;
  explanation: Explanation;
  /** The panic chain read link by link (empty when there is no chain). */
  chain: ChainLink[];
  /**
   * In a document: links left out of the middle of `chain` (a chain longer than 200 links keeps
   * its first 100 and last 100); absent when none were.
   */
  chainOmitted?: number;
  /** Things a person could miss: a panic that hid another, a recovered panic, a lost value. */
  warnings: string[];
  signal: SignalReading | null;
  goroutines: GoroutineFindings;
}
