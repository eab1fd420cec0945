// The runtime's `unexpected fault address 0x…` line with the headline after it on the same line,
// `unexpected fault address 0x0 fatal error: fault [signal SIGSEGV: …]` (holdout-43/golang-40865):
// a paste that turned the newlines between the runtime's lines into blanks. go1.14 … go1.26
// src/runtime/signal_unix.go sigpanic prints `unexpected fault address `, the address and a
// newline, then throws `fault` (panic.go throw: `fatal error: fault` and a newline), and the
// `[signal …]` line follows (dopanic_m / fatalthrow). Each of the three ends its line, so the
// text after the address, and a `[signal …]` after the headline, are the next lines.
// (The input's lost-newline splitter, src/input/lost-newlines.ts, never sees this line: a line
// that looks like Go's own takes the unwrapper's fast path.)

const FAULT_ADDRESS_THEN_HEADLINE =
  /^(unexpected fault address 0x[0-9a-f]{1,16}) (fatal error: \S.*?)(?: (\[signal [^\]]{1,200} pc=0x[0-9a-f]{1,16}\]))?$/;

/** The runtime's lines of a fault address line that carries its headline, or null. */
export function splitFaultAddressLine(text: string): string[] | null {
  if (text.length > 600) return null;
  const m = FAULT_ADDRESS_THEN_HEADLINE.exec(text.trimEnd());
  if (m === null) return null;
  return m[3] === undefined ? [m[1] as string, m[2] as string] : [m[1], m[2], m[3]].map(String);
}
