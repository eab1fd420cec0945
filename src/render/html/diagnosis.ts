// The report's diagnosis block: what went wrong, in words. For now the category and the
// message; the diagnosis catalogue (rules, explanations, next steps) fills this block with
// its explanation of the crash — this function is its one place in the report.

import { crashSite } from "../../diagnose/site.js";
import type { DocumentCrash } from "../../document/types.js";
import { labels } from "../../i18n/labels.js";
import type { Lang } from "../../i18n/types.js";
import { escapeHtml } from "./escape.js";

export function diagnosisHtml(analyzed: DocumentCrash, lang: Lang = "en"): string {
  const L = labels(lang);
  const parts = [
    `<p><span class="category">${escapeHtml(analyzed.category)}</span> — ${escapeHtml(firstLine(analyzed.message))}</p>`,
  ];
  if (analyzed.message.includes("\n"))
    parts.push(`<pre class="mono">${escapeHtml(analyzed.message)}</pre>`);
  const { origin, frame } = crashSite(analyzed);
  const site = origin ?? frame;
  if (site !== null)
    parts.push(
      `<p>${L.inFuncAt} <span class="fn user">${escapeHtml(site.func)}</span>${L.atFile} <span class="mono">${escapeHtml(site.file)}:${site.line}</span></p>`,
    );
  return `<section class="diagnosis" data-slot="diagnosis"><h3>${L.diagnosis}</h3>${parts.join("")}</section>`;
}

function firstLine(text: string): string {
  const nl = text.indexOf("\n");
  return nl === -1 ? text : `${text.slice(0, nl)} …`;
}
