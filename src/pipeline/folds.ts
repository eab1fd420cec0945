// Every fold a crash's goroutines go through, in one table: the sample kept for display, the
// buckets (src/group) and the diagnosis's folds (src/diagnose/folds). The parser hands each
// goroutine to its crash's folds and forgets it; parts of one dump read on other threads
// come back as plain data, are revived by their kind and merged.

import { diagnosisFolds } from "../diagnose/folds/index.js";
import type { Evidence } from "../diagnose/goroutines.js";
import type { FoldKind, FoldOptions, GoroutineFold } from "../goroutine-fold.js";
import { bucketFold } from "../group/fold.js";
import type { Crash, Goroutine } from "../model.js";
import { sampleFold } from "./sample-fold.js";

export const FOLDS = { sample: sampleFold, buckets: bucketFold, ...diagnosisFolds };

type FoldOf<K> = K extends FoldKind<infer Fold> ? Fold : never;
/** A crash's folds by name. */
export type CrashFolds = { [K in keyof typeof FOLDS]: FoldOf<(typeof FOLDS)[K]> };

const NAMES = Object.keys(FOLDS) as (keyof typeof FOLDS)[];

type AnyKind = FoldKind<GoroutineFold<unknown>>;
const kind = (name: keyof typeof FOLDS): AnyKind => FOLDS[name] as unknown as AnyKind;

/**
 * The folds in registry order, kept beside the record under a symbol: the per-goroutine loop
 * then walks an array instead of looking each fold up by name (measured: the keyed lookups
 * cost a tenth of the folding). Structured clone leaves symbols out; `foldsFromData` puts
 * the list back.
 */
const LIST = Symbol("folds in registry order");
type Listed = CrashFolds & { [LIST]: GoroutineFold<unknown>[] };

function listed(
  folds: Record<string, GoroutineFold<unknown>>,
  wanted: (name: keyof typeof FOLDS) => boolean,
): CrashFolds {
  const list = NAMES.filter(wanted).map((name) => folds[name] as GoroutineFold<unknown>);
  Object.defineProperty(folds, LIST, { value: list, enumerable: false });
  return folds as CrashFolds;
}

/**
 * The folds of a crash whose headline has been read. `every`: all of them, whatever the crash
 * wants — the part of a dump another thread started reading does not know its crash — or, with
 * `only`, those named there (the ones that crash was found to run: parallel.ts).
 */
export function newCrashFolds(
  crash: Crash,
  options: FoldOptions & { every?: boolean; only?: readonly string[] | undefined },
): CrashFolds {
  const folds: Record<string, GoroutineFold<unknown>> = {};
  for (const name of NAMES) folds[name] = kind(name).create(crash, options);
  const only = options.only;
  if (options.every === true)
    return listed(folds, (name) => only === undefined || only.includes(name));
  return listed(folds, (name) => kind(name).wants?.(crash) ?? true);
}

/** The names of the folds a crash's goroutines go through, in registry order. */
export function foldNames(folds: CrashFolds): string[] {
  const list = (folds as Listed)[LIST];
  return NAMES.filter((name) => list.includes(folds[name] as GoroutineFold<unknown>));
}

/** Whether those are all the folds there are. */
export function allFolds(names: readonly string[]): boolean {
  return NAMES.every((name) => names.includes(name));
}

export function addToFolds(folds: CrashFolds, goroutine: Goroutine): void {
  const list = (folds as Listed)[LIST];
  for (let i = 0; i < list.length; i++) (list[i] as GoroutineFold<unknown>).add(goroutine);
}

/** Folds that crossed a thread boundary as plain data get their methods back. */
export function foldsFromData(data: CrashFolds): CrashFolds {
  const folds: Record<string, GoroutineFold<unknown>> = {};
  for (const name of NAMES) folds[name] = kind(name).fromData(data[name]);
  // Revived folds are merged, not fed: which of them take goroutines no longer matters.
  return listed(folds, () => true);
}

export function mergeFolds(into: CrashFolds, from: CrashFolds): void {
  for (const name of NAMES) (into[name] as GoroutineFold<unknown>).merge(from[name]);
}

/** What a crash's folds saw, for the diagnosis. */
export function foldedEvidence(folds: CrashFolds): Evidence {
  return {
    waits: folds.waits.result(),
    shared: folds.shared.result(),
    maps: folds.maps.result(),
    tests: folds.tests.result(),
    locks: folds.locks.result(),
  };
}

/** The folds of the goroutines a crash holds (a crash built without streaming them). */
export function foldsOfCrash(crash: Crash, options: FoldOptions): CrashFolds {
  const folds = newCrashFolds(crash, options);
  for (const goroutine of crash.goroutines) addToFolds(folds, goroutine);
  return folds;
}
