// The issues list: filters (a GET form, so a filtered list is a link), one row per issue with
// its 14-day sparkline, and bulk resolve/ignore/reopen (a POST form with the CSRF token).
// Pages continue from the last row's sort value and id (keyset), never by offset.

import type { InboxLabels } from "../../i18n/en/inbox.js";
import { CATEGORIES } from "../../model.js";
import { escapeHtml } from "../../render/html/escape.js";
import type { IssuePage, IssueQuery, IssueSort, Project } from "../../store/inbox-types.js";
import type { Issue, IssueStatus } from "../../store/types.js";
import { barChart, lastDays } from "./charts.js";

export const PAGE_SIZE = 50;
const SORTS: readonly IssueSort[] = ["last-seen", "count", "first-seen"];
const STATUSES = ["open", "resolved", "ignored", "all"] as const;

/** The list's query from the URL (its project already found); anything unknown falls back. */
export function listQuery(params: URLSearchParams, projectId: number): IssueQuery {
  const sort = SORTS.find((s) => s === params.get("sort")) ?? "last-seen";
  const status = STATUSES.find((s) => s === params.get("status")) ?? "open";
  const category = CATEGORIES.find((c) => c === params.get("category"));
  const text = (params.get("q") ?? "").slice(0, 200).trim();
  const query: IssueQuery = { projectId, sort, limit: PAGE_SIZE };
  if (status !== "all") query.status = status;
  if (category !== undefined) query.category = category;
  const release = params.get("release")?.trim().slice(0, 200);
  if (release) query.release = release;
  const environment = params.get("environment")?.trim().slice(0, 200);
  if (environment) query.environment = environment;
  if (text !== "") query.text = text;
  const after = /^(.{1,64})~(\d{1,15})$/.exec(params.get("after") ?? "");
  if (after !== null) {
    const value = sort === "count" ? Number(after[1]) : (after[1] as string);
    if (sort !== "count" || Number.isSafeInteger(value)) {
      query.after = { value, id: Number(after[2]) };
    }
  }
  return query;
}

/** The list's URL for a query (project and filters kept, `after` as given). */
export function listUrl(q: IssueQuery, project: string, after?: IssuePage["next"]): string {
  const params = new URLSearchParams();
  if (project !== "default") params.set("project", project);
  if (q.text) params.set("q", q.text);
  params.set("status", q.status ?? "all");
  if (q.category) params.set("category", q.category);
  if (q.release) params.set("release", q.release);
  if (q.environment) params.set("environment", q.environment);
  if (q.sort !== "last-seen") params.set("sort", q.sort);
  if (after) params.set("after", `${after.value}~${after.id}`);
  return `/issues?${params}`;
}

export function when(iso: string): string {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(iso.slice(0, 16).replace("T", " "))}</time>`;
}

export function statusBadge(issue: Issue, I: InboxLabels): string {
  const status = `<span class="badge ${issue.status}">${escapeHtml(I.statusNames[issue.status])}</span>`;
  return issue.regressed
    ? `${status} <span class="badge regressed">${escapeHtml(I.regressed)}</span>`
    : status;
}

function option(value: string, label: string, selected: boolean): string {
  return `<option value="${escapeHtml(value)}"${selected ? " selected" : ""}>${escapeHtml(label)}</option>`;
}

export function listBody(
  q: IssueQuery,
  page: IssuePage,
  daily: Map<number, Map<string, number>>,
  I: InboxLabels,
  opts: { csrf: string; admin: boolean; back: string; projects: Project[]; project: Project },
): string {
  const days = lastDays(14);
  const status: IssueStatus | "all" = q.status ?? "all";
  // The project switcher: part of the filters' GET form, so a project's list is a link.
  const switcher =
    opts.projects.length < 2
      ? ""
      : `<label>${escapeHtml(I.project)}<select name="project">${opts.projects.map((p) => option(p.slug, p.name, p.id === opts.project.id)).join("")}</select></label>\n`;
  const filters = `<form class="filters" method="get" action="/issues" role="search">
${switcher}<label class="q">${escapeHtml(I.search)}<input type="search" name="q" value="${escapeHtml(q.text ?? "")}" placeholder="${escapeHtml(I.searchPlaceholder)}"></label>
<label>${escapeHtml(I.status)}<select name="status">${STATUSES.map((s) => option(s, I.statusNames[s], s === status)).join("")}</select></label>
<label>${escapeHtml(I.category)}<select name="category">${option("", I.any, q.category === undefined)}${CATEGORIES.map((c) => option(c, c, c === q.category)).join("")}</select></label>
<label>${escapeHtml(I.release)}<input name="release" size="10" value="${escapeHtml(q.release ?? "")}"></label>
<label>${escapeHtml(I.environment)}<input name="environment" size="10" value="${escapeHtml(q.environment ?? "")}"></label>
<label>${escapeHtml(I.sort)}<select name="sort">${SORTS.map((s) => option(s, I.sortNames[s], s === q.sort)).join("")}</select></label>
<button type="submit">${escapeHtml(I.apply)}</button>
</form>`;
  const rows = page.issues.map((issue) => {
    const counts = daily.get(issue.id);
    const total = days.reduce((sum, d) => sum + (counts?.get(d) ?? 0), 0);
    const releases = issue.releases.slice(-3).map(escapeHtml).join(", ");
    const more = issue.releases.length > 3 ? ` +${issue.releases.length - 3}` : "";
    const box = opts.admin
      ? `<td><input type="checkbox" name="id" value="${issue.id}" aria-label="${escapeHtml(`${I.select}: ${issue.title}`)}"></td>`
      : "";
    return `<tr>${box}
<td class="issue"><a class="title" href="/issues/${issue.id}">${escapeHtml(issue.title)}</a><div class="meta"><span class="category">${escapeHtml(issue.category)}</span> · ${escapeHtml(issue.rule)} · ${statusBadge(issue, I)}</div></td>
<td class="num">${issue.count}</td>
<td>${barChart(days, counts, { width: 84, height: 20, className: "spark", label: I.sparkTitle(total) })}</td>
<td class="when">${when(issue.firstSeen)}</td>
<td class="when">${when(issue.lastSeen)}</td>
<td>${releases}${more}</td>
</tr>`;
  });
  const table =
    page.issues.length === 0
      ? `<p>${escapeHtml(I.noIssues)}</p>`
      : `<table>
<thead><tr>${opts.admin ? `<th><input type="checkbox" id="select-all" aria-label="${escapeHtml(I.selectAll)}" hidden></th>` : ""}<th>${escapeHtml(I.issue)}</th><th class="num">${escapeHtml(I.events)}</th><th>${escapeHtml(I.last14Days)}</th><th>${escapeHtml(I.firstSeen)}</th><th>${escapeHtml(I.lastSeen)}</th><th>${escapeHtml(I.releases)}</th></tr></thead>
<tbody>${rows.join("\n")}</tbody>
</table>`;
  const bulk = opts.admin
    ? `<div class="bulk"><input type="hidden" name="_csrf" value="${escapeHtml(opts.csrf)}"><input type="hidden" name="back" value="${escapeHtml(opts.back)}"><button type="submit" name="action" value="resolve">${escapeHtml(I.resolveSelected)}</button><button type="submit" name="action" value="ignore">${escapeHtml(I.ignoreSelected)}</button><button type="submit" name="action" value="reopen">${escapeHtml(I.reopenSelected)}</button></div>`
    : "";
  const pages: string[] = [];
  if (q.after !== undefined)
    pages.push(
      `<a href="${escapeHtml(listUrl(q, opts.project.slug))}">${escapeHtml(I.firstPage)}</a>`,
    );
  if (page.next !== null)
    pages.push(
      `<a rel="next" href="${escapeHtml(listUrl(q, opts.project.slug, page.next))}">${escapeHtml(I.nextPage)}</a>`,
    );
  const heading = opts.projects.length < 2 ? I.issues : `${I.issues} · ${opts.project.name}`;
  return `<h1>${escapeHtml(heading)}</h1>
${filters}
<form method="post" action="/issues/bulk">
${bulk}
${table}
</form>
<nav class="pages" aria-label="${escapeHtml(I.issues)}">${pages.join("")}</nav>`;
}
