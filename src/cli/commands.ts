// The table of subcommands. Each entry's module parses its own flags and returns an exit code.
// A command's module is imported when the command runs, never before: `panicscope crash.txt`
// loads the analysis and the terminal renderer, not the server, the store or the trace reader
// (bench/startup.mjs measures the start-up this saves).

/** What a command's module exports: it parses its own flags and returns the exit status. */
export interface CommandRunner {
  run(args: string[]): Promise<number>;
}

export interface Command extends CommandRunner {
  summary: string;
}

function lazy(summary: string, load: () => Promise<CommandRunner>): Command {
  return { summary, run: async (args) => (await load()).run(args) };
}

export const commands: Record<string, Command> & { analyze: Command } = {
  analyze: lazy(
    "read crash text and show what went wrong",
    async () => (await import("./analyze.js")).analyzeCommand,
  ),
  diff: lazy(
    "compare two goroutine dumps: what appeared, grew, shrank, vanished",
    async () => (await import("./diff.js")).diffCommand,
  ),
  explain: lazy(
    "explain a rule, or the message a crash printed",
    async () => (await import("./explain.js")).explainCommand,
  ),
  rules: lazy("list the rule catalogue", async () => (await import("./rules.js")).rulesCommand),
  symbolize: lazy(
    "map PCs to functions and lines using a Go binary",
    async () => (await import("./symbolize.js")).symbolizeCommand,
  ),
  buildinfo: lazy(
    "print the build info of a Go binary (go version -m)",
    async () => (await import("./buildinfo.js")).buildinfoCommand,
  ),
  core: lazy(
    "read a Go program's core file with its binary (no debugger)",
    async () => (await import("./core.js")).coreCommand,
  ),
  trace: lazy(
    "read a Go execution trace: scheduling heat map, blocked goroutines",
    async () => (await import("./trace.js")).traceCommand,
  ),
  watch: lazy(
    "sample a running process's goroutines and report buckets that keep growing",
    async () => (await import("./watch.js")).watchCommand,
  ),
  serve: lazy(
    "receive crash reports and keep them as issues",
    async () => (await import("./serve.js")).serveCommand,
  ),
  send: lazy(
    "upload the crashes found in files to a panicscope server",
    async () => (await import("./send.js")).sendCommand,
  ),
  issues: lazy(
    "list the issues a panicscope server keeps",
    async () => (await import("./issues.js")).issuesCommand,
  ),
  run: lazy(
    "run a program and report its crash",
    async () => (await import("./run.js")).runCommand,
  ),
};

export function usage(): string {
  const lines = ["usage: panicscope <command> [flags] [FILE...|-]", "", "commands:"];
  for (const [name, command] of Object.entries(commands)) {
    lines.push(`  ${name.padEnd(12)} ${command.summary}`);
  }
  lines.push("", "`panicscope FILE` is short for `panicscope analyze FILE`.", "");
  return lines.join("\n");
}
