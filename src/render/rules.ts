// `panicscope rules`: the catalogue as a table, or as JSON.

import type { Rule } from "../diagnose/rule.js";
import type { Palette } from "./color.js";
import { ruleJson } from "./explain.js";

export const RULES_SCHEMA = "panicscope/rules@1";

export function renderRules(
  rules: readonly Rule[],
  internalTexts: Record<string, number>,
  palette: Palette,
): string {
  const p = palette;
  const width = Math.max(...rules.map((r) => r.id.length));
  const catWidth = Math.max(...rules.map((r) => r.category.length));
  const out = [
    p.dim(`${"rule".padEnd(width)}  ${"category".padEnd(catWidth)}  ${"go".padEnd(13)}  title`),
  ];
  for (const rule of rules) {
    const range =
      rule.until === undefined
        ? `${rule.since}+`
        : rule.since === rule.until
          ? rule.since
          : `${rule.since}–${rule.until}`;
    const texts = internalTexts[rule.id];
    const title =
      texts === undefined ? rule.explanation.title : `${rule.explanation.title} (${texts} texts)`;
    out.push(
      `${p.bold(rule.id.padEnd(width))}  ${rule.category.padEnd(catWidth)}  ${range.padEnd(13)}  ${title}`,
    );
  }
  out.push("", p.dim(`${rules.length} rules · panicscope explain RULE for one of them`));
  return `${out.join("\n")}\n`;
}

export function rulesJson(rules: readonly Rule[], internalTexts: Record<string, number>): string {
  return `${JSON.stringify(
    {
      schema: RULES_SCHEMA,
      rules: rules.map((rule) => ({ ...ruleJson(rule), texts: internalTexts[rule.id] ?? null })),
    },
    null,
    2,
  )}\n`;
}
