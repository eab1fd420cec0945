// SQLite's release filter takes two paths (inbox-sort.ts FEW_ISSUES): a release of few issues
// is read from its index, a common one walked in the list's order. Both give the same pages:
// here a release of FEW_ISSUES + 1 issues (walked) and one of 3 (read first), side by side.
// Rows are written by SQL, as bench/inbox.mjs writes them: no crash text is parsed.

import assert from "node:assert/strict";
import { test } from "node:test";
import { openInbox } from "../../src/store/inbox-open.js";
import { FEW_ISSUES } from "../../src/store/inbox-sort.js";
import { SqliteStore } from "../../src/store/sqlite.js";

test("SQLite: a common release (walked) and a rare one (read first) page alike", async () => {
  const store = new SqliteStore(":memory:");
  const inbox = await openInbox(store);
  const n = FEW_ISSUES + 1;
  store.db.exec(`
    WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${n})
    INSERT INTO issues (id, fingerprint, fingerprint_version, category, rule, title, first_seen,
        last_seen, count)
      SELECT i, printf('fp1:%016x', i), 'fp1', 'other', 'r', 'issue ' || i,
        printf('2026-01-01T00:00:%05d', i), printf('2026-01-01T00:00:%05d', (i * 7919) % ${n}), i
      FROM s;
    INSERT INTO issue_releases SELECT id, '1.0.0' FROM issues;
    INSERT INTO issue_releases VALUES (5, '0.9.0'), (17, '0.9.0'), (${n}, '0.9.0');`);
  // Newest first by last seen, ties by id: what each path must give.
  const expected = (ids: number[]) =>
    ids
      .map((id) => ({
        id,
        lastSeen: `2026-01-01T00:00:${String((id * 7919) % n).padStart(5, "0")}`,
      }))
      .sort((a, b) => (a.lastSeen === b.lastSeen ? b.id - a.id : a.lastSeen < b.lastSeen ? 1 : -1))
      .map((x) => x.id);
  const all = expected(Array.from({ length: n }, (_, i) => i + 1));
  const first = await inbox.listIssues({
    projectId: 1,
    sort: "last-seen",
    limit: 50,
    release: "1.0.0",
  });
  assert.deepEqual(
    first.issues.map((i) => i.id),
    all.slice(0, 50),
  );
  assert.ok(first.next);
  const second = await inbox.listIssues({
    projectId: 1,
    sort: "last-seen",
    limit: 50,
    release: "1.0.0",
    after: first.next,
  });
  assert.deepEqual(
    second.issues.map((i) => i.id),
    all.slice(50, 100),
  );
  const rare = await inbox.listIssues({
    projectId: 1,
    sort: "last-seen",
    limit: 2,
    release: "0.9.0",
  });
  assert.deepEqual(
    rare.issues.map((i) => i.id),
    expected([5, 17, n]).slice(0, 2),
  );
  const rest = await inbox.listIssues({
    projectId: 1,
    sort: "last-seen",
    limit: 2,
    release: "0.9.0",
    after: rare.next ?? undefined,
  });
  assert.deepEqual(
    rest.issues.map((i) => i.id),
    expected([5, 17, n]).slice(2),
  );
  assert.equal(rest.next, null);
  await store.close();
});
