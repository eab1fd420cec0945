// `panicscope rules`: the catalogue as a table, or as JSON.

import type { Rule } from "../diagnose/rule.js";
import { labels } from "../i18n/labels.js";
import { ruleText } from "../i18n/rule-text.js";
import type { Lang } from "../i18n/types.js";
import type { Palette } from "./color.js";
import { ruleJson } from "./explain.js";
import { displayWidth, padDisplay } from "./width.js";

export const RULES_SCHEMA = "panicscope/rules@1";

export function renderRules(
  rules: readonly Rule[],
  internalTexts: Record<string, number>,
  palette: Palette,
  lang: Lang = "en",
): string {
  const p = palette;
  const L = labels(lang);
  const head = L.rulesHeader;
  const width = Math.max(displayWidth(head.rule), ...rules.map((r) => r.id.length));
  const catWidth = Math.max(displayWidth(head.category), ...rules.map((r) => r.category.length));
  const out = [
    p.dim(
      `${padDisplay(head.rule, width)}  ${padDisplay(head.category, catWidth)}  ${padDisplay(head.go, 13)}  ${head.title}`,
    ),
  ];
  for (const rule of rules) {
    const range =
      rule.until === undefined
        ? `${rule.since}+`
        : rule.since === rule.until
          ? rule.since
          : `${rule.since}–${rule.until}`;
    const texts = internalTexts[rule.id];
    const own = ruleText(rule, lang).explanation.title;
    const title = texts === undefined ? own : `${own} (${L.texts(texts)})`;
    out.push(
      `${p.bold(rule.id.padEnd(width))}  ${rule.category.padEnd(catWidth)}  ${range.padEnd(13)}  ${title}`,
    );
  }
  out.push("", p.dim(L.rulesFooter(rules.length)));
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
