// What a fold over goroutines is: something every goroutine of a crash goes through once, as
// it streams past, keeping a bounded summary. Folds of the parts of one dump read on several
// threads are merged; a fold that crossed a thread boundary is plain data (structured clone
// keeps fields, not classes) and gets its methods back from its kind.
//
// The registry of every fold is src/pipeline/folds.ts; the diagnosis's own folds are
// src/diagnose/folds/, the buckets' src/group/fold.ts.

import type { Similarity } from "./group/similarity.js";
import type { Crash, Goroutine } from "./model.js";

export interface GoroutineFold<Result> {
  add(goroutine: Goroutine): void;
  /** Takes in what another fold of the same kind saw (goroutines that came after this one's). */
  merge(other: this): void;
  result(): Result;
}

export interface FoldOptions {
  /** How alike goroutines must be to share a bucket. */
  similarity: Similarity;
  /**
   * Goroutine ids the buckets keep past each bucket's first few (default: group/id-list.ts
   * ID_BUDGET). A part of a file read on one of N threads gets a share, so that the parts
   * joined keep what the whole file read on one thread would: memory does not grow with N.
   */
  idBudget?: number | undefined;
  /**
   * Distinct buckets kept (default: group/fold.ts MAX_BUCKETS). A part read on one of N threads
   * keeps a share, as with `idBudget`: the parts joined keep no more than the bound.
   */
  maxBuckets?: number | undefined;
}

/** One kind of fold: how to start one for a crash, and how to revive one from plain data. */
export interface FoldKind<Fold extends GoroutineFold<unknown>> {
  create(crash: Crash, options: FoldOptions): Fold;
  /**
   * Whether this crash's goroutines should go through the fold (default: always), from what the
   * parser has read of the crash so far — its kind and headline, never the rule matcher. A fold
   * not wanted is still there, empty, so that every crash has every fold to merge and read.
   */
  wants?(crash: Crash): boolean;
  /** The fold again, with its methods, from the plain data a worker thread sent. */
  fromData(data: Fold): Fold;
}

/** A fold kind whose data needs nothing but its class back. */
export function plainFoldKind<Fold extends GoroutineFold<unknown>>(
  create: (crash: Crash, options: FoldOptions) => Fold,
  prototype: Fold,
  wants?: (crash: Crash) => boolean,
): FoldKind<Fold> {
  const kind: FoldKind<Fold> = {
    create,
    fromData: (data) => Object.setPrototypeOf(data, prototype) as Fold,
  };
  if (wants !== undefined) kind.wants = wants;
  return kind;
}
