// The diagnosis on `analyze`'s first screen: the rule and what it means here, the warnings,
// what every goroutine showed (blockers, identical waits, map users, running tests, the
// recursion, the race's two sides), and the fix in one line with a pointer to
// `panicscope explain`. terminal.ts places it under the crash site.

import { thousands } from "../count.js";
import type { Diagnosis, GoroutineFindings, SiteRef } from "../diagnose/types.js";
import type { DocumentCrash } from "../document/types.js";
import type { Palette } from "./color.js";
import { lockHolderLines, type SourceAround } from "./lock-holder.js";

/** Identical waits shown on the first screen (JSON has more). */
const WAITS_SHOWN = 5;

export function renderDiagnosis(
  analyzed: DocumentCrash,
  palette: Palette,
  source?: SourceAround,
): string[] {
  const p = palette;
  const d = analyzed.diagnosis;
  const out: string[] = [];
  out.push(`  ${p.bold(d.explanation.title)} ${p.dim(`(${d.rule})`)}`);
  out.push(`  ${d.summary}`);
  if (signalAddsToSummary(d)) out.push(`  ${p.dim(d.signal?.meaning ?? "")}`);
  for (const warning of d.warnings) out.push(`  ${p.yellow("!")} ${warning}`);
  out.push(...renderFindings(d.goroutines, p));
  const holders = d.goroutines.lockHolders;
  if (holders !== undefined) {
    const lines = lockHolderLines(holders, analyzed.goVersion, source);
    if (lines.length > 0) out.push(`  ${p.bold("lock holder")}`, ...lines.map((l) => `    ${l}`));
  }
  out.push(`  ${p.bold("fix")}  ${firstSentence(d.explanation.fix)}`);
  out.push(p.dim(`  panicscope explain ${d.rule}: ${explainHint(d)}`));
  out.push("");
  return out;
}

/**
 * Whether the signal's meaning says something the summary does not: a nil dereference's
 * summary already is that sentence with the site added, so it is printed once.
 */
export function signalAddsToSummary(d: Diagnosis): boolean {
  if (d.signal === null || d.signal.meaning === "" || d.category === "goroutine-dump") return false;
  const sentence = d.signal.meaning.replace(/\.$/, "");
  return !d.summary.includes(sentence);
}

function explainHint(d: Diagnosis): string {
  return d.recoverable === false
    ? "how the runtime gets there, usual causes, how to confirm (recover cannot catch this)"
    : "how the runtime gets there, usual causes, how to confirm";
}

function renderFindings(f: GoroutineFindings, p: Palette): string[] {
  const out: string[] = [];
  if (f.recursion !== undefined) {
    out.push(`  ${p.bold("recursion")}  ${f.recursion.map((s) => s.func).join(" → ")}`);
    for (const site of f.recursion) out.push(`    ${p.cyan(where(site))}`);
  }
  if (f.race !== undefined) {
    // The two accesses head the crash (terminal.ts raceSideText): only the variable here.
    const { location } = f.race;
    if (location !== null) out.push(`  ${p.bold("variable".padEnd(10))}  ${location}`);
  }
  if (f.mapAccesses !== undefined) {
    out.push(`  ${p.bold("map users")}  other goroutines inside a map operation when it crashed:`);
    for (const a of f.mapAccesses)
      out.push(
        `    goroutine ${a.goroutine ?? "?"} [${a.state}] ${a.operation}  ${site(a.site, p)}`,
      );
  }
  if (f.tests !== undefined) {
    out.push(`  ${p.bold("running tests")}`);
    for (const t of f.tests) {
      const duration = t.duration === "" ? "" : ` (${t.duration})`;
      const at =
        t.goroutine === null
          ? p.dim("goroutine not in the text")
          : `goroutine ${t.goroutine} [${t.state}]  ${site(t.site, p)}`;
      out.push(`    ${t.name}${duration}  ${at}`);
      for (const h of t.helpers) out.push(`      ${waitLine(h.count, h.state, h.site, p)}`);
    }
  }
  if (f.blockers !== undefined) {
    out.push(`  ${p.bold("waits for")}`);
    for (const b of f.blockers) {
      out.push(`    ${b.why}`);
      if (b.site !== null) out.push(`      ${site(b.site, p)}`);
    }
  }
  if (f.waits?.some((w) => w.count > 1)) {
    out.push(`  ${p.bold("identical waits")}`);
    for (const w of f.waits.slice(0, WAITS_SHOWN))
      out.push(`    ${waitLine(w.count, w.state, w.site, p)}`);
  }
  if (f.shared !== undefined) {
    for (const s of f.shared.slice(0, 3))
      out.push(
        `  ${p.bold("shared")}  ${thousands(s.count)} goroutines wait on ${s.object} ${s.address}`,
      );
  }
  if (f.longWaits !== undefined) {
    const w = f.longWaits[0];
    if (w !== undefined)
      out.push(
        `  ${p.bold("longest wait")}  goroutine ${w.goroutine ?? "?"} [${w.state}, ${w.minutes} minutes]  ${site(w.site, p)}`,
      );
  }
  return out;
}

function waitLine(count: number, state: string, at: SiteRef | null, p: Palette): string {
  return `${thousands(count).padStart(6)} × [${state}]  ${site(at, p)}`;
}

function site(at: SiteRef | null, p: Palette): string {
  return at === null ? p.dim("(no frames)") : `${at.func}  ${p.cyan(where(at))}`;
}

function where(at: SiteRef): string {
  return at.line > 0 ? `${at.file}:${at.line}` : at.file;
}

function firstSentence(text: string): string {
  const end = text.indexOf(". ");
  return end === -1 ? text : text.slice(0, end + 1);
}
