// What the trace says of the crashing goroutine's end, as sentences built from the crash join's
// data in the reader's language (the trace JSON keeps them in English, `notes`). Types only
// are imported: the report's renderers load this without the trace reader.

import type { Labels } from "../i18n/en/labels.js";
import type { CrashJoin } from "./report.js";

export function crashNotes(join: Omit<CrashJoin, "notes">, end: number, L: Labels): string[] {
  const id = join.goroutine;
  if (id === null) return [L.traceNoCrashingGoroutine];
  const last = join.timeline[join.timeline.length - 1];
  if (last === undefined) return [L.traceGoroutineAbsent(id)];
  const gap = ((end - last.time) / 1e6).toFixed(3);
  const notes = [L.traceEndsAfter(gap, id, `${last.from}->${last.to}`)];
  if (join.exited) notes.push(L.traceGoroutineExited(id));
  return notes;
}
