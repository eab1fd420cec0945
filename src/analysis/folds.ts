// What is learnt from every goroutine of a crash while it streams past, in bounded memory:
// the parser hands each goroutine to the crash's folds and forgets it. A fold can be merged
// with another fold of the same kind, so that parts of one dump read apart (in parallel) can
// be joined into one answer.

import { chooseRule } from "../diagnose/category.js";
import type { Crash, Goroutine } from "../model.js";
import { MapFold } from "./map-fold.js";
import { ObjectFold } from "./object-fold.js";
import { TestFold } from "./test-fold.js";
import { WaitFold } from "./wait-fold.js";

export interface GoroutineFold<Result> {
  add(goroutine: Goroutine): void;
  /** Takes in what another fold of the same kind saw (goroutines that came after this one's). */
  merge(other: this): void;
  result(): Result;
}

/** The first goroutines of a crash, kept whole so that a person can be shown some. */
export class SampleFold implements GoroutineFold<Goroutine[]> {
  private readonly kept: Goroutine[] = [];

  constructor(private readonly limit: number) {}

  add(goroutine: Goroutine): void {
    if (this.kept.length < this.limit) this.kept.push(goroutine);
  }

  merge(other: SampleFold): void {
    for (const goroutine of other.kept) this.add(goroutine);
  }

  result(): Goroutine[] {
    return this.kept;
  }
}

/** Without `keepGoroutines`, this many goroutines of each crash are still kept for display. */
export const GOROUTINE_SAMPLE = 100;

/**
 * Every fold a crash gets; each capability adds its own here. The diagnosis folds that read
 * function names exist only for the crashes that ask for them (`null` otherwise).
 */
export interface CrashFolds {
  sample: SampleFold;
  /** Identical waits and long waits (every crash). */
  waits: WaitFold;
  /** Objects several goroutines wait on (deadlocks, dumps, test timeouts). */
  objects: ObjectFold | null;
  /** Other goroutines inside map operations (concurrent map errors). */
  maps: MapFold | null;
  /** The goroutines running tests (test timeouts). */
  tests: TestFold | null;
}

/**
 * The folds for a crash whose headline has been read (the parser hands out goroutines only
 * after it): which ones it gets depends on the crash's category.
 */
export function newCrashFolds(crash: Crash): CrashFolds {
  const category = chooseRule(crash).rule.category;
  const blocked =
    category === "deadlock" ||
    category === "goroutine-dump" ||
    category === "test-timeout" ||
    crash.kind === "dump";
  return {
    sample: new SampleFold(GOROUTINE_SAMPLE),
    waits: new WaitFold(crash, blocked),
    objects: blocked ? new ObjectFold() : null,
    maps: category === "concurrent-map" ? new MapFold(crash) : null,
    tests: category === "test-timeout" ? new TestFold() : null,
  };
}

export function addToFolds(folds: CrashFolds, goroutine: Goroutine): void {
  folds.sample.add(goroutine);
  folds.waits.add(goroutine);
  folds.objects?.add(goroutine);
  folds.maps?.add(goroutine);
  folds.tests?.add(goroutine);
}

export function mergeFolds(into: CrashFolds, from: CrashFolds): void {
  into.sample.merge(from.sample);
  into.waits.merge(from.waits);
  if (into.objects !== null && from.objects !== null) into.objects.merge(from.objects);
  if (into.maps !== null && from.maps !== null) into.maps.merge(from.maps);
  if (into.tests !== null && from.tests !== null) into.tests.merge(from.tests);
}
