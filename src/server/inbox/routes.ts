// The inbox's routes: thin, like the ingest API's — check the session (and for a change, the
// CSRF token and the role), call the store, render. Nothing is readable without a session;
// the ingest API beside it takes only tokens. Every handler checks its own session (no
// middleware on "*": mounted at "/", it would also run for the API).

import type { Context } from "hono";
import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import type { Lang } from "../../i18n/types.js";
import { escapeHtml } from "../../render/html/escape.js";
import { type HtmlOptions, renderHtmlReport } from "../../render/html/report.js";
import type { InboxStore, Project, Role, Session } from "../../store/inbox-types.js";
import type { IssueStatus, Store } from "../../store/types.js";
import { readBody } from "../body.js";
import { diffBody } from "./diff.js";
import { issueBody } from "./issue.js";
import { chooseLang, inboxLabels, LANG_COOKIE } from "./lang.js";
import { listBody, listQuery } from "./list.js";
import { type PageInput, type RenderedPage, renderPage } from "./page.js";
import { DUMMY_HASH, hashPassword, verifyPassword } from "./password.js";
import { projectsBody, SLUG, webhookUrls } from "./projects.js";
import {
  currentSession,
  endSession,
  formToken,
  formTokenMatches,
  overTls,
  sameToken,
  startSession,
} from "./session.js";
import { SignInThrottle } from "./throttle.js";
import { type IngestTokens, tokensBody } from "./tokens.js";

export interface InboxOptions {
  inbox: InboxStore;
  /** Asked for by the first-run page, so only whoever started the server creates the admin. */
  setupCode: string;
  /** A URL with `{traceId}`: where a report's trace id links to (the team's tracing UI). */
  traceUrl?: string;
  /** Source lines for the crash site and frames, as `analyze --source` finds them. */
  source?: HtmlOptions["source"];
  /** Ingest tokens made and revoked in the inbox; the ingest API accepts them too. */
  tokens?: IngestTokens;
}

class InboxError extends Error {
  constructor(
    readonly status: 400 | 403 | 404,
    message: string,
  ) {
    super(message);
  }
}

const NAME = /^[\p{L}\p{N}._-]{1,64}$/u;
const OCCURRENCES_PER_PAGE = 50;

export function inboxRoutes(store: Store, options: InboxOptions): Hono {
  const { inbox } = options;
  const app = new Hono();
  const throttle = new SignInThrottle();

  function langOf(c: Context): Lang {
    return chooseLang(
      c.req.header("cookie")?.match(/(?:^|;\s*)panicscope_lang=(en|zh)\b/)?.[1],
      c.req.header("accept-language"),
    );
  }

  function pathOf(c: Context): string {
    const url = new URL(c.req.url);
    return url.pathname + url.search;
  }

  function send(c: Context, page: RenderedPage, status: 200 | 400 | 401 | 403 | 404 | 429 = 200) {
    c.header("Content-Security-Policy", page.csp);
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "same-origin");
    c.header("Cache-Control", "no-store");
    c.header("Vary", "Cookie, Accept-Language");
    return c.html(page.html, status);
  }

  function render(
    c: Context,
    p: Omit<PageInput, "lang" | "path">,
    status?: 200 | 400 | 401 | 403 | 404 | 429,
  ) {
    return send(c, renderPage({ lang: langOf(c), path: pathOf(c), ...p }), status);
  }

  app.onError((error, c) => {
    const I = inboxLabels(langOf(c));
    if (error instanceof InboxError) {
      return render(
        c,
        { title: String(error.status), body: `<p class="error">${escapeHtml(error.message)}</p>` },
        error.status,
      );
    }
    console.error(`panicscope serve: ${error.stack ?? error.message}`);
    return c.html(`<!doctype html><title>500</title><p>${escapeHtml(I.serverError)}</p>`, 500);
  });

  /** The signed-in session, or a redirect to sign in (or to the first-run page). */
  async function session(c: Context): Promise<Session | Response> {
    const found = await currentSession(c, inbox);
    if (found !== null) return found;
    if ((await inbox.countUsers()) === 0) return c.redirect("/setup", 303);
    return c.redirect(`/login?next=${encodeURIComponent(pathOf(c))}`, 303);
  }

  async function form(c: Context): Promise<URLSearchParams> {
    return new URLSearchParams((await readBody(c.req.raw, 64 * 1024)).toString("utf8"));
  }

  /** A change: a session, its CSRF token in the form, and (for most) the admin role. */
  async function change(c: Context, role: Role = "admin") {
    const I = inboxLabels(langOf(c));
    const found = await currentSession(c, inbox);
    const body = await form(c);
    if (found === null || !sameToken(body.get("_csrf") ?? undefined, found.csrf)) {
      throw new InboxError(403, I.badForm);
    }
    if (role === "admin" && found.user.role !== "admin") throw new InboxError(403, I.forbidden);
    return { session: found, form: body };
  }

  async function issueId(c: Context): Promise<number> {
    const id = Number(c.req.param("id"));
    if (!Number.isSafeInteger(id) || id <= 0 || (await store.getIssue(id)) === null) {
      throw new InboxError(404, inboxLabels(langOf(c)).notFound);
    }
    return id;
  }

  // ── first run, sign in, sign out, language ──

  function setupPage(c: Context, error?: string) {
    const I = inboxLabels(langOf(c));
    const token = formToken(c);
    return render(
      c,
      {
        title: I.setupTitle,
        body: `<div class="narrow"><h1>${escapeHtml(I.setupTitle)}</h1><p>${escapeHtml(I.setupIntro)}</p>${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/setup"><input type="hidden" name="_csrf" value="${token}">
<label for="code">${escapeHtml(I.setupCode)}</label><input id="code" name="code" required autocomplete="off">
<label for="name">${escapeHtml(I.name)}</label><input id="name" name="name" required autocomplete="username" value="admin">
<label for="password">${escapeHtml(I.password)} <span class="note">(${escapeHtml(I.passwordHint)})</span></label><input id="password" name="password" type="password" required minlength="10" autocomplete="new-password">
<button class="primary" type="submit">${escapeHtml(I.create)}</button></form></div>`,
      },
      error ? 400 : 200,
    );
  }

  app.get("/setup", async (c) => {
    if ((await inbox.countUsers()) > 0) return c.redirect("/login", 303);
    return setupPage(c);
  });

  app.post("/setup", async (c) => {
    const I = inboxLabels(langOf(c));
    const body = await form(c);
    if (!formTokenMatches(c, body.get("_csrf") ?? undefined)) throw new InboxError(403, I.badForm);
    if ((await inbox.countUsers()) > 0) return c.redirect("/login", 303);
    if (!sameToken(body.get("code")?.trim(), options.setupCode))
      return setupPage(c, I.badSetupCode);
    const name = body.get("name")?.trim() ?? "";
    const password = body.get("password") ?? "";
    if (!NAME.test(name)) return setupPage(c, I.badName);
    if ([...password].length < 10) return setupPage(c, I.shortPassword);
    const user = await inbox.createUser(name, await hashPassword(password), "admin", true);
    if (user === null) return c.redirect("/login", 303);
    await startSession(c, inbox, user.id);
    return c.redirect("/issues", 303);
  });

  function loginPage(c: Context, next: string, error?: string, status: 401 | 429 = 401) {
    const I = inboxLabels(langOf(c));
    const token = formToken(c);
    return render(
      c,
      {
        title: I.signInTitle,
        body: `<div class="narrow"><h1>${escapeHtml(I.signInTitle)}</h1>${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="/login"><input type="hidden" name="_csrf" value="${token}"><input type="hidden" name="next" value="${escapeHtml(next)}">
<label for="name">${escapeHtml(I.name)}</label><input id="name" name="name" required autocomplete="username">
<label for="password">${escapeHtml(I.password)}</label><input id="password" name="password" type="password" required autocomplete="current-password">
<button class="primary" type="submit">${escapeHtml(I.signIn)}</button></form></div>`,
      },
      error ? status : 200,
    );
  }

  app.get("/login", async (c) => {
    if ((await inbox.countUsers()) === 0) return c.redirect("/setup", 303);
    return loginPage(c, localPath(c.req.query("next")));
  });

  app.post("/login", async (c) => {
    const I = inboxLabels(langOf(c));
    const body = await form(c);
    if (!formTokenMatches(c, body.get("_csrf") ?? undefined)) throw new InboxError(403, I.badForm);
    const next = localPath(body.get("next") ?? undefined);
    const name = (body.get("name") ?? "").trim().slice(0, 64);
    const wait = throttle.wait(name);
    if (wait > 0) return loginPage(c, next, I.tooManySignIns(Math.ceil(wait / 60_000)), 429);
    const user = await inbox.findUser(name);
    // A wrong name costs a hash too: its answer takes as long as a wrong password's.
    const ok = await verifyPassword(body.get("password") ?? "", user?.password ?? DUMMY_HASH);
    if (user === null || !ok) {
      throttle.failed(name);
      return loginPage(c, next, I.badLogin);
    }
    throttle.succeeded(name);
    await startSession(c, inbox, user.id);
    return c.redirect(next, 303);
  });

  app.post("/logout", async (c) => {
    await change(c, "viewer");
    await endSession(c, inbox);
    return c.redirect("/login", 303);
  });

  app.get("/lang/:lang", (c) => {
    const lang = c.req.param("lang");
    if (lang === "en" || lang === "zh") {
      setCookie(c, LANG_COOKIE, lang, {
        path: "/",
        sameSite: "Strict",
        httpOnly: true,
        secure: overTls(c),
        maxAge: 365 * 86_400,
      });
    }
    return c.redirect(localPath(c.req.query("back")), 303);
  });

  // ── issues ──

  app.get("/", (c) => c.redirect("/issues", 303));

  /** The projects, and the one a request names (`?project=slug`, else the default). */
  async function projectOf(c: Context, slug = c.req.query("project") || "default") {
    const projects = await inbox.listProjects();
    const project = projects.find((p) => p.slug === slug);
    if (project === undefined) throw new InboxError(404, inboxLabels(langOf(c)).notFound);
    return { projects, project };
  }

  app.get("/issues", async (c) => {
    const s = await session(c);
    if (s instanceof Response) return s;
    const lang = langOf(c);
    const I = inboxLabels(lang);
    const { projects, project } = await projectOf(c);
    const query = listQuery(new URL(c.req.url).searchParams, project.id);
    const page = await inbox.listIssues(query);
    const daily = await inbox.dailyCounts(
      page.issues.map((i) => i.id),
      new Date(Date.now() - 14 * 86_400_000).toISOString().slice(0, 10),
    );
    const body = listBody(query, page, daily, I, {
      csrf: s.csrf,
      admin: s.user.role === "admin",
      back: pathOf(c),
      projects,
      project,
    });
    return render(c, { title: I.issues, body, user: s.user, csrf: s.csrf, current: "issues" });
  });

  app.post("/issues/bulk", async (c) => {
    const { form: body } = await change(c);
    const status = actionStatus(body.get("action"));
    const ids = body
      .getAll("id")
      .slice(0, 500)
      .map(Number)
      .filter((id) => Number.isSafeInteger(id) && id > 0);
    if (status !== null) for (const id of ids) await store.setStatus(id, status, null);
    const back = localPath(body.get("back") ?? undefined);
    return c.redirect(back.startsWith("/issues") ? back : "/issues", 303);
  });

  app.get("/issues/:id", async (c) => {
    const s = await session(c);
    if (s instanceof Response) return s;
    const id = await issueId(c);
    const lang = langOf(c);
    const I = inboxLabels(lang);
    const issue = await store.getIssue(id);
    if (issue === null) throw new InboxError(404, I.notFound);
    const before = Number(c.req.query("before"));
    const listed = await inbox.occurrences(
      id,
      OCCURRENCES_PER_PAGE + 1,
      Number.isSafeInteger(before) && before > 0 ? before : undefined,
    );
    const newest = (await inbox.occurrences(id, 1))[0];
    const report = newest === undefined ? null : await store.getReport(newest.reportId);
    const since = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    const [daily, release, environment, host] = await Promise.all([
      inbox.dailyCounts([id], since),
      inbox.facets(id, "release", 10),
      inbox.facets(id, "environment", 10),
      inbox.facets(id, "host", 10),
    ]);
    const view = issueBody(
      {
        issue,
        occurrences: listed.slice(0, OCCURRENCES_PER_PAGE),
        more: listed.length > OCCURRENCES_PER_PAGE,
        daily: daily.get(id),
        facets: { release, environment, host },
        latest:
          report === null || newest === undefined
            ? null
            : { report, crashIndex: newest.crashIndex },
        lang,
        csrf: s.csrf,
        admin: s.user.role === "admin",
        ...(options.traceUrl ? { traceUrl: options.traceUrl } : {}),
        ...(options.source ? { source: options.source } : {}),
      },
      I,
    );
    // Its project, once there are several: a link back to that project's list.
    const projects = await inbox.listProjects();
    const project = projects.find((p) => p.id === issue.projectId);
    const where =
      projects.length < 2 || project === undefined
        ? ""
        : `<p class="note"><a href="/issues?project=${encodeURIComponent(project.slug)}">${escapeHtml(`${I.project}: ${project.name}`)}</a></p>\n`;
    return render(c, {
      title: issue.title,
      body: where + view.body,
      ...(view.reportData ? { reportData: view.reportData } : {}),
      user: s.user,
      csrf: s.csrf,
      current: "issues",
    });
  });

  app.get("/issues/:id/diff", async (c) => {
    const s = await session(c);
    if (s instanceof Response) return s;
    const id = await issueId(c);
    const lang = langOf(c);
    const I = inboxLabels(lang);
    const sides = [];
    for (const key of ["from", "to"]) {
      const reportId = Number(c.req.query(key));
      const occurrence = Number.isSafeInteger(reportId)
        ? await inbox.occurrence(id, reportId)
        : null;
      const report = occurrence === null ? null : await store.getReport(reportId);
      const crash = report?.document.crashes[occurrence?.crashIndex ?? -1];
      if (occurrence === null || crash === undefined) throw new InboxError(404, I.notFound);
      sides.push({ occurrence, crash });
    }
    const [before, after] = sides as [(typeof sides)[0], (typeof sides)[0]];
    return render(c, {
      title: `${I.compare} · ${I.issue} ${id}`,
      body: diffBody(id, before, after, lang, I),
      user: s.user,
      csrf: s.csrf,
      current: "issues",
    });
  });

  app.post("/issues/:id/status", async (c) => {
    const { form: body } = await change(c);
    const id = await issueId(c);
    const action = body.get("action");
    const release = body.get("release")?.trim().slice(0, 200);
    if (action === "resolve-in") {
      if (!release) throw new InboxError(400, inboxLabels(langOf(c)).badForm);
      await store.setStatus(id, "resolved", release);
    } else {
      const status = actionStatus(action);
      if (status === null) throw new InboxError(400, inboxLabels(langOf(c)).badForm);
      await store.setStatus(id, status, null);
    }
    return c.redirect(`/issues/${id}`, 303);
  });

  app.post("/issues/:id/merge", async (c) => {
    const { form: body } = await change(c);
    const from = await issueId(c);
    const into = Number(body.get("into"));
    const target = Number.isSafeInteger(into) ? await store.getIssue(into) : null;
    const I = inboxLabels(langOf(c));
    if (target === null) throw new InboxError(404, I.notFound);
    if (into === from || target.mergedInto !== null) throw new InboxError(400, I.badForm);
    if (target.projectId !== (await store.getIssue(from))?.projectId) {
      throw new InboxError(400, I.otherProject);
    }
    await store.merge(from, into);
    return c.redirect(`/issues/${into}`, 303);
  });

  // ── reports: the full single-file report, and the raw text ──

  async function storedReport(c: Context) {
    const id = Number(c.req.param("id"));
    const report = Number.isSafeInteger(id) && id > 0 ? await store.getReport(id) : null;
    if (report === null) throw new InboxError(404, inboxLabels(langOf(c)).notFound);
    return report;
  }

  app.get("/reports/:id", async (c) => {
    const s = await session(c);
    if (s instanceof Response) return s;
    const report = await storedReport(c);
    const html = renderHtmlReport(report.document, {
      lang: langOf(c),
      generatedAt: report.receivedAt,
      ...(options.source ? { source: options.source } : {}),
    });
    // The page carries its own policy (a nonce'd meta element); this adds what a meta cannot.
    c.header(
      "Content-Security-Policy",
      "frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Cache-Control", "no-store");
    return c.html(html);
  });

  app.get("/reports/:id/raw", async (c) => {
    const s = await session(c);
    if (s instanceof Response) return s;
    const report = await storedReport(c);
    return c.body(report.text, 200, {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Disposition": `attachment; filename="panicscope-report-${report.id}.txt"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    });
  });

  // ── ingest tokens (administrators only) ──

  async function tokensPage(c: Context, s: Session, created?: { token: string; label: string }) {
    const I = inboxLabels(langOf(c));
    const projects = await inbox.listProjects();
    const body = tokensBody(await inbox.listIngestTokens(), projects, I, s.csrf, created);
    return render(c, { title: I.tokensTitle, body, user: s.user, csrf: s.csrf, current: "tokens" });
  }

  function tokenStore(c: Context): IngestTokens {
    if (options.tokens === undefined) throw new InboxError(404, inboxLabels(langOf(c)).notFound);
    return options.tokens;
  }

  app.get("/tokens", async (c) => {
    const s = await session(c);
    if (s instanceof Response) return s;
    if (s.user.role !== "admin") throw new InboxError(403, inboxLabels(langOf(c)).forbidden);
    tokenStore(c);
    return tokensPage(c, s);
  });

  app.post("/tokens", async (c) => {
    const { session: s, form: body } = await change(c);
    const label = (body.get("label") ?? "").trim().slice(0, 100);
    if (label === "") throw new InboxError(400, inboxLabels(langOf(c)).badForm);
    const { project } = await projectOf(c, body.get("project") || "default");
    const { token } = await tokenStore(c).create(label, project.id);
    // Shown in this answer only: the store keeps its hash.
    return tokensPage(c, s, { token, label });
  });

  app.post("/tokens/:id/revoke", async (c) => {
    await change(c);
    const id = Number(c.req.param("id"));
    if (!Number.isSafeInteger(id)) throw new InboxError(404, inboxLabels(langOf(c)).notFound);
    await tokenStore(c).revoke(id);
    return c.redirect("/tokens", 303);
  });

  // ── projects (administrators create them; everyone reads their issues) ──

  async function projectsPage(c: Context, s: Session, error?: string) {
    const I = inboxLabels(langOf(c));
    const body = projectsBody(await inbox.listProjects(), I, s.csrf, error);
    return render(
      c,
      { title: I.projects, body, user: s.user, csrf: s.csrf, current: "projects" },
      error ? 400 : 200,
    );
  }

  app.get("/projects", async (c) => {
    const s = await session(c);
    if (s instanceof Response) return s;
    if (s.user.role !== "admin") throw new InboxError(403, inboxLabels(langOf(c)).forbidden);
    return projectsPage(c, s);
  });

  app.post("/projects", async (c) => {
    const { session: s, form: body } = await change(c);
    const I = inboxLabels(langOf(c));
    const name = (body.get("name") ?? "").trim().slice(0, 100);
    const slug = (body.get("slug") ?? "").trim();
    if (name === "") return projectsPage(c, s, I.badForm);
    if (!SLUG.test(slug)) return projectsPage(c, s, I.badSlug);
    const made: Project | null = await inbox.createProject(slug, name);
    if (made === null) return projectsPage(c, s, I.slugTaken);
    return c.redirect("/projects", 303);
  });

  app.post("/projects/:id/webhooks", async (c) => {
    const { session: s, form: body } = await change(c);
    const I = inboxLabels(langOf(c));
    const id = Number(c.req.param("id"));
    const project = (await inbox.listProjects()).find((p) => p.id === id);
    if (project === undefined) throw new InboxError(404, I.notFound);
    const urls = webhookUrls(body.get("webhooks") ?? "");
    if (urls === null) return projectsPage(c, s, I.badWebhook);
    await inbox.setProjectWebhooks(id, urls);
    return c.redirect("/projects", 303);
  });

  // ── users (administrators only) ──

  async function usersPage(c: Context, s: Session, error?: string) {
    const I = inboxLabels(langOf(c));
    const users = await inbox.listUsers();
    const rows = users
      .map(
        (u) => `<tr><td>${escapeHtml(u.name)}</td><td>${escapeHtml(I.roleNames[u.role])}</td></tr>`,
      )
      .join("");
    const body = `<h1>${escapeHtml(I.usersTitle)}</h1>
<table><thead><tr><th>${escapeHtml(I.name)}</th><th>${escapeHtml(I.role)}</th></tr></thead><tbody>${rows}</tbody></table>
<h2>${escapeHtml(I.addUser)}</h2>${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<form class="narrow" method="post" action="/users"><input type="hidden" name="_csrf" value="${escapeHtml(s.csrf)}">
<label for="name">${escapeHtml(I.name)}</label><input id="name" name="name" required>
<label for="password">${escapeHtml(I.password)} <span class="note">(${escapeHtml(I.passwordHint)})</span></label><input id="password" name="password" type="password" required minlength="10" autocomplete="new-password">
<label for="role">${escapeHtml(I.role)}</label><select id="role" name="role"><option value="viewer">${escapeHtml(I.roleNames.viewer)}</option><option value="admin">${escapeHtml(I.roleNames.admin)}</option></select>
<button class="primary" type="submit">${escapeHtml(I.addUser)}</button></form>`;
    return render(
      c,
      { title: I.usersTitle, body, user: s.user, csrf: s.csrf, current: "users" },
      error ? 400 : 200,
    );
  }

  app.get("/users", async (c) => {
    const s = await session(c);
    if (s instanceof Response) return s;
    if (s.user.role !== "admin") throw new InboxError(403, inboxLabels(langOf(c)).forbidden);
    return usersPage(c, s);
  });

  app.post("/users", async (c) => {
    const { session: s, form: body } = await change(c);
    const I = inboxLabels(langOf(c));
    const name = body.get("name")?.trim() ?? "";
    const password = body.get("password") ?? "";
    const role: Role = body.get("role") === "admin" ? "admin" : "viewer";
    if (!NAME.test(name)) return usersPage(c, s, I.badName);
    if ([...password].length < 10) return usersPage(c, s, I.shortPassword);
    const user = await inbox.createUser(name, await hashPassword(password), role);
    if (user === null) return usersPage(c, s, I.nameTaken);
    return c.redirect("/users", 303);
  });

  return app;
}

function actionStatus(action: string | null): IssueStatus | null {
  if (action === "resolve") return "resolved";
  if (action === "ignore") return "ignored";
  if (action === "reopen") return "open";
  return null;
}

/** A path on this server (never `//host` or a scheme), for redirects the request names. */
function localPath(path: string | undefined): string {
  if (
    path === undefined ||
    !path.startsWith("/") ||
    path.startsWith("//") ||
    path.startsWith("/\\")
  ) {
    return "/issues";
  }
  return path;
}
