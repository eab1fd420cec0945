// The table of subcommands. Each entry's module parses its own flags and returns an exit code.

import { analyzeCommand } from "./analyze.js";
import { buildinfoCommand } from "./buildinfo.js";
import { coreCommand } from "./core.js";
import { diffCommand } from "./diff.js";
import { explainCommand } from "./explain.js";
import { issuesCommand } from "./issues.js";
import { rulesCommand } from "./rules.js";
import { runCommand } from "./run.js";
import { sendCommand } from "./send.js";
import { serveCommand } from "./serve.js";
import { symbolizeCommand } from "./symbolize.js";
import { traceCommand } from "./trace.js";
import { watchCommand } from "./watch.js";

export interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

export const commands: Record<string, Command> & { analyze: Command } = {
  analyze: analyzeCommand,
  diff: diffCommand,
  explain: explainCommand,
  rules: rulesCommand,
  symbolize: symbolizeCommand,
  buildinfo: buildinfoCommand,
  core: coreCommand,
  trace: traceCommand,
  watch: watchCommand,
  serve: serveCommand,
  send: sendCommand,
  issues: issuesCommand,
  run: runCommand,
};

export function usage(): string {
  const lines = ["usage: panicscope <command> [flags] [FILE...|-]", "", "commands:"];
  for (const [name, command] of Object.entries(commands)) {
    lines.push(`  ${name.padEnd(12)} ${command.summary}`);
  }
  lines.push("", "`panicscope FILE` is short for `panicscope analyze FILE`.", "");
  return lines.join("\n");
}
