// Two occurrences' goroutine dumps compared, as `panicscope diff` compares two files: the same
// comparison (group/diff.ts) and the same words (the diff labels), drawn as a table — the
// largest growth first — for leak hunting across the occurrences of one issue.

import { thousands } from "../../count.js";
import type { DocumentCrash } from "../../document/types.js";
import { diffDumps } from "../../group/diff.js";
import type { InboxLabels } from "../../i18n/en/inbox.js";
import { labels } from "../../i18n/labels.js";
import type { Lang } from "../../i18n/types.js";
import { framesOf } from "../../render/buckets.js";
import { escapeHtml } from "../../render/html/escape.js";
import type { Occurrence } from "../../store/inbox-types.js";
import { when } from "./list.js";

function signed(n: number): string {
  return n > 0 ? `+${thousands(n)}` : n < 0 ? `−${thousands(-n)}` : "0";
}

export function diffBody(
  issueId: number,
  before: { occurrence: Occurrence; crash: DocumentCrash },
  after: { occurrence: Occurrence; crash: DocumentCrash },
  lang: Lang,
  I: InboxLabels,
): string {
  const L = labels(lang);
  const diff = diffDumps(before.crash, after.crash);
  const name = (o: Occurrence) => `${I.report} ${o.reportId}`;
  const rows = diff.changes.map((c) => {
    const counts =
      c.change === "appeared" || c.change === "vanished"
        ? thousands(c.before + c.after)
        : `${thousands(c.before)} → ${thousands(c.after)}`;
    const frames = framesOf(c.bucket, false)
      .map(
        (f) =>
          `<li class="${f.location}"><span class="fn">${escapeHtml(f.func)}</span> <span class="loc">${escapeHtml(f.file)}:${f.line}</span></li>`,
      )
      .join("");
    const created = c.bucket.representative.createdBy;
    return `<tr class="${c.change}"><td class="num">${escapeHtml(signed(c.delta))}</td><td>${escapeHtml(L.change(c.change))}</td><td class="num">${escapeHtml(counts)}</td><td>[${escapeHtml(c.bucket.state)}]</td><td><ol class="frames">${frames}</ol>${created === undefined ? "" : `<span class="note">${escapeHtml(L.createdByShort(created.func, null))}</span>`}</td></tr>`;
  });
  const heading = L.diffGoroutines(
    thousands(diff.before.goroutines),
    thousands(diff.after.goroutines),
    signed(diff.after.goroutines - diff.before.goroutines),
  );
  return `<p><a href="/issues/${issueId}">← ${escapeHtml(I.issue)} ${issueId}</a></p>
<h1>${escapeHtml(heading)}</h1>
<p class="note">${escapeHtml(L.diffInputs(name(before.occurrence), diff.before.buckets, name(after.occurrence), diff.after.buckets))} · ${when(before.occurrence.receivedAt)} → ${when(after.occurrence.receivedAt)}</p>
${
  rows.length === 0
    ? `<p>${escapeHtml(L.noBucketChanged)}</p>`
    : `<table class="diff"><thead><tr><th class="num">Δ</th><th>${escapeHtml(I.change)}</th><th class="num">${escapeHtml(I.goroutines)}</th><th>${escapeHtml(I.state)}</th><th>${escapeHtml(I.where)}</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
}`;
}

/** The form on the issue page: two of the occurrences listed, the oldest and the newest first. */
export function diffForm(issueId: number, occurrences: Occurrence[], I: InboxLabels): string {
  if (occurrences.length < 2) return "";
  const options = (selected: number) =>
    occurrences
      .map(
        (o) =>
          `<option value="${o.reportId}"${o.reportId === selected ? " selected" : ""}>${escapeHtml(`${I.report} ${o.reportId} · ${o.receivedAt.slice(0, 16).replace("T", " ")}`)}</option>`,
      )
      .join("");
  const oldest = occurrences.at(-1) as Occurrence;
  const newest = occurrences[0] as Occurrence;
  return `<form class="actions" method="get" action="/issues/${issueId}/diff"><label for="diff-from">${escapeHtml(I.compareFrom)}</label><select id="diff-from" name="from">${options(oldest.reportId)}</select><label for="diff-to">${escapeHtml(I.compareTo)}</label><select id="diff-to" name="to">${options(newest.reportId)}</select><button type="submit">${escapeHtml(I.compare)}</button></form>`;
}
