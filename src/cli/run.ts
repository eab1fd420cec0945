// `panicscope run -- PROGRAM ARGS…`: runs a program that does not import the Go module with
// its stdin, stdout and exit status untouched and its stderr relayed as it comes; when it dies
// of a crash, the crash is analysed here and, with --server, uploaded.

import { spawn } from "node:child_process";
import { constants, hostname } from "node:os";
import type { CommandRunner } from "./commands.js";
import { helpText, parseFlags } from "./flags.js";
import { crashesIn, uploadCrash } from "./upload.js";
import { UsageError } from "./usage-error.js";

const HELP = helpText({
  usage: ["panicscope run [flags] -- PROGRAM [ARGS...]"],
  about: `Runs PROGRAM with its standard input and output untouched, relays its standard error, and
exits with its exit status (128+N when killed by signal N). When it dies of a crash, prints
what went wrong in one line per crash and, with --server, uploads each crash.`,
  flags: [
    ["server", "a panicscope server to upload crashes to"],
    "token",
    ["release", "the release of PROGRAM"],
    ["environment", "the environment it runs in"],
  ],
  exit: "PROGRAM's own (128+N when killed by signal N), 2 usage error",
});

/** The tail of stderr kept for the analysis: the crash is what a dying program prints last. */
const TAIL_BYTES = 8 * 1024 * 1024;

export const runCommand: CommandRunner = {
  async run(args) {
    const { values, positionals } = parseFlags("run", args, [
      "server",
      "token",
      "release",
      "environment",
      "help",
    ]);
    if (values.help === true) {
      process.stdout.write(HELP);
      return 0;
    }
    const [program, ...programArgs] = positionals;
    if (program === undefined) throw new UsageError("run needs a program: panicscope run -- ./app");
    const child = spawn(program, programArgs, { stdio: ["inherit", "inherit", "pipe"] });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"] as const)
      process.on(signal, forward);
    const chunks: Buffer[] = [];
    let kept = 0;
    child.stderr.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk);
      chunks.push(chunk);
      kept += chunk.length;
      while (kept - (chunks[0]?.length ?? 0) >= TAIL_BYTES) kept -= chunks.shift()?.length ?? 0;
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
      (resolve, reject) => {
        child.on("error", reject);
        child.on("close", (c, s) => resolve([c, s]));
      },
    );
    const status = code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
    if (status === 0) return 0;

    const { crashes, texts } = await crashesIn(Buffer.concat(chunks).toString("utf8"), program);
    for (const crash of crashes) {
      const at = crash.frame
        ? ` at ${crash.frame.func} ${crash.frame.file}:${crash.frame.line}`
        : "";
      process.stderr.write(
        `panicscope: ${crash.category} (${crash.rule}): ${crash.message}${at}\n`,
      );
    }
    if (values.server !== undefined) {
      const token = values.token ?? process.env.PANICSCOPE_TOKEN;
      for (const text of texts) {
        try {
          const { response } = await uploadCrash(values.server, token, text, {
            release: values.release,
            environment: values.environment,
            host: hostname(),
            pid: child.pid,
          });
          if (response.status < 200 || response.status >= 300) {
            process.stderr.write(
              `panicscope: upload refused: ${response.status} ${(await response.text()).slice(0, 300)}\n`,
            );
          }
        } catch (error) {
          process.stderr.write(`panicscope: upload failed: ${(error as Error).message}\n`);
        }
      }
    }
    return status;
  },
};
