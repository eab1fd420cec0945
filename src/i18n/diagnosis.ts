// A crash's diagnosis in the reader's language. The document keeps the diagnosis in English
// (stable for programs and the store; a stored document renders in any language later): every
// sentence in it is built by src/diagnose from data the document also holds, so a renderer
// builds the same sentences again, in another language, with the same functions.

import { blockerWhy } from "../diagnose/blockers.js";
import { ruleById } from "../diagnose/catalogue.js";
import { readSignal } from "../diagnose/signal.js";
import { summarize } from "../diagnose/summary.js";
import type { Diagnosis } from "../diagnose/types.js";
import { diagnosisWarnings } from "../diagnose/warnings.js";
import type { DocumentCrash } from "../document/types.js";
import { explanationLike } from "./rule-text.js";
import type { Lang } from "./types.js";

export function diagnosisIn(crash: DocumentCrash, lang: Lang): Diagnosis {
  return lang === "en" ? crash.diagnosis : rebuildDiagnosis(crash, lang);
}

/** The diagnosis's sentences built again from the document (in English: the same text). */
export function rebuildDiagnosis(crash: DocumentCrash, lang: Lang): Diagnosis {
  const d = crash.diagnosis;
  const rule = ruleById(d.rule);
  // A document from a later catalogue (a stored one) may name a rule this one lacks.
  if (rule === undefined) return d;
  const meaning = readSignal(crash.signal, lang)?.meaning;
  const blockers = d.goroutines.blockers?.map((b) => ({ ...b, why: blockerWhy(b, lang) }));
  return {
    ...d,
    summary: summarize(rule, d.values, d.goroutines, crash, lang),
    explanation: explanationLike(rule, d.explanation, lang),
    warnings: diagnosisWarnings(crash, d.chain, d.category, d.values, lang),
    signal: d.signal === null || meaning === undefined ? d.signal : { ...d.signal, meaning },
    goroutines: blockers === undefined ? d.goroutines : { ...d.goroutines, blockers },
  };
}
