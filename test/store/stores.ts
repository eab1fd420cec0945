// The stores a server test runs on: SQLite always, and a real PostgreSQL (a fresh database
// each time) when PANICSCOPE_TEST_PG names one (scripts/with-postgres.sh sets it; CI runs the
// tests under it), so the same suites pass on both.

import pg from "pg";
import { PostgresStore } from "../../src/store/postgres.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/types.js";

const ADMIN = process.env.PANICSCOPE_TEST_PG;

let databases = 0;

/** A new, empty database on the test server; its URL. */
export async function freshDatabase(): Promise<string> {
  const name = `panicscope_test_${process.pid}_${databases++}`;
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN as string);
  url.pathname = `/${name}`;
  return url.toString();
}

export const STORES: [name: string, make: () => Promise<Store>][] = [
  ["sqlite", async () => new SqliteStore(":memory:")],
  ...(ADMIN === undefined
    ? []
    : [
        ["postgres", async () => PostgresStore.open(await freshDatabase())] as [
          string,
          () => Promise<Store>,
        ],
      ]),
];
