// Crash text reaches the terminal through one door: every string of a document (panic values,
// function names, paths, wait reasons, input names…) with its control characters escaped
// (printable), so that an ESC sequence, a carriage return or a bell inside a panic value is
// shown, not obeyed. The renderer's own colours are added afterwards.

import { printable } from "../binary/printable.js";

/** `value` with every string printable; the same object where nothing needed escaping. */
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
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    const next = walk(item);
    if (next !== item) {
      out ??= { ...(value as Record<string, unknown>) };
      out[key] = next;
    }
  }
  return out ?? value;
}
