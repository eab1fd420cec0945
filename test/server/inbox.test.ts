// The web inbox over real HTTP, on SQLite and (with PANICSCOPE_TEST_PG, as
// scripts/with-postgres.sh sets it) on a real PostgreSQL: first run, sessions and CSRF,
// read-only viewers, the issues list (search, filters, sorts, keyset pages, sparklines,
// bulk changes), the issue page, resolve and regress, merge, reports and raw text,
// hostile crash text, and the two languages. Reports are real crash texts of testdata/
// in PROTOCOL.md's envelope (panicscope/report@1), as ingest.test.ts sends them.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import pg from "pg";
import { IngestTokens, sha256hex } from "../../src/server/inbox/tokens.js";
import { listen, type RunningServer } from "../../src/server/listen.js";
import { type WebhookEvent, Webhooks } from "../../src/server/webhooks.js";
import { openInbox } from "../../src/store/inbox-open.js";
import type { InboxStore } from "../../src/store/inbox-types.js";
import { PostgresStore } from "../../src/store/postgres.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/types.js";
import { hostileCrashText, PAYLOADS } from "../render/hostile.js";
import { InboxClient } from "./inbox-client.js";

const TOKEN = "ingest-token";
const SETUP = "setup-code-for-tests";
const PASSWORD = "correct horse battery";
const NIL_DEREF = readFileSync("testdata/go/go1.26/nil-deref.single.txt", "utf8");
const MAP_WRITES = readFileSync("testdata/go/go1.26/concurrent-map-writes.single.txt", "utf8");
const INDEX = readFileSync("testdata/go/go1.26/index-out-of-range.single.txt", "utf8");
const DIVIDE = readFileSync("testdata/go/go1.26/divide-by-zero.single.txt", "utf8");
const NIL_TITLE =
  "runtime error: invalid memory address or nil pointer dereference in main.(*Account).Balance";
const MAP_TITLE = "concurrent map writes in main.(*Cache).Put";

function report(text: string, fields: Record<string, unknown> = {}) {
  return {
    schema: "panicscope/report@1",
    kind: "crash",
    text,
    release: "1.4.2",
    environment: "production",
    host: "vm-1",
    build: {
      goVersion: "go1.26.8",
      main: { path: "example.com/shop", version: "(devel)" },
      settings: { "vcs.revision": "4b1d0c0ffee" },
    },
    context: { tags: { region: "eu-west-1" } },
    ...fields,
  };
}

/** The list's row of an issue: from its link to the end of the row. */
function rowOf(html: string, id: number): string {
  const start = html.indexOf(`<a class="title" href="/issues/${id}">`);
  assert.ok(start >= 0, `no row for issue ${id}`);
  return html.slice(start, html.indexOf("</tr>", start));
}

async function freshPostgres(admin: string, n: number): Promise<string> {
  const name = `panicscope_inbox_${process.pid}_${n}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name}`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

function inboxSuite(name: string, open: () => Promise<Store>, skip: string | false): void {
  describe(`the inbox on ${name}`, { skip }, () => {
    let store: Store;
    let inbox: InboxStore;
    let server: RunningServer;
    let admin: InboxClient;
    let tokens: IngestTokens;

    before(async () => {
      store = await open();
      inbox = await openInbox(store);
      tokens = new IngestTokens(inbox);
      server = await listen({
        store,
        token: TOKEN,
        inbox: {
          inbox,
          setupCode: SETUP,
          tokens,
          traceUrl: "https://tempo.example/explore?trace={traceId}",
        },
      });
      admin = new InboxClient(server.url);
    });
    after(async () => {
      await server?.close();
      await store?.close();
    });

    async function send(text: string, fields: Record<string, unknown> = {}): Promise<number> {
      const response = await fetch(`${server.url}/api/v1/crashes`, {
        method: "POST",
        headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" },
        body: JSON.stringify(report(text, fields)),
      });
      assert.equal(response.status, 202);
      const answer = (await response.json()) as { issues: number[] };
      return answer.issues[0] as number;
    }

    async function signIn(client: InboxClient, user: string, password: string) {
      const page = await client.text("/login");
      return client.post("/login", {
        _csrf: InboxClient.csrf(page),
        name: user,
        password,
        next: "/issues",
      });
    }

    test("first run: every page leads to the setup page, which wants the setup code", async () => {
      for (const path of ["/", "/issues", "/issues/1", "/reports/1", "/reports/1/raw", "/users"]) {
        const response = await admin.get(path);
        assert.equal(response.status, 303, path);
        assert.equal(response.headers.get("location"), path === "/" ? "/issues" : "/setup", path);
      }
      const page = await admin.text("/setup");
      assert.match(page, /<h1>Create the administrator<\/h1>/);
      const csrf = InboxClient.csrf(page);
      // The form's token must match its cookie: a form posted from elsewhere has neither.
      const stranger = new InboxClient(server.url);
      const forged = await stranger.post("/setup", {
        _csrf: csrf,
        code: SETUP,
        name: "mallory",
        password: PASSWORD,
      });
      assert.equal(forged.status, 403);
      const wrongCode = await admin.post("/setup", {
        _csrf: csrf,
        code: "guess",
        name: "admin",
        password: PASSWORD,
      });
      assert.equal(wrongCode.status, 400);
      assert.match(await wrongCode.text(), /<p class="error" role="alert">Wrong setup code\.<\/p>/);
      const short = await admin.post("/setup", {
        _csrf: csrf,
        code: SETUP,
        name: "admin",
        password: "short",
      });
      assert.equal(short.status, 400);
      assert.match(await short.text(), /at least 10 characters\.<\/p>/);
      const created = await admin.post("/setup", {
        _csrf: csrf,
        code: SETUP,
        name: "admin",
        password: PASSWORD,
      });
      assert.equal(created.status, 303);
      assert.equal(created.headers.get("location"), "/issues");
      const cookie = admin.lastSetCookies.find((c) => c.startsWith("panicscope_session="));
      assert.match(
        cookie ?? "",
        /^panicscope_session=[A-Za-z0-9_-]{43}; Max-Age=1209600; Path=\/; HttpOnly; SameSite=Strict$/,
      );
      assert.equal(await inbox.countUsers(), 1);
      // Once there is an administrator, the setup page is gone.
      const again = await stranger.get("/setup");
      assert.equal(again.headers.get("location"), "/login");
      const user = await inbox.findUser("admin");
      assert.match(
        user?.password ?? "",
        /^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/,
      );
    });

    test("sign in: a wrong password is refused, the right one opens a session; Secure behind TLS", async () => {
      const client = new InboxClient(server.url, { "x-forwarded-proto": "https" });
      const wrong = await signIn(client, "admin", "not the password");
      assert.equal(wrong.status, 401);
      assert.match(await wrong.text(), /Wrong name or password\./);
      const unknown = await signIn(client, "nobody", PASSWORD);
      assert.equal(unknown.status, 401);
      const ok = await signIn(client, "admin", PASSWORD);
      assert.equal(ok.status, 303);
      assert.equal(ok.headers.get("location"), "/issues");
      const cookie = client.lastSetCookies.find((c) => c.startsWith("panicscope_session="));
      assert.match(cookie ?? "", /; HttpOnly; Secure; SameSite=Strict$/);
      assert.equal((await client.get("/issues")).status, 200);
      // Sign-out ends the session in the store, not only in the browser.
      const page = await client.text("/issues");
      const session = client.cookies.get("panicscope_session") as string;
      assert.equal((await client.post("/logout", { _csrf: InboxClient.csrf(page) })).status, 303);
      const replay = new InboxClient(server.url);
      replay.cookies.set("panicscope_session", session);
      assert.equal((await replay.get("/issues")).status, 303);
      // An expired session is refused, and deleted when the next session starts.
      const user = (await inbox.findUser("admin"))?.id as number;
      await inbox.createSession("expired-hash", user, "csrf", "2001-01-01T00:00:00.000Z");
      assert.equal(await inbox.getSession("expired-hash", new Date().toISOString()), null);
      assert.notEqual(await inbox.getSession("expired-hash", "2000-01-01T00:00:00.000Z"), null);
      assert.equal((await signIn(client, "admin", PASSWORD)).status, 303);
      assert.equal(await inbox.getSession("expired-hash", "2000-01-01T00:00:00.000Z"), null);
    });

    test("ten failed sign-ins for a name refuse it for a while, even with the right password", async () => {
      const { hashPassword } = await import("../../src/server/inbox/password.js");
      await inbox.createUser("guessed", await hashPassword(PASSWORD), "viewer");
      const client = new InboxClient(server.url);
      for (let i = 0; i < 10; i++) {
        assert.equal((await signIn(client, "guessed", `wrong ${i}`)).status, 401);
      }
      const refused = await signIn(client, "guessed", PASSWORD);
      assert.equal(refused.status, 429);
      assert.match(
        await refused.text(),
        /Too many failed sign-ins for this name: try again in 10 minutes\./,
      );
      // Other names are not held up.
      assert.equal((await signIn(client, "admin", PASSWORD)).status, 303);
    });

    test("the list: crashes sent to the API, with counts, sparklines, releases and status", async () => {
      const nil = await send(NIL_DEREF);
      assert.equal(await send(NIL_DEREF, { release: "1.4.3", host: "vm-2" }), nil);
      const map = await send(MAP_WRITES, { environment: "staging" });
      const response = await admin.get("/issues");
      assert.equal(response.status, 200);
      const csp = response.headers.get("content-security-policy") ?? "";
      const nonce = /script-src 'nonce-([A-Za-z0-9+/=]{24})'/.exec(csp)?.[1];
      assert.ok(nonce, csp);
      assert.match(
        csp,
        /default-src 'none'.*form-action 'self'; base-uri 'none'; frame-ancestors 'none'$/,
      );
      const html = await response.text();
      // Every script is the page's own: as many nonces as script elements with code.
      assert.equal(html.split(`<script nonce="${nonce}">`).length - 1, 2);
      assert.equal((html.match(/<script\b/g) ?? []).length, 3);
      assert.ok(
        html.includes(
          `<a class="title" href="/issues/${nil}">${NIL_TITLE.replace("(*", "(*")}</a>`,
        ),
      );
      assert.ok(html.includes(`<a class="title" href="/issues/${map}">${MAP_TITLE}</a>`));
      const row = rowOf(html, nil);
      assert.match(row, /<td class="num">2<\/td>/);
      assert.match(row, /aria-label="2 in the last 14 days"/);
      assert.match(row, /<td>1\.4\.2, 1\.4\.3<\/td>/);
      // The newest first: the map writes came last.
      assert.ok(html.indexOf(`/issues/${map}"`) < html.indexOf(`/issues/${nil}"`));
      const sorted = await admin.text("/issues?sort=count");
      assert.ok(sorted.indexOf(`/issues/${nil}"`) < sorted.indexOf(`/issues/${map}"`));
    });

    test("search and filters: text, category, release, environment, status", async () => {
      const titles = async (query: string) =>
        [
          ...(await admin.text(`/issues?${query}`)).matchAll(
            /<a class="title" href="\/issues\/\d+">([^<]*)<\/a>/g,
          ),
        ].map((m) => m[1]);
      assert.deepEqual(await titles("q=Cache"), [MAP_TITLE]);
      assert.deepEqual(await titles("q=nil+pointer+Balance"), [NIL_TITLE]);
      assert.deepEqual(await titles("q=Balan"), [NIL_TITLE]);
      assert.deepEqual(await titles('q="Cache"*+OR+1'), []);
      assert.deepEqual(await titles("category=concurrent-map"), [MAP_TITLE]);
      assert.deepEqual(await titles("release=1.4.3"), [NIL_TITLE]);
      assert.deepEqual(await titles("environment=staging"), [MAP_TITLE]);
      assert.deepEqual(await titles("environment=production"), [NIL_TITLE]);
      assert.deepEqual(await titles("status=resolved"), []);
      assert.deepEqual(await titles("status=all&sort=first-seen"), [MAP_TITLE, NIL_TITLE]);
    });

    test("keyset pages and the rollups the pages read, from the store", async () => {
      const first = await inbox.listIssues({ projectId: 1, sort: "last-seen", limit: 1 });
      assert.equal(first.issues.length, 1);
      assert.equal(first.issues[0]?.title, MAP_TITLE);
      assert.ok(first.next !== null);
      const second = await inbox.listIssues({
        projectId: 1,
        sort: "last-seen",
        limit: 1,
        after: first.next,
      });
      assert.deepEqual(
        second.issues.map((i) => i.title),
        [NIL_TITLE],
      );
      assert.equal(second.next, null);
      const byCount = await inbox.listIssues({ projectId: 1, sort: "count", limit: 1 });
      assert.deepEqual(byCount.next, { value: 2, id: byCount.issues[0]?.id });
      const nil = byCount.issues[0]?.id as number;
      assert.deepEqual(await inbox.facets(nil, "release", 10), [
        { value: "1.4.2", count: 1 },
        { value: "1.4.3", count: 1 },
      ]);
      assert.deepEqual(await inbox.facets(nil, "host", 1), [{ value: "vm-1", count: 1 }]);
      assert.deepEqual(await inbox.facets(nil, "environment", 10), [
        { value: "production", count: 2 },
      ]);
      const today = new Date().toISOString().slice(0, 10);
      assert.deepEqual([...((await inbox.dailyCounts([nil], today)).get(nil) ?? [])], [[today, 2]]);
    });

    test("the issue page: the report's sections, occurrences, context with the trace link", async () => {
      const id = await send(INDEX, {
        kind: "recovered",
        context: {
          traceId: "4bf92f3577b34da6a3ce929d0e0e4736",
          spanId: "00f067aa0ba902b7",
          requestId: "req-17",
          route: "GET /orders/{id}",
          tags: { region: "eu-west-1", tier: "gold" },
        },
      });
      const response = await admin.get(`/issues/${id}`);
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.match(
        html,
        /<h1>runtime error: index out of range \[6\] with length 3 in main\.at<\/h1>/,
      );
      // The single-file report's own parts: diagnosis, crash site, crashing goroutine, buckets' data.
      assert.match(html, /<section class="diagnosis"/);
      assert.match(html, /<h3>Crash site<\/h3>/);
      assert.match(html, /<h3>Crashing goroutine<\/h3>/);
      assert.match(html, /<script type="application\/json" id="report-data">\{"labels":/);
      assert.match(html, /<span class="category">index-out-of-range<\/span>/);
      assert.ok(
        html.includes(
          '<dt>Trace id</dt><dd><a class="mono" href="https://tempo.example/explore?trace=4bf92f3577b34da6a3ce929d0e0e4736" rel="noreferrer noopener">4bf92f3577b34da6a3ce929d0e0e4736</a></dd>',
        ),
      );
      assert.ok(html.includes('<dt>Request id</dt><dd><span class="mono">req-17</span></dd>'));
      assert.ok(html.includes('<dt>Route</dt><dd><span class="mono">GET /orders/{id}</span></dd>'));
      assert.ok(
        html.includes(
          '<dt>Tags</dt><dd><span class="mono">region=eu-west-1</span> <span class="mono">tier=gold</span></dd>',
        ),
      );
      assert.ok(
        html.includes(
          '<dt>Build</dt><dd><span class="mono">go1.26.8 example.com/shop (devel) 4b1d0c0ffee</span></dd>',
        ),
      );
      const reportId = Number(
        /<a href="\/reports\/(\d+)">report \d+<\/a> · <a href="\/reports\/\d+\/raw" download>raw text<\/a>/.exec(
          html,
        )?.[1],
      );
      assert.ok(reportId > 0);
      assert.match(html, /<li>main\.at<\/li>/);
      const raw = await admin.get(`/reports/${reportId}/raw`);
      assert.equal(raw.headers.get("content-type"), "text/plain; charset=utf-8");
      assert.equal(
        raw.headers.get("content-disposition"),
        `attachment; filename="panicscope-report-${reportId}.txt"`,
      );
      assert.equal(await raw.text(), INDEX);
      const full = await admin.text(`/reports/${reportId}`);
      assert.match(full, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
      assert.match(
        full,
        /<h2 class="headline">panic: runtime error: index out of range \[6\] with length 3<\/h2>/,
      );
      assert.equal((await admin.get("/issues/999999")).status, 404);
      assert.equal((await admin.get("/reports/999999/raw")).status, 404);
    });

    test("resolve needs the form's CSRF token; resolved in 1.5.0, a 1.4.9 crash stays resolved, a 1.5.0 one regresses", async () => {
      const id = await send(MAP_WRITES);
      const page = await admin.text(`/issues/${id}`);
      const csrf = InboxClient.csrf(page);
      const forged = await admin.post(`/issues/${id}/status`, { action: "resolve" });
      assert.equal(forged.status, 403);
      const wrong = await admin.post(`/issues/${id}/status`, {
        action: "resolve",
        _csrf: "x".repeat(43),
      });
      assert.equal(wrong.status, 403);
      assert.equal((await store.getIssue(id))?.status, "open");
      const resolved = await admin.post(`/issues/${id}/status`, {
        _csrf: csrf,
        action: "resolve-in",
        release: "1.5.0",
      });
      assert.equal(resolved.status, 303);
      assert.equal(resolved.headers.get("location"), `/issues/${id}`);
      assert.match(
        await admin.text(`/issues/${id}`),
        /<span class="badge resolved">resolved<\/span> resolved in 1\.5\.0/,
      );
      await send(MAP_WRITES, { release: "1.4.9" });
      assert.equal((await store.getIssue(id))?.status, "resolved");
      await send(MAP_WRITES, { release: "1.5.0" });
      const issue = await store.getIssue(id);
      assert.equal(issue?.status, "open");
      assert.equal(issue?.regressed, true);
      const list = await admin.text("/issues");
      assert.match(
        rowOf(list, id),
        /<span class="badge open">open<\/span> <span class="badge regressed">regressed<\/span>/,
      );
    });

    test("bulk ignore and reopen from the list; merge two issues", async () => {
      const nil = (
        await inbox.listIssues({ projectId: 1, sort: "last-seen", limit: 10, text: "Balance" })
      ).issues[0]?.id as number;
      const index = (
        await inbox.listIssues({
          projectId: 1,
          sort: "last-seen",
          limit: 10,
          text: "index out of range",
        })
      ).issues[0]?.id as number;
      const csrf = InboxClient.csrf(await admin.text("/issues"));
      const ignored = await admin.post("/issues/bulk", {
        _csrf: csrf,
        action: "ignore",
        id: [String(nil), String(index)],
        back: "/issues?status=open",
      });
      assert.equal(ignored.status, 303);
      assert.equal(ignored.headers.get("location"), "/issues?status=open");
      assert.equal((await store.getIssue(nil))?.status, "ignored");
      assert.equal((await store.getIssue(index))?.status, "ignored");
      const back = await admin.post("/issues/bulk", {
        _csrf: csrf,
        action: "reopen",
        id: String(index),
        back: "https://evil.example/",
      });
      assert.equal(back.headers.get("location"), "/issues");
      assert.equal((await store.getIssue(index))?.status, "open");
      const merged = await admin.post(`/issues/${index}/merge`, { _csrf: csrf, into: String(nil) });
      assert.equal(merged.status, 303);
      assert.equal(merged.headers.get("location"), `/issues/${nil}`);
      assert.equal((await store.getIssue(index))?.mergedInto, nil);
      assert.equal((await store.getIssue(nil))?.count, 3);
      // The rollups follow the occurrences that moved.
      assert.deepEqual(await inbox.facets(nil, "environment", 10), [
        { value: "production", count: 3 },
      ]);
      assert.deepEqual(await inbox.facets(index, "environment", 10), []);
      assert.match(await admin.text(`/issues/${index}`), /Merged into issue \d+/);
    });

    test("dump diff: two dumps of a leaking program, merged into one issue, compared as `panicscope diff` does", async () => {
      const early = await send(readFileSync("testdata/go/go1.26/leak-early.all.txt", "utf8"));
      const late = await send(readFileSync("testdata/go/go1.26/leak-late.all.txt", "utf8"));
      assert.notEqual(early, late);
      const csrf = InboxClient.csrf(await admin.text(`/issues/${late}`));
      assert.equal(
        (await admin.post(`/issues/${late}/merge`, { _csrf: csrf, into: String(early) })).status,
        303,
      );
      const [newest, oldest] = await inbox.occurrences(early, 2);
      const page = await admin.text(`/issues/${early}`);
      assert.ok(
        page.includes(`<form class="actions" method="get" action="/issues/${early}/diff">`),
      );
      assert.ok(page.includes(`<option value="${oldest?.reportId}" selected>`));
      const html = await admin.text(
        `/issues/${early}/diff?from=${oldest?.reportId}&to=${newest?.reportId}`,
      );
      assert.match(html, /<h1>goroutines 86 → 230 \(\+144\)<\/h1>/);
      assert.ok(
        html.includes(
          `before report ${oldest?.reportId} (11 buckets) · after report ${newest?.reportId} (11 buckets)`,
        ),
      );
      const first = html.slice(
        html.indexOf("<tbody>") + 7,
        html.indexOf("</tr>", html.indexOf("<tbody>")),
      );
      assert.match(
        first,
        /^<tr class="grew"><td class="num">\+180<\/td><td>grew<\/td><td class="num">20 → 200<\/td><td>\[chan receive\]<\/td><td><ol class="frames"><li class="user"><span class="fn">main\.\(\*Service\)\.awaitReply<\/span> <span class="loc">\/tmp\/panicscope-lab\/crashers\/leak\.go:29<\/span><\/li>/,
      );
      assert.match(html, /<tr class="vanished"><td class="num">−1<\/td>/);
      // A report of another issue is not one of this issue's occurrences.
      const other = (
        await inbox.occurrences(
          (
            await inbox.listIssues({ projectId: 1, sort: "count", limit: 1 })
          ).issues[0]?.id as number,
          1,
        )
      )[0];
      assert.equal(
        (await admin.get(`/issues/${early}/diff?from=${oldest?.reportId}&to=${other?.reportId}`))
          .status,
        404,
      );
    });

    test("ingest tokens: made in the inbox, shown once, accepted by the API, rotated by revoking", async () => {
      const upload = (base: string, bearer?: string) =>
        fetch(`${base}/api/v1/crashes`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(bearer === undefined ? {} : { authorization: `Bearer ${bearer}` }),
          },
          body: JSON.stringify(report(NIL_DEREF)),
        });
      const page = await admin.text("/tokens");
      assert.match(page, /<h1>Ingest tokens<\/h1>/);
      const csrf = InboxClient.csrf(page);
      const make = async (label: string) => {
        const made = await admin.post("/tokens", { _csrf: csrf, label });
        assert.equal(made.status, 200);
        const html = await made.text();
        assert.ok(html.includes(`The new token ${label}: copy it now, it is not shown again.`));
        return /<code class="mono" id="new-token">(psk_[A-Za-z0-9_-]{43})<\/code>/.exec(
          html,
        )?.[1] as string;
      };
      const first = await make("shop v1");
      assert.ok(first);
      // Only the hash is kept, and the list page never shows the token again.
      assert.deepEqual(await inbox.activeIngestTokens(), [
        { hash: sha256hex(first), projectId: 1 },
      ]);
      assert.ok(!(await admin.text("/tokens")).includes(first));
      assert.equal((await upload(server.url, first)).status, 202);
      const second = await make("shop v2");
      const listed = await inbox.listIngestTokens();
      assert.deepEqual(
        listed.map((t) => [t.label, t.revokedAt]),
        [
          ["shop v2", null],
          ["shop v1", null],
        ],
      );
      const revoked = await admin.post(`/tokens/${listed[1]?.id}/revoke`, { _csrf: csrf });
      assert.equal(revoked.status, 303);
      assert.equal((await upload(server.url, first)).status, 401);
      assert.equal((await upload(server.url, second)).status, 202);
      assert.equal((await upload(server.url, TOKEN)).status, 202);
      assert.match(
        await admin.text("/tokens"),
        /<td>shop v1<\/td><td>Default<\/td><td class="when"><time [^>]*>[^<]*<\/time><\/td><td>revoked <time/,
      );
      // A server without --token requires a token once the inbox has made one.
      const open = await listen({ store, inbox: { inbox, setupCode: SETUP, tokens } });
      try {
        assert.equal((await upload(open.url)).status, 401);
        assert.equal((await upload(open.url, second)).status, 202);
      } finally {
        await open.close();
      }
    });

    test("projects: a token's project owns its crashes; one fingerprint is one issue per project", async () => {
      const page = await admin.text("/projects");
      assert.match(page, /<h1>Projects<\/h1>/);
      assert.match(
        page,
        /<td><a href="\/issues\?project=default">Default<\/a><\/td><td><code>default<\/code>/,
      );
      const csrf = InboxClient.csrf(page);
      const bad = await admin.post("/projects", { _csrf: csrf, name: "Shop", slug: "Shop!" });
      assert.equal(bad.status, 400);
      assert.match(await bad.text(), /A short name is 1 to 40 lowercase letters, digits or -\./);
      assert.equal(
        (await admin.post("/projects", { _csrf: csrf, name: "Shop", slug: "shop" })).status,
        303,
      );
      const taken = await admin.post("/projects", { _csrf: csrf, name: "Other", slug: "shop" });
      assert.equal(taken.status, 400);
      assert.match(await taken.text(), /That short name is taken\./);
      const shop = (await inbox.listProjects()).find((p) => p.slug === "shop");
      assert.deepEqual([shop?.name, shop?.slug], ["Shop", "shop"]);
      const shopId = shop?.id as number;
      assert.notEqual(shopId, 1);

      // A token made for the shop: what it sends is the shop's, the same crash a new issue.
      const made = await admin.post("/tokens", {
        _csrf: csrf,
        label: "shop checkout",
        project: "shop",
      });
      const shopToken = /id="new-token">(psk_[A-Za-z0-9_-]{43})</.exec(await made.text())?.[1];
      assert.ok(shopToken);
      assert.match(await admin.text("/tokens"), /<td>shop checkout<\/td><td>Shop<\/td>/);
      const upload = async (bearer: string) => {
        const response = await fetch(`${server.url}/api/v1/crashes`, {
          method: "POST",
          headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
          body: JSON.stringify(report(NIL_DEREF, { release: "9.0.0" })),
        });
        assert.equal(response.status, 202);
        return ((await response.json()) as { issues: number[] }).issues[0] as number;
      };
      const inShop = await upload(shopToken);
      const inDefault = await upload(TOKEN);
      assert.notEqual(inShop, inDefault);
      const [a, b] = [await store.getIssue(inShop), await store.getIssue(inDefault)];
      assert.deepEqual([a?.projectId, a?.fingerprint, a?.count], [shopId, b?.fingerprint, 1]);
      assert.equal(b?.projectId, 1);
      assert.equal(await upload(shopToken), inShop);
      assert.equal((await store.getIssue(inShop))?.count, 2);

      // The list is per project, with a switcher; an unknown project is not found.
      const titles = (html: string) =>
        [...html.matchAll(/<a class="title" href="\/issues\/(\d+)">/g)].map((m) => Number(m[1]));
      const shopList = await admin.text("/issues?project=shop&status=all");
      assert.deepEqual(titles(shopList), [inShop]);
      assert.match(shopList, /<h1>Issues · Shop<\/h1>/);
      assert.match(
        shopList,
        /<label>Project<select name="project"><option value="default">Default<\/option><option value="shop" selected>Shop<\/option><\/select><\/label>/,
      );
      assert.ok(!titles(await admin.text("/issues?status=all")).includes(inShop));
      assert.ok(titles(await admin.text("/issues?status=all")).includes(inDefault));
      assert.deepEqual(
        titles(await admin.text(`/issues?project=shop&q=Balance&release=9.0.0&status=all`)),
        [inShop],
      );
      assert.equal((await admin.get("/issues?project=nope")).status, 404);
      assert.match(
        await admin.text(`/issues/${inShop}`),
        /<p class="note"><a href="\/issues\?project=shop">Project: Shop<\/a><\/p>/,
      );

      // Issues of two projects are never merged.
      const merge = await admin.post(`/issues/${inShop}/merge`, {
        _csrf: csrf,
        into: String(inDefault),
      });
      assert.equal(merge.status, 400);
      assert.match(await merge.text(), /only be merged with an issue of its own project/);
      await assert.rejects(store.merge(inShop, inDefault), /two projects/);

      // The API: a project's token reads its own project only; --token reads every project.
      const api = async (path: string, bearer: string) =>
        fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
      const listed = (await (await api("/api/v1/issues", shopToken)).json()) as {
        issues: { id: number; projectId: number }[];
      };
      assert.deepEqual(
        listed.issues.map((i) => [i.id, i.projectId]),
        [[inShop, shopId]],
      );
      assert.equal((await api(`/api/v1/issues/${inDefault}`, shopToken)).status, 404);
      assert.equal((await api(`/api/v1/issues/${inShop}`, shopToken)).status, 200);
      assert.equal((await api(`/api/v1/issues/${inShop}`, TOKEN)).status, 200);
      const all = (await (await api("/api/v1/issues", TOKEN)).json()) as {
        issues: { id: number }[];
      };
      assert.ok(
        all.issues.some((i) => i.id === inShop) && all.issues.some((i) => i.id === inDefault),
      );
      // Back to one visible project for the tests after this one: the shop's issue resolved.
      await store.setStatus(inShop, "ignored");
    });

    test("a project's own webhooks get its new issues, not another project's", async () => {
      const received: WebhookEvent[] = [];
      const receiver = createServer((request, response) => {
        let body = "";
        request.on("data", (chunk: Buffer) => {
          body += chunk.toString();
        });
        request.on("end", () => {
          received.push(JSON.parse(body) as WebhookEvent);
          response.writeHead(204).end();
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
      const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/shop-hook`;
      const shop = (await inbox.listProjects()).find((p) => p.slug === "shop");
      assert.ok(shop);
      const csrf = InboxClient.csrf(await admin.text("/projects"));
      const bad = await admin.post(`/projects/${shop.id}/webhooks`, {
        _csrf: csrf,
        webhooks: `${hook}\njavascript:alert(1)`,
      });
      assert.equal(bad.status, 400);
      assert.match(await bad.text(), /Each line must be an http:\/\/ or https:\/\/ URL/);
      const saved = await admin.post(`/projects/${shop.id}/webhooks`, {
        _csrf: csrf,
        webhooks: `  ${hook}  \r\n\r\n`,
      });
      assert.equal(saved.status, 303);
      assert.deepEqual(
        (await inbox.listProjects()).map((p) => [p.slug, p.webhooks]),
        [
          ["default", []],
          ["shop", [hook]],
        ],
      );
      assert.ok(
        (await admin.text("/projects")).includes(
          `name="webhooks" rows="3" cols="60">${hook}</textarea>`,
        ),
      );

      // A server with no webhook of its own: the shop's crash goes to the shop's, the default
      // project's to none.
      const webhooks = new Webhooks({ store, urls: [], backoffMs: 10 });
      const notifying = await listen({
        store,
        token: TOKEN,
        webhooks,
        inbox: { inbox, setupCode: SETUP, tokens },
      });
      try {
        const { token: shopToken } = await tokens.create("shop hooks", shop.id);
        const post = async (bearer: string, text: string) => {
          const response = await fetch(`${notifying.url}/api/v1/crashes`, {
            method: "POST",
            headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
            body: JSON.stringify(report(text)),
          });
          assert.equal(response.status, 202);
          return ((await response.json()) as { issues: number[] }).issues[0] as number;
        };
        const inShop = await post(shopToken, MAP_WRITES);
        await post(TOKEN, DIVIDE);
        await webhooks.drain();
        assert.deepEqual(
          received.map((e) => [e.event, e.issue.id, e.issue.projectId, e.issue.title]),
          [["issue.created", inShop, shop.id, MAP_TITLE]],
        );
      } finally {
        await webhooks.stop();
        await notifying.close();
        receiver.close();
      }
    });

    test("a read-only viewer reads everything and changes nothing", async () => {
      const csrf = InboxClient.csrf(await admin.text("/users"));
      const added = await admin.post("/users", {
        _csrf: csrf,
        name: "viewer",
        password: PASSWORD,
        role: "viewer",
      });
      assert.equal(added.status, 303);
      const taken = await admin.post("/users", {
        _csrf: csrf,
        name: "viewer",
        password: PASSWORD,
        role: "admin",
      });
      assert.equal(taken.status, 400);
      assert.match(await taken.text(), /That name is taken\./);
      const viewer = new InboxClient(server.url);
      assert.equal((await signIn(viewer, "viewer", PASSWORD)).status, 303);
      const list = await viewer.text("/issues");
      assert.ok(!list.includes('action="/issues/bulk"><div class="bulk">'));
      assert.ok(!list.includes('name="id"'));
      const id = (await inbox.listIssues({ projectId: 1, sort: "last-seen", limit: 1 })).issues[0]
        ?.id as number;
      const page = await viewer.text(`/issues/${id}`);
      assert.match(page, /You can read the inbox; changing it needs an administrator\./);
      const attempt = await viewer.post(`/issues/${id}/status`, {
        _csrf: InboxClient.csrf(page),
        action: "ignore",
      });
      assert.equal(attempt.status, 403);
      assert.match(await attempt.text(), /Only an administrator can do that\./);
      assert.equal((await viewer.get("/users")).status, 403);
      assert.equal((await viewer.get("/tokens")).status, 403);
    });

    test("hostile crash text and context fields are escaped everywhere", async () => {
      const id = await send(hostileCrashText(), {
        kind: "recovered",
        context: {
          route: PAYLOADS.value,
          requestId: PAYLOADS.func,
          tags: { [PAYLOADS.func]: PAYLOADS.file },
        },
        release: PAYLOADS.value,
        host: PAYLOADS.file,
      });
      for (const path of ["/issues?status=all", `/issues/${id}`]) {
        const html = await admin.text(path);
        for (const payload of Object.values(PAYLOADS)) {
          assert.ok(!html.includes(payload), `${path} holds ${payload}`);
        }
        assert.ok(!/<img|<script>window/i.test(html), `${path}: markup from the crash`);
        assert.ok(html.includes("&lt;script&gt;window.__pwned = 1&lt;/script&gt;"), path);
      }
    });

    test("English or Chinese: Accept-Language, then the switch's cookie", async () => {
      const zh = await admin.text("/issues");
      assert.match(zh, /<html lang="en"/);
      const client = new InboxClient(server.url, { "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" });
      assert.equal((await signIn(client, "admin", PASSWORD)).status, 303);
      const page = await client.text("/issues");
      assert.match(page, /<html lang="zh-Hans"/);
      // Two projects since the projects test: the heading names the one shown.
      assert.match(page, /<h1>问题 · Default<\/h1>/);
      assert.match(
        page,
        /<a href="\/lang\/en\?back=%2Fissues" lang="en" title="Read in English">English<\/a>/,
      );
      const switched = await client.get("/lang/en?back=%2Fissues%3Fsort%3Dcount");
      assert.equal(switched.headers.get("location"), "/issues?sort=count");
      assert.match(await client.text("/issues"), /<h1>Issues · Default<\/h1>/);
      const away = await client.get("/lang/zh?back=%2F%2Fevil.example");
      assert.equal(away.headers.get("location"), "/issues");
      const id = (await inbox.listIssues({ projectId: 1, sort: "count", limit: 1 })).issues[0]
        ?.id as number;
      const issue = await client.text(`/issues/${id}`);
      assert.match(issue, /<h2>发生记录<\/h2>/);
      assert.match(issue, /<h3>崩溃位置<\/h3>|<h3>[^<]*位置<\/h3>/);
    });
  });
}

inboxSuite("SQLite", async () => new SqliteStore(":memory:"), false);
const PG = process.env.PANICSCOPE_TEST_PG;
let databases = 0;
inboxSuite(
  "PostgreSQL",
  async () => PostgresStore.open(await freshPostgres(PG as string, databases++)),
  PG === undefined ? "PANICSCOPE_TEST_PG is not set (scripts/with-postgres.sh sets it)" : false,
);
