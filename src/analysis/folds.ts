// What is learnt from every goroutine of a crash while it streams past, in bounded memory:
// the parser hands each goroutine to the crash's folds and forgets it. A fold can be merged
// with another fold of the same kind, so that parts of one dump read apart (in parallel) can
// be joined into one answer.

import { chooseRule } from "../diagnose/category.js";
import type { Evidence } from "../diagnose/goroutines.js";
import { BucketFold } from "../group/fold.js";
import type { Similarity } from "../group/similarity.js";
import type { Crash, Goroutine } from "../model.js";
import { MapFold } from "./map-fold.js";
import { ObjectFold } from "./object-fold.js";
import { TestFold } from "./test-fold.js";
import { reviveWaitFold, WaitFold } from "./wait-fold.js";

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
  /** Goroutines folded into buckets (src/group). */
  buckets: BucketFold;
  /** Identical waits and long waits (every crash). */
  waits: WaitFold;
  /** Objects several goroutines wait on (deadlocks, dumps, test timeouts). */
  objects: ObjectFold | null;
  /** Other goroutines inside map operations (concurrent map errors). */
  maps: MapFold | null;
  /** The goroutines running tests (test timeouts). */
  tests: TestFold | null;
}

export interface NewFoldsOptions {
  /** How alike goroutines must be to share a bucket (default `pointers`). */
  similarity?: Similarity | undefined;
  /**
   * All the diagnosis folds, whatever the crash: for the part of a crash whose headline
   * another thread read (parallel.ts); merging keeps what the crash asked for.
   */
  every?: boolean | undefined;
}

/**
 * The folds for a crash whose headline has been read (the parser hands out goroutines only
 * after it): which diagnosis folds it gets depends on the crash's category.
 */
export function newCrashFolds(crash: Crash, options: NewFoldsOptions = {}): CrashFolds {
  const every = options.every === true;
  const category = every ? null : chooseRule(crash).rule.category;
  const blocked =
    every ||
    category === "deadlock" ||
    category === "goroutine-dump" ||
    category === "test-timeout" ||
    crash.kind === "dump";
  return {
    sample: new SampleFold(GOROUTINE_SAMPLE),
    buckets: new BucketFold(options.similarity ?? "pointers"),
    waits: new WaitFold(crash, blocked),
    objects: blocked ? new ObjectFold() : null,
    maps: every || category === "concurrent-map" ? new MapFold(crash) : null,
    tests: every || category === "test-timeout" ? new TestFold() : null,
  };
}

export function addToFolds(folds: CrashFolds, goroutine: Goroutine): void {
  folds.sample.add(goroutine);
  folds.buckets.add(goroutine);
  folds.waits.add(goroutine);
  folds.objects?.add(goroutine);
  folds.maps?.add(goroutine);
  folds.tests?.add(goroutine);
}

/** Folds that crossed a thread boundary as plain data get their methods back. */
export function reviveFolds(folds: CrashFolds): void {
  Object.setPrototypeOf(folds.sample, SampleFold.prototype);
  Object.setPrototypeOf(folds.buckets, BucketFold.prototype);
  folds.buckets.revive();
  reviveWaitFold(folds.waits);
  if (folds.objects !== null) Object.setPrototypeOf(folds.objects, ObjectFold.prototype);
  if (folds.maps !== null) Object.setPrototypeOf(folds.maps, MapFold.prototype);
  if (folds.tests !== null) Object.setPrototypeOf(folds.tests, TestFold.prototype);
}

export function mergeFolds(into: CrashFolds, from: CrashFolds): void {
  into.sample.merge(from.sample);
  into.buckets.merge(from.buckets);
  into.waits.merge(from.waits);
  if (into.objects !== null && from.objects !== null) into.objects.merge(from.objects);
  if (into.maps !== null && from.maps !== null) into.maps.merge(from.maps);
  if (into.tests !== null && from.tests !== null) into.tests.merge(from.tests);
}

/** What a crash's folds saw, for the diagnosis. */
export function foldedEvidence(folds: CrashFolds): Evidence {
  return {
    waits: folds.waits.result(),
    shared: folds.objects?.result() ?? null,
    maps: folds.maps?.result() ?? null,
    tests: folds.tests?.result() ?? null,
  };
}

/** The folds of the goroutines a crash holds (a crash built without streaming them). */
export function foldsOfCrash(crash: Crash): CrashFolds {
  const folds = newCrashFolds(crash);
  for (const goroutine of crash.goroutines) addToFolds(folds, goroutine);
  return folds;
}
