// `analyze --html`: one self-contained page (no network, no external assets; a Content
// Security Policy forbids both) that can be mailed or attached to a ticket. Static HTML for
// what must be read first — the diagnosis, the chain, the crash site with its source, the
// crashing goroutine — then every bucket, built by the page's script from embedded JSON as
// the reader scrolls, filters and opens them, so 2 000 buckets of 10⁵ goroutines stay fast.

import { randomBytes } from "node:crypto";
import { thousands } from "../../count.js";
import { crashSite } from "../../diagnose/site.js";
import type { CrashDocument, DocumentCrash, RaceGroup } from "../../document/types.js";
import type { TraceReport } from "../../exectrace/report.js";
import { minutesRange, suspicionReasons } from "../../group/buckets.js";
import { MAX_BUCKETS } from "../../group/fold.js";
import type { Labels } from "../../i18n/en/labels.js";
import { labels } from "../../i18n/labels.js";
import type { Lang } from "../../i18n/types.js";
import type { Bucket, Frame, Goroutine } from "../../model.js";
import type { Snippet, Token } from "../../source/index.js";
import { sourceUrl } from "../../source/web-link.js";
import { framesOf, runtimeOwnBuckets, runtimeStates } from "../buckets.js";
import { inputPlace } from "../input-place.js";
import type { SourceAround } from "../lock-holder.js";
import { labeledSites } from "../site-labels.js";
import { alsoReported, headline } from "../terminal.js";
import { diagnosisHtml } from "./diagnosis.js";
import { escapeHtml, jsonForScript } from "./escape.js";
import { encodeIds } from "./id-list.js";
import { SCRIPT } from "./script.js";
import { STYLE } from "./style.js";
import { traceData, traceSectionHtml } from "./trace-section.js";

export interface HtmlOptions {
  /** Source lines around a frame (`context` before and after), where they can be found. */
  source?: SourceAround;
  /** Shown in the page header; defaults to now. */
  generatedAt?: string;
  /** The language of panicscope's own words (default English); the crash's text stays as printed. */
  lang?: Lang;
  /** An execution trace of the same run (`analyze --trace`): its heat map section. */
  trace?: TraceReport;
}

/** Buckets embedded per crash; beyond this the page says how many were left out. */
export const MAX_HTML_BUCKETS = 20_000;
/** Source snippets per report. */
const MAX_SNIPPETS = 600;

export function renderHtmlReport(document: CrashDocument, options: HtmlOptions = {}): string {
  const nonce = randomBytes(16).toString("base64");
  const L = labels(options.lang ?? "en");
  const parts = reportParts(document, options);
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return `<!doctype html>
<html lang="${L.htmlLang}" data-theme="auto">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="panicscope">
<title>${escapeHtml(`panicscope: ${parts.title}`)}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header class="top"><span class="brand">panicscope</span><span class="inputs">${escapeHtml(document.inputs.map((i) => i.name).join(", "))} · ${escapeHtml(options.generatedAt ?? new Date().toISOString())}</span><button id="theme" type="button">${escapeHtml(L.theme)}</button></header>
<main>
${parts.body}
</main>
${parts.data}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}

/**
 * The report without its page: the crash sections and source figures (`body`), the JSON the
 * script builds buckets from (`data`, a `<script type="application/json">` element) and the
 * title. The single-file report and the inbox's issue page are both made of these, with
 * STYLE and SCRIPT (a page holding `body` must have a `#theme` button).
 */
export function reportParts(
  document: CrashDocument,
  options: HtmlOptions = {},
): { title: string; body: string; data: string } {
  const lang = options.lang ?? "en";
  const L = labels(lang);
  const sources = new Sources(options.source, L);
  const { crashes } = document;
  // A race reported several times is one section, with its count (document.races).
  const repeats = new Map<number, RaceGroup | null>();
  for (const group of document.races ?? [])
    group.crashes.forEach((at, i) => {
      repeats.set(at, i === 0 ? group : null);
    });
  const sections: string[] = [];
  const explained = new Set<string>();
  crashes.forEach((analyzed, i) => {
    const group = repeats.get(i);
    if (group === null) return;
    const again =
      group === undefined || group.count < 2
        ? undefined
        : { times: L.raceReported(group.count), where: alsoReported(group, crashes, L) };
    // A rule's explanation is open under the first crash of that rule only.
    const open = !explained.has(analyzed.rule);
    explained.add(analyzed.rule);
    sections.push(crashSection(analyzed, i, sources, lang, open, again));
  });
  const data = {
    labels: scriptLabels(L),
    crashes: crashes.map((analyzed) => crashData(analyzed, sources, lang)),
    ...(options.trace === undefined ? {} : { trace: traceData(options.trace, L) }),
  };
  if (options.trace !== undefined) sections.push(traceSectionHtml(options.trace, L));
  return {
    title: crashes[0] === undefined ? L.noCrashFound : headline(crashes[0], lang),
    body: `${sections.join("\n")}\n${sources.html()}`,
    data: `<script type="application/json" id="report-data">${jsonForScript(data)}</script>`,
  };
}

function crashSection(
  analyzed: DocumentCrash,
  index: number,
  sources: Sources,
  lang: Lang,
  explanationOpen: boolean,
  again?: { times: string; where: string },
): string {
  const L = labels(lang);
  const crash = analyzed;
  const site = crashSite(analyzed);
  const out: string[] = [];
  out.push(`<section class="crash" data-crash="${index}" id="crash-${index}">`);
  out.push(`<h2 class="headline">${escapeHtml(headline(analyzed, lang))}</h2>`);
  const facts = [`<span class="category">${escapeHtml(analyzed.category)}</span>`];
  if (crash.crashing?.id !== null && crash.crashing !== null)
    facts.push(`<span>${escapeHtml(L.goroutineId(crash.crashing.id))}</span>`);
  if (crash.goroutineCount > 0)
    facts.push(`<span>${escapeHtml(L.goroutineCount(crash.goroutineCount))}</span>`);
  if (analyzed.goVersion !== null) facts.push(`<span>${escapeHtml(analyzed.goVersion)}</span>`);
  facts.push(
    `<span class="mono" title="${escapeHtml(L.fingerprintTitle)}">${escapeHtml(analyzed.fingerprint)}</span>`,
  );
  facts.push(`<span>${escapeHtml(inputPlace(analyzed.input, crash.span))}</span>`);
  out.push(`<p class="facts">${facts.join("")}</p>`);
  if (again !== undefined)
    out.push(
      `<p class="repeats">${escapeHtml(again.times)}</p><p class="note">${escapeHtml(again.where)}</p>`,
    );
  out.push(diagnosisHtml(analyzed, lang, sources.find, explanationOpen));

  const sites = labeledSites(crash, site, lang);
  if (sites.length > 0) {
    const heading = crash.kind === "race" ? L.accessesHeading : L.crashSiteHeading;
    out.push(`<h3>${escapeHtml(heading)}</h3>`);
    // "Crash site" over "crash site main.f": the heading is not said again.
    for (const { label, frame } of sites)
      out.push(
        siteHtml(
          label.toLowerCase() === heading.toLowerCase() ? "" : label,
          frame,
          analyzed,
          sources,
        ),
      );
  }

  if (crash.race !== undefined) {
    out.push(raceHtml(crash.race, analyzed, sources));
  } else if (crash.crashing !== null) {
    out.push(`<h3>${escapeHtml(L.crashingGoroutine)}</h3>`);
    out.push(goroutineHtml(crash.crashing, site.frame, analyzed, sources));
    if (analyzed.family.length > 0) {
      const links = analyzed.family.map((link) => {
        const bucket = link.bucket === null ? undefined : analyzed.buckets[link.bucket - 1];
        const at =
          bucket === undefined
            ? link.frames?.find((f) => f.location === "user")
            : framesOf(bucket, false)[0];
        const where =
          at === undefined
            ? ""
            : ` ${escapeHtml(L.at("").trimEnd())} <span class="fn">${escapeHtml(at.func)}</span>`;
        const state =
          bucket === undefined
            ? ` <span class="note">${escapeHtml(L.notInDump)}</span>`
            : ` [${escapeHtml(bucket.state)}] <a href="#b-${index}-${bucket.rank}">#${bucket.rank}</a>`;
        return `${escapeHtml(L.goroutineId(link.goroutine))}${where}${state}`;
      });
      out.push(`<p class="created">${escapeHtml(L.spawnedBy)} ${links.join(" ← ")}</p>`);
    }
  }

  if (analyzed.buckets.length === 0) {
    out.push("</section>");
    return out.join("\n");
  }
  const total = analyzed.buckets.reduce((sum, b) => sum + b.count, 0);
  out.push(
    `<h3>${escapeHtml(L.goroutinesHeading)} <span class="note">${escapeHtml(L.goroutinesNote(total, analyzed.buckets.length, analyzed.similarity))}</span></h3>`,
  );
  // Goroutines beyond the bucket cap (a dump of all-different goroutines): counted, not listed.
  const folded = analyzed.bucketRemainder;
  if (folded !== undefined && folded.goroutines > 0)
    out.push(
      `<p class="note remainder">${escapeHtml(L.foldedAway(folded.goroutines, folded.buckets, thousands(MAX_BUCKETS)))}</p>`,
    );
  out.push(
    `<div class="filterbar"><input class="filter" type="search" placeholder="${escapeHtml(L.filterPlaceholder)}" aria-label="${escapeHtml(L.filterLabel)}"><span class="status"></span></div>`,
  );
  out.push(
    `<div class="bucket-list"></div><button class="more" type="button" hidden>${escapeHtml(L.showMore)}</button>`,
  );
  if (analyzed.buckets.length > MAX_HTML_BUCKETS)
    out.push(
      `<p class="note">${escapeHtml(L.leftOut(analyzed.buckets.length - MAX_HTML_BUCKETS))}</p>`,
    );
  out.push(
    `<noscript><ol class="frames">${analyzed.buckets
      .slice(0, 50)
      .map(
        (b) =>
          `<li>#${b.rank} ${thousands(b.count)} [${escapeHtml(b.state)}] ${escapeHtml(framesOf(b, false)[0]?.func ?? "")}</li>`,
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
  const named = label === "" ? "" : `<span class="label">${escapeHtml(label)}</span> `;
  return `<p class="site-line">${named}<span class="fn user mono">${escapeHtml(frame.func)}</span> ${loc}</p>${snippet}`;
}

function goroutineHtml(
  g: Goroutine,
  site: Frame | null,
  analyzed: DocumentCrash,
  sources: Sources,
): string {
  const L = sources.L;
  const header =
    g.id === null && g.state === ""
      ? L.loggedStack
      : L.goroutineHeader(String(g.id ?? "?"), g.state, g.waitMinutes, g.lockedToThread);
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
      : `<p class="created">${createdByHtml(L, g.createdBy.func, g.parentId)} <span class="mono">${escapeHtml(g.createdBy.file)}:${g.createdBy.line}</span></p>`;
  return `<p class="mono"><strong>${escapeHtml(header)}</strong></p><ol class="frames">${items.join("")}</ol>${created}`;
}

/** A race report: both accesses with their stacks, then where each goroutine was created. */
function raceHtml(
  race: NonNullable<DocumentCrash["race"]>,
  analyzed: DocumentCrash,
  sources: Sources,
): string {
  const L = sources.L;
  const out: string[] = [];
  for (const access of race.accesses) {
    const who = access.main ? L.mainGoroutine : L.goroutineId(access.goroutine);
    const site = access.frames.find((frame) => frame.location !== "runtime") ?? null;
    out.push(
      `<h3 class="race-side">${escapeHtml(L.raceAccessTitle(access.previous, access.op, access.addr, who))}</h3>`,
    );
    out.push(framesHtml(access.frames, site, analyzed, sources));
  }
  for (const creation of race.creations) {
    out.push(
      `<h3 class="race-created">${escapeHtml(L.raceCreatedTitle(creation.goroutine, creation.status))}</h3>`,
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
  // A frame with neither name nor file (gccgo's C code without symbols) as Go printed it: `:0`.
  const unnamed = frame.func === "" && frame.file === "";
  const where = `${escapeHtml(frame.file)}${frame.line > 0 || unnamed ? `:${frame.line}` : ""}`;
  const loc =
    src >= 0
      ? `<a class="loc" href="#src-${src}">${where}</a>`
      : `<span class="loc">${where}</span>`;
  const url = sourceUrl(frame, analyzed.goVersion);
  const web =
    url === null
      ? ""
      : ` <a class="web" href="${escapeHtml(url)}" rel="noreferrer noopener" target="_blank" title="${escapeHtml(sources.L.sourceOnWeb)}">↗</a>`;
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

/** `created by <fn>` in the reader's language, the function marked up. */
function createdByHtml(L: Labels, func: string, parent: number | undefined): string {
  const marker = "\u0000";
  const [before, after] = L.createdBy(marker, parent).split(marker);
  return `${escapeHtml(before ?? "")}<span class="fn">${escapeHtml(func)}</span>${escapeHtml(after ?? "")}`;
}

/**
 * The words the page's script shows (it builds bucket rows in the browser): plain words, and
 * templates whose `{0}`, `{1}`… it fills in, in whatever order the language puts them.
 */
function scriptLabels(L: Labels) {
  return {
    theme: L.theme,
    themeNames: L.themeNames,
    sourceOnWeb: L.sourceOnWeb,
    createdAtSite: L.createdAtSite("{0}", "{1}"),
    idsOne: L.idsCount("{0}", true),
    idsMany: L.idsCount("{0}", false),
    allIds: L.allIds,
    showThem: L.showThem,
    createdBy: L.createdByShort("{0}", null),
    spawnedBy: L.spawnedBy,
    goroutine: L.goroutineId("{0}"),
    inBucket: L.inBucket,
    lockedToThread: L.lockedToThread,
    crashing: L.theCrashingGoroutine,
    showing: L.showing("{0}", "{1}", "{2}", "{3}"),
    noMatch: L.noMatch("{0}", "{1}"),
    termContaining: L.termContaining("{0}", "{1}"),
    termNot: L.termNot("{0}"),
  };
}

/** A bucket as the page's script reads it (short keys: 2 000 of them are embedded). */
function bucketData(b: Bucket, analyzed: DocumentCrash, sources: Sources, lang: Lang) {
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
    wait: b.waitMinutes.max > 0 ? minutesRange(b.waitMinutes.min, b.waitMinutes.max, lang) : "",
    locked: b.lockedToThread,
    crashing: b.crashing,
    program: b.program,
    ids: encodeIds(b.ids),
    created: created === undefined ? null : [created.func, created.file, created.line],
    creators: b.creators.map((c) => [c.goroutine, c.count, c.bucket ?? 0]),
    why:
      lang === "en"
        ? b.suspicion.reasons
        : suspicionReasons(
            {
              minWait: b.waitMinutes.min,
              maxWait: b.waitMinutes.max,
              count: b.count,
              state: b.state,
            },
            lang,
          ),
    frames,
    top: top === undefined ? -1 : b.representative.frames.indexOf(top),
    elided: elided === undefined ? null : [elidedText(elided.count), elided.afterFrame],
  };
}

function crashData(analyzed: DocumentCrash, sources: Sources, lang: Lang) {
  // The runtime's own goroutines: one line after the list until the reader opens it or searches.
  const runtimeOwn = runtimeOwnBuckets(analyzed);
  const folded = new Set(runtimeOwn);
  const goroutines = runtimeOwn.reduce((sum, b) => sum + b.count, 0);
  return {
    buckets: analyzed.buckets
      .slice(0, MAX_HTML_BUCKETS)
      .map((b) => ({ ...bucketData(b, analyzed, sources, lang), rt: folded.has(b) })),
    runtime:
      runtimeOwn.length === 0
        ? ""
        : labels(lang).runtimeGoroutines(goroutines, runtimeStates(runtimeOwn)),
  };
}

/** The source snippets a report shows, each once, numbered for links. */
class Sources {
  private readonly byKey = new Map<string, number>();
  private readonly snippets: { snippet: Snippet; frame: Frame }[] = [];
  private readonly shown = new Set<number>();

  constructor(
    readonly find: HtmlOptions["source"],
    /** The page's words (every part of the page has the Sources at hand). */
    readonly L: Labels,
  ) {}

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
    return `<section class="sources"><h3>${escapeHtml(this.L.source)}</h3>${figures.join("\n")}</section>`;
  }
}

function tokenHtml(token: Token): string {
  const text = escapeHtml(token.text);
  return token.kind === "plain" ? text : `<span class="tk-${token.kind}">${text}</span>`;
}
