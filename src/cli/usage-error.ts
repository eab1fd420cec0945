/** A mistake in how the command was called: printed in one line, exit status 2. */
export class UsageError extends Error {}
