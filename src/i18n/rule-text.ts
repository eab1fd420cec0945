// A rule's text in a language: the catalogue's English (src/diagnose/rules/), or its
// translation (./zh/rules/, loaded as ./translations.ts says), part by part falling back to
// English where one is missing.

import type { Rule } from "../diagnose/rule.js";
import type { Explanation, VersionNote } from "../diagnose/types.js";
import { translation } from "./translations.js";
import type { Lang, RuleText } from "./types.js";

/** The rule's explanation and summary in `lang` (English where the translation lacks one). */
export function ruleText(rule: Rule, lang: Lang): RuleText {
  const english: RuleText =
    rule.summary === undefined
      ? { explanation: rule.explanation }
      : { explanation: rule.explanation, summary: rule.summary };
  if (lang === "en") return english;
  const translated = translation(lang).rules[rule.id];
  if (translated === undefined) return english;
  const summary = translated.summary ?? rule.summary;
  return summary === undefined
    ? { explanation: translated.explanation }
    : { explanation: translated.explanation, summary };
}

/** Whether `lang` has its own summary for the rule (not the English one). */
export function translatedSummary(rule: Rule, lang: Lang): boolean {
  return lang === "en" || translation(lang).rules[rule.id]?.summary !== undefined;
}

/** Whether `lang` has its own text for the rule (not the English fallback). */
export function hasTranslation(ruleId: string, lang: Lang): boolean {
  return lang === "en" || translation(lang).rules[ruleId] !== undefined;
}

/**
 * The rule's explanation in `lang` with the mechanism notes the English one kept for a crash's
 * Go release (a diagnosis stores the English explanation already cut to its release): a note
 * is kept or dropped by its releases alone, so the notes of the same releases are kept.
 */
export function explanationLike(rule: Rule, kept: Explanation, lang: Lang): Explanation {
  if (lang === "en") return kept;
  const explanation = ruleText(rule, lang).explanation;
  const ranges = new Set(kept.mechanism.map(range));
  const mechanism = explanation.mechanism.filter((note) => ranges.has(range(note)));
  return {
    ...explanation,
    mechanism: mechanism.length > 0 ? mechanism : explanation.mechanism,
  };
}

function range(note: VersionNote): string {
  return `${note.since ?? ""}…${note.until ?? ""}`;
}
