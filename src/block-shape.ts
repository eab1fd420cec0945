// The shape of the goroutine being handed to the folds, when the fast path built it from a
// template (src/pipeline/fast-blocks.ts). Every goroutine of one shape — one template, locked
// to a thread or not — has the same state, functions, files, lines and `created by`: what a
// fold derives from those alone for one of them holds for all, and is kept in the shape's memo
// instead of being found again (a site looked up by a 150-character key, a frame list walked).
// Ids, arguments, waits and parents differ per goroutine and are never memoised.
//
// The shape is known only for the goroutine being handed out (held here, not on the
// goroutine, so that the goroutine stays the parser's plain data).

import type { Goroutine } from "./model.js";

export class BlockShape {
  /** The buckets' fold this memo is for (a fold checks it is its own before trusting it). */
  bucketsOf: object | null = null;
  /** That fold's site of this shape, and the fold's count of site removals when it was found. */
  bucketSite: object | null = null;
  bucketEpoch = 0;
  /** Indices of the frames whose arguments the buckets read (group/similarity.ts runtimeArgs). */
  argFrames: Int32Array | null = null;
  /** A reader of the Go version that found none in these frames (traceback/finish.ts). */
  versionOf: object | null = null;
  /** The waits' fold this memo is for, and what it found (diagnose/folds/wait-fold.ts). */
  waitsOf: object | null = null;
  waits: object | null = null;

  constructor(
    /** The buckets' site key (group/similarity.ts siteKey), a string of its own. */
    readonly key: string,
  ) {}
}

let goroutine: Goroutine | null = null;
let shape: BlockShape | null = null;
const NO_BYTES = new Uint8Array(0);
const NO_ARGS = new Int32Array(0);
/** The bytes of the goroutine's block, and where each frame's argument list lies in them. */
const block: { bytes: Uint8Array; args: Int32Array } = { bytes: NO_BYTES, args: NO_ARGS };

/**
 * `g` is handed to the folds next, and is of `of`'s shape; its frame `f`'s arguments are the
 * bytes `bytes[args[2f], args[2f + 1])` (valid until the next hand-out, which lets go of
 * them). Null: no shape is known any more.
 */
export function handOut(
  g: Goroutine | null,
  of: BlockShape | null,
  bytes: Uint8Array = NO_BYTES,
  args: Int32Array = NO_ARGS,
): void {
  goroutine = g;
  shape = of;
  block.bytes = bytes;
  block.args = args;
}

/** The bytes of the block being handed out (see handOut). */
export function handedBytes(): { readonly bytes: Uint8Array; readonly args: Int32Array } {
  return block;
}

/** The shape of `g`, if it is the goroutine the fast path is handing out. */
export function shapeOf(g: Goroutine): BlockShape | null {
  return g === goroutine ? shape : null;
}
