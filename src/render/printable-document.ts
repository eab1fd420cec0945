// Crash text reaches the terminal through one door: every string of a document (panic values,
// function names, paths, wait reasons, input names…) with its control characters escaped
// (printable), so that an ESC sequence, a carriage return or a bell inside a panic value is
// shown, not obeyed. The renderer's own colours are added afterwards.

import { printable } from "../binary/printable.js";

/** `value` with every string (and key) printable; the same object where nothing needed escaping. */
export function printableDeep<T>(value: T): T {
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (typeof value === "string") return printable(value);
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const next = walk(item);
      if (next !== item) {
        out ??= value.slice();
        out[i] = next;
      }
    }
    return out ?? value;
  }
  // Keys too: counts by wait reason are keyed by text read from the crash. Nothing is copied
  // until something changes.
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const item = record[key];
    const k = printable(key);
    const v = walk(item);
    if (k === key && v === item) continue;
    const out: Record<string, unknown> = {};
    for (let j = 0; j < i; j++) out[keys[j] as string] = record[keys[j] as string];
    out[k] = v;
    for (let j = i + 1; j < keys.length; j++) {
      const rest = keys[j] as string;
      out[printable(rest)] = walk(record[rest]);
    }
    return out;
  }
  return value;
}
