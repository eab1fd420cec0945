// The report's diagnosis: everything the terminal's first screen says, and the rule's whole
// explanation — the rule and its summary with this crash's values, what the signal meant,
// the warnings, the panic chain link by link, what every goroutine showed, the fix, then what
// happened, how the runtime got there in this release, the causes and how to confirm.

import type { ChainLink, Diagnosis } from "../../diagnose/types.js";
import type { DocumentCrash } from "../../document/types.js";
import { escapeHtml } from "./escape.js";
import { explanationHtml } from "./explanation.js";
import { findingsHtml } from "./findings.js";
import { inlineCode } from "./inline-code.js";

const ROLES: Record<ChainLink["role"], string> = {
  "root-cause": "root cause",
  rethrown: "the same value raised again after a recover",
  "raised-in-defer": "raised in a deferred call while the chain unwound",
  replaced: "raised after recovering the previous link, with another value",
};

export function diagnosisHtml(analyzed: DocumentCrash): string {
  const d = analyzed.diagnosis;
  const parts: string[] = [];
  parts.push(
    `<p class="rule"><strong>${escapeHtml(d.explanation.title)}</strong> <span class="note">(${escapeHtml(d.rule)} · ${escapeHtml(recoverText(d))})</span></p>`,
  );
  parts.push(`<p class="summary">${inlineCode(d.summary)}</p>`);
  if (analyzed.message.includes("\n"))
    parts.push(`<pre class="mono message">${escapeHtml(analyzed.message)}</pre>`);
  if (
    d.signal !== null &&
    d.signal.meaning !== "" &&
    d.signal.meaning !== d.summary &&
    d.category !== "goroutine-dump"
  )
    parts.push(`<p class="signal">${inlineCode(d.signal.meaning)}</p>`);
  if (d.warnings.length > 0)
    parts.push(
      `<ul class="warnings">${d.warnings.map((w) => `<li>${inlineCode(w)}</li>`).join("")}</ul>`,
    );
  if (d.chain.length > 1) parts.push(chainHtml(d.chain));
  parts.push(findingsHtml(d.goroutines));
  parts.push(
    `<p class="fix"><strong>fix</strong> ${inlineCode(firstSentence(d.explanation.fix))}</p>`,
  );
  parts.push(
    `<details class="more" open><summary>explanation</summary>${explanationHtml(d.explanation)}</details>`,
  );
  return `<section class="diagnosis" data-slot="diagnosis"><h3>Diagnosis</h3>${parts.join("")}</section>`;
}

function chainHtml(chain: ChainLink[]): string {
  const links = chain.map((link) => {
    const marks = link.repanicked
      ? " [recovered, repanicked]"
      : link.recovered
        ? " [recovered]"
        : "";
    const text = `${link.type === "fatal" ? "fatal error: " : "panic: "}${link.message}`;
    return `<li><span class="mono">${escapeHtml(text)}</span><span class="note">${marks}</span> — ${escapeHtml(ROLES[link.role])} <span class="note">(${escapeHtml(link.rule)})</span></li>`;
  });
  return `<div class="finding"><h4>panic chain <span class="note">(oldest first)</span></h4><ol class="chain">${links.join("")}</ol></div>`;
}

function recoverText(d: Diagnosis): string {
  return d.recoverable === true
    ? "recover can catch it"
    : d.recoverable === false
      ? "recover cannot catch it"
      : d.kind;
}

function firstSentence(text: string): string {
  const end = text.indexOf(". ");
  return end === -1 ? text : text.slice(0, end + 1);
}
