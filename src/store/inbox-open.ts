// The inbox of a store: on the same database as its issues and reports.

import { PostgresInbox } from "./inbox-postgres.js";
import { SqliteInbox } from "./inbox-sqlite.js";
import type { InboxStore } from "./inbox-types.js";
import { PostgresStore } from "./postgres.js";
import { SqliteStore } from "./sqlite.js";
import type { Store } from "./types.js";

export async function openInbox(store: Store): Promise<InboxStore> {
  if (store instanceof SqliteStore) return new SqliteInbox(store.db);
  if (store instanceof PostgresStore) return PostgresInbox.open(store.pool);
  throw new Error("the inbox needs a SQLite or PostgreSQL store");
}
