// The issues list's orders, each newest or largest first with the id breaking ties: the
// column a keyset page continues from.

import type { IssueSort } from "./inbox-types.js";

export const SORT_COLUMN: Record<IssueSort, "last_seen" | "count" | "first_seen"> = {
  "last-seen": "last_seen",
  count: "count",
  "first-seen": "first_seen",
};
