// The `panicscope` command: picks the subcommand and hands it the rest of the arguments.
// Each command lives in its own file and owns its flags; this file only dispatches. It runs
// when loaded: from main.ts, as the entry of the bundle (scripts/bundle.mjs) or as a module.

import { printable } from "../binary/printable.js";
import { commands, usage } from "./commands.js";
import { UsageError } from "./usage-error.js";
import { packageVersion } from "./version.js";

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  // `go run . 2>&1 | panicscope`: no argument, but crash text on a pipe or from a file.
  if (name === undefined && process.stdin.isTTY !== true) return commands.analyze.run([]);
  if (name === undefined || name === "-h" || name === "--help") {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  if (name === "help") return help(rest);
  if (name === "--version") {
    process.stdout.write(`panicscope ${await packageVersion()}\n`);
    return 0;
  }
  const command = commands[name];
  // A bare file name (or analyze's flags) is shorthand for `analyze FILE`.
  if (command === undefined) return commands.analyze.run(argv);
  return command.run(rest);
}

/** `panicscope help [COMMAND]`: the list of commands, or one command's --help. */
function help([name, ...extra]: string[]): Promise<number> | number {
  if (name === undefined) {
    process.stdout.write(usage());
    return 0;
  }
  const command = commands[name];
  if (command === undefined || extra.length > 0)
    throw new UsageError(`help: no command ${name} (panicscope help lists them)`);
  return command.run(["--help"]);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`panicscope: ${printable(error.message)}\n`);
      process.exitCode = 2;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    // Messages may quote a file's names: never a control character raw to the terminal.
    process.stderr.write(`panicscope: ${printable(message)}\n`);
    process.exitCode = 2;
  },
);
