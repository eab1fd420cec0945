// The issue page: what the inbox knows of the issue (status and actions, occurrences over 30
// days, by release/environment/host, every occurrence with its report and raw text, the
// context the module sent), then the latest occurrence's crash drawn by the single-file
// report's own renderer (reportParts): diagnosis, explanation, site with source, chain,
// crashing goroutine, buckets.

import type { InboxLabels } from "../../i18n/en/inbox.js";
import type { Lang } from "../../i18n/types.js";
import { escapeHtml } from "../../render/html/escape.js";
import { type HtmlOptions, reportParts } from "../../render/html/report.js";
import type { FacetKind, Occurrence } from "../../store/inbox-types.js";
import type { Issue, StoredReport } from "../../store/types.js";
import { barChart, lastDays } from "./charts.js";
import { diffForm } from "./diff.js";
import { statusBadge, when } from "./list.js";

export interface IssueView {
  issue: Issue;
  occurrences: Occurrence[];
  /** More occurrences after the last one shown. */
  more: boolean;
  daily: Map<string, number> | undefined;
  facets: Record<FacetKind, { value: string; count: number }[]>;
  /** The newest occurrence's report, and which of its crashes is this issue's. */
  latest: { report: StoredReport; crashIndex: number } | null;
  lang: Lang;
  csrf: string;
  admin: boolean;
  /** `https://tracing.example/trace/{traceId}`: where a trace id links to. */
  traceUrl?: string;
  source?: HtmlOptions["source"];
}

export function issueBody(v: IssueView, I: InboxLabels): { body: string; reportData?: string } {
  const { issue } = v;
  const out: string[] = [];
  out.push(`<h1>${escapeHtml(issue.title)}</h1>`);
  const facts = [
    `<span class="category">${escapeHtml(issue.category)}</span>`,
    `<span>${escapeHtml(I.rule)} ${escapeHtml(issue.rule)}</span>`,
    `<span>${statusBadge(issue, I)}${issue.resolvedIn === null ? "" : ` ${escapeHtml(I.resolvedIn(issue.resolvedIn))}`}</span>`,
    `<span>${escapeHtml(I.count(issue.count))}</span>`,
    `<span>${escapeHtml(I.firstSeen)} ${when(issue.firstSeen)}</span>`,
    `<span>${escapeHtml(I.lastSeen)} ${when(issue.lastSeen)}</span>`,
  ];
  if (issue.releases.length > 0)
    facts.push(
      // The newest ten: a build number per release can make thousands (By release has the rest).
      `<span>${escapeHtml(I.releases)} ${issue.releases.slice(-10).map(escapeHtml).join(", ")}${issue.releases.length > 10 ? ` +${issue.releases.length - 10}` : ""}</span>`,
    );
  out.push(`<p class="facts">${facts.join("")}</p>`);
  if (issue.mergedInto !== null)
    out.push(
      `<p><a href="/issues/${issue.mergedInto}">${escapeHtml(I.mergedInto(issue.mergedInto))}</a></p>`,
    );
  else if (v.admin) out.push(actions(v, I));
  else out.push(`<p class="note">${escapeHtml(I.readOnly)}</p>`);

  out.push(`<h2>${escapeHtml(I.occurrencesHeading)}</h2>`);
  const days = lastDays(30);
  out.push(
    barChart(days, v.daily, {
      width: 600,
      height: 80,
      className: "chart",
      label: `${I.last30Days}: ${I.count(days.reduce((s, d) => s + (v.daily?.get(d) ?? 0), 0))}`,
      dayTitle: I.dayTitle,
    }),
  );
  out.push(
    `<p class="note">${escapeHtml(I.last30Days)}: ${escapeHtml(days[0] as string)} – ${escapeHtml(days.at(-1) as string)}</p>`,
  );
  out.push(
    `<div class="cols">${facetTable(I.byRelease, v.facets.release)}${facetTable(I.byEnvironment, v.facets.environment)}${facetTable(I.byHost, v.facets.host)}</div>`,
  );
  out.push(occurrenceTable(v, I));

  const fp = v.latest?.report.document.crashes[v.latest.crashIndex];
  out.push(`<h2>${escapeHtml(I.fingerprint)}</h2>`);
  out.push(
    `<p><span class="mono">${escapeHtml(issue.fingerprint)}</span>${fp === undefined ? "" : ` — ${escapeHtml(I.fingerprintFrom[fp.fingerprintBasis.from])}`}</p>`,
  );
  if (fp !== undefined)
    out.push(
      `<ul class="mono">${fp.fingerprintBasis.parts.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul>`,
    );

  if (v.latest === null) {
    out.push(`<p class="note">${escapeHtml(I.noCrashStored)}</p>`);
    return { body: out.join("\n") };
  }
  const { report, crashIndex } = v.latest;
  out.push(contextList(report, v, I));
  const crash = report.document.crashes[crashIndex];
  if (crash === undefined) {
    out.push(`<p class="note">${escapeHtml(I.unparsed)}</p>`);
    return { body: out.join("\n") };
  }
  const parts = reportParts(
    // This crash alone: the document's race groups count the report's other crashes.
    { ...report.document, crashes: [crash], races: [] },
    { lang: v.lang, ...(v.source ? { source: v.source } : {}) },
  );
  out.push(
    `<section class="latest" aria-labelledby="latest-h"><h2 id="latest-h">${escapeHtml(I.latestCrash)} · <a href="/reports/${report.id}">${escapeHtml(I.report)} ${report.id}</a></h2>${parts.body}</section>`,
  );
  return { body: out.join("\n"), reportData: parts.data };
}

function hidden(csrf: string): string {
  return `<input type="hidden" name="_csrf" value="${escapeHtml(csrf)}">`;
}

function actions(v: IssueView, I: InboxLabels): string {
  const id = v.issue.id;
  const status = `/issues/${id}/status`;
  const forms: string[] = [];
  if (v.issue.status !== "resolved")
    forms.push(
      `<form method="post" action="${status}">${hidden(v.csrf)}<button class="primary" type="submit" name="action" value="resolve">${escapeHtml(I.resolve)}</button></form>`,
    );
  forms.push(
    `<form method="post" action="${status}">${hidden(v.csrf)}<input type="hidden" name="action" value="resolve-in"><label for="resolve-release">${escapeHtml(I.resolveIn)}</label><input id="resolve-release" name="release" size="10" required><button type="submit">${escapeHtml(I.resolve)}</button></form>`,
  );
  if (v.issue.status !== "ignored")
    forms.push(
      `<form method="post" action="${status}">${hidden(v.csrf)}<button type="submit" name="action" value="ignore">${escapeHtml(I.ignore)}</button></form>`,
    );
  if (v.issue.status !== "open")
    forms.push(
      `<form method="post" action="${status}">${hidden(v.csrf)}<button type="submit" name="action" value="reopen">${escapeHtml(I.reopen)}</button></form>`,
    );
  forms.push(
    `<form method="post" action="/issues/${id}/merge">${hidden(v.csrf)}<label for="merge-into">${escapeHtml(I.mergeInto)}</label><input id="merge-into" name="into" type="number" min="1" size="6" required><button type="submit">${escapeHtml(I.merge)}</button></form>`,
  );
  return `<div class="actions">${forms.join("")}</div>`;
}

function facetTable(title: string, rows: { value: string; count: number }[]): string {
  const body = rows
    .map((r) => `<tr><td>${escapeHtml(r.value)}</td><td class="num">${r.count}</td></tr>`)
    .join("");
  return `<div><h3>${escapeHtml(title)}</h3>${rows.length === 0 ? "<p>—</p>" : `<table>${body}</table>`}</div>`;
}

function occurrenceTable(v: IssueView, I: InboxLabels): string {
  const rows = v.occurrences.map(
    (o) =>
      `<tr><td class="when">${when(o.receivedAt)}</td><td>${escapeHtml(o.release ?? "—")}</td><td>${escapeHtml(o.environment ?? "—")}</td><td>${escapeHtml(o.host ?? "—")}</td><td><a href="/reports/${o.reportId}">${escapeHtml(I.report)} ${o.reportId}</a> · <a href="/reports/${o.reportId}/raw" download>${escapeHtml(I.rawText)}</a></td></tr>`,
  );
  const last = v.occurrences.at(-1);
  const older =
    v.more && last !== undefined
      ? `<p><a href="/issues/${v.issue.id}?before=${last.reportId}#occurrences">${escapeHtml(I.olderOccurrences)}</a></p>`
      : "";
  return `<h3 id="occurrences">${escapeHtml(I.occurrenceList)}</h3>${diffForm(v.issue.id, v.occurrences, I)}<table><thead><tr><th>${escapeHtml(I.received)}</th><th>${escapeHtml(I.release)}</th><th>${escapeHtml(I.environment)}</th><th>${escapeHtml(I.host)}</th><th>${escapeHtml(I.report)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>${older}`;
}

function text(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

/** The context the module sent with the latest occurrence (PROTOCOL.md `context`, `build`). */
function contextList(report: StoredReport, v: IssueView, I: InboxLabels): string {
  const items: [string, string][] = [];
  const context = (report.metadata.context ?? {}) as Record<string, unknown>;
  const traceId = text(context.traceId);
  if (traceId !== null) {
    const url = v.traceUrl?.replaceAll("{traceId}", encodeURIComponent(traceId));
    items.push([
      I.traceId,
      url === undefined
        ? `<span class="mono">${escapeHtml(traceId)}</span>`
        : `<a class="mono" href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(traceId)}</a>`,
    ]);
  }
  for (const [key, label] of [
    ["spanId", I.spanId],
    ["requestId", I.requestId],
    ["route", I.route],
  ] as const) {
    const value = text(context[key]);
    if (value !== null) items.push([label, `<span class="mono">${escapeHtml(value)}</span>`]);
  }
  const tags = context.tags;
  if (typeof tags === "object" && tags !== null) {
    const pairs = Object.entries(tags as Record<string, unknown>)
      .filter(([, value]) => typeof value === "string")
      .map(
        ([k, value]) => `<span class="mono">${escapeHtml(k)}=${escapeHtml(value as string)}</span>`,
      );
    if (pairs.length > 0) items.push([I.tags, pairs.join(" ")]);
  }
  const build = report.metadata.build as Record<string, unknown> | undefined;
  if (typeof build === "object" && build !== null) {
    const main = build.main as Record<string, unknown> | undefined;
    const settings = (build.settings ?? {}) as Record<string, unknown>;
    const parts = [
      text(build.goVersion),
      text(main?.path),
      text(main?.version),
      text(settings["vcs.revision"]),
    ]
      .filter((p): p is string => p !== null)
      .map(escapeHtml);
    if (parts.length > 0) items.push([I.build, `<span class="mono">${parts.join(" ")}</span>`]);
  }
  if (items.length === 0) return "";
  return `<h2>${escapeHtml(I.context)}</h2><dl class="context">${items.map(([k, val]) => `<dt>${escapeHtml(k)}</dt><dd>${val}</dd>`).join("")}</dl>`;
}
