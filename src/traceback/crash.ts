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
