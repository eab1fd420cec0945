/** A mistake in how the command was called: printed in one line, exit status 2. */
export class UsageError extends Error {}

/** Parses a command's flags; a parse error becomes a UsageError naming the command's help. */
export function parseOrUsage<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(
      `${error instanceof Error ? error.message : String(error)} (see panicscope ${command} --help)`,
    );
  }
}
