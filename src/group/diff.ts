// Two dumps of the same program compared (say, two SIGQUIT dumps an hour apart): which
// buckets appeared, grew, shrank or vanished, the biggest growth first — how a goroutine
// leak shows itself. Buckets are matched by their call site (wait reason, frames by function
// and line, created-by): ids, addresses and argument values differ between two dumps of the
// same goroutines, and each dump learns its own argument identities, so arguments are left
// out of the match whatever the similarity.

import type { Bucket } from "../model.js";
import { siteKey } from "./similarity.js";

export type Change = "appeared" | "grew" | "shrank" | "vanished" | "unchanged";

export interface BucketChange {
  change: Change;
  before: number;
  after: number;
  /** after − before. */
  delta: number;
  /** The bucket as the later dump has it (the earlier one's when it vanished). */
  bucket: Bucket;
}

export interface DumpDiff {
  before: { goroutines: number; buckets: number };
  after: { goroutines: number; buckets: number };
  /** Sorted by growth: the largest increase first, the largest decrease last. */
  changes: BucketChange[];
}

/** Two dumps (their crash documents, or anything with their buckets) compared bucket by bucket. */
export function diffDumps(before: { buckets: Bucket[] }, after: { buckets: Bucket[] }): DumpDiff {
  const earlier = bySite(before.buckets);
  const later = bySite(after.buckets);
  const changes: BucketChange[] = [];
  for (const [key, now] of later) {
    const then = earlier.get(key);
    const b = then?.count ?? 0;
    const delta = now.count - b;
    const change: Change =
      then === undefined ? "appeared" : delta > 0 ? "grew" : delta < 0 ? "shrank" : "unchanged";
    changes.push({ change, before: b, after: now.count, delta, bucket: now.bucket });
  }
  for (const [key, then] of earlier) {
    if (!later.has(key))
      changes.push({
        change: "vanished",
        before: then.count,
        after: 0,
        delta: -then.count,
        bucket: then.bucket,
      });
  }
  changes.sort(
    (a, b) =>
      b.delta - a.delta ||
      Number(a.change === "unchanged") - Number(b.change === "unchanged") ||
      Number(b.bucket.program) - Number(a.bucket.program) ||
      b.after - a.after ||
      a.bucket.rank - b.bucket.rank,
  );
  const total = (buckets: Bucket[]) => buckets.reduce((sum, x) => sum + x.count, 0);
  return {
    before: { goroutines: total(before.buckets), buckets: earlier.size },
    after: { goroutines: total(after.buckets), buckets: later.size },
    changes,
  };
}

/** Buckets summed by call site; the first (highest ranked) one represents them. */
function bySite(buckets: Bucket[]): Map<string, { count: number; bucket: Bucket }> {
  const sites = new Map<string, { count: number; bucket: Bucket }>();
  for (const bucket of buckets) {
    const key = siteKey(bucket.representative);
    const seen = sites.get(key);
    if (seen === undefined) sites.set(key, { count: bucket.count, bucket });
    else seen.count += bucket.count;
  }
  return sites;
}
