// The page every inbox view is served in: the report's stylesheet and script (so a crash
// section renders exactly as in the single-file report), a strict Content Security Policy
// with a fresh nonce, and the header (navigation, language switch, theme, sign-out).

import { randomBytes } from "node:crypto";
import { labels } from "../../i18n/labels.js";
import type { Lang } from "../../i18n/types.js";
import { escapeHtml, jsonForScript } from "../../render/html/escape.js";
import { SCRIPT } from "../../render/html/script.js";
import { STYLE } from "../../render/html/style.js";
import type { User } from "../../store/inbox-types.js";
import { inboxLabels } from "./lang.js";
import { INBOX_SCRIPT } from "./script.js";
import { INBOX_STYLE } from "./style.js";

export interface PageInput {
  lang: Lang;
  title: string;
  /** The page's own markup, inside <main>. */
  body: string;
  /** The report's embedded JSON (reportParts' `data`), when the page holds crash sections. */
  reportData?: string;
  /** Signed in: the navigation and the sign-out form. */
  user?: User;
  csrf?: string;
  current?: "issues" | "projects" | "users" | "tokens";
  /** This page's path and query, where the language switch comes back to. */
  path: string;
}

export interface RenderedPage {
  html: string;
  csp: string;
}

export function renderPage(p: PageInput): RenderedPage {
  const nonce = randomBytes(16).toString("base64");
  const I = inboxLabels(p.lang);
  const L = labels(p.lang);
  const other: Lang = p.lang === "zh" ? "en" : "zh";
  const nav =
    p.user === undefined
      ? "<nav></nav>"
      : `<nav aria-label="panicscope"><a href="/issues"${p.current === "issues" ? ' aria-current="page"' : ""}>${escapeHtml(I.issues)}</a>${
          p.user.role === "admin"
            ? `<a href="/projects"${p.current === "projects" ? ' aria-current="page"' : ""}>${escapeHtml(I.projects)}</a><a href="/users"${p.current === "users" ? ' aria-current="page"' : ""}>${escapeHtml(I.users)}</a><a href="/tokens"${p.current === "tokens" ? ' aria-current="page"' : ""}>${escapeHtml(I.tokens)}</a>`
            : ""
        }</nav>`;
  const signOut =
    p.user === undefined
      ? ""
      : `<span class="who">${escapeHtml(p.user.name)}</span><form method="post" action="/logout"><input type="hidden" name="_csrf" value="${escapeHtml(p.csrf ?? "")}"><button type="submit">${escapeHtml(I.signOut)}</button></form>`;
  // Pages without a crash still run the report's script, for the theme button: it reads this.
  const data =
    p.reportData ??
    `<script type="application/json" id="report-data">${jsonForScript({
      labels: { theme: L.theme, themeNames: L.themeNames },
      crashes: [],
    })}</script>`;
  const html = `<!doctype html>
<html lang="${I.htmlLang}" data-theme="auto">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(`${p.title} · panicscope`)}</title>
<style nonce="${nonce}">${STYLE}${INBOX_STYLE}</style>
</head>
<body>
<a class="skip" href="#main">${escapeHtml(p.lang === "zh" ? "跳到正文" : "Skip to content")}</a>
<header class="top"><span class="brand">panicscope</span>${nav}<a href="/lang/${other}?back=${encodeURIComponent(p.path)}" lang="${other === "zh" ? "zh-Hans" : "en"}" title="${escapeHtml(I.languageTitle)}">${escapeHtml(I.language)}</a><button id="theme" type="button">${escapeHtml(L.theme)}</button>${signOut}</header>
<main id="main">
${p.body}
</main>
${data}
<script nonce="${nonce}">${SCRIPT}</script>
<script nonce="${nonce}">${INBOX_SCRIPT}</script>
</body>
</html>
`;
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "img-src data:",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
  return { html, csp };
}
