// The diagnosis's folds: what reading every goroutine of a crash tells the diagnosis
// (goroutines.ts `Evidence`). Every crash has every fold, and the diagnosis reads what its
// rule needs (diagnosis.ts `relevantEvidence`); the folds a crash cannot need are skipped by
// what the parser read of it (`wants`: its kind and headline, not the rule matcher), which
// keeps a panic's 10⁶ goroutines from paying for deadlock and map findings. A new finding over
// every goroutine: one file here and one line below.

import { type FoldKind, type GoroutineFold, plainFoldKind } from "../../goroutine-fold.js";
import type { Crash } from "../../model.js";
import type { Evidence } from "../goroutines.js";
import { LockFold } from "./lock-fold.js";
import { MapFold } from "./map-fold.js";
import { ObjectFold } from "./object-fold.js";
import { TestFold } from "./test-fold.js";
import { reviveWaitFold, WaitFold } from "./wait-fold.js";

type FoldsOf<Results> = { [K in keyof Results]: FoldKind<GoroutineFold<NonNullable<Results[K]>>> };

export const diagnosisFolds = {
  /** Identical waits, long waits, and what each goroutine's children wait on. */
  waits: { create: (crash) => new WaitFold(crash), fromData: reviveWaitFold },
  /** Objects several goroutines wait on. */
  shared: plainFoldKind(() => new ObjectFold(), ObjectFold.prototype, mayBeBlocked),
  /** Other goroutines inside map operations. */
  maps: plainFoldKind((crash) => new MapFold(crash), MapFold.prototype, isFatal),
  /** The goroutines running tests. */
  tests: plainFoldKind(() => new TestFold(), TestFold.prototype, isTestTimeout),
  /** Goroutines that probably hold a mutex others wait on. */
  locks: plainFoldKind(() => new LockFold(), LockFold.prototype, mayBeBlocked),
} satisfies FoldsOf<Evidence>;

/**
 * Goroutines may be blocked on one another: anything but a plain panic or a race — and a panic
 * of testing/synctest's deadlock (`panic: deadlock: …`, go1.24+ testing/synctest).
 */
function mayBeBlocked(crash: Crash): boolean {
  if (crash.kind !== "panic" && crash.kind !== "race") return true;
  return isTestTimeout(crash) || crash.panics.some((p) => p.value.startsWith("deadlock: "));
}

/**
 * `panic: test timed out after …` (testing's alarm): the parser names the kind when the crash
 * ends, so while its goroutines stream past the headline says it.
 */
function isTestTimeout(crash: Crash): boolean {
  return (
    crash.kind === "test-timeout" ||
    crash.panics.some((panic) => panic.value.startsWith("test timed out after "))
  );
}

/** A fatal error (concurrent map use is one), also one raised while panicking (go1.26+). */
function isFatal(crash: Crash): boolean {
  return (
    crash.kind === "fatal" ||
    crash.fatal !== undefined ||
    crash.panics.some((panic) => panic.fatal === true)
  );
}
