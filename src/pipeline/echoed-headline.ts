// A headline that a second logger echoed: gomobile apps log the runtime's stderr through two
// loggers at once (logcat's `Go` and `GoLog` tags, holdout-8/openim-sdk-core-216), so one of
// them holds the whole crash and the other only its headline.

import type { Crash } from "../model.js";

/** How far apart (in lines) the two copies of one headline may start. */
const ECHO_DISTANCE = 8;

/**
 * Whether `echo` is only another stream's copy of `crash`'s headline: no goroutine, no
 * frame, the same headline, starting within a few lines of it. It is then not a crash.
 */
export function isEchoedHeadline(echo: Crash, crash: Crash): boolean {
  return (
    echo !== crash &&
    echo.goroutineCount === 0 &&
    echo.crashing === null &&
    crash.goroutineCount > 0 &&
    (echo.stream ?? "") !== (crash.stream ?? "") &&
    Math.abs(echo.span.startLine - crash.span.startLine) <= ECHO_DISTANCE &&
    headline(echo) !== "" &&
    headline(echo) === headline(crash)
  );
}

/** The headline's text as the runtime printed it, or "" for a crash without one. */
export function headline(crash: Crash): string {
  if (crash.kind === "fatal" && crash.fatal !== undefined) return `fatal error: ${crash.fatal}`;
  if (crash.kind === "panic" && crash.panics.length > 0) {
    return crash.panics.map((p) => `panic: ${p.value}`).join("\n");
  }
  return "";
}
