// `panicscope analyze [FILE...|-]`: arguments only; the work is in ../analyze.ts and ../render.

import { statSync } from "node:fs";
import type { Arch } from "../binary/exe.js";
import type { GoBinary } from "../binary/gobinary.js";
import { toDocument } from "../document/to-document.js";
import type { TraceReport } from "../exectrace/report.js";
import type { Similarity } from "../group/similarity.js";
import { parseSimilarity, SIMILARITIES } from "../group/similarity.js";
import { InputError, whyUnreadable } from "../input/open.js";
import { DEFAULT_LIMITS, type FetchLimits, isUrl } from "../input/url.js";
import { type Analysis, analyzeInputNamed } from "../pipeline/analyze.js";
import { colorFromFlags, palette } from "../render/color.js";
import { PROGRESS_MIN_BYTES, ProgressBar } from "../render/progress.js";
import { sourceLookup } from "../source/lookup.js";
import type { CommandRunner } from "./commands.js";
import { helpText, parseFlags } from "./flags.js";
import { langFromFlag } from "./lang.js";
import { stdoutIsTTY, writeOut, writeOutAndWait } from "./stdout.js";
import { parseDuration, parseSize } from "./units.js";
import { UsageError } from "./usage-error.js";

// What only some runs need is imported when they need it: binaries, cores, URLs, execution
// traces, the HTML report and the browser, and each output's renderer (a small crash loads the
// analysis and the terminal's renderer only; bench/startup.mjs measures it). Not even
// node:fs/promises, whose streams and readline cost a millisecond to load.
const HELP = helpText({
  usage: [
    "panicscope analyze [flags] [FILE...|URL...|-]",
    "go run . 2>&1 | panicscope",
    "panicscope analyze http://localhost:6060/debug/pprof/goroutine?debug=2",
  ],
  about: `Reads crash text (a panic, fatal error, goroutine dump, race report, test timeout; plain,
gzip-compressed, or wrapped by docker/CRI/journald/klog logs) and shows what went wrong.
With no FILE, or with -, reads standard input. A URL (http:// or https://) is a running
process's net/http/pprof goroutine profile: debug=2 (stacks with states), debug=1 (counts)
or the binary profile (no debug parameter); only that URL is read, redirects are not followed.`,
  flags: [
    ["json", "print the analysis as JSON (schema panicscope/analysis@1)"],
    [
      "binary",
      `the Go executable that crashed (stripped or not): fill in frames that only
have a PC, expand inlined calls, check that it is the binary that crashed,
show its build info and the instruction that faulted`,
    ],
    ["arch", "with --binary: the slice of a universal Mach-O file to read"],
    [
      "core",
      `with --binary: read the goroutines, stacks, fault and panic value from the
core file the binary dumped (linux/amd64, linux/arm64; plain, .gz, .zst)`,
    ],
    "goroutines",
    [
      "similarity",
      `how alike goroutines must be to share a bucket: exact (same arguments),
pointers (arguments equal but for addresses and ids; the default),
values (arguments ignored)`,
    ],
    ["all", "show every bucket and every frame"],
    "html",
    [
      "trace",
      `with --html or --open: an execution trace of the same run (runtime/trace, a
flight-recorder snapshot): the report gains its scheduling heat map, the
goroutines blocked at its end and the crashing goroutine's last moments`,
    ],
    ["last", "with --trace: only the last DUR of the trace (the seconds before the crash)"],
    ["window", "with --trace: the heat map's window, e.g. 10ms"],
    [
      "open",
      `open the HTML report in a browser (with --html; else a temporary file);
with no browser, says where the report is and exits 2`,
    ],
    [
      "source",
      `where the program's source is (default: the current directory and its
Go module root); the standard library is read from the local GOROOT when
its Go release is the crash's, modules from the module cache`,
    ],
    "timeout",
    "max-size",
    [
      "threads",
      `read a file of 48 MB and more in parts on N threads at once (default: as
many as the machine has); 1 reads it in one piece`,
    ],
    "lang",
    ["verbose", "show lines that were not understood, runtime notes and input details"],
    "color",
  ],
  exit: "0 a crash or dump was analysed, 1 nothing recognised, 2 usage or I/O error",
});

export const analyzeCommand: CommandRunner = {
  async run(args) {
    const { values, positionals } = parseFlags("analyze", args, [
      "json",
      "goroutines",
      "similarity",
      "all",
      "html",
      "open",
      "source",
      "verbose",
      "color",
      "no-color",
      "binary",
      "arch",
      "core",
      "lang",
      "timeout",
      "max-size",
      "trace",
      "last",
      "window",
      "threads",
      "help",
    ]);
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }
    if (values.goroutines === true && values.json !== true) {
      throw new UsageError("--goroutines only applies to --json output");
    }
    const similarity = parseSimilarity(values.similarity ?? "pointers");
    if (similarity === null)
      throw new UsageError(`--similarity must be one of ${SIMILARITIES.join(", ")}`);
    const threads = values.threads === undefined ? undefined : parseThreads(values.threads);
    const warn = (message: string) => process.stderr.write(`panicscope: warning: ${message}\n`);
    let results: Analysis[];
    if (values.core !== undefined) {
      if (values.binary === undefined)
        throw new UsageError("--core needs --binary FILE: the executable that dumped the core");
      if (positionals.length > 0) throw new UsageError("with --core, give no other input");
      const [{ analyzeCore }, { BinaryError }] = await Promise.all([
        import("../pipeline/analyze-core.js"),
        import("../bytes/decode-error.js"),
      ]);
      for (const path of [values.binary, values.core]) {
        const why = notAFile(path);
        if (why === undefined) continue;
        process.stderr.write(`panicscope: cannot read ${path}: ${why}\n`);
        return 1;
      }
      try {
        results = [analyzeCore(values.binary, values.core, { similarity })];
      } catch (error) {
        // A core that cannot be read is an answer, not a usage mistake: one line, exit 1.
        if (error instanceof BinaryError) {
          process.stderr.write(`panicscope: ${error.message}\n`);
          return 1;
        }
        const { path } = error as NodeJS.ErrnoException;
        if (typeof path === "string") {
          process.stderr.write(`panicscope: cannot read ${path}: ${whyUnreadable(error)}\n`);
          return 1;
        }
        throw error;
      }
    } else {
      results = await analyzeTexts(positionals, values, { similarity, threads }, warn);
    }
    const htmlPath =
      values.html ??
      (values.open === true
        ? (await import("../render/html/open.js")).temporaryReportPath()
        : undefined);
    if (values.trace === undefined && (values.last !== undefined || values.window !== undefined))
      throw new UsageError("--last and --window apply to --trace");
    if (values.trace !== undefined && htmlPath === undefined)
      throw new UsageError(
        "--trace adds the trace to the HTML report: give --html FILE or --open (or run panicscope trace FILE)",
      );
    const trace =
      values.trace === undefined ? undefined : await readTrace(values.trace, values, results);
    const lang = await langFromFlag(values.lang);
    const source = sourceLookup(values.source);
    const document = toDocument(results, { goroutines: values.goroutines === true });
    const found = document.crashes.length > 0;
    let openFailed: string | null = null;
    if (htmlPath !== undefined && found) {
      const { renderHtmlReport } = await import("../render/html/report.js");
      try {
        const { writeFile } = await import("node:fs/promises");
        await writeFile(
          htmlPath,
          renderHtmlReport(document, { source, lang, ...(trace === undefined ? {} : { trace }) }),
        );
      } catch (error) {
        throw new UsageError(
          `cannot write ${htmlPath}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      if (values.open === true) {
        const { noBrowserMessage, openInBrowser } = await import("./browser.js");
        const why = await openInBrowser(htmlPath);
        if (why !== null) openFailed = noBrowserMessage(htmlPath, why);
      } else if (values.json !== true)
        process.stderr.write(`panicscope: report written to ${htmlPath}\n`);
    }
    if (values.json === true) {
      const { writeDocument } = await import("../render/json.js");
      await writeDocument(document, writeOutAndWait);
    } else if (found) {
      const { renderDocument } = await import("../render/terminal.js");
      const tty = stdoutIsTTY();
      const color = colorFromFlags(values, { isTTY: tty });
      writeOut(
        renderDocument(document, {
          verbose: values.verbose === true,
          palette: palette(color),
          all: values.all === true,
          width: tty ? (process.stdout.columns ?? 0) : 0,
          source,
          lang,
        }),
      );
    }
    if (openFailed !== null) {
      process.stderr.write(`panicscope: ${openFailed}\n`);
      return 2;
    }
    if (!found) {
      const lines = results.reduce((sum, result) => sum + result.lines, 0);
      process.stderr.write(
        `panicscope: no Go crash or goroutine dump found (${lines} lines read)\n`,
      );
      return 1;
    }
    return 0;
  },
};

async function openBinary(file: string, arch: string | undefined): Promise<GoBinary> {
  const [{ GoBinary }, { BinaryError }] = await Promise.all([
    import("../binary/gobinary.js"),
    import("../bytes/decode-error.js"),
  ]);
  try {
    return GoBinary.open(file, arch === undefined ? {} : { arch: arch as Arch });
  } catch (error) {
    if (error instanceof BinaryError) throw new UsageError(`${file}: ${error.message}`);
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${file}: ${message}`);
  }
}

/** Why PATH cannot be read as a file (missing, a directory), or undefined when it can be opened. */
function notAFile(path: string): string | undefined {
  try {
    return statSync(path).isDirectory() ? "a directory" : undefined;
  } catch (error) {
    return whyUnreadable(error);
  }
}

/** `--threads N`: a whole number from 1 to 64 (more than the cores is allowed: scaling is measured so). */
function parseThreads(text: string): number {
  const n = /^\d{1,2}$/.test(text) ? Number(text) : Number.NaN;
  if (!(n >= 1 && n <= 64))
    throw new UsageError(
      `--threads must be a whole number from 1 to 64, not ${JSON.stringify(text)}`,
    );
  return n;
}

/**
 * The size of a regular file for the progress bar; 0 for standard input or what cannot be read.
 * Synchronous: a small crash's run makes no asynchronous call (input/open.ts says why).
 */
function fileSize(name: string): number {
  if (name === "-") return 0;
  try {
    const info = statSync(name);
    return info.isFile() ? info.size : 0;
  } catch {
    return 0;
  }
}

/** The trace of `--trace`, joined to the first crash that names its crashing goroutine. */
async function readTrace(
  file: string,
  values: { last?: string; window?: string },
  results: Analysis[],
): Promise<TraceReport> {
  const { traceReport } = await import("../exectrace/report.js");
  const crashes = results.flatMap((analysis) => analysis.crashes.map((c) => c.crash));
  const crash = crashes.find((c) => c.crashing?.id != null) ?? crashes[0];
  const report = traceReport(file, file, {
    ...(values.window === undefined ? {} : { windowNs: parseDuration(values.window, "analyze") }),
    ...(values.last === undefined ? {} : { lastNs: parseDuration(values.last, "analyze") }),
    ...(crash === undefined ? {} : { crash }),
  });
  if ("error" in report) throw new UsageError(`${file}: ${report.error}`);
  for (const warning of report.warnings)
    process.stderr.write(`panicscope: ${file}: warning: ${warning}\n`);
  return report;
}

/** --timeout and --max-size, for inputs that are URLs. */
export function fetchLimits(values: { timeout?: string; "max-size"?: string }): FetchLimits {
  return {
    timeoutMs:
      values.timeout === undefined
        ? DEFAULT_LIMITS.timeoutMs
        : parseDuration(values.timeout, "analyze") / 1e6,
    maxBytes:
      values["max-size"] === undefined
        ? DEFAULT_LIMITS.maxBytes
        : parseSize(values["max-size"], "analyze"),
  };
}

/** The crash texts named (files, or standard input), each with the binary applied if given. */
async function analyzeTexts(
  positionals: string[],
  values: {
    goroutines?: boolean;
    binary?: string;
    arch?: string;
    timeout?: string;
    "max-size"?: string;
  },
  { similarity, threads }: { similarity: Similarity; threads: number | undefined },
  warn: (message: string) => void,
): Promise<Analysis[]> {
  const names = positionals.length === 0 ? ["-"] : positionals;
  if (names.filter((name) => name === "-").length > 1)
    throw new UsageError("standard input (-) can be read only once");
  if (names.includes("-") && process.stdin.isTTY === true) {
    throw new UsageError(
      "no input: give a FILE, or pipe crash text in (go run . 2>&1 | panicscope)",
    );
  }
  const binary =
    values.binary === undefined ? undefined : await openBinary(values.binary, values.arch);
  const limits = fetchLimits(values);
  let results: Analysis[] = [];
  for (const name of names) {
    if (isUrl(name)) {
      const { analyzeUrl } = await import("../pipeline/analyze-url.js");
      try {
        results.push(
          await analyzeUrl(name, limits, {
            keepGoroutines: values.goroutines === true,
            similarity,
          }),
        );
      } catch (error) {
        if (error instanceof InputError) throw new UsageError(error.message);
        throw error;
      }
      continue;
    }
    // process.stderr is made when first touched: only for an input big enough for a bar.
    const size = fileSize(name);
    const bar = size >= PROGRESS_MIN_BYTES ? ProgressBar.for(process.stderr, name, size) : null;
    const options = {
      keepGoroutines: values.goroutines === true,
      similarity,
      ...(threads === undefined ? {} : { threads }),
    };
    try {
      const analysis = await analyzeInputNamed(
        name,
        bar === null ? options : { ...options, onProgress: (bytes) => bar.update(bytes) },
      );
      for (const warning of analysis.warnings) warn(warning);
      results.push(analysis);
    } catch (error) {
      if (error instanceof InputError) throw new UsageError(error.message);
      throw error;
    }
    bar?.done();
  }
  const binaryFile = values.binary;
  if (binary !== undefined && binaryFile !== undefined) {
    const { withBinary } = await import("../pipeline/with-binary.js");
    try {
      results = results.map((analysis) => {
        const applied = withBinary(analysis, binary, binaryFile);
        for (const warning of applied.warnings.slice(analysis.warnings.length)) warn(warning);
        return applied;
      });
    } finally {
      binary.close();
    }
  }
  return results;
}
