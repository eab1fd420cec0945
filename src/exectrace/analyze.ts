// Reads a whole trace once, generation by generation, and hands every event to the folds
// that need it: nothing but the current generation and the folds' own state is kept.

import { readFileSync } from "node:fs";
import type { TraceEvent } from "./event.js";
import { readOldTrace } from "./oldformat.js";
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
  /** Go 1.25+: the last generation's clock snapshot, placing the trace in wall-clock time. */
  clock?: TraceClock;
}

export interface TraceClock {
  /** Trace time (ns) of the snapshot, and the wall-clock time it corresponds to. */
  traceNs: number;
  wall: string;
  /** The wall-clock time of the trace's last event. */
  endWall: string;
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
    return readOld(
      typeof input === "string" ? readFileSync(input) : input,
      opened.version,
      options,
    );
  }
  const { reader, source } = opened;
  let snapshot: { traceNs: number; wallMs: number; wallNs: number } | undefined;
  reader.onGeneration = (g) => {
    const t = g.table;
    if (t.hasClockSnapshot) {
      snapshot = {
        traceNs: Math.trunc(t.snapTime * t.freq),
        wallMs: t.snapWallSec * 1000,
        wallNs: t.snapWallNsec,
      };
    }
  };
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
  const result = counts.result();
  return {
    goVersion: `go1.${opened.version}`,
    formatVersion: opened.version,
    counts: result,
    generations: reader.generations,
    bytes: source.offset(),
    warnings,
    ...(snapshot !== undefined ? { clock: clockOf(snapshot, result.end) } : {}),
  };
}

/** ISO times with nanoseconds: the snapshot's wall clock, and the trace end's. */
function clockOf(s: { traceNs: number; wallMs: number; wallNs: number }, end: number): TraceClock {
  const iso = (ms: number, ns: number): string => {
    const whole = Math.floor(ms / 1000) * 1000 + Math.floor(ns / 1e6);
    return new Date(whole).toISOString().replace(/\.\d{3}Z$/, `.${String(ns).padStart(9, "0")}Z`);
  };
  const endNs = s.wallNs + (end - s.traceNs);
  const carry = Math.floor(endNs / 1e9);
  return {
    traceNs: s.traceNs,
    wall: iso(s.wallMs, s.wallNs),
    endWall: iso(s.wallMs + carry * 1000, endNs - carry * 1e9),
  };
}

/** Go 1.11-1.21: decoded whole, ordered and converted as Go's reader does (oldformat.ts). */
function readOld(bytes: Uint8Array, version: number, options: TraceReadOptions): TraceReadResult {
  const counts = new CountFold();
  const folds = options.folds ?? [];
  const old = readOldTrace(bytes, version, (e) => {
    counts.add(e);
    for (const f of folds) f.add(e);
  });
  const warnings: string[] = [];
  if (old.error !== undefined) {
    if (!old.error.truncated && old.events <= 1) {
      return { error: `corrupt trace at offset ${old.error.offset}: ${old.error.message}` };
    }
    warnings.push(
      `trace ends early or is damaged at offset ${old.error.offset} (${old.error.message}): read everything before`,
    );
  }
  for (const s of old.inconsistencies)
    warnings.push(
      `go 1.${version} trace: ${s} (Go's reader refuses the trace here; panicscope read on)`,
    );
  return {
    goVersion: `go1.${version}`,
    formatVersion: version,
    counts: counts.result(),
    // Go's reader reads an old trace as one large generation (tracev1.go).
    generations: 1,
    bytes: bytes.length,
    warnings,
  };
}
