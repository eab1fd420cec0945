// `panicscope rules`: arguments only; the table is ../diagnose/catalogue.ts, printed by
// ../render/rules.ts.

import { CATALOGUE } from "../diagnose/catalogue.js";
import { internalTextCounts } from "../diagnose/rules/runtime-internal.js";
import { colorFromFlags, palette } from "../render/color.js";
import { renderRules, rulesJson } from "../render/rules.js";
import type { Command } from "./commands.js";
import { parseFlags } from "./flags.js";
import { LANG_HELP, langFromFlag } from "./lang.js";
import { UsageError } from "./usage-error.js";

const HELP = `usage: panicscope rules [flags]

Lists the rule catalogue: every message a dying Go program can print, by rule id, with its
category and the Go releases that print it. panicscope explain RULE explains one.

flags:
  --category C    only the rules of category C (nil-deref, deadlock, …)
  --json          print the catalogue as JSON (schema panicscope/rules@1; English)
${LANG_HELP}
  --color, --no-color
                  force colours on or off
  -h, --help      show this help
`;

export const rulesCommand: Command = {
  summary: "list the rule catalogue",
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
    process.stdout.write(renderRules(rules, counts, palette(color), langFromFlag(values.lang)));
    return 0;
  },
};
