// Whether a `fatal error:` text found alone, inside other text, is the runtime's own: the
// evidence that makes a headline with no traceback a crash rather than a sentence about one.

import { matchMessage } from "../diagnose/catalogue.js";

/**
 * True when the whole text is a message the runtime throws (`sync: unlock of unlocked mutex`,
 * `concurrent map writes` …): a catalogue rule matches it, not the fallback for unknown texts.
 * A sentence quoting it (`…mutex\`, spits out a go stack trace`) does not match.
 */
export function isKnownRuntimeThrow(message: string): boolean {
  if (message.length === 0 || message.length > 200) return false;
  return matchMessage(message, "fatal").rule.id !== "fatal-unknown";
}
