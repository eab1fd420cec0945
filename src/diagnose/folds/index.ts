// The diagnosis's folds: what reading every goroutine of a crash tells the diagnosis
// (goroutines.ts `Evidence`). Every crash gets every fold — choosing them does not call the
// rule matcher while the text is parsed — and the diagnosis reads what its rule needs
// (diagnosis.ts `relevantEvidence`). A new finding over every goroutine: one file here and
// one line below.

import { type FoldKind, type GoroutineFold, plainFoldKind } from "../../goroutine-fold.js";
import type { Evidence } from "../goroutines.js";
import { MapFold } from "./map-fold.js";
import { ObjectFold } from "./object-fold.js";
import { TestFold } from "./test-fold.js";
import { reviveWaitFold, WaitFold } from "./wait-fold.js";

type FoldsOf<Results> = { [K in keyof Results]: FoldKind<GoroutineFold<NonNullable<Results[K]>>> };

export const diagnosisFolds = {
  /** Identical waits, long waits, and what each goroutine's children wait on. */
  waits: { create: (crash) => new WaitFold(crash), fromData: reviveWaitFold },
  /** Objects several goroutines wait on. */
  shared: plainFoldKind(() => new ObjectFold(), ObjectFold.prototype),
  /** Other goroutines inside map operations. */
  maps: plainFoldKind((crash) => new MapFold(crash), MapFold.prototype),
  /** The goroutines running tests. */
  tests: plainFoldKind(() => new TestFold(), TestFold.prototype),
} satisfies FoldsOf<Evidence>;
