// The value of a panic a signal raised is the runtime's own, of fixed words: sigpanic turns a
// fault into `runtime error: invalid memory address or nil pointer dereference`, `integer divide
// by zero`, `integer overflow` or `floating point error` (go1.26.8 src/runtime/signal_unix.go
// sigpanic, panic.go panicmem/panicdivide/panicoverflow/panicfloat; signal_windows.go the same).
// Text after those words on the headline's line was written there by another writer before the
// runtime's newline: the program's output on stdout glued to the headline on stderr
// (`…nil pointer dereferenceGET:https://…`, holdout-17/recursebuster-15).

import { gluedRuntimeErrorEnd } from "../diagnose/catalogue.js";
import type { Crash } from "../model.js";

/**
 * Once `[signal …]` is read under the headline: the newest link's value without the text glued
 * after the runtime error, which is returned (null when nothing was glued).
 */
export function cutGlueAfterSignalValue(crash: Crash): string | null {
  const link = crash.panics[crash.panics.length - 1];
  if (link === undefined || link.fatal === true) return null;
  const end = gluedRuntimeErrorEnd(link.value);
  if (end <= 0 || end >= link.value.length) return null;
  const glued = link.value.slice(end);
  link.value = link.value.slice(0, end);
  return glued;
}
