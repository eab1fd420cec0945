// A new, empty crash, as the parser opens it at its first line.

import type { Crash, CrashKind } from "../model.js";

export interface CrashStart {
  kind: CrashKind;
  /** 1-based input line where the crash starts. */
  line: number;
}

export function newCrash(start: CrashStart): Crash {
  return {
    kind: start.kind,
    panics: [],
    notes: [],
    systemStacks: [],
    goroutines: [],
    goroutineCount: 0,
    states: {},
    crashing: null,
    goVersion: null,
    span: { startLine: start.line, endLine: start.line },
    unparsed: [],
    unparsedCount: 0,
  };
}

/** Whether the first goroutine printed is the one that crashed. */
export function crashedFirst(crash: Crash): boolean {
  if (crash.kind === "dump") return false;
  if (crash.kind === "signal") return crash.signal?.name !== "SIGQUIT";
  if (crash.fatal !== undefined && isDeadlock(crash.fatal)) return false;
  return true;
}

export function isDeadlock(fatal: string): boolean {
  return (
    fatal.startsWith("all goroutines are asleep") ||
    fatal.startsWith("no goroutines (main called runtime.Goexit)")
  );
}
