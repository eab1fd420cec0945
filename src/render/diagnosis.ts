// The diagnosis on `analyze`'s first screen: the rule and what it means here, the warnings,
// what every goroutine showed (blockers, identical waits, map users, running tests, the
// recursion, the race's variable, the likely holder of a lock), and the fix in one line with
// a pointer to `panicscope explain`. terminal.ts places it under the crash site. In the
// reader's language: the sentences are built again from the document (src/i18n/diagnosis.ts).

import { thousands } from "../count.js";
import type { Diagnosis, GoroutineFindings, SiteRef } from "../diagnose/types.js";
import type { DocumentCrash } from "../document/types.js";
import { diagnosisIn } from "../i18n/diagnosis.js";
import { labels } from "../i18n/labels.js";
import { sentences } from "../i18n/sentences.js";
import type { Lang } from "../i18n/types.js";
import type { Palette } from "./color.js";
import { lockHolderLines, type SourceAround } from "./lock-holder.js";
import { padDisplay } from "./width.js";

/** Identical waits shown on the first screen (JSON has more). */
const WAITS_SHOWN = 5;

export function renderDiagnosis(
  analyzed: DocumentCrash,
  palette: Palette,
  source?: SourceAround,
  lang: Lang = "en",
): string[] {
  const p = palette;
  const L = labels(lang);
  const d = diagnosisIn(analyzed, lang);
  const out: string[] = [];
  out.push(`  ${p.bold(d.explanation.title)} ${p.dim(`(${d.rule})`)}`);
  out.push(`  ${d.summary}`);
  if (signalAddsToSummary(d)) out.push(`  ${p.dim(d.signal?.meaning ?? "")}`);
  for (const warning of d.warnings) out.push(`  ${p.yellow("!")} ${warning}`);
  out.push(...renderFindings(d.goroutines, p, lang));
  const holders = d.goroutines.lockHolders;
  if (holders !== undefined) {
    const lines = lockHolderLines(holders, analyzed.goVersion, source, lang);
    if (lines.length > 0) out.push(`  ${p.bold(L.lockHolder)}`, ...lines.map((l) => `    ${l}`));
  }
  out.push(`  ${p.bold(L.fix)}  ${sentences(lang).firstSentence(d.explanation.fix)}`);
  out.push(p.dim(`  panicscope explain ${d.rule}: ${L.explainHint(d.recoverable)}`));
  out.push("");
  return out;
}

/**
 * Whether the signal's meaning says something the summary does not: a nil dereference's
 * summary already is that sentence with the site added, so it is printed once.
 */
export function signalAddsToSummary(d: Diagnosis): boolean {
  if (d.signal === null || d.signal.meaning === "" || d.category === "goroutine-dump") return false;
  const sentence = d.signal.meaning.replace(/[.。]$/, "");
  return !d.summary.includes(sentence);
}

function renderFindings(f: GoroutineFindings, p: Palette, lang: Lang): string[] {
  const L = labels(lang);
  const say = sentences(lang);
  const out: string[] = [];
  const site = (at: SiteRef | null) =>
    at === null ? p.dim(L.noFrames) : `${at.func}  ${p.cyan(where(at))}`;
  const label = (text: string) => p.bold(padDisplay(text, 10));
  if (f.recursion !== undefined) {
    out.push(`  ${p.bold(L.recursion)}  ${f.recursion.map((s) => s.func).join(" → ")}`);
    for (const s of f.recursion) out.push(`    ${p.cyan(where(s))}`);
  }
  if (f.race !== undefined) {
    // The two accesses head the crash (terminal.ts raceSideText): only the variable here.
    const { location } = f.race;
    if (location !== null) out.push(`  ${label(L.variable)}  ${location}`);
  }
  if (f.mapAccesses !== undefined) {
    out.push(`  ${p.bold(L.mapUsers)}  ${L.mapUsersIntro}`);
    for (const a of f.mapAccesses)
      out.push(
        `    ${L.goroutineId(a.goroutine ?? "?")} [${a.state}] ${a.operation}  ${site(a.site)}`,
      );
  }
  if (f.tests !== undefined) {
    out.push(`  ${p.bold(L.runningTests)}`);
    for (const t of f.tests) {
      const duration = t.duration === "" ? "" : ` (${t.duration})`;
      const at =
        t.goroutine === null
          ? p.dim(L.goroutineNotInText)
          : `${L.goroutineId(t.goroutine)} [${t.state}]  ${site(t.site)}`;
      out.push(`    ${t.name}${duration}  ${at}`);
      for (const h of t.helpers) out.push(`      ${waitLine(h.count, h.state, site(h.site))}`);
    }
  }
  if (f.blockers !== undefined) {
    out.push(`  ${p.bold(L.waitsFor)}`);
    for (const b of f.blockers) {
      out.push(`    ${b.why}`);
      if (b.site !== null) out.push(`      ${site(b.site)}`);
    }
  }
  if (f.waits?.some((w) => w.count > 1)) {
    out.push(`  ${p.bold(L.identicalWaits)}`);
    for (const w of f.waits.slice(0, WAITS_SHOWN))
      out.push(`    ${waitLine(w.count, w.state, site(w.site))}`);
  }
  if (f.shared !== undefined) {
    for (const s of f.shared.slice(0, 3))
      out.push(`  ${p.bold(L.shared)}  ${L.sharedWait(s.count, say.object(s.object), s.address)}`);
  }
  if (f.longWaits !== undefined) {
    const w = f.longWaits[0];
    if (w !== undefined)
      out.push(
        `  ${p.bold(L.longestWait)}  ${L.longWait(String(w.goroutine ?? "?"), w.state, w.minutes)}  ${site(w.site)}`,
      );
  }
  return out;
}

function waitLine(count: number, state: string, at: string): string {
  // A goroutine profile (debug=1, binary) has no wait reasons: no empty brackets.
  return `${thousands(count).padStart(6)} × ${state === "" ? "" : `[${state}]  `}${at}`;
}

function where(at: SiteRef): string {
  return at.line > 0 ? `${at.file}:${at.line}` : at.file;
}
