// When two goroutines are "the same": the identity a bucket is keyed by, at three levels.
//
// Always compared: the wait reason, locked-to-thread, every frame's function, file and line,
// where frames were elided, and the `created by` function, file and line. Never compared:
// goroutine ids, wait minutes (they fold into a range), the parent id of Go 1.21+'s
// `created by … in goroutine N` (goroutines that differ only in who spawned them are the
// same; panicparse splits them), pprof labels, PCs and offsets.
//
// Arguments, by level:
//   exact     every argument word as printed, in every frame.
//   pointers  (the default) argument words that carry a value rather than an identity.
//             A word is taken for an identity, and ignored, when
//               · it is marked `?`: the runtime says it may be stale (Go 1.18+);
//               · it is ≥ 0x10000: it may be an address (Linux, macOS and Windows map
//                 nothing below 64 KiB, so smaller words are never pointers except nil);
//               · it is an argument of the runtime's own frames (runtime, internal/…,
//                 and functions the runtime provides to sync, os, poll, … as
//                 `pkg.runtime_*`): semaphore addresses, wait-list tickets, sizes;
//               · at its position in the stack it took more than IDENTITY_VALUES distinct
//                 values across the goroutines of one call site: a request id, a worker
//                 number, a counter — values that name one goroutine's work rather than
//                 the kind of work (decided over the whole dump, so order-independent).
//             Small exact words that repeat (a mode, a flag, a shard among 3) still split.
//             Alignment was considered and left out: string data and byte pointers are
//             not aligned, and small aligned integers are common.
//   values    arguments ignored.

import { shapeOf } from "../block-shape.js";
import type { Frame, Goroutine } from "../model.js";
import { isRuntimeHook } from "../names/owner.js";
import { hexDigit } from "../traceback/numbers.js";

export type Similarity = "exact" | "pointers" | "values";

export const SIMILARITIES: readonly Similarity[] = ["exact", "pointers", "values"];

/** A position holding more distinct values than this at one call site is an identity. */
export const IDENTITY_VALUES = 4;

/** Token for a word that is not compared (stale, address-sized, or an identity). */
export const MASKED = "*";

/**
 * Whether `g` is the goroutine the fast path is handing out: built from the bytes, its strings
 * are templates' copies or slices of its own block's text, none a slice that pins an input chunk.
 */
export function fromBytes(g: Goroutine): boolean {
  return shapeOf(g) !== null;
}

/**
 * The call site: everything compared at every level, as one string built from the parser's
 * strings (the caller copies it before keeping it: it may point into the input). A frame is
 * its function and line: one function's code lies in one file, so the file adds nothing
 * but length (and the key is hashed for every goroutine of the dump).
 */
export function siteKey(g: Goroutine): string {
  const shape = shapeOf(g);
  if (shape !== null) return shape.key;
  const parts: (string | number)[] = [g.state, g.lockedToThread ? "L" : ""];
  const frames = g.frames;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    parts.push(f.func, f.line);
  }
  if (g.elided !== undefined) parts.push("\u0002elided", g.elided.count, g.elided.afterFrame);
  if (g.stackUnavailable === true) parts.push("\u0002unavailable");
  if (g.headerless === true) parts.push("\u0002headerless");
  const c = g.createdBy;
  if (c !== undefined) parts.push("\u0003", c.func, c.line);
  return parts.join("\u0001");
}

/** Whether a frame's arguments are the runtime's bookkeeping rather than the program's. */
export function runtimeArgs(frame: Frame): boolean {
  return frame.location === "runtime" || isRuntimeHook(frame.func);
}

/** `exact`: every frame's arguments as printed. */
export function exactArgs(g: Goroutine): string {
  let sig = "";
  for (const f of g.frames) sig += `${f.args}\u0001`;
  return sig;
}

/**
 * `pointers`: the program's argument words (`0x…`), each its text or MASKED, each followed by
 * a comma (frames are not marked: the site fixes them, so positions line up);
 * `varying` marks the positions found to be identities at this call site.
 */
export function valueArgs(g: Goroutine, varying: readonly boolean[] | null): string {
  let sig = "";
  let position = 0;
  const frames = g.frames;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    if (runtimeArgs(f)) continue;
    const text = f.args;
    let at = text.indexOf("0x");
    while (at !== -1) {
      const end = hexWordEnd(text, at);
      sig += maskedWord(text, at, end, varying, position)
        ? `${MASKED},`
        : `${text.slice(at, end)},`;
      position++;
      at = text.indexOf("0x", end);
    }
  }
  return sig;
}

/**
 * Whether `valueArgs(g, varying)` would be `sig`, read character by character: no string is
 * built (the buckets' fold asks it first, with the last signature of the goroutine's site).
 */
export function hasValueArgs(
  g: Goroutine,
  varying: readonly boolean[] | null,
  sig: string,
): boolean {
  let at = 0;
  let position = 0;
  const frames = g.frames;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i] as Frame;
    if (runtimeArgs(f)) continue;
    const text = f.args;
    let word = text.indexOf("0x");
    while (word !== -1) {
      const end = hexWordEnd(text, word);
      if (maskedWord(text, word, end, varying, position)) {
        if (sig.charCodeAt(at) !== MASKED_CODE || sig.charCodeAt(at + 1) !== 0x2c) return false;
        at += 2;
      } else {
        for (let k = word; k < end; k++)
          if (sig.charCodeAt(at++) !== text.charCodeAt(k)) return false;
        if (sig.charCodeAt(at++) !== 0x2c /* , */) return false;
      }
      position++;
      word = text.indexOf("0x", end);
    }
  }
  return at === sig.length;
}

/** The indices of `g`'s frames whose arguments `valueArgs` reads (not the runtime's). */
export function valueFrames(g: Goroutine): Int32Array {
  const indices: number[] = [];
  g.frames.forEach((f, i) => {
    if (!runtimeArgs(f)) indices.push(i);
  });
  return Int32Array.from(indices);
}

/**
 * `hasValueArgs` read from a block's bytes (block-shape.ts handedBytes): frame f's arguments
 * are `bytes[args[2f], args[2f + 1])`, byte for byte its `args` string, and `argFrames` its
 * frames' `valueFrames` (one shape's frames: the same functions and locations). Bytes are
 * read where the string's characters were, with the same masking rule.
 */
export function hasValueArgsIn(
  block: { readonly bytes: Uint8Array; readonly args: Int32Array },
  argFrames: Int32Array,
  varying: readonly boolean[] | null,
  sig: string,
): boolean {
  const { bytes, args } = block;
  let at = 0;
  let position = 0;
  for (let k = 0; k < argFrames.length; k++) {
    const f = argFrames[k] as number;
    const from = args[2 * f] as number;
    const to = args[2 * f + 1] as number;
    let word = wordAt(bytes, from, to);
    while (word !== -1) {
      let end = word + 2;
      while (end < to && hexDigit(bytes[end] as number) >= 0) end++;
      if (
        (end < to && bytes[end] === 0x3f) /* ? */ ||
        end - word > 6 ||
        (varying !== null && varying[position] === true)
      ) {
        if (sig.charCodeAt(at) !== MASKED_CODE || sig.charCodeAt(at + 1) !== 0x2c) return false;
        at += 2;
      } else {
        for (let j = word; j < end; j++) if (sig.charCodeAt(at++) !== bytes[j]) return false;
        if (sig.charCodeAt(at++) !== 0x2c /* , */) return false;
      }
      position++;
      word = wordAt(bytes, end, to);
    }
  }
  return at === sig.length;
}

/** Where the first `0x` of `bytes[from, to)` is (`indexOf("0x")` of its text), or -1. */
function wordAt(bytes: Uint8Array, from: number, to: number): number {
  for (let i = from; i + 1 < to; i++) if (bytes[i] === 0x30 && bytes[i + 1] === 0x78) return i;
  return -1;
}

const MASKED_CODE = MASKED.charCodeAt(0);

/** Where the hexadecimal word starting with `0x` at `at` ends. */
function hexWordEnd(text: string, at: number): number {
  let end = at + 2;
  while (end < text.length && hexDigit(text.charCodeAt(end)) >= 0) end++;
  return end;
}

/**
 * Whether a signature masks the argument word text[at, end) at `position`: a `?` after it (the
 * runtime's own doubt), a word too long to be a small value, or a position found to vary.
 */
function maskedWord(
  text: string,
  at: number,
  end: number,
  varying: readonly boolean[] | null,
  position: number,
): boolean {
  return (
    text.charCodeAt(end) === 0x3f /* ? */ ||
    end - at > 6 ||
    (varying !== null && varying[position] === true)
  );
}

/** The words of a `valueArgs` signature by position. */
export function signatureWords(sig: string): string[] {
  return sig === "" ? [] : sig.slice(0, -1).split(",");
}

/** A signature with the positions in `varying` masked. */
export function maskSignature(sig: string, varying: readonly boolean[]): string {
  let out = "";
  signatureWords(sig).forEach((word, i) => {
    out += varying[i] === true ? `${MASKED},` : `${word},`;
  });
  return out;
}

export function parseSimilarity(text: string): Similarity | null {
  return (SIMILARITIES as readonly string[]).includes(text) ? (text as Similarity) : null;
}
