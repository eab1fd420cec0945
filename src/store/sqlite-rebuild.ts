// SQLite cannot drop a column's UNIQUE constraint: migration 2 (projects) rebuilds `issues` as
// SQLite's ALTER TABLE page says — a new table, the rows copied, the old one dropped, the new
// one renamed — and puts back the indexes and triggers other steps (the inbox's) had made on
// it. Ids are kept, so every reference to an issue still holds. Runs inside the migration's
// transaction with foreign keys off (the caller's part: the pragma is a no-op in one).

import type Database from "better-sqlite3";
import { ISSUES_V2 } from "./migrations.js";

export function rebuildIssues(db: Database.Database): void {
  const kept = db
    .prepare(
      `SELECT sql FROM sqlite_schema WHERE tbl_name = 'issues' AND type IN ('index', 'trigger')
       AND sql IS NOT NULL`,
    )
    .pluck()
    .all() as string[];
  db.exec(ISSUES_V2);
  db.exec("DROP TABLE issues");
  db.exec("ALTER TABLE issues_v2 RENAME TO issues");
  for (const sql of kept) db.exec(sql);
  const broken = db.prepare("PRAGMA foreign_key_check").all();
  if (broken.length > 0) throw new Error(`issues rebuilt with broken references: ${broken.length}`);
}
