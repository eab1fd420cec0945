#!/usr/bin/env node
// The inbox's server time and page weight on a big store: 10⁵ issues and 10⁶ occurrences
// (by default), on SQLite or PostgreSQL. Run after `npm run build`.
//
//   node bench/inbox.mjs [--issues 100000] [--occurrences 1000000] [--runs 20] [--db postgres://…]
//   scripts/with-postgres.sh sh -c 'node bench/inbox.mjs --db "$PANICSCOPE_TEST_PG"'
//
// The store is filled as an older server would have left it — issues, reports and
// occurrences written by SQL (generated on the database server, not sent row by row) — and
// then opened by the inbox, whose migration builds its rollups and search index from them, as
// it does for a real store that ran before the inbox. Issue 1 is hot (a tenth of all
// occurrences); the others share the rest. Reports are the real crash text of
// testdata/go/go1.26/nil-deref.single.txt; the newest report of each issue measured carries
// its real crash document (the issue page draws it), the others a stub (their documents are
// never read by these pages). Titles are the real one with a number, so searches have
// something to tell apart.
//
// Each page is requested through the app in process (app.fetch: the server's time, no
// socket) with a signed-in session, `--runs` times after one warm-up; the median and the
// slowest are printed, with the page's bytes and, for the issue page, the bytes before the
// crash report's sections.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { toDocument } from "../dist/src/document/to-document.js";
import { analyzeText } from "../dist/src/pipeline/analyze.js";
import { createApp } from "../dist/src/server/app.js";
import { openInbox } from "../dist/src/store/inbox-open.js";
import { PostgresStore } from "../dist/src/store/postgres.js";
import { SqliteStore } from "../dist/src/store/sqlite.js";
import { issueTitle } from "../dist/src/store/types.js";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const ISSUES = Number(option("issues", "100000"));
const OCCURRENCES = Number(option("occurrences", "1000000"));
const RUNS = Number(option("runs", "20"));
const DB = option("db", undefined);
const HOT = 1;

const TEXT = readFileSync("testdata/go/go1.26/nil-deref.single.txt", "utf8");
const DOCUMENT = toDocument(await analyzeText(TEXT, { name: "nil-deref.single.txt" }));
const CRASH = DOCUMENT.crashes[0];
const TITLE = issueTitle(CRASH);
const STUB = JSON.stringify({ ...DOCUMENT, crashes: [] });
const REAL = JSON.stringify(DOCUMENT);
const GZIP = gzipSync(TEXT);
const DAY = 86_400_000;
const NOW = Date.now();

const log = (line) => process.stderr.write(`${line}\n`);
let dir;
let store;
let started = performance.now();

// ── fill ──
// Occurrence k (1…N) of report k: the first tenth goes to the hot issues, the rest round-robin;
// received over the last 30 days in id order (newer ids are later, as ingest makes them).
if (DB === undefined) {
  dir = mkdtempSync(join(tmpdir(), "panicscope-bench-inbox-"));
  store = new SqliteStore(join(dir, "panicscope.db"));
  const db = store.db;
  db.pragma("synchronous = OFF");
  const series = (n) =>
    `WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${n})`;
  db.transaction(() => {
    db.prepare(
      `${series(ISSUES)} INSERT INTO issues (id, fingerprint, fingerprint_version, category, rule, title,
         first_seen, last_seen, count, status)
       SELECT i, printf('fp1:%016x', i), 'fp1', ?, ?, ? || ' #' || i, '', '', 0,
         CASE WHEN i % 10 = 0 THEN 'resolved' WHEN i % 25 = 0 THEN 'ignored' ELSE 'open' END FROM s`,
    ).run(CRASH.category, CRASH.rule, TITLE);
    db.prepare(
      `${series(OCCURRENCES)} INSERT INTO reports (id, received_at, release, environment, host,
         metadata, text_gzip, document, crashes)
       SELECT i, strftime('%Y-%m-%dT%H:%M:%fZ', (? - (? - i) * ?) / 1000.0, 'unixepoch'),
         '1.' || (i * 20 / CAST(? AS INTEGER)) || '.0', CASE i % 3 WHEN 0 THEN 'production' WHEN 1 THEN 'staging' ELSE 'dev' END,
         'host-' || (i % 50), '{"context":{"tags":{"region":"eu-west-1"}}}', ?, ?, 1 FROM s`,
    ).run(NOW, OCCURRENCES, (30 * DAY) / OCCURRENCES, OCCURRENCES + 1, GZIP, STUB);
    db.prepare(
      `INSERT INTO occurrences (report_id, crash_index, issue_id)
       SELECT id, 0, CASE WHEN id <= ? THEN 1 + (id % ?) ELSE 1 + (id % ?) END FROM reports`,
    ).run(OCCURRENCES / 10, HOT, ISSUES);
    db.exec(`INSERT INTO issue_releases SELECT DISTINCT o.issue_id, r.release FROM occurrences o JOIN reports r ON r.id = o.report_id;
      INSERT INTO issue_hosts SELECT DISTINCT o.issue_id, r.host FROM occurrences o JOIN reports r ON r.id = o.report_id;
      UPDATE issues SET count = a.n, first_seen = a.f, last_seen = a.l FROM
        (SELECT o.issue_id, count(*) AS n, min(r.received_at) AS f, max(r.received_at) AS l
         FROM occurrences o JOIN reports r ON r.id = o.report_id GROUP BY o.issue_id) a
        WHERE a.issue_id = issues.id;`);
  })();
  db.pragma("synchronous = FULL");
} else {
  const name = `panicscope_bench_inbox_${process.pid}`;
  const admin = new pg.Client({ connectionString: DB });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(DB);
  url.pathname = `/${name}`;
  store = await PostgresStore.open(url.toString());
  const q = (sql, params) => store.pool.query(sql, params);
  await q(
    `INSERT INTO issues (id, fingerprint, fingerprint_version, category, rule, title, first_seen,
       last_seen, count, status)
     SELECT i, 'fp1:' || lpad(to_hex(i), 16, '0'), 'fp1', $1, $2, $3 || ' #' || i, '', '', 0,
       CASE WHEN i % 10 = 0 THEN 'resolved' WHEN i % 25 = 0 THEN 'ignored' ELSE 'open' END
     FROM generate_series(1, $4::int) i`,
    [CRASH.category, CRASH.rule, TITLE, ISSUES],
  );
  await q(
    `INSERT INTO reports (id, received_at, release, environment, host, metadata, text_gzip,
       document, crashes)
     SELECT i, to_char(to_timestamp(($1::float8 - ($2::float8 - i) * $3::float8) / 1000) AT TIME ZONE 'UTC',
         'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       '1.' || (i * 20 / $4::int) || '.0',
       CASE i % 3 WHEN 0 THEN 'production' WHEN 1 THEN 'staging' ELSE 'dev' END,
       'host-' || (i % 50), '{"context":{"tags":{"region":"eu-west-1"}}}', $5, $6, 1
     FROM generate_series(1, $2::int) i`,
    [NOW, OCCURRENCES, (30 * DAY) / OCCURRENCES, OCCURRENCES + 1, GZIP, STUB],
  );
  await q(
    `INSERT INTO occurrences (report_id, crash_index, issue_id)
     SELECT id, 0, CASE WHEN id <= $1 THEN 1 + (id % $2) ELSE 1 + (id % $3) END FROM reports`,
    [OCCURRENCES / 10, HOT, ISSUES],
  );
  await q(`INSERT INTO issue_releases SELECT DISTINCT o.issue_id, r.release FROM occurrences o JOIN reports r ON r.id = o.report_id;
    INSERT INTO issue_hosts SELECT DISTINCT o.issue_id, r.host FROM occurrences o JOIN reports r ON r.id = o.report_id;
    UPDATE issues SET count = a.n, first_seen = a.f, last_seen = a.l FROM
      (SELECT o.issue_id, count(*) AS n, min(r.received_at) AS f, max(r.received_at) AS l
       FROM occurrences o JOIN reports r ON r.id = o.report_id GROUP BY o.issue_id) a
      WHERE a.issue_id = issues.id;
    SELECT setval(pg_get_serial_sequence('issues', 'id'), (SELECT max(id) FROM issues));
    SELECT setval(pg_get_serial_sequence('reports', 'id'), (SELECT max(id) FROM reports));
    ANALYZE;`);
}
log(
  `filled ${ISSUES} issues, ${OCCURRENCES} occurrences in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

started = performance.now();
const inbox = await openInbox(store);
if (DB !== undefined) await store.pool.query("ANALYZE");
log(
  `inbox migration (rollups, search index) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

// The measured issues' newest reports carry the real document.
const typical = Math.floor(ISSUES / 2) + 1;
for (const id of [1, typical]) {
  const [newest] = await inbox.occurrences(id, 1);
  if (DB === undefined)
    store.db.prepare("UPDATE reports SET document = ? WHERE id = ?").run(REAL, newest.reportId);
  else
    await store.pool.query("UPDATE reports SET document = $1 WHERE id = $2", [
      REAL,
      newest.reportId,
    ]);
}

const user = await inbox.createUser("bench", "unused", "admin");
const token = "bench-session-token";
const { createHash } = await import("node:crypto");
await inbox.createSession(
  createHash("sha256").update(token).digest("hex"),
  user.id,
  "csrf",
  new Date(NOW + DAY).toISOString(),
);
const app = createApp({ store, inbox: { inbox, setupCode: "unused" } });
const headers = { cookie: `panicscope_session=${token}` };

const page100 = await (async () => {
  // The 100th page of the default list: follow 99 "next" links.
  let path = "/issues";
  for (let i = 0; i < 99; i++) {
    const html = await (await app.fetch(new Request(`http://bench${path}`, { headers }))).text();
    const next = /<a rel="next" href="([^"]+)"/.exec(html)?.[1];
    if (next === undefined) break;
    path = next.replaceAll("&amp;", "&");
  }
  return path;
})();

const pages = [
  ["list: open, last seen", "/issues"],
  ["list: all, by count", "/issues?status=all&sort=count"],
  ["list: 100th page (keyset)", page100],
  ["list: search 'Balance 4242'", "/issues?status=all&q=Balance+4242"],
  ["list: release 1.7.0, production", "/issues?status=all&release=1.7.0&environment=production"],
  [`issue page: hot (${(OCCURRENCES / 10 / HOT).toLocaleString("en")} occurrences)`, "/issues/1"],
  [
    `issue page: typical (${Math.round((OCCURRENCES * 0.9) / ISSUES)} occurrences)`,
    `/issues/${typical}`,
  ],
];

console.log(
  `\ninbox on ${DB === undefined ? "SQLite" : "PostgreSQL"}: ${ISSUES.toLocaleString("en")} issues, ${OCCURRENCES.toLocaleString("en")} occurrences; ${RUNS} runs each\n`,
);
console.log("| page | median ms | max ms | bytes | bytes before the report |");
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const [label, path] of pages) {
  const times = [];
  let html = "";
  for (let i = 0; i <= RUNS; i++) {
    const t0 = performance.now();
    const response = await app.fetch(new Request(`http://bench${path}`, { headers }));
    html = await response.text();
    const t = performance.now() - t0;
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    if (i > 0) times.push(t);
  }
  times.sort((a, b) => a - b);
  const bytes = Buffer.byteLength(html);
  if (args.includes("--keep"))
    writeFileSync(
      join(tmpdir(), `inbox-bench-${pages.findIndex((p) => p[1] === path)}.html`),
      html,
    );
  const at = html.indexOf('<section class="latest"');
  const before = at < 0 ? "" : Buffer.byteLength(html.slice(0, at)).toLocaleString("en");
  console.log(
    `| ${label} | ${times[Math.floor(times.length / 2)].toFixed(1)} | ${times.at(-1).toFixed(1)} | ${bytes.toLocaleString("en")} | ${before} |`,
  );
}

await store.close();
if (args.includes("--keep")) log(`kept ${dir ?? DB}`);
else if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
else {
  const admin = new pg.Client({ connectionString: DB });
  await admin.connect();
  await admin.query(`DROP DATABASE panicscope_bench_inbox_${process.pid}`);
  await admin.end();
}
