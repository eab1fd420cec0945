// `panicscope core BINARY CORE`: a Go process's core file read without a debugger, shown as
// any other crash (the goroutines, the fault, the panic value, the diagnosis).

import { statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { diagnose, type InputAnalysis } from "../analysis/analyze.js";
import { BinaryError } from "../binary/errors.js";
import { guard } from "../binary/open.js";
import { crashFromCore } from "../core/crash.js";
import { CoreProcess } from "../core/open.js";
import type { Crash } from "../model.js";
import { colorFromFlags, palette } from "../render/color.js";
import { renderHtmlReport } from "../render/html/report.js";
import { writeAnalysisJson } from "../render/json.js";
import { renderInputs } from "../render/terminal.js";
import { sourceLookup } from "../source/lookup.js";
import type { Command } from "./commands.js";
import { parseOrUsage, UsageError } from "./usage-error.js";

const HELP = `usage: panicscope core [flags] BINARY CORE

Reads the core file a Go program left (linux/amd64 or linux/arm64; plain, .gz or .zst) with
the executable that dumped it — stripped or not, PIE or not, no debugger and no DWARF needed —
and shows every goroutine, the fault and the panic value as the runtime would have printed them.

flags:
  --json          print the analysis as JSON (schema panicscope/analysis@1)
  --goroutines    with --json: include every goroutine with its frames
  --all           show every bucket and every frame
  --html FILE     also write a self-contained HTML report to FILE
  --source DIR    where the program's source is
  --verbose, -v   show more detail
  --color, --no-color
                  force colours on or off
  -h, --help      show this help

exit status: 0 the core was read, 1 it could not be (the message says why), 2 usage error
`;

export const coreCommand: Command = {
  summary: "read a Go program's core file with its binary (no debugger)",
  async run(args) {
    const { values, positionals } = parseOrUsage("core", () => parse(args));
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }
    if (positionals.length !== 2) throw new UsageError("give the BINARY and the CORE file");
    if (values.goroutines === true && values.json !== true)
      throw new UsageError("--goroutines only applies to --json output");
    const [binaryPath, corePath] = positionals as [string, string];
    let crash: Crash;
    try {
      const proc = CoreProcess.open(binaryPath, corePath);
      try {
        crash = guard(() => crashFromCore(proc));
      } finally {
        proc.close();
      }
    } catch (error) {
      if (error instanceof BinaryError || (error as NodeJS.ErrnoException).code === "ENOENT") {
        process.stderr.write(`panicscope: ${(error as Error).message}\n`);
        return 1;
      }
      throw error;
    }
    const result: InputAnalysis = {
      input: corePath,
      bytes: statSync(corePath).size,
      lines: 0,
      crashes: [diagnose(crash, corePath)],
      strayCount: 0,
      stray: [],
      wrappers: { docker: 0, cri: 0, prefixed: 0, json: 0 },
      truncatedLines: 0,
    };
    const source = sourceLookup(values.source);
    if (values.html !== undefined) {
      await writeFile(values.html, renderHtmlReport([result], { source }));
      if (values.json !== true)
        process.stderr.write(`panicscope: report written to ${values.html}\n`);
    }
    if (values.json === true) {
      await writeAnalysisJson(
        [result],
        { goroutines: values.goroutines === true },
        (text) =>
          new Promise((resolve, reject) =>
            process.stdout.write(text, (e) => (e ? reject(e) : resolve())),
          ),
      );
    } else {
      process.stdout.write(
        renderInputs([result], {
          verbose: values.verbose === true,
          palette: palette(colorFromFlags(values, process.stdout)),
          all: values.all === true,
          width: process.stdout.isTTY === true ? (process.stdout.columns ?? 0) : 0,
          source,
        }),
      );
    }
    return 0;
  },
};

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: "boolean" },
      goroutines: { type: "boolean" },
      all: { type: "boolean" },
      html: { type: "string" },
      source: { type: "string" },
      verbose: { type: "boolean", short: "v" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}
