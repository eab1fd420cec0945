// A chain of 2·10⁵ recovered panics is 71 MB of JSON: a document keeps the ends of a long
// chain — where it started (the root cause) and how it ended (what killed the program) — and
// says how many links it left out between them, as a bucket's `idsOmitted` does for ids.

/** Links kept at each end of a longer chain. */
export const CHAIN_END_KEPT = 100;

/** `items` when short enough, else its first and last CHAIN_END_KEPT, and how many were left. */
export function chainEnds<T>(items: readonly T[]): { kept: T[]; omitted: number } {
  if (items.length <= 2 * CHAIN_END_KEPT) return { kept: items as T[], omitted: 0 };
  return {
    kept: [...items.slice(0, CHAIN_END_KEPT), ...items.slice(items.length - CHAIN_END_KEPT)],
    omitted: items.length - 2 * CHAIN_END_KEPT,
  };
}
