// `panicscope explain`: one rule's explanation for a person, or as JSON.

import type { MessageMatch } from "../diagnose/catalogue.js";
import { forVersions } from "../diagnose/diagnosis.js";
import type { Rule } from "../diagnose/rule.js";
import type { VersionNote } from "../diagnose/types.js";
import type { GoVersion } from "../goversion/version.js";
import type { Labels } from "../i18n/en/labels.js";
import { labels } from "../i18n/labels.js";
import { ruleText } from "../i18n/rule-text.js";
import type { Lang } from "../i18n/types.js";
import type { Palette } from "./color.js";
import { printableDeep } from "./printable-document.js";
import { wrapText } from "./width.js";

export const EXPLAIN_SCHEMA = "panicscope/explain@1";

export interface ExplainOptions {
  palette: Palette;
  /** Only the mechanism notes that hold for this release. */
  goVersion: GoVersion | null;
  /** The message asked about, when one was. */
  message?: string;
  /** The category asked about, when one was: its rules are listed before the main one. */
  category?: { name: string; rules: readonly Rule[] };
  /** The language of the explanation and the headings (default English). */
  lang?: Lang;
}

/** The line that lists a category's rules before its main rule is explained. */
export function categoryLine(
  name: string,
  rules: readonly Rule[],
  main: Rule,
  lang: Lang = "en",
): string {
  const others = rules.filter((rule) => rule !== main).map((rule) => rule.id);
  if (lang === "zh") {
    const rest = others.length === 0 ? "" : `；另有 ${others.join(", ")}`;
    return `类别 ${name}：共 ${rules.length} 条规则；下面解释主规则 ${main.id}${rest}（panicscope explain RULE 可逐条解释）`;
  }
  const count = rules.length === 1 ? "1 rule" : `${rules.length} rules`;
  const rest = others.length === 0 ? "" : `; also ${others.join(", ")}`;
  return `category ${name}: ${count}; the main one, ${main.id}, is explained below${rest} (panicscope explain RULE explains each)`;
}

export function renderExplanation(given: MessageMatch, options: ExplainOptions): string {
  // The message asked about (and its values) is shown escaped, never obeyed.
  const match = printableDeep(given);
  const p = options.palette;
  const lang = options.lang ?? "en";
  const L = labels(lang);
  const { rule } = match;
  const text = ruleText(rule, lang);
  const explanation = forVersions(text.explanation, options.goVersion);
  const out: string[] = [];
  if (options.category !== undefined)
    out.push(
      ...wrap(categoryLine(options.category.name, options.category.rules, rule, lang), ""),
      "",
    );
  out.push(p.bold(explanation.title));
  out.push(`  ${facts(match, L).join(p.dim(" · "))}`);
  if (rule.replaced !== undefined) out.push(`  ${p.dim(L.replaced(rule.replaced))}`);
  if (options.message !== undefined) {
    out.push("", `  ${p.bold(L.message)}  ${options.message}`);
    const values = Object.entries(match.values);
    if (values.length > 0)
      out.push(`  ${p.bold(L.values)}   ${values.map(([k, v]) => `${k}=${v}`).join("  ")}`);
    if (text.summary !== undefined) out.push(`  ${text.summary(match.values)}`);
  }
  out.push("", p.bold(L.whatHappened), ...wrap(explanation.what));
  out.push("", p.bold(L.howRuntimeGetsThere));
  for (const note of explanation.mechanism) {
    const label = versionLabel(note, lang);
    out.push(...wrap(label === "" ? note.text : `${label}: ${note.text}`, "  - "));
  }
  out.push("", p.bold(L.usualCauses));
  for (const cause of explanation.causes) out.push(...wrap(cause, "  - "));
  out.push("", p.bold(L.fixHeading), ...wrap(explanation.fix), "");
  for (const line of explanation.example.split("\n")) out.push(`      ${p.cyan(line)}`);
  out.push("", p.bold(L.confirm));
  for (const step of explanation.confirm) out.push(...wrap(step, "  - "));
  return `${out.join("\n")}\n`;
}

function facts(match: MessageMatch, L: Labels): string[] {
  const { rule } = match;
  const recover =
    rule.recoverable === true
      ? L.recoverCatches
      : rule.recoverable === false
        ? L.recoverCannot
        : "";
  const range =
    match.until === null
      ? `${match.since}+`
      : match.since === match.until
        ? match.since
        : `${match.since}–${match.until}`;
  return [rule.id, rule.category, rule.kind, recover, range].filter((part) => part !== "");
}

/** `go1.13–go1.20`, `go1.21+`, `up to go1.12`: the releases a note holds for. */
export function versionLabel(note: VersionNote, lang: Lang = "en"): string {
  const L = labels(lang);
  if (note.since !== undefined && note.until !== undefined)
    return note.since === note.until ? note.since : `${note.since}–${note.until}`;
  if (note.since !== undefined) return `${note.since}+`;
  if (note.until !== undefined) return L.upTo(note.until);
  return "";
}

/**
 * Text wrapped at 96 columns, the first line after `first`, the others aligned with it
 * (between words, and between Chinese characters).
 */
function wrap(text: string, first = "  "): string[] {
  const indent = " ".repeat(first.length);
  return wrapText(text, 96 - first.length).map((line, i) => `${i === 0 ? first : indent}${line}`);
}

/** The rule as data: everything `explain` shows, for programs. */
export function explanationJson(
  match: MessageMatch,
  goVersion: GoVersion | null,
  message?: string,
  category?: { name: string; rules: readonly Rule[] },
  lang: Lang = "en",
): Record<string, unknown> {
  const { rule } = match;
  const text = ruleText(rule, lang);
  const json: Record<string, unknown> = {
    schema: EXPLAIN_SCHEMA,
    ...ruleJson(rule),
    since: match.since,
    until: match.until,
    explanation: forVersions(text.explanation, goVersion),
  };
  if (category !== undefined) {
    json.categoryAsked = category.name;
    json.categoryRules = category.rules.map((r) => r.id);
  }
  if (lang !== "en") json.lang = lang;
  if (message !== undefined) {
    json.message = message;
    json.values = match.values;
    if (text.summary !== undefined) json.summary = text.summary(match.values);
  }
  return json;
}

/** A rule's identity card (`panicscope rules --json`). */
export function ruleJson(rule: Rule): Record<string, unknown> {
  return {
    id: rule.id,
    title: rule.explanation.title,
    category: rule.category,
    kind: rule.kind,
    recoverable: rule.recoverable,
    headline: rule.headline,
    since: rule.since,
    until: rule.until ?? null,
    replaced: rule.replaced ?? null,
    pattern: rule.pattern?.source ?? null,
  };
}
