// The outbox of a store: on the same database as the reports whose transactions fill it.

import { PostgresOutbox } from "./outbox-postgres.js";
import { SqliteOutbox } from "./outbox-sqlite.js";
import type { Outbox } from "./outbox-types.js";
import { PostgresStore } from "./postgres.js";
import { SqliteStore } from "./sqlite.js";
import type { Store } from "./types.js";

export function openOutbox(store: Store): Outbox {
  if (store instanceof SqliteStore) return new SqliteOutbox(store.db);
  if (store instanceof PostgresStore) return new PostgresOutbox(store.pool);
  throw new Error("notifications need a SQLite or PostgreSQL store");
}
