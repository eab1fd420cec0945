// `panicscope watch URL`: arguments and the sampling loop only; the growth rule is in
// ../group/growth.ts, the output in ../render/watch.ts.

import { GrowthWatch, RISES } from "../group/growth.js";
import { labels } from "../i18n/labels.js";
import { InputError } from "../input/open.js";
import { isUrl } from "../input/url.js";
import { analyzeUrl } from "../pipeline/analyze-url.js";
import { colorFromFlags, palette } from "../render/color.js";
import { renderWatchStep, watchJsonLine } from "../render/watch.js";
import { fetchLimits } from "./analyze.js";
import type { CommandRunner } from "./commands.js";
import { helpText, parseFlags } from "./flags.js";
import { langFromFlag } from "./lang.js";
import { parseDuration } from "./units.js";
import { UsageError } from "./usage-error.js";

const HELP = helpText({
  usage: ["panicscope watch [flags] URL"],
  about: `Samples a running process's goroutine profile (net/http/pprof:
http://host:6060/debug/pprof/goroutine?debug=2 is best: it has wait reasons and creators)
every DUR and reports, as they appear, the buckets that keep growing — leak suspects: a bucket
whose count rose at ${RISES} samples in a row. One line a sample; Ctrl-C stops.`,
  flags: [
    "every",
    "count",
    ["json", "print one JSON object a sample (schema panicscope/watch@1)"],
    "timeout",
    "max-size",
    "color",
    [
      "lang",
      "the language of the lines for a person (default: from the locale); JSON stays as it is",
    ],
  ],
  exit: "0 no bucket kept growing, 1 leak suspects were found, 2 usage or I/O error",
});

export const watchCommand: CommandRunner = {
  async run(args) {
    const { values, positionals } = parseFlags("watch", args, [
      "every",
      "count",
      "json",
      "timeout",
      "max-size",
      "color",
      "no-color",
      "lang",
      "help",
    ]);
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }
    const [url] = positionals;
    if (url === undefined || positionals.length > 1 || !isUrl(url))
      throw new UsageError("watch takes one URL: http://host:port/debug/pprof/goroutine?debug=2");
    const everyMs = parseDuration(values.every ?? "10s", "watch") / 1e6;
    const count = values.count === undefined ? Number.POSITIVE_INFINITY : Number(values.count);
    if (!(Number.isInteger(count) || count === Number.POSITIVE_INFINITY) || count < 1)
      throw new UsageError(`watch: --count must be a whole number ≥ 1, not ${values.count}`);
    const limits = fetchLimits(values);
    const p = palette(colorFromFlags(values, process.stdout));
    const lang = await langFromFlag(values.lang, { json: values.json === true });
    const l = labels(lang);
    const watch = new GrowthWatch();
    let suspects = 0;
    if (values.json !== true)
      process.stdout.write(p.dim(`${l.watching(url, values.every ?? "10s")}\n`));
    for (let sample = 1; sample <= count; sample++) {
      const started = Date.now();
      try {
        const analysis = await analyzeUrl(url, limits);
        const buckets = analysis.crashes[0]?.buckets ?? [];
        const step = watch.add(buckets);
        suspects += step.appeared.length;
        const now = new Date();
        process.stdout.write(
          values.json === true
            ? watchJsonLine(step, now, url)
            : renderWatchStep(step, now, p, lang),
        );
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        // The first sample failing is a wrong URL; a later one, a process busy or restarting.
        if (sample === 1) throw new UsageError(error.message);
        process.stderr.write(`panicscope: warning: sample ${sample}: ${error.message}\n`);
      }
      if (sample < count)
        await new Promise((resolve) =>
          setTimeout(resolve, Math.max(0, everyMs - (Date.now() - started))),
        );
    }
    return suspects > 0 ? 1 : 0;
  },
};
