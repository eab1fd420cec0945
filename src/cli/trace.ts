// `panicscope trace FILE [--json] [--crash CRASH.txt] [--chrome OUT] [--svg OUT] [--png OUT] [--html OUT]
// [--window DUR] [--last DUR]`: argument parsing only.

import { readFileSync, writeFileSync } from "node:fs";
import { writeChromeTrace } from "../exectrace/chrome.js";
import { renderHtml } from "../exectrace/html.js";
import { svgToPng } from "../exectrace/png.js";
import { type TraceReport, traceReport } from "../exectrace/report.js";
import { renderSvg } from "../exectrace/svg.js";
import { renderTerminal } from "../exectrace/terminal.js";
import { parseCrashes } from "../traceback/index.js";
import type { CommandRunner } from "./commands.js";
import { helpText, parseFlags } from "./flags.js";
import { langFromFlag } from "./lang.js";
import { parseDuration } from "./units.js";
import { UsageError } from "./usage-error.js";

const HELP = helpText({
  usage: [
    "panicscope trace FILE [--json] [--crash CRASH.txt] [--window DUR] [--last DUR]",
    "                      [--chrome OUT.json] [--svg OUT.svg] [--png OUT.png] [--html OUT.html]",
  ],
  about: `Reads a Go execution trace (runtime/trace, go test -trace, a flight-recorder snapshot; Go 1.22
or newer) and shows the scheduling heat map: per P and time window, the share spent running
user code, in the GC, in syscalls and idle; runnable goroutines, GC and stop-the-world; the
goroutines still blocked at the end, bucketed by reason and stack.`,
  flags: [
    ["json", "the panicscope/trace@1 document (counts equal `go tool trace -d=parsed`'s)"],
    ["crash", "crash text of the same process: follow the crashing goroutine in the trace"],
    ["window", "heat map window (default: the trace in ~200 windows), e.g. 10ms"],
    ["last", "only the last DUR of the trace (the seconds before the crash), e.g. 2s"],
    ["chrome", "write Chrome trace-event JSON (open in ui.perfetto.dev or chrome://tracing)"],
    "svg",
    "png",
    ["html", "write a self-contained page: zoomable heat map, blocked goroutines, crash timeline"],
    "lang",
  ],
  exit: "0 read, 2 usage or I/O error, or the trace could not be read",
});

export const traceCommand: CommandRunner = {
  async run(args: string[]): Promise<number> {
    const { values, positionals } = parseFlags("trace", args, [
      "json",
      "crash",
      "window",
      "last",
      "chrome",
      "svg",
      "html",
      "png",
      "lang",
      "help",
    ]);
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }
    const file = positionals[0];
    if (file === undefined || positionals.length > 1)
      throw new UsageError("trace: name one trace file");
    let crash: ReturnType<typeof parseCrashes>[number] | undefined;
    if (values.crash !== undefined) {
      let text: string;
      try {
        text = readFileSync(values.crash, "utf8");
      } catch (e) {
        process.stderr.write(`panicscope: ${values.crash}: ${(e as Error).message}\n`);
        return 2;
      }
      crash = parseCrashes(text)[0];
      if (crash === undefined)
        process.stderr.write(`panicscope: ${values.crash}: no crash found in it\n`);
    }
    const report = traceReport(file, file, {
      ...(values.window !== undefined ? { windowNs: parseDuration(values.window, "trace") } : {}),
      ...(values.last !== undefined ? { lastNs: parseDuration(values.last, "trace") } : {}),
      ...(crash !== undefined ? { crash } : {}),
    });
    if ("error" in report) {
      process.stderr.write(`panicscope: ${file}: ${report.error}\n`);
      return 2;
    }
    for (const w of report.warnings)
      if (values.json === true) process.stderr.write(`panicscope: ${file}: warning: ${w}\n`);
    if (values.chrome !== undefined)
      writeOut(values.chrome, () => writeChromeTrace(file, values.chrome as string));
    if (values.svg !== undefined)
      writeOut(values.svg, () => writeFileSync(values.svg as string, renderSvg(report)));
    if (values.html !== undefined)
      writeOut(values.html, () => writeFileSync(values.html as string, renderHtml(report)));
    if (values.png !== undefined) {
      const png = await svgToPng(renderSvg(report));
      writeOut(values.png, () => writeFileSync(values.png as string, png));
    }
    if (values.json === true) process.stdout.write(`${JSON.stringify(report, null, 1)}\n`);
    else {
      const lang = await langFromFlag(values.lang);
      process.stdout.write(renderTerminal(report, { ...terminalOptions(), lang }));
    }
    return 0;
  },
};

function writeOut(path: string, write: () => void): void {
  try {
    write();
  } catch (e) {
    throw new UsageError(`trace: cannot write ${path}: ${(e as Error).message}`);
  }
}

function terminalOptions(): { colour: boolean; width: number } {
  const tty = process.stdout.isTTY === true;
  return {
    colour: tty && process.env.NO_COLOR === undefined,
    width: tty ? (process.stdout.columns ?? 100) : 100,
  };
}

export type { TraceReport };
