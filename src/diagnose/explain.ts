// `panicscope explain`: a rule named by its id, or the rule a pasted message matches.

import type { Category } from "../model.js";
import { CATALOGUE, type MessageMatch, matchMessage, ruleById } from "./catalogue.js";
import type { Rule } from "./rule.js";

/**
 * What `explain` was asked about: a rule id, a category as the analysis prints it (its rules,
 * the main one explained), or a message with the values read from it.
 */
export type ExplainQuery =
  | { kind: "rule"; match: MessageMatch }
  | { kind: "category"; category: Category; rules: Rule[]; match: MessageMatch }
  | { kind: "message"; message: string; match: MessageMatch };

const PANIC = "panic: ";
const FATAL = "fatal error: ";

/**
 * A rule id (`index-out-of-range`), or a message as printed, with or without its headline
 * prefix (`panic: …`, `fatal error: …`, ` [recovered]`). A bare message is read as a panic
 * value unless only a fatal error's rule knows it. `null` for a word that looks like a rule
 * id but is none.
 */
export function explainQuery(query: string): ExplainQuery | null {
  const text = query.trim();
  const byId = ruleById(text);
  if (byId !== undefined)
    return {
      kind: "rule",
      match: { rule: byId, values: {}, since: byId.since, until: byId.until ?? null },
    };
  const inCategory = CATALOGUE.filter((rule) => rule.category === text);
  const main = inCategory.find((rule) => rule.id === text) ?? inCategory[0];
  if (main !== undefined)
    return {
      kind: "category",
      category: main.category,
      rules: inCategory,
      match: { rule: main, values: {}, since: main.since, until: main.until ?? null },
    };
  if (/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(text)) return null;
  if (text.startsWith(FATAL)) {
    const message = text.slice(FATAL.length);
    return { kind: "message", message, match: matchMessage(message, "fatal") };
  }
  const message = stripRecovered(text.startsWith(PANIC) ? text.slice(PANIC.length) : text);
  const asPanic = matchMessage(message, "panic");
  if (
    !text.startsWith(PANIC) &&
    (asPanic.rule.id === "custom-panic" || asPanic.rule.id === "runtime-error-unknown")
  ) {
    const asFatal = matchMessage(message, "fatal");
    if (asFatal.rule.id !== "fatal-unknown") return { kind: "message", message, match: asFatal };
  }
  return { kind: "message", message, match: asPanic };
}

function stripRecovered(text: string): string {
  for (const suffix of [" [recovered, repanicked]", " [recovered]"]) {
    if (text.endsWith(suffix)) return text.slice(0, -suffix.length);
  }
  return text;
}

/** Rule ids close to a mistyped one (same words), for the error message. */
export function similarRules(query: string): string[] {
  const words = query.split("-").filter((w) => w.length > 2);
  return CATALOGUE.filter((r) => words.some((w) => r.id.includes(w)))
    .map((r) => r.id)
    .slice(0, 5);
}
