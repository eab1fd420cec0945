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
function isEchoedHeadline(echo: Crash, crash: Crash): boolean {
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

/**
 * The crashes that only echo another's headline. Crashes are looked at in order of their first
 * line, and each possible echo only against those starting within ECHO_DISTANCE lines of it (a
 * line belongs to one stream, so there are few), which keeps a log of many crashes linear.
 */
export function echoedHeadlines(crashes: readonly Crash[]): Set<Crash> {
  const echoes = new Set<Crash>();
  if (!crashes.some(mayBeEcho)) return echoes;
  const byStart = [...crashes].sort((a, b) => a.span.startLine - b.span.startLine);
  const near = (i: number, j: number) =>
    j >= 0 &&
    j < byStart.length &&
    Math.abs(byStart[j].span.startLine - byStart[i].span.startLine) <= ECHO_DISTANCE;
  for (let i = 0; i < byStart.length; i++) {
    const echo = byStart[i];
    if (!mayBeEcho(echo)) continue;
    let found = false;
    for (let j = i - 1; !found && near(i, j); j--) found = isEchoedHeadline(echo, byStart[j]);
    for (let j = i + 1; !found && near(i, j); j++) found = isEchoedHeadline(echo, byStart[j]);
    if (found) echoes.add(echo);
  }
  return echoes;
}

function mayBeEcho(crash: Crash): boolean {
  return crash.goroutineCount === 0 && crash.crashing === null && headline(crash) !== "";
}

/** The headline's text as the runtime printed it, or "" for a crash without one. */
export function headline(crash: Crash): string {
  if (crash.kind === "fatal" && crash.fatal !== undefined) return `fatal error: ${crash.fatal}`;
  if (crash.kind === "panic" && crash.panics.length > 0) {
    return crash.panics.map((p) => `panic: ${p.value}`).join("\n");
  }
  return "";
}
