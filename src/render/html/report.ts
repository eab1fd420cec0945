// `analyze --html`: one self-contained page (no network, no external assets; a Content
// Security Policy forbids both) that can be mailed or attached to a ticket. Static HTML for
// what must be read first — the diagnosis, the chain, the crash site with its source, the
// crashing goroutine — then every bucket, built by the page's script from embedded JSON as
// the reader scrolls, filters and opens them, so 2 000 buckets of 10⁵ goroutines stay fast.

import { randomBytes } from "node:crypto";
import { crashSite } from "../../diagnose/site.js";
import type { CrashDocument, DocumentCrash } from "../../document/types.js";
import { minutesRange } from "../../group/buckets.js";
import type { Bucket, Frame, Goroutine } from "../../model.js";
import type { Snippet, Token } from "../../source/index.js";
import { sourceUrl } from "../../source/web-link.js";
import { framesOf } from "../buckets.js";
import { labeledSites } from "../site-labels.js";
import { headline } from "../terminal.js";
import { diagnosisHtml } from "./diagnosis.js";
import { escapeHtml, jsonForScript } from "./escape.js";
import { encodeIds } from "./id-list.js";
import { SCRIPT } from "./script.js";
import { STYLE } from "./style.js";

export interface HtmlOptions {
  /** Source lines around a frame, where they can be found. */
  source?: (frame: Frame, goVersion: string | null) => Snippet | null;
  /** Shown in the page header; defaults to now. */
  generatedAt?: string;
}

/** Buckets embedded per crash; beyond this the page says how many were left out. */
export const MAX_HTML_BUCKETS = 20_000;
/** Source snippets per report. */
const MAX_SNIPPETS = 600;

export function renderHtmlReport(document: CrashDocument, options: HtmlOptions = {}): string {
  const nonce = randomBytes(16).toString("base64");
  const sources = new Sources(options.source);
  const { crashes, inputs } = document;
  const sections = crashes.map((analyzed, i) => crashSection(analyzed, i, sources));
  const data = { crashes: crashes.map((analyzed) => crashData(analyzed, sources)) };
  const title = crashes[0] === undefined ? "no crash found" : headline(crashes[0]);
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return `<!doctype html>
<html lang="en" data-theme="auto">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="panicscope">
<title>${escapeHtml(`panicscope: ${title}`)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header class="top"><span class="brand">panicscope</span><span class="inputs">${escapeHtml(inputs.map((i) => i.name).join(", "))} · ${escapeHtml(options.generatedAt ?? new Date().toISOString())}</span><button id="theme" type="button">theme</button></header>
<main>
${sections.join("\n")}
${sources.html()}
</main>
<script type="application/json" id="report-data">${jsonForScript(data)}</script>
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}

function crashSection(analyzed: DocumentCrash, index: number, sources: Sources): string {
  const crash = analyzed;
  const site = crashSite(analyzed);
  const out: string[] = [];
  out.push(`<section class="crash" data-crash="${index}" id="crash-${index}">`);
  out.push(`<h2 class="headline">${escapeHtml(headline(analyzed))}</h2>`);
  const facts = [`<span class="category">${escapeHtml(analyzed.category)}</span>`];
  if (crash.crashing?.id !== null && crash.crashing !== null)
    facts.push(`<span>goroutine ${crash.crashing.id}</span>`);
  if (crash.goroutineCount > 0)
    facts.push(
      `<span>${crash.goroutineCount} goroutine${crash.goroutineCount === 1 ? "" : "s"}</span>`,
    );
  if (analyzed.goVersion !== null) facts.push(`<span>${escapeHtml(analyzed.goVersion)}</span>`);
  facts.push(
    `<span class="mono" title="fingerprint: the same bug crashing again gets the same one">${escapeHtml(analyzed.fingerprint)}</span>`,
  );
  facts.push(
    `<span>${escapeHtml(analyzed.input)}:${crash.span.startLine}-${crash.span.endLine}</span>`,
  );
  out.push(`<p class="facts">${facts.join("")}</p>`);
  out.push(diagnosisHtml(analyzed));

  const sites = labeledSites(crash, site);
  if (sites.length > 0) {
    out.push(`<h3>${crash.kind === "race" ? "Accesses" : "Crash site"}</h3>`);
    for (const { label, frame } of sites) out.push(siteHtml(label, frame, analyzed, sources));
  }

  if (crash.race !== undefined) {
    out.push(raceHtml(crash.race, analyzed, sources));
  } else if (crash.crashing !== null) {
    out.push(`<h3>Crashing goroutine</h3>`);
    out.push(goroutineHtml(crash.crashing, site.frame, analyzed, sources));
    if (analyzed.family.length > 0) {
      const links = analyzed.family.map((link) => {
        const bucket = link.bucket === null ? undefined : analyzed.buckets[link.bucket - 1];
        const at =
          bucket === undefined
            ? link.frames?.find((f) => f.location === "user")
            : framesOf(bucket, false)[0];
        const where = at === undefined ? "" : ` at <span class="fn">${escapeHtml(at.func)}</span>`;
        const state =
          bucket === undefined
            ? ' <span class="note">(not in the dump)</span>'
            : ` [${escapeHtml(bucket.state)}] <a href="#b-${index}-${bucket.rank}">#${bucket.rank}</a>`;
        return `goroutine ${link.goroutine}${where}${state}`;
      });
      out.push(`<p class="created">spawned by ${links.join(" ← ")}</p>`);
    }
  }

  if (analyzed.buckets.length === 0) {
    out.push("</section>");
    return out.join("\n");
  }
  const total = analyzed.buckets.reduce((sum, b) => sum + b.count, 0);
  out.push(
    `<h3>Goroutines <span class="note">${total} in ${analyzed.buckets.length} bucket${analyzed.buckets.length === 1 ? "" : "s"}, similarity ${escapeHtml(analyzed.similarity)}</span></h3>`,
  );
  out.push(
    `<div class="filterbar"><input class="filter" type="search" placeholder="filter: words, -word, &quot;a phrase&quot;, state:chan pkg:net/http func:Handle file.go:25 g:17" aria-label="filter buckets"><span class="status"></span></div>`,
  );
  out.push(
    `<div class="bucket-list"></div><button class="more" type="button" hidden>show more</button>`,
  );
  if (analyzed.buckets.length > MAX_HTML_BUCKETS)
    out.push(
      `<p class="note">${analyzed.buckets.length - MAX_HTML_BUCKETS} smaller buckets are left out of this page (try --similarity values).</p>`,
    );
  out.push(
    `<noscript><ol class="frames">${analyzed.buckets
      .slice(0, 50)
      .map(
        (b) =>
          `<li>#${b.rank} ${b.count} [${escapeHtml(b.state)}] ${escapeHtml(framesOf(b, false)[0]?.func ?? "")}</li>`,
      )
      .join("")}</ol></noscript>`,
  );
  out.push("</section>");
  return out.join("\n");
}

function siteHtml(label: string, frame: Frame, analyzed: DocumentCrash, sources: Sources): string {
  const src = sources.index(frame, analyzed);
  const location = `${escapeHtml(frame.file)}${frame.line > 0 ? `:${frame.line}` : ""}`;
  const loc =
    src >= 0
      ? `<a class="mono" href="#src-${src}">${location}</a>`
      : `<span class="mono">${location}</span>`;
  const snippet = src >= 0 ? sources.figureOnce(src) : "";
  return `<p class="site-line"><span class="label">${escapeHtml(label)}</span> <span class="fn user mono">${escapeHtml(frame.func)}</span> ${loc}</p>${snippet}`;
}

function goroutineHtml(
  g: Goroutine,
  site: Frame | null,
  analyzed: DocumentCrash,
  sources: Sources,
): string {
  const header =
    g.id === null && g.state === ""
      ? "logged stack"
      : `goroutine ${g.id ?? "?"} [${g.state}${g.waitMinutes > 0 ? `, ${g.waitMinutes} minutes` : ""}${g.lockedToThread ? ", locked to thread" : ""}]`;
  const items = g.frames.map((frame, i) => {
    const elided =
      g.elided !== undefined && g.elided.afterFrame === i
        ? `<li class="runtime">${escapeHtml(elidedText(g.elided.count))}</li>`
        : "";
    return elided + frameHtml(frame, frame === site, analyzed, sources);
  });
  if (g.elided !== undefined && g.elided.afterFrame >= g.frames.length)
    items.push(`<li class="runtime">${escapeHtml(elidedText(g.elided.count))}</li>`);
  const created =
    g.createdBy === undefined
      ? ""
      : `<p class="created">created by <span class="fn">${escapeHtml(g.createdBy.func)}</span>${g.parentId !== undefined ? ` in goroutine ${g.parentId}` : ""} <span class="mono">${escapeHtml(g.createdBy.file)}:${g.createdBy.line}</span></p>`;
  return `<p class="mono"><strong>${escapeHtml(header)}</strong></p><ol class="frames">${items.join("")}</ol>${created}`;
}

/** A race report: both accesses with their stacks, then where each goroutine was created. */
function raceHtml(
  race: NonNullable<DocumentCrash["race"]>,
  analyzed: DocumentCrash,
  sources: Sources,
): string {
  const out: string[] = [];
  for (const access of race.accesses) {
    const who = access.main ? "main goroutine" : `goroutine ${access.goroutine}`;
    const site = access.frames.find((frame) => frame.location !== "runtime") ?? null;
    out.push(
      `<h3 class="race-side">${escapeHtml(`${access.previous ? "Previous " : ""}${access.op} at ${access.addr} by ${who}`)}</h3>`,
    );
    out.push(framesHtml(access.frames, site, analyzed, sources));
  }
  for (const creation of race.creations) {
    out.push(
      `<h3 class="race-created">${escapeHtml(`Goroutine ${creation.goroutine} (${creation.status}) created at`)}</h3>`,
    );
    out.push(framesHtml(creation.frames, null, analyzed, sources));
  }
  return out.join("\n");
}

function framesHtml(
  frames: readonly Frame[],
  site: Frame | null,
  analyzed: DocumentCrash,
  sources: Sources,
): string {
  const items = frames.map((frame) => frameHtml(frame, frame === site, analyzed, sources));
  return `<ol class="frames">${items.join("")}</ol>`;
}

/** One frame: function, arguments, where (to its source in the page), and its source on the web. */
function frameHtml(
  frame: Frame,
  isSite: boolean,
  analyzed: DocumentCrash,
  sources: Sources,
): string {
  const src = sources.index(frame, analyzed);
  const where = `${escapeHtml(frame.file)}${frame.line > 0 ? `:${frame.line}` : ""}`;
  const loc =
    src >= 0
      ? `<a class="loc" href="#src-${src}">${where}</a>`
      : `<span class="loc">${where}</span>`;
  const url = sourceUrl(frame, analyzed.goVersion);
  const web =
    url === null
      ? ""
      : ` <a class="web" href="${escapeHtml(url)}" rel="noreferrer noopener" target="_blank" title="source on the web">↗</a>`;
  const cls = [frame.location, isSite ? "site" : ""].filter(Boolean).join(" ");
  const call =
    frame.func === ""
      ? ""
      : `<span class="fn">${escapeHtml(frame.func)}</span><span class="args">(${escapeHtml(frame.args)})</span>`;
  return `<li class="${cls}">${call}${loc}${web}</li>`;
}

function elidedText(count: number): string {
  return count < 0 ? "...additional frames elided..." : `...${count} frames elided...`;
}

/** A bucket as the page's script reads it (short keys: 2 000 of them are embedded). */
function bucketData(b: Bucket, analyzed: DocumentCrash, sources: Sources) {
  const frames = b.representative.frames.map((f) => [
    f.func,
    f.args,
    f.file,
    f.line,
    f.location === "user" ? "u" : f.location === "runtime" ? "r" : "s",
    f.location === "user" ? sources.index(f, analyzed) : -1,
    sourceUrl(f, analyzed.goVersion) ?? "",
  ]);
  const top = framesOf(b, false)[0];
  const created = b.representative.createdBy;
  const elided = b.representative.elided;
  return {
    rank: b.rank,
    count: b.count,
    state: b.state,
    wait: b.waitMinutes.max > 0 ? minutesRange(b.waitMinutes.min, b.waitMinutes.max) : "",
    locked: b.lockedToThread,
    crashing: b.crashing,
    program: b.program,
    ids: encodeIds(b.ids),
    created: created === undefined ? null : [created.func, created.file, created.line],
    creators: b.creators.map((c) => [c.goroutine, c.count, c.bucket ?? 0]),
    why: b.suspicion.reasons,
    frames,
    top: top === undefined ? -1 : b.representative.frames.indexOf(top),
    elided: elided === undefined ? null : [elidedText(elided.count), elided.afterFrame],
  };
}

function crashData(analyzed: DocumentCrash, sources: Sources) {
  return {
    buckets: analyzed.buckets
      .slice(0, MAX_HTML_BUCKETS)
      .map((b) => bucketData(b, analyzed, sources)),
  };
}

/** The source snippets a report shows, each once, numbered for links. */
class Sources {
  private readonly byKey = new Map<string, number>();
  private readonly snippets: { snippet: Snippet; frame: Frame }[] = [];
  private readonly shown = new Set<number>();

  constructor(private readonly find: HtmlOptions["source"]) {}

  index(frame: Frame, analyzed: DocumentCrash): number {
    if (this.find === undefined || frame.line <= 0) return -1;
    const key = `${analyzed.goVersion ?? ""}\u0000${frame.file}:${frame.line}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    if (this.snippets.length >= MAX_SNIPPETS) return -1;
    const snippet = this.find(frame, analyzed.goVersion);
    const index = snippet === null ? -1 : this.snippets.length;
    if (snippet !== null) this.snippets.push({ snippet, frame });
    this.byKey.set(key, index);
    return index;
  }

  /** The snippet where it is first shown (with the id links point to); "" after that. */
  figureOnce(index: number): string {
    if (this.shown.has(index)) return "";
    this.shown.add(index);
    return this.figure(index);
  }

  private figure(index: number): string {
    const entry = this.snippets[index];
    if (entry === undefined) return "";
    const { snippet, frame } = entry;
    const lines = snippet.lines.map((tokens, i) => {
      const number = snippet.first + i;
      return `<span class="l${number === snippet.line ? " hit" : ""}"><span class="n">${number}</span>${tokens.map(tokenHtml).join("")}</span>`;
    });
    return `<figure class="src" id="src-${index}"><figcaption>${escapeHtml(frame.file)}:${frame.line} <span class="note">(${escapeHtml(snippet.path)})</span></figcaption><pre><code>${lines.join("")}</code></pre></figure>`;
  }

  /** The snippets not shown above, each once. */
  html(): string {
    const figures = this.snippets.map((_, i) => this.figureOnce(i)).filter((f) => f !== "");
    if (figures.length === 0) return "";
    return `<section class="sources"><h3>Source</h3>${figures.join("\n")}</section>`;
  }
}

function tokenHtml(token: Token): string {
  const text = escapeHtml(token.text);
  return token.kind === "plain" ? text : `<span class="tk-${token.kind}">${text}</span>`;
}
