// `panicscope diff BEFORE AFTER`: arguments only; the work is in ../group/diff.ts.

import { toDocument } from "../document/to-document.js";
import type { DocumentCrash } from "../document/types.js";
import { diffDumps } from "../group/diff.js";
import { InputError } from "../input/open.js";
import { analyzeFile } from "../pipeline/analyze.js";
import { colorFromFlags, palette } from "../render/color.js";
import { diffJson, renderDiff } from "../render/diff.js";
import type { CommandRunner } from "./commands.js";
import { helpText, parseFlags } from "./flags.js";
import { langFromFlag } from "./lang.js";
import { UsageError } from "./usage-error.js";

const HELP = helpText({
  usage: ["panicscope diff [flags] BEFORE AFTER", "panicscope diff [flags] FILE"],
  about: `Compares two goroutine dumps of the same program (say, two SIGQUIT dumps an hour apart):
the buckets that appeared, grew, shrank or vanished, the largest growth first — the way to
find a goroutine leak. With one FILE, compares its first and last dump.`,
  flags: [
    ["json", "print the comparison as JSON (schema panicscope/diff@1)"],
    ["all", "list unchanged buckets too"],
    "lang",
    "color",
  ],
  exit: "0 compared, 1 no dump found in an input, 2 usage or I/O error",
});

export const diffCommand: CommandRunner = {
  async run(args) {
    const { values, positionals } = parseFlags("diff", args, [
      "json",
      "all",
      "lang",
      "color",
      "no-color",
      "help",
    ]);
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }
    if (positionals.length < 1 || positionals.length > 2)
      throw new UsageError("diff takes BEFORE and AFTER (or one FILE with two dumps)");
    const crashes: DocumentCrash[][] = [];
    for (const name of positionals) {
      try {
        const analysis = await analyzeFile(name);
        crashes.push(toDocument(analysis).crashes.filter((c) => c.buckets.length > 0));
      } catch (error) {
        if (error instanceof InputError) throw new UsageError(error.message);
        throw error;
      }
    }
    const [first = [], second] = crashes;
    const before = first[0];
    const after = second === undefined ? first[first.length - 1] : second[second.length - 1];
    if (before === undefined || after === undefined || (second === undefined && first.length < 2)) {
      process.stderr.write(
        second === undefined
          ? "panicscope: diff needs two dumps; this file has fewer\n"
          : `panicscope: no goroutine dump found in ${before === undefined ? positionals[0] : positionals[1]}\n`,
      );
      return 1;
    }
    const diff = diffDumps(before, after);
    const names = [positionals[0] as string, (positionals[1] ?? positionals[0]) as string] as const;
    if (values.json === true) {
      process.stdout.write(diffJson(diff, names[0], names[1]));
      return 0;
    }
    const color = colorFromFlags(values, process.stdout);
    const lang = await langFromFlag(values.lang);
    process.stdout.write(
      renderDiff(diff, {
        palette: palette(color),
        all: values.all === true,
        before: names[0],
        after: names[1],
        lang,
      }),
    );
    return 0;
  },
};
