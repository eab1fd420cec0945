// The languages panicscope speaks, and the shape of a rule's text in a language other than
// the catalogue's English (src/diagnose/rules/): the same parts, keyed by rule id.

import type { Values } from "../diagnose/rule.js";
import type { Explanation } from "../diagnose/types.js";

export type Lang = "en" | "zh";

/** A rule's explanation and summary sentence in one language; code, identifiers and runtime text stay as they are. */
export interface RuleText {
  explanation: Explanation;
  /** Present exactly when the English rule has a summary; takes the same values. */
  summary?: (values: Values) => string;
}

/** Rule id → its text. */
export type RuleTexts = Record<string, RuleText>;
