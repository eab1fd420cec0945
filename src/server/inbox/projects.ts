// The projects page: every project with its short name (the `?project=` of its issues list),
// and a form to make one. A project's tokens are made on the tokens page.

import type { InboxLabels } from "../../i18n/en/inbox.js";
import { escapeHtml } from "../../render/html/escape.js";
import type { Project } from "../../store/inbox-types.js";
import { when } from "./list.js";

/** A project's short name: what a URL carries without escaping. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;

export function projectsBody(
  projects: Project[],
  I: InboxLabels,
  csrf: string,
  error?: string,
): string {
  const rows = projects
    .map(
      (p) =>
        `<tr><td><a href="/issues?project=${encodeURIComponent(p.slug)}">${escapeHtml(p.name)}</a></td><td><code>${escapeHtml(p.slug)}</code></td><td class="when">${when(p.createdAt)}</td></tr>`,
    )
    .join("");
  return `<h1>${escapeHtml(I.projects)}</h1>
<p class="note">${escapeHtml(I.projectsIntro)}</p>
<table><thead><tr><th>${escapeHtml(I.projectName)}</th><th>${escapeHtml(I.projectSlug)}</th><th>${escapeHtml(I.created)}</th></tr></thead><tbody>${rows}</tbody></table>
<h2>${escapeHtml(I.createProject)}</h2>${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<form class="narrow" method="post" action="/projects"><input type="hidden" name="_csrf" value="${escapeHtml(csrf)}">
<label for="project-name">${escapeHtml(I.projectName)}</label><input id="project-name" name="name" required maxlength="100">
<label for="project-slug">${escapeHtml(I.projectSlug)}</label><input id="project-slug" name="slug" required maxlength="40" pattern="[a-z0-9][a-z0-9\\-]*">
<button class="primary" type="submit">${escapeHtml(I.createProject)}</button></form>
${projects.map((p) => webhooksForm(p, I, csrf)).join("\n")}`;
}

/** A project's own webhooks, one URL a line. */
function webhooksForm(p: Project, I: InboxLabels, csrf: string): string {
  const id = `webhooks-${p.id}`;
  return `<h2>${escapeHtml(I.projectWebhooks(p.name))}</h2>
<form class="narrow" method="post" action="/projects/${p.id}/webhooks"><input type="hidden" name="_csrf" value="${escapeHtml(csrf)}">
<label for="${id}">${escapeHtml(I.projectWebhooksHint)}</label><textarea id="${id}" name="webhooks" rows="3" cols="60">${escapeHtml(p.webhooks.join("\n"))}</textarea>
<button type="submit">${escapeHtml(I.saveWebhooks)}</button></form>`;
}

/** The webhook URLs of a form's text: http(s) only, at most ten; null if one is not. */
export function webhookUrls(text: string): string[] | null {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  if (lines.length > 10) return null;
  for (const line of lines) {
    let url: URL;
    try {
      url = new URL(line);
    } catch {
      return null;
    }
    if ((url.protocol !== "http:" && url.protocol !== "https:") || /\s/.test(line)) return null;
  }
  return lines;
}
