// The issues list's orders, each newest or largest first with the id breaking ties: the
// column a keyset page continues from.

import type { IssueSort } from "./inbox-types.js";

export const SORT_COLUMN: Record<IssueSort, "last_seen" | "count" | "first_seen"> = {
  "last-seen": "last_seen",
  count: "count",
  "first-seen": "first_seen",
};

/**
 * SQLite: a release of at most this many issues is read from its own index first and those
 * issues sorted, a bounded cost; a more common one is walked in the list's order (its page
 * fills early). Walking a rarer one costs as far down the list as its 50th issue lies, and a
 * release's issues are not spread evenly in time — an older release's lie far down
 * (bench/inbox.mjs, 10⁵ issues, 2·10⁵ occurrences: release 1.7.0, 10⁴ issues, walked 53 ms,
 * read first 17 ms). PostgreSQL weighs frequencies itself; its walk of the same release is
 * the slow case the inbox still has (bench/README.md).
 */
export const FEW_ISSUES = 20_000;
