// What is learnt from every goroutine of a crash while it streams past, in bounded memory:
// the parser hands each goroutine to the crash's folds and forgets it. A fold can be merged
// with another fold of the same kind, so that parts of one dump read apart (in parallel) can
// be joined into one answer.

import type { Goroutine } from "../model.js";

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

/** Every fold a crash gets; each capability adds its own here. */
export interface CrashFolds {
  sample: SampleFold;
}

export function newCrashFolds(): CrashFolds {
  return { sample: new SampleFold(GOROUTINE_SAMPLE) };
}

export function addToFolds(folds: CrashFolds, goroutine: Goroutine): void {
  folds.sample.add(goroutine);
}

export function mergeFolds(into: CrashFolds, from: CrashFolds): void {
  into.sample.merge(from.sample);
}
