// `panicscope explain RULE|MESSAGE`: arguments only; the work is in ../diagnose/explain.ts
// and ../render/explain.ts.

import { explainQuery, similarRules } from "../diagnose/explain.js";
import { parseGoRelease } from "../goversion/release.js";
import { colorFromFlags, palette } from "../render/color.js";
import { explanationJson, renderExplanation } from "../render/explain.js";
import type { CommandRunner } from "./commands.js";
import { helpText, parseFlags } from "./flags.js";
import { langFromFlag } from "./lang.js";
import { UsageError } from "./usage-error.js";

const HELP = helpText({
  usage: ["panicscope explain [flags] RULE|CATEGORY|MESSAGE"],
  about: `Explains a rule of the catalogue: what happened, how the runtime gets there in each Go
release, the usual causes, the fix with a Go example, and how to confirm it. Give a rule id
(panicscope rules lists them), a category as the analysis prints it (its rules are listed and
the main one explained), or a message as the program printed it, quoted or not.`,
  flags: [
    "go",
    [
      "json",
      "print the explanation as JSON (schema panicscope/explain@1; English unless --lang is given)",
    ],
    "lang",
    "color",
  ],
  notes: `examples:
  panicscope explain concurrent-map-writes
  panicscope explain nil-map-write
  panicscope explain 'panic: runtime error: index out of range [5] with length 3'`,
  exit: "0 explained, 1 no rule of that name, 2 usage error",
});

export const explainCommand: CommandRunner = {
  async run(args) {
    const parsed = parseFlags("explain", args, ["go", "json", "lang", "color", "no-color", "help"]);
    const { values, positionals } = parsed;
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }
    if (positionals.length === 0)
      throw new UsageError("give a rule id or a message (panicscope rules lists the rules)");
    const go = values.go;
    const goVersion = go === undefined ? null : parseGoRelease(go);
    if (go !== undefined && goVersion === null)
      throw new UsageError(`--go wants a Go release such as go1.22, not ${JSON.stringify(go)}`);
    const lang = await langFromFlag(values.lang, { json: values.json === true });
    const query = positionals.join(" ");
    const found = explainQuery(query);
    if (found === null) {
      const similar = similarRules(query);
      process.stderr.write(
        `panicscope: no rule ${query}${similar.length > 0 ? ` (similar: ${similar.join(", ")})` : ""}; panicscope rules lists them\n`,
      );
      return 1;
    }
    const message = found.kind === "message" ? found.message : undefined;
    const category =
      found.kind === "category" ? { name: found.category, rules: found.rules } : undefined;
    if (values.json === true) {
      const json = explanationJson(found.match, goVersion, message, category, lang);
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
      return 0;
    }
    const color = colorFromFlags(values, process.stdout);
    const options = {
      palette: palette(color),
      goVersion,
      lang,
      ...(message === undefined ? {} : { message }),
      ...(category === undefined ? {} : { category }),
    };
    process.stdout.write(renderExplanation(found.match, options));
    return 0;
  },
};
