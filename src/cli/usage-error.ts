/** A mistake in how the command was called: printed in one line, exit status 2. */
export class UsageError extends Error {}

/** Parses a command's flags; a parse error becomes a UsageError naming the command's help. */
export function parseOrUsage<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(`${parseErrorText(error)} (see panicscope ${command} --help)`);
  }
}

/**
 * node:util parseArgs's error in panicscope's own words: its messages speak of "options" and
 * "positional arguments" and suggest `--`, which is not how panicscope is used.
 */
function parseErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return quoted === "-V"
        ? "unknown flag -V; --version prints the version"
        : `unknown flag ${quoted}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const flag = quoted.split(" ")[0] ?? quoted;
      return message.includes("does not take") ? `${flag} takes no value` : `${flag} needs a value`;
    }
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `unexpected argument ${quoted}: this command takes no FILE`;
    default:
      return message;
  }
}
