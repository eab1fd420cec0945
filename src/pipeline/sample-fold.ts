// The first goroutines of a crash, kept whole so that a person can be shown some.

import { type GoroutineFold, plainFoldKind } from "../goroutine-fold.js";
import type { Goroutine } from "../model.js";

/** Without `keepGoroutines`, this many goroutines of each crash are still kept for display. */
export const GOROUTINE_SAMPLE = 100;

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

export const sampleFold = plainFoldKind(
  () => new SampleFold(GOROUTINE_SAMPLE),
  SampleFold.prototype,
);
