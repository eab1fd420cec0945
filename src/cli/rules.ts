// `panicscope rules`: arguments only; the table is ../diagnose/catalogue.ts, printed by
// ../render/rules.ts.

import { CATALOGUE } from "../diagnose/catalogue.js";
import { internalTextCounts } from "../diagnose/rules/runtime-internal.js";
import { colorFromFlags, palette } from "../render/color.js";
import { renderRules, rulesJson } from "../render/rules.js";
import type { CommandRunner } from "./commands.js";
import { helpText, parseFlags } from "./flags.js";
import { langFromFlag } from "./lang.js";
import { UsageError } from "./usage-error.js";

const HELP = helpText({
  usage: ["panicscope rules [flags]"],
  about: `Lists the rule catalogue: every message a dying Go program can print, by rule id, with its
category and the Go releases that print it. panicscope explain RULE explains one.`,
  flags: [
    ["category", "only the rules of category C (nil-deref, deadlock, …)"],
    ["json", "print the catalogue as JSON (schema panicscope/rules@1; English)"],
    "lang",
    "color",
  ],
  exit: "0 listed, 2 usage error (an unknown category)",
});

export const rulesCommand: CommandRunner = {
  async run(args) {
    const parsed = parseFlags(
      "rules",
      args,
      ["category", "json", "lang", "color", "no-color", "help"],
      {
        positionals: false,
      },
    );
    const { values } = parsed;
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }
    const category = values.category;
    const rules =
      category === undefined ? CATALOGUE : CATALOGUE.filter((r) => r.category === category);
    if (rules.length === 0) {
      const known = [...new Set(CATALOGUE.map((r) => r.category))].sort().join(", ");
      throw new UsageError(`no rules in category ${category}; categories: ${known}`);
    }
    const counts = internalTextCounts();
    if (values.json === true) {
      process.stdout.write(rulesJson(rules, counts));
      return 0;
    }
    const color = colorFromFlags(values, process.stdout);
    const lang = await langFromFlag(values.lang);
    process.stdout.write(renderRules(rules, counts, palette(color), lang));
    return 0;
  },
};
