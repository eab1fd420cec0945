// The checkptr instrumentation of go1.14's development tree (autumn 2019, the builds `gimme
// tip` handed CI then) panicked with runtime errors of its own: src/runtime/checkptr.go's
// ptrAlignError and ptrArithError, whose Error() is `runtime error: unsafe pointer conversion`
// and `runtime error: unsafe pointer arithmetic`. go1.14 itself threw `checkptr: unsafe pointer
// …` instead and go1.15 the texts the catalogue's checkptr rules read. No rule reads these
// values (their rule stays runtime-error-unknown), but they name what happened: an
// unsafe.Pointer the program made is a bad pointer (holdout-26/fluent-bit-go-26).

import type { Category } from "../model.js";

const VALUES = new Set([
  "runtime error: unsafe pointer conversion",
  "runtime error: unsafe pointer arithmetic",
]);

/** `bad-pointer` for a checkptr panic value of go1.14's development tree, else null. */
export function checkptrDevPanicCategory(value: string): Category | null {
  return VALUES.has(value) ? "bad-pointer" : null;
}
