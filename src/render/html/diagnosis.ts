// The report's diagnosis: everything the terminal's first screen says, and the rule's whole
// explanation — the rule and its summary with this crash's values, what the signal meant,
// the warnings, the panic chain link by link, what every goroutine showed (with the likely
// holder of a lock, confirmed from the source when it is at hand), the fix, then what
// happened, how the runtime got there in this release, the causes and how to confirm.

import type { ChainLink, Diagnosis } from "../../diagnose/types.js";
import type { DocumentCrash } from "../../document/types.js";
import { diagnosisIn } from "../../i18n/diagnosis.js";
import type { Labels } from "../../i18n/en/labels.js";
import { labels } from "../../i18n/labels.js";
import { sentences } from "../../i18n/sentences.js";
import type { Lang } from "../../i18n/types.js";
import { signalAddsToSummary } from "../diagnosis.js";
import { lockHolderLines, type SourceAround } from "../lock-holder.js";
import { escapeHtml } from "./escape.js";
import { explanationHtml } from "./explanation.js";
import { findingsHtml } from "./findings.js";
import { inlineCode } from "./inline-code.js";

function role(link: ChainLink, L: Labels): string {
  return {
    "root-cause": L.roleRootCause,
    rethrown: L.roleRethrown,
    "raised-in-defer": L.roleRaisedInDefer,
    replaced: L.roleReplaced,
  }[link.role];
}

/** The diagnosis in the reader's language (its sentences built again: src/i18n/diagnosis.ts). */
export function diagnosisHtml(
  analyzed: DocumentCrash,
  lang: Lang = "en",
  source?: SourceAround,
  /** Whether the rule's explanation starts open (closed when an earlier crash showed it). */
  explanationOpen = true,
): string {
  const L = labels(lang);
  const d = diagnosisIn(analyzed, lang);
  const parts: string[] = [];
  parts.push(
    `<p class="rule"><strong>${escapeHtml(d.explanation.title)}</strong> <span class="note">(${escapeHtml(d.rule)} · ${inlineCode(recoverText(d, L))})</span></p>`,
  );
  parts.push(`<p class="summary">${inlineCode(d.summary)}</p>`);
  if (analyzed.message.includes("\n"))
    parts.push(`<pre class="mono message">${escapeHtml(analyzed.message)}</pre>`);
  // A nil dereference's summary already is the signal's sentence with the site: said once.
  if (d.signal !== null && signalAddsToSummary(d))
    parts.push(`<p class="signal">${inlineCode(d.signal.meaning)}</p>`);
  if (d.warnings.length > 0)
    parts.push(
      `<ul class="warnings">${d.warnings.map((w) => `<li>${inlineCode(w)}</li>`).join("")}</ul>`,
    );
  if (d.chain.length > 1) parts.push(chainHtml(d.chain, d.chainOmitted ?? 0, L));
  parts.push(findingsHtml(d.goroutines, lang));
  const holders = d.goroutines.lockHolders;
  if (holders !== undefined) {
    const lines = lockHolderLines(holders, analyzed.goVersion, source, lang);
    if (lines.length > 0)
      parts.push(
        `<div class="finding lock-holder"><h4>${escapeHtml(L.lockHolder)}</h4><ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul></div>`,
      );
  }
  parts.push(
    `<p class="fix"><strong>${escapeHtml(L.fix)}</strong> ${inlineCode(sentences(lang).firstSentence(d.explanation.fix))}</p>`,
  );
  parts.push(
    `<details class="more"${explanationOpen ? " open" : ""}><summary>${escapeHtml(L.explanationHeading)}</summary>${explanationHtml(d.explanation, lang)}</details>`,
  );
  return `<section class="diagnosis" data-slot="diagnosis"><h3>${escapeHtml(L.diagnosis)}</h3>${parts.join("")}</section>`;
}

function chainHtml(chain: ChainLink[], omitted: number, L: Labels): string {
  // A long chain's document keeps its ends: a line says how many links were left out, and
  // the last links keep their numbers.
  const gap = omitted > 0 ? chain.length / 2 : chain.length;
  const links = chain.map((link, kept) => {
    const marks = link.repanicked
      ? " [recovered, repanicked]"
      : link.recovered
        ? " [recovered]"
        : "";
    const text = `${link.type === "fatal" ? "fatal error: " : "panic: "}${link.message}`;
    const item = `<span class="mono">${escapeHtml(text)}</span><span class="note">${marks}</span> — ${escapeHtml(role(link, L))} <span class="note">(${escapeHtml(link.rule)})</span></li>`;
    if (kept !== gap) return `<li>${item}`;
    return `<li class="note">${escapeHtml(L.linksNotKept(omitted))}</li><li value="${gap + omitted + 1}">${item}`;
  });
  return `<div class="finding"><h4>${escapeHtml(L.panicChain)} <span class="note">${escapeHtml(L.oldestFirst)}</span></h4><ol class="chain">${links.join("")}</ol></div>`;
}

function recoverText(d: Diagnosis, L: Labels): string {
  return d.recoverable === true
    ? L.recoverCatches
    : d.recoverable === false
      ? L.recoverCannot
      : d.kind;
}
