// A headline another headline interrupted: `panic: fatal error: malloc deadlock`
// (holdout-42/golang-24059), `fatal error: fatal error: schedule: holding locks`
// (holdout-43/golang-44544).
//
// Why the runtime prints that (go1.10 … go1.16 src/runtime/panic.go): gopanic calls
// printpanics, which prints `panic: ` and then the value with printpanicval, one
// printstring (one write) per piece; throw prints `fatal error: `, its text and a newline the
// same way. print's lock (printlock) counts per M, so a throw on the same M while the first
// headline is being printed — the value's printing faulted or allocated (`malloc deadlock`) —
// prints its whole headline right after the first one's prefix, and the first one's text never
// comes: startpanic_m finds m.dying already set and prints `panic during panic` (go1.10 case 1:
// "Something failed while panicking, probably the print of the argument to panic()") instead
// of going on. The crash that killed the program is the throw whose text is on the line; the
// prefix before it is a headline that never got its text.

const FATAL = "fatal error: ";
const PANIC = "panic: ";

/**
 * The throw's message when `text` is one or more interrupted prefixes (`panic: `, `fatal
 * error: `) followed by `fatal error: <message>`, else null. Linear: each step drops a prefix.
 */
export function interruptedHeadline(text: string): string | null {
  let at = text.startsWith(PANIC) ? PANIC.length : text.startsWith(FATAL) ? FATAL.length : -1;
  if (at === -1 || !text.startsWith(FATAL, at)) return null;
  while (text.startsWith(FATAL, at)) at += FATAL.length;
  const message = text.slice(at);
  // A prefix with no text after it is not a headline at all.
  return message.trim() === "" ? null : message;
}
