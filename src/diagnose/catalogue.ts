// The rule catalogue: every message a dying Go program prints, go1.2 → go1.27 (the texts of
// go1.17 and later from runtime-messages.json, older wordings read off the sources of the
// releases that printed them), in matching order — specific texts first, the fallbacks
// last — and the one function that reads a message into a rule and its values.

import type { Category } from "../model.js";
import { MAX_MATCHED, type Rule, type Values } from "./rule.js";
import { ALLOC_RULES } from "./rules/alloc.js";
import { ARITHMETIC_RULES } from "./rules/arithmetic.js";
import { BOUNDS_RULES } from "./rules/bounds.js";
import { CGO_RULES } from "./rules/cgo.js";
import { CHANNEL_RULES } from "./rules/channels.js";
import { CRYPTO_RULES } from "./rules/crypto.js";
import { DEADLOCK_RULES } from "./rules/deadlock.js";
import { FALLBACK_RULES } from "./rules/fallback.js";
import { GC_RULES } from "./rules/gc.js";
import { MAP_RULES } from "./rules/maps.js";
import { MEMORY_RULES } from "./rules/memory.js";
import { NIL_RULES } from "./rules/nil.js";
import { PANIC_MACHINERY_RULES } from "./rules/panic-machinery.js";
import { REFLECT_RULES } from "./rules/reflect.js";
import { REPORT_RULES } from "./rules/reports.js";
import { INTERNAL_AREA_RULES, matchInternal } from "./rules/runtime-internal.js";
import { SIGNAL_RULES } from "./rules/signals.js";
import { STACK_RULES } from "./rules/stack.js";
import { STDLIB_RULES } from "./rules/stdlib.js";
import { SYNC_RULES } from "./rules/sync.js";
import { TESTING_RULES } from "./rules/testing.js";
import { THREAD_RULES } from "./rules/threads.js";
import { TYPE_ASSERTION_RULES } from "./rules/type-assertion.js";
import { UNSAFE_RULES } from "./rules/unsafe.js";

/** A throw after the OS refused to reserve the runtime's memory: `failed to reserve page summary memory`. */
const RESERVE_REFUSED = /^failed to reserve [\w ]{1,40} memory$/;

/** Every rule, in the order messages are tried. */
export const CATALOGUE: readonly Rule[] = [
  ...NIL_RULES,
  ...BOUNDS_RULES,
  ...ARITHMETIC_RULES,
  ...TYPE_ASSERTION_RULES,
  ...MAP_RULES,
  ...CHANNEL_RULES,
  ...ALLOC_RULES,
  ...UNSAFE_RULES,
  ...MEMORY_RULES,
  ...STACK_RULES,
  ...DEADLOCK_RULES,
  ...SYNC_RULES,
  ...THREAD_RULES,
  ...PANIC_MACHINERY_RULES,
  ...CGO_RULES,
  ...GC_RULES,
  ...SIGNAL_RULES,
  ...REFLECT_RULES,
  ...STDLIB_RULES,
  ...CRYPTO_RULES,
  ...TESTING_RULES,
  ...INTERNAL_AREA_RULES,
  ...REPORT_RULES,
  ...FALLBACK_RULES,
];

const BY_ID = new Map<string, Rule>(CATALOGUE.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** A rule by id that must exist (ids named in code). */
export function knownRule(id: string): Rule {
  const found = BY_ID.get(id);
  if (found === undefined) throw new Error(`no rule ${id} in the catalogue`);
  return found;
}

/** What the catalogue read in a message. */
export interface MessageMatch {
  rule: Rule;
  values: Values;
  /** Narrower than the rule's own range where the table knows (runtime-internal texts). */
  since: string;
  until: string | null;
  /**
   * The category where the crash's context names another than the rule's text does (a value the
   * program composed around a runtime error's words, another Go runtime's message).
   */
  category?: Category;
}

const RUNTIME_ERROR_UNKNOWN = knownRule("runtime-error-unknown");
const FATAL_UNKNOWN = knownRule("fatal-unknown");
const CUSTOM_PANIC = knownRule("custom-panic");
/** The rules a message is tried against, fallbacks left out (tried last, on their own). */
const matching = (headline: "panic" | "fatal") =>
  CATALOGUE.filter(
    (r) =>
      r.headline === headline &&
      r.pattern !== undefined &&
      r !== RUNTIME_ERROR_UNKNOWN &&
      r !== FATAL_UNKNOWN,
  );
const PANIC_RULES = matching("panic");
const FATAL_RULES = matching("fatal");

/**
 * Reads a panic value or fatal error message: the first rule whose pattern matches its
 * first line, a runtime-internal text, or the fallback for its headline.
 */
export function matchMessage(message: string, headline: "panic" | "fatal"): MessageMatch {
  const text = firstLine(message);
  if (headline === "panic") {
    const raw = rawRuntimeValue(text);
    if (raw !== null) return raw;
  }
  for (const candidate of headline === "panic" ? PANIC_RULES : FATAL_RULES) {
    const match = (candidate.pattern as RegExp).exec(text);
    if (match !== null) return matched(candidate, match.groups, text);
  }
  const internal = matchInternal(text, headline);
  if (internal !== null) {
    return {
      rule: knownRule(internal.ruleId),
      values: internal.values,
      since: internal.since,
      until: internal.until,
      // The OS refused the runtime address space (go1.26 src/runtime/mpagealloc_64bit.go:
      // `sysReserve` returned nil, a `ulimit -v`): the program is out of memory, whatever
      // area the runtime's table files the throw in (holdout-22/luci-app-v2ray-124).
      ...(RESERVE_REFUSED.test(text) ? { category: "out-of-memory" as const } : {}),
    };
  }
  // A headline a logger kept on its own line may carry the logger's tail (log15's
  // ` logger=plugin.x`, a markdown backtick): the runtime's text is what is before it.
  const untailed = withoutLogTail(text);
  if (untailed !== text && untailed !== "") return matchMessage(untailed, headline);
  const cut =
    headline === "panic" ? (runtimeErrorBeforeTail(text) ?? runtimeErrorBeforeGlue(text)) : null;
  if (cut !== null) return cut;
  // `runtime error:invalid memory address …` (holdout-13/manta-46): a runtime error typed by
  // hand without the blank the runtime writes after its colon (go1.26.8 runtime/error.go:92
  // `"runtime error: " + e.Error()`) is that runtime error.
  if (headline === "panic" && /^runtime error:\S/.test(text))
    return matchMessage(`runtime error: ${text.slice(14)}`, headline);
  if (headline === "fatal")
    return matched(FATAL_UNKNOWN, (FATAL_UNKNOWN.pattern as RegExp).exec(text)?.groups);
  const runtimeError = (RUNTIME_ERROR_UNKNOWN.pattern as RegExp).exec(text);
  if (runtimeError !== null) return matched(RUNTIME_ERROR_UNKNOWN, runtimeError.groups);
  return matched(CUSTOM_PANIC, undefined);
}

/**
 * Whether the whole text is a runtime error a rule reads (`runtime error: index out of range`),
 * with no words after it: not read by cutting a tail off (runtimeErrorBeforeTail).
 */
export function isWholeRuntimeError(text: string): boolean {
  return (
    text.startsWith("runtime error: ") &&
    text.length <= MAX_MATCHED &&
    PANIC_RULES.some((r) => (r.pattern as RegExp).test(text))
  );
}

/**
 * A value over several lines whose first line is a runtime error the catalogue knows with words
 * of its own after it (`runtime error: invalid memory address or nil pointer dereference
 * (recovered by wazero)`, then `wasm stack trace:` and its frames, holdout-19/wazero-1399). A
 * runtime error's text is one line and nothing else (go1.26.8 runtime/error.go: every Error() is
 * `"runtime error: " + ` its fixed text and values): this is a value the program composed
 * around a runtime error it recovered, the program's own — the runtime error's rule, unknown as
 * the text reads, and null for any other value.
 */
export function composedRuntimeError(value: string): MessageMatch | null {
  const newline = value.indexOf("\n");
  if (newline === -1 || !value.startsWith("runtime error: ")) return null;
  const text = withoutLogTail(firstLine(value));
  if (PANIC_RULES.some((r) => (r.pattern as RegExp).test(text))) return null;
  if (runtimeErrorBeforeTail(text) === null) return null;
  const unknown = (RUNTIME_ERROR_UNKNOWN.pattern as RegExp).exec(text);
  return unknown === null ? null : matched(RUNTIME_ERROR_UNKNOWN, unknown.groups);
}

/** Trailing logfmt fields (` logger=plugin.x caller=y.go:3`) and markdown marks (`` ` `` `*` `_`). */
function withoutLogTail(text: string): string {
  return text
    .replace(/(?: [a-z][\w.-]{0,40}=(?:"[^"]{0,200}"|\S{1,200}))+$/, "")
    .replace(/[`*_]+$/, "");
}

const MAX_TAIL_WORDS = 16;

/**
 * A runtime error a program logged with its own words after it on the same line (`PANIC: pkg:
 * runtime error: slice bounds out of range Source port: 53173`): the longest start of the text,
 * cut at a blank, that a rule knows. Null when the text is no runtime error or no start matches.
 */
function runtimeErrorBeforeTail(text: string): MessageMatch | null {
  if (!text.startsWith("runtime error: ")) return null;
  let end = text.length;
  for (let words = 0; words < MAX_TAIL_WORDS; words++) {
    end = text.lastIndexOf(" ", end - 1);
    if (end <= 15) return null;
    const start = text.slice(0, end);
    for (const candidate of PANIC_RULES) {
      const match = (candidate.pattern as RegExp).exec(start);
      if (match !== null) return matched(candidate, match.groups, start);
    }
  }
  return null;
}

/**
 * A runtime error with other output glued to its end with no blank (a progress bar printed over
 * it: `…nil pointer dereferencems  0 errors`, holdout-3/restic-699): the first rule whose text,
 * unanchored at its end, starts the message.
 */
function runtimeErrorBeforeGlue(text: string): MessageMatch | null {
  if (!text.startsWith("runtime error: ")) return null;
  for (const [candidate, pattern] of openEndedRules()) {
    const match = pattern.exec(text);
    if (match !== null) return matched(candidate, match.groups, match[0]);
  }
  return null;
}

/**
 * Where a runtime error the catalogue knows ends when other text is glued after it with no
 * blank (as runtimeErrorBeforeGlue reads it): the length of its text, or -1.
 */
export function gluedRuntimeErrorEnd(text: string): number {
  if (!text.startsWith("runtime error: ")) return -1;
  return openEndedLength(openEndedRules(), text);
}

/**
 * A runtime error's text a program logged without its `runtime error: ` prefix, at the end of
 * its own words (`Recovered from panic in server: "dns://:53" index out of range [0] with length
 * 0`, holdout-4/coredns-pr5392): the longest end of the text, starting after a blank, that a
 * runtime-error rule reads with the prefix put back, and where that end starts. Null when none
 * does, or when the text already carries the prefix (the rules read it as it is).
 */
export function unprefixedRuntimeError(text: string): { at: number; match: MessageMatch } | null {
  const line = firstLine(text);
  if (line.includes("runtime error: ")) return null;
  let at = 0;
  for (let words = 0; words <= MAX_TAIL_WORDS && at !== -1; words++) {
    const end = `runtime error: ${line.slice(at)}`;
    for (const candidate of runtimeErrorRules()) {
      const match = (candidate.pattern as RegExp).exec(end);
      if (match !== null) return { at, match: matched(candidate, match.groups, end) };
    }
    const blank = line.indexOf(" ", at);
    at = blank === -1 ? -1 : blank + 1;
  }
  return null;
}

/**
 * A runtime error whose text a copy or a retyping spaced differently (`invalid memory address or
 * nilpointer dereference`, holdout-37/replicatedhq-gatekeeper-11): every runtime error's text is
 * fixed (go1.26 runtime/error.go), so the same words in the same order with a blank lost or added
 * can only be that text. The match of the rule that reads it with its blanks ignored; its rule
 * names the category, the text itself stays unknown to the rules. Null for any other text.
 */
export function respacedRuntimeError(value: string): MessageMatch | null {
  const line = firstLine(value);
  if (!line.startsWith("runtime error: ")) return null;
  const text = line.replaceAll(" ", "");
  for (const [candidate, pattern] of unspacedRules()) {
    const match = pattern.exec(text);
    if (match !== null) return matched(candidate, match.groups);
  }
  return null;
}

let unspaced: [Rule, RegExp][] | null = null;

/** The runtime-error rules' patterns with their blanks taken out, compiled once when first needed. */
function unspacedRules(): [Rule, RegExp][] {
  unspaced ??= runtimeErrorRules().flatMap((rule) => {
    if (rule === RUNTIME_ERROR_UNKNOWN) return [];
    const source = (rule.pattern as RegExp).source.replaceAll(" ", "");
    return [[rule, new RegExp(source)] as [Rule, RegExp]];
  });
  return unspaced;
}

let runtimeErrors: Rule[] | null = null;

/** The rules of runtime errors: their text starts with `runtime error: ` (or may). */
function runtimeErrorRules(): Rule[] {
  runtimeErrors ??= PANIC_RULES.filter((rule) => {
    const source = (rule.pattern as RegExp).source;
    return source.startsWith("^runtime error: ") || source.startsWith("^(?:runtime error: )?");
  });
  return runtimeErrors;
}

/**
 * Where a throw the catalogue knows ends when other text is glued after it with no blank (a
 * progress line's end left on the headline's line, holdout-31/imposm3-67: `…runtime
 * execution2000) N: …`): the length of its text, or -1.
 */
export function gluedThrowEnd(text: string): number {
  openEndedFatal ??= openEndedPatterns(FATAL_RULES, "^");
  return openEndedLength(openEndedFatal, text);
}

let openEndedFatal: [Rule, RegExp][] | null = null;
let openEnded: [Rule, RegExp][] | null = null;

/** The runtime-error rules' patterns without their closing `$`, compiled once when first needed. */
function openEndedRules(): [Rule, RegExp][] {
  openEnded ??= openEndedPatterns(PANIC_RULES, "^runtime error: ");
  return openEnded;
}

/** The patterns of `rules` that start with `start` and end the text, without their closing `$`. */
function openEndedPatterns(rules: readonly Rule[], start: string): [Rule, RegExp][] {
  return rules.flatMap((rule) => {
    const source = (rule.pattern as RegExp).source;
    if (!source.startsWith(start) || !source.endsWith("$") || source.includes("$|")) return [];
    return [[rule, new RegExp(source.slice(0, -1))] as [Rule, RegExp]];
  });
}

/** The length of the text the first of `patterns` reads at the start of `text`, or -1. */
function openEndedLength(patterns: readonly [Rule, RegExp][], text: string): number {
  for (const [, pattern] of patterns) {
    const match = pattern.exec(text);
    if (match !== null) return match[0].length;
  }
  return -1;
}

function matched(
  found: Rule,
  groups: Record<string, string | undefined> | undefined,
  text?: string,
): MessageMatch {
  const values: Values = {};
  for (const [name, value] of Object.entries(groups ?? {})) {
    if (value !== undefined) values[name] = value;
  }
  const era = text === undefined ? undefined : found.eras?.find((e) => e.text.test(text));
  if (era !== undefined) return { rule: found, values, since: era.since, until: era.until ?? null };
  return { rule: found, values, since: found.since, until: found.until ?? null };
}

/**
 * A runtime error the runtime printed raw, without calling its Error method: gopanic on the
 * system stack, during malloc or holding locks prints the value with printany before it
 * throws (go1.27 src/runtime/panic.go). Since go1.15 printanycustomtype spells a string-kind
 * value `runtime.errorString("integer divide by zero")` (go1.15 src/runtime/error.go); from
 * go1.14 back to go1.11 at least printany's default case printed only
 * `(runtime.errorString) (0x…,0x…)`, the type and the interface's words (go1.11.11, go1.14.13
 * src/runtime/error.go); go1.8.3's printany still called Error().
 */
function rawRuntimeValue(text: string): MessageMatch | null {
  const quoted = /^runtime\.(?<type>errorString|plainError)\("(?<text>.*)"\)$/.exec(text);
  if (quoted?.groups !== undefined) {
    const inner = quoted.groups.text ?? "";
    // errorString's Error() adds the prefix; plainError's does not (go1.27 src/runtime/error.go).
    return matchMessage(
      quoted.groups.type === "errorString" ? `runtime error: ${inner}` : inner,
      "panic",
    );
  }
  const unprinted = /^\(runtime\.(?<type>[A-Za-z]+Error|errorString|plainError)\) /.exec(text);
  if (unprinted?.groups !== undefined)
    return matched(RUNTIME_ERROR_UNKNOWN, {
      error: `a runtime.${unprinted.groups.type} whose text the runtime did not print`,
    });
  return null;
}

/** The first line of a message without trailing blanks, cut to what patterns may read. */
function firstLine(value: string): string {
  // A value may start with a newline (Ginkgo's `panic: \nYour test failed.`).
  const message = value.startsWith("\n") ? value.replace(/^\n+/, "") : value;
  const nl = message.indexOf("\n");
  const line = (nl === -1 ? message : message.slice(0, nl)).trimEnd();
  return line.length > MAX_MATCHED ? line.slice(0, MAX_MATCHED) : line;
}

/** The categories rules may have, each with at least one rule (for `panicscope rules`). */
export function categories(): Category[] {
  return [...new Set(CATALOGUE.map((r) => r.category))];
}
