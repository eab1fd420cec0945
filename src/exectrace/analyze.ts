// Reads a whole trace once, generation by generation, and hands every event to the folds
// that need it: nothing but the current generation and the folds' own state is kept.

import type { TraceEvent } from "./event.js";
import { openTrace } from "./open.js";
import type { SyncModel } from "./reader.js";
import { CountFold, type TraceCounts } from "./summary.js";

export interface EventFold {
  add(e: TraceEvent): void;
}

export interface TraceReadOptions {
  syncAt?: SyncModel;
  /** More folds fed with the same events (heat map, blocked goroutines, timelines). */
  folds?: EventFold[];
}

export interface TraceRead {
  /** The header's Go version, "go1.26" (what wrote it: "go 1.23" is also Go 1.24). */
  goVersion: string;
  formatVersion: number;
  counts: TraceCounts;
  generations: number;
  bytes: number;
  /** Problems that left the result usable: a truncated trace. */
  warnings: string[];
}

export type TraceReadResult = TraceRead | { error: string };

export function readTrace(
  input: string | Uint8Array,
  options: TraceReadOptions = {},
): TraceReadResult {
  const opened = openTrace(input, options.syncAt);
  if ("error" in opened) return opened;
  if (opened.format === "old") {
    opened.source.close();
    return {
      error: `go 1.${opened.version} trace: the old format (Go 1.11-1.21) is not read yet; re-record with Go 1.22 or newer`,
    };
  }
  const { reader, source } = opened;
  const counts = new CountFold();
  const folds = options.folds ?? [];
  try {
    for (let e = reader.next(); e !== undefined; e = reader.next()) {
      counts.add(e);
      for (const f of folds) f.add(e);
    }
  } finally {
    source.close();
  }
  const warnings: string[] = [];
  const err = reader.error;
  if (err !== undefined) {
    const where = err.offset >= 0 ? ` at offset ${err.offset}` : "";
    if (err.truncated || reader.truncated()) {
      warnings.push(`trace is truncated${where} (${err.message}): read everything before the cut`);
    } else {
      return { error: `corrupt trace${where}: ${err.message}` };
    }
  }
  return {
    goVersion: `go1.${opened.version}`,
    formatVersion: opened.version,
    counts: counts.result(),
    generations: reader.generations,
    bytes: source.offset(),
    warnings,
  };
}
