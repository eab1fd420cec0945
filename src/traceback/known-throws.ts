// Whether a `fatal error:` text found alone, or a `runtime error:` value found without its
// `panic: `, inside other text, is the runtime's own: the evidence that makes such a line a
// crash's headline rather than a sentence about one.

import { isWholeRuntimeError, matchMessage } from "../diagnose/catalogue.js";

/**
 * True when the whole text is a message the runtime throws (`sync: unlock of unlocked mutex`,
 * `concurrent map writes` …): a catalogue rule matches it, not the fallback for unknown texts.
 * A sentence quoting it (`…mutex\`, spits out a go stack trace`) does not match.
 */
export function isKnownRuntimeThrow(message: string): boolean {
  if (message.length === 0 || message.length > 200) return false;
  return matchMessage(message, "fatal").rule.id !== "fatal-unknown";
}

/**
 * True when the whole text is a runtime error the runtime panics with (`runtime error: slice
 * bounds out of range [2:0]`): a catalogue rule matches it, not the fallback for unknown ones.
 */
export function isKnownRuntimeError(value: string): boolean {
  if (!value.startsWith("runtime error: ") || value.length > 200) return false;
  const id = matchMessage(value, "panic").rule.id;
  return id !== "runtime-error-unknown" && id !== "custom-panic";
}

/**
 * True when the whole text is a value the runtime or the standard library panics with
 * (`sync: WaitGroup is reused before previous Wait has returned`, `runtime error: index out of
 * range`): a catalogue rule other than the fallbacks for unknown values matches it.
 */
export function isKnownPanicValue(value: string): boolean {
  if (value.length === 0 || value.length > 200) return false;
  const rule = matchMessage(value, "panic").rule;
  return rule.id !== "runtime-error-unknown" && rule.category !== "custom-panic";
}

/** TinyGo's runtime error with the address it panicked at (tinygo src/runtime/panic.go runtimePanicAt). */
const TINYGO_AT_ADDRESS = /^runtime error at 0x[0-9a-f]{1,16}: \S/;

/**
 * True when the value is a runtime error's, whose text is one line: a rule reads the whole text
 * (go1.26.8 runtime/error.go: each Error() is `runtime error: ` and its text, no newline), or it is
 * TinyGo's `runtime error at 0x…: …`, printed with println of a fixed message.
 */
export function isOneLineRuntimeValue(value: string): boolean {
  return value.length <= 200 && (isWholeRuntimeError(value) || TINYGO_AT_ADDRESS.test(value));
}
