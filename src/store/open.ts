// Which store a `--db` argument names: a path (SQLite file or folder) or a postgres:// URL.

import { statSync } from "node:fs";
import { join } from "node:path";
import { PostgresStore } from "./postgres.js";
import { SqliteStore } from "./sqlite.js";
import type { Store } from "./types.js";

export const DEFAULT_DATA_DIR = "./panicscope-data";

/** The SQLite file for a --db argument: a folder gets `panicscope.db` inside it. */
export function sqlitePath(db: string = DEFAULT_DATA_DIR): string {
  if (db === ":memory:" || db.endsWith(".db") || db.endsWith(".sqlite")) return db;
  try {
    if (!statSync(db).isDirectory()) return db;
  } catch {
    // Not there yet: a folder, created on open.
  }
  return join(db, "panicscope.db");
}

export async function openStore(db?: string): Promise<Store> {
  if (db && /^postgres(ql)?:\/\//.test(db)) return PostgresStore.open(db);
  return new SqliteStore(sqlitePath(db));
}
