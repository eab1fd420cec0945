// What a logged stack is about, read from the log line printed before it (or from the line that
// holds it): the value a recover handler logged, without the logger's own words around it.
//   `[Macaron] PANIC: runtime error: …`, `[negroni] PANIC: …`, `2020/07/15 … [E] PANIC:: …`
//   `2026/12/06 06:25:03 recovered: runtime error: …` (log.Printf in a deferred recover)
//   `… ERROR … recovered from panic {"panic": "runtime error: …"}` (zap's console encoder)
//   `… msg="Request error" error="runtime error: …"` (logfmt)
//   `runtime error: …` (gin prints the value alone on the line above its stack)
//   `config not found` (pkg/errors `%+v` prints the message, then the stack)

import { unprefixedRuntimeError } from "../diagnose/catalogue.js";
import { loggedPanic } from "./line-kinds.js";

/** Fields that carry the value, in the order they are preferred. */
const FIELDS = ["panic", "error", "err", "msg", "message"];

/**
 * Words that end the logger's lead-in: what follows the first of them is the value. A program
 * that turns a recovered panic into an error calls it an internal one (delve's `Internal
 * debugger error: %v`, then the stack); a recover handler names the step it was in
 * (golangci-lint's `%s: panic during analysis: %v, %s`, holdout-16/temporal-pr6659; fasthttp's
 * `panic on hijacked conn: %s`, holdout-28/iris-161; gopool's `panic in pool: %s: %v: %s`) or the
 * goroutine it guards (traefik's safe.Go: `Error in Go routine: %s`, holdout-16/traefik-9211).
 * `recovered panic` then a blank, no colon, is a lead-in too (`----recovered panic %v\n%s` in a
 * zap record's `msg`, holdout-28/dtm-556).
 */
const LEAD_INS =
  /(?:panic(?:k?ed| occurred| recovered| (?:during|while|on|in) [\w-]{1,20}(?: [\w-]{1,20})?)?|recovered|internal(?: \w{1,20})? error|(?:error|panic) in (?:a )?go ?routine):+\s*|recovered panic(?! (?:during|while|on|in) ) +/i;

/**
 * A level word a logger writes before or after its stamp, ended by a mark or a blank
 * (`FATAL|2022/12/04 00:36:08 `, holdout-7/ebiten-2489; `2020/01/02 03:04:05 ERROR `).
 */
const LEVEL = String.raw`(?:PANIC|DPANIC|FATAL|CRITICAL|CRIT|ERROR|ERRO|ERR|WARNING|WARN)(?:\s*[|:]\s*|\s+)`;
const STAMP = String.raw`\d{4}[/-]\d\d[/-]\d\d[ T]\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?\s+`;

/** A standard-library `log` timestamp, an ISO-8601 one, a leading level or `[name]` tag (`[PANIC RECOVER]`). */
const LOG_PREFIX = new RegExp(
  String.raw`^(?:${LEVEL})?(?:${STAMP})?(?:${LEVEL})?(?:\[[\w.-]{1,20}(?: [\w.-]{1,20})?\]\s+)?`,
);

/**
 * A log line that names a recovered panic with its lead-in (`… PANIC: pkg: runtime error: …`),
 * not the runtime's own headline: its value may go on over lines of its own before the stack.
 */
export function hasPanicLeadIn(text: string): boolean {
  return !text.startsWith("panic: ") && LEAD_INS.test(text);
}

/**
 * A lead-in with no value of its own: alone on its line, or at the line's start with other text
 * glued to its colon, no blank between. A program that prints its lead-in over a terminal
 * screen's line leaves the rest of that line after it (bubbletea's `Caught panic:\n\n%v\n\n…`
 * written over a TUI's status line, holdout-15/kubectl-klock-161); a logger writes `: ` before a
 * value.
 */
export function isBareLeadIn(text: string): boolean {
  if (loggedMessage(text) === "") return true;
  const lead = LEAD_INS.exec(text);
  if (lead === null || text.slice(0, lead.index).trim().split(/\s+/).length > 1) return false;
  const end = lead.index + lead[0].length;
  return text.charCodeAt(end - 1) === 0x3a /* : */ && text.charCodeAt(end - 2) !== 0x3a;
}

/** A code fence's line: three or more backticks or tildes, an info string (`go`) after them. */
const CODE_FENCE = /^(?:`{3,}|~{3,})[\w+-]{0,20}$/;

/** The value named by a log line, or "" when the line names none (blank, only a lead-in). */
export function loggedMessage(raw: string): string {
  let text = withoutColours(raw).trim();
  if (text.startsWith("> ")) text = text.slice(2);
  // What is left of an escaped `\n` a viewer turned into a newline after its backslash, on a
  // line that holds other escapes (`msg=\"Recovered from panic: …\`, holdout-23/argo-cd-8711):
  // the logger's, not the value's.
  if (text.endsWith("\\") && !text.endsWith("\\\\")) text = text.slice(0, -1).trimEnd();
  // A markdown code fence that opens the paste names nothing: the stack is the paste's first line.
  if (CODE_FENCE.test(text)) return "";
  if (text.startsWith("`")) text = text.slice(1);
  // A JSON string opened at the line's start and not closed on it: a record's field whose value
  // goes on over the stack's lines (echo's record pretty-printed a key a line, `"message":` then
  // `"[PANIC RECOVER] %v %s` with runtime.Stack unescaped, holdout-20/anacrolix-torrent-430).
  if (text.charCodeAt(0) === 0x22 /* " */ && text.indexOf('"', 1) === -1) text = text.slice(1);
  // Kubernetes' HandleCrash behind a klog header: `Observed a panic: "…" (value)`.
  const k8s = text.search(/(?:Observed a|Recovered from) panic: /);
  if (k8s !== -1) {
    const value = loggedPanic(text.slice(k8s))?.value;
    if (value !== undefined) return value;
  }
  // A `panic` field holds the value itself, lead-in words and all (zap's `"panic": "failpoint
  // panic: {}"`, holdout-7/etcd-operator-pr298).
  const panicField = fieldValue(text, "panic") ?? panicNamedField(text);
  if (panicField !== null) return runtimeErrorIn(panicField.trim());
  // A value printed with `%q` right after its lead-in: Kubernetes' RecoverFromPanic,
  // `recovered from panic %q. (err=%v) Call stack:` (holdout-8/rancher-25203). The closing
  // quote ends it: what follows is the logger's.
  const quoted = QUOTED_AFTER_LEAD_IN.exec(text);
  if (quoted !== null) return runtimeErrorIn(unquote(quoted[1] as string));
  const field = namedValue(text);
  if (field !== null) text = field;
  const lead = LEAD_INS.exec(text);
  const value =
    lead !== null
      ? inBrackets(text, lead.index, lead.index + lead[0].length).trim()
      : inOnePair(text.replace(LOG_PREFIX, "").trim());
  // A line that ends in a colon introduces what follows it, the stack (`%v: %s` with
  // debug.Stack() as `%s`): the colon is not the value's. A field's value is kept as quoted.
  const named = withoutCaller(runtimeErrorIn(field === null ? withoutJoiningColon(value) : value));
  // A logger's caller alone names nothing: package log's Lshortfile `worker.go:263: ` before
  // the stack it logged (holdout-26/machinery-119).
  return SOURCE_POSITION.test(named) ? "" : named;
}

/** A source file's base name and line, alone. */
const SOURCE_POSITION = /^[\w.-]{1,100}\.go:\d{1,7}$/;

/**
 * A logger's caller written after the message, a source file's base name and line (go-logging's
 * `%{message} %{shortfile}`, ipfs go-log: `…: runtime error: index out of range handler.go:128`,
 * holdout-14/kubo-3040): the logger's, not the value's.
 */
const CALLER_AFTER = / [\w.-]{1,100}\.go:\d{1,7}$/;
/** gocheck's pc after the value, `... Panic: %s (PC=0x%X)` (gopkg.in/check.v1 check.go logPanic). */
const PC_AFTER = / \(PC=0x[0-9A-F]{1,16}\)$/;
/**
 * The logger's label after the value, saying it was a panic: `%s (panic)` (photoprism's
 * `index: %s (panic)\nstack: %s`, holdout-18/photoprism-454), as a lead-in says it before one.
 */
const PANIC_LABEL_AFTER = / \((?:panic(?:k?ed)?|recovered(?: panic)?)\)$/i;

/**
 * The runtime's `[signal …]` line joined after the value on one line (a crash-reporting
 * service's rendering: `runtime error: … [signal SIGSEGV: segmentation violation code=0x1
 * addr=0x20 pc=0x…]`, holdout-32/istio-18944): the signal's, not the value's.
 */
const SIGNAL_AFTER = / \[signal SIG[A-Z0-9]{2,8}: [^\]]{1,200}\]$/;

/** One ` key=value` field of a logfmt or logrus record, its value quoted or bare. */
const FIELD = String.raw`[\w.-]{1,40}=(?:"(?:[^"\\]|\\.){0,400}"|[^\s"]{0,400})`;
/**
 * logrus's text formatter on a terminal after the value: the message padded to 44 columns and a
 * blank (`%-44s `), then each field as ` key=value` — at least two blanks before the first
 * (`WARN[0141] panic occurred: <value>  func=runtime.panicmem line=62`,
 * holdout-34/xxhash-oneofone-12): the logger's fields, not the value's.
 */
const PADDED_FIELDS_AFTER = new RegExp(` {2,}${FIELD}(?: ${FIELD}){0,19}$`);

function withoutCaller(value: string): string {
  const caller =
    CALLER_AFTER.exec(value) ??
    PADDED_FIELDS_AFTER.exec(value) ??
    PC_AFTER.exec(value) ??
    PANIC_LABEL_AFTER.exec(value) ??
    SIGNAL_AFTER.exec(value);
  return caller === null || caller.index === 0 ? value : value.slice(0, caller.index);
}

const CLOSERS: Record<string, string> = { "[": "]", "(": ")" };

/**
 * The value from `from` on; a lead-in that opens a bracket (influxdb's `[panic:%s] %s`, the
 * stack after it) ends it at the bracket that closes it, past brackets of the value's own
 * (`index out of range [1] with length 1`). Unclosed (a cut line), the value runs to the end.
 */
function inBrackets(text: string, lead: number, from: number): string {
  const open = text[lead - 1] as string;
  const close = CLOSERS[open];
  if (close === undefined) return text.slice(from);
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === open) depth++;
    else if (c === close && depth-- === 0) return text.slice(from, i);
  }
  return text.slice(from);
}

/**
 * The text inside the brackets around all of it: a logger's `%v` of the values it was given,
 * printed as a slice (beego before 1.0: `Critical("Handler crashed with error", err)` through
 * `Printf("[C] %v\n", v)`, `[Handler crashed with error runtime error: …]`,
 * holdout-16/beego-89). Brackets of the value's own (`[1] with length 1`) stay.
 */
function inOnePair(text: string): string {
  if (text.charCodeAt(0) !== 0x5b /* [ */ || text.charCodeAt(text.length - 1) !== 0x5d) return text;
  let depth = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b) depth++;
    else if (c === 0x5d && --depth === 0) return text;
  }
  return text.slice(1, -1).trim();
}

const QUOTED_AFTER_LEAD_IN = /\bpanic(?:k?ed)?:? "((?:[^"\\]|\\.)*)"/i;

/** A Go-quoted string's text: `\"` and `\\` are the characters they stand for. */
function unquote(text: string): string {
  return text.replace(/\\(["\\])/g, "$1");
}

/**
 * The logger's words that announce the stack after the value, `%v, stack trace: %s`
 * (holdout-13/netbird-3368: `Panic occurred: %v, stack trace: %s`), or after a blank where the
 * record's newline before the heading became one (`%s (panic)\nstack: %s` logged on one line,
 * holdout-18/photoprism-454): not the value's.
 */
const STACK_ANNOUNCED =
  /(?:[,;]\s*|\s+)(?:(?:call|full|go) )?(?:stack ?trace|stack|trace ?back|back ?trace)$/i;

/**
 * A value a program logged itself without the log's words after it: what joins the stack to it
 * (`, stack:`) and a label or caller after it (` (panic)`, ` handler.go:128`).
 */
export function withoutLogWordsAfter(value: string): string {
  return withoutCaller(withoutJoiningColon(value));
}

function withoutJoiningColon(value: string): string {
  // A comma joins the value to a stack glued after it on the same line (`%v, %s` with
  // debug.Stack(), golangci-lint's runner_action.go): no more the value's than a colon is.
  if (value.endsWith(",")) return value.slice(0, -1).trimEnd();
  if (!value.endsWith(":")) return value;
  const joined = value.slice(0, -1).trimEnd();
  const announced = STACK_ANNOUNCED.exec(joined);
  return announced === null ? joined : joined.slice(0, announced.index).trimEnd();
}

/**
 * A runtime error inside the program's own words is the value (`Error in Go routine: runtime
 * error: …`, `unexcept error, runtime error: … , <time>`): the runtime's text has no ` , `.
 * Logged without its prefix, it is the end of the line the catalogue reads as one.
 */
export function runtimeErrorIn(text: string): string {
  const at = text.indexOf("runtime error: ");
  if (at === -1) {
    // The same text logged without its prefix: the value is the end the catalogue reads.
    const start = unprefixedRuntimeError(text)?.at ?? 0;
    return text.slice(start);
  }
  if (at === 0) return text;
  // Quoted by the program (hub's crash report: ``Error (runtime.errorString): `%s` ``): the
  // closing quote ends it.
  const quote = text[at - 1];
  if (quote === "`" || quote === '"') {
    const close = text.indexOf(quote, at);
    if (close !== -1) return text.slice(at, close);
  }
  const end = text.indexOf(" , ", at);
  const value = text.slice(at, end === -1 ? undefined : end);
  // A sentence's full stop after it is the program's (`… please report this: runtime error:
  // slice bounds out of range.`, holdout-10/beats-6692): no runtime error's text ends in one
  // (go1.26.8 src/runtime/error.go and panic.go).
  return value.endsWith(".") ? value.slice(0, -1) : value;
}

/**
 * Fields a record names the recovered value in when its message only says that a panic was
 * recovered (argo-workflows: `msg="Recovered from panic" r="runtime error: …" stack="…"`,
 * holdout-10/argo-workflows-7662; `r` for `r := recover()`).
 */
const RECOVERED_FIELDS = ["r", "recovered", "recover", "reason", "value", "cause"];

/** A message that announces a recovered panic and names no value (`Recovered from panic`). */
const ANNOUNCES_ONLY =
  /^(?:(?:recovered|caught|handled?|observed|got)(?: from)?(?: an?)? )?panic(?:k?ed|s)?(?: (?:recovered|occurred|caught|handled))?[.!:]?$/i;

/**
 * The value of the first field that carries one (FIELDS), or null when the line has none. A
 * message that only announces the panic gives way to a field that names its value.
 */
export function namedValue(text: string): string | null {
  let announced: string | null = null;
  for (const key of FIELDS) {
    const value = fieldValue(text, key);
    if (value === null) continue;
    if (!ANNOUNCES_ONLY.test(value.trim())) return value;
    announced ??= value;
  }
  if (announced === null) return null;
  for (const key of RECOVERED_FIELDS) {
    const value = fieldValue(text, key);
    if (value !== null && value.trim() !== "") return value;
  }
  return announced;
}

/** Bracketed tags and nothing else: a source position, a request id (`[control.go:325] [0e9f…]`). */
const TAGS = /^(?:\[[^[\]\s]{1,80}\]\s*)+$/;

/** A log line that names no value, only the logger's prefix and tags. */
export function onlyTags(text: string): boolean {
  return TAGS.test(loggedMessage(text));
}

/**
 * A field left open at the end of a line, its quote taken with what followed: logfmt's `… msg=`,
 * or a JSON record's `"stack": "` (`"stack":` once its value is taken off; pretty-printed, the key alone on its line,
 * holdout-13/mautrix-signal-533).
 */
const OPEN_FIELD = /\s[A-Za-z_][\w.-]{0,30}="?$|(?:^|[\s{,])"[A-Za-z_][\w.-]{0,30}": ?"?$/;

/**
 * A log record whose last field's value is the stack itself (logrus's `level=error
 * msg="goroutine 7 [running]:` with the newlines of `debug.Stack()` kept, so the record goes on
 * over the stack's lines, ethereum-nix-246): the record without that field, or null when the
 * line ends in no open field. The field holds the stack, not the value it was logged for.
 */
export function withoutStackField(text: string): string | null {
  const open = OPEN_FIELD.exec(text);
  // The separator before the field is the record's, not the value's (`…: %v, stack=%s`).
  return open === null ? null : text.slice(0, open.index).replace(/[\s,;]+$/, "");
}

/** A field whose key names the panic it holds: `panic_message=`, `"panicValue":`. */
const PANIC_NAMED_KEY = /(?:^|\s)(panic[A-Za-z_.]{1,20})="|"(panic[A-Za-z_.]{1,20})": ?"/;

/**
 * The value of a record's field named after the panic, when its message only says who panicked
 * (cilium's `msg="Cilium API handler panicked" … panic_message="runtime error: …"`,
 * holdout-41/cilium-8074); null when the record has none.
 */
function panicNamedField(text: string): string | null {
  const key = PANIC_NAMED_KEY.exec(text);
  return key === null ? null : fieldValue(text, (key[1] ?? key[2]) as string);
}

/** `"key": "value"` (JSON) or ` key="value"` (logfmt), quotes unescaped; null when absent. */
function fieldValue(text: string, key: string): string | null {
  for (const opener of [`"${key}": "`, `"${key}":"`, ` ${key}="`]) {
    const at = text.indexOf(opener);
    if (at === -1) continue;
    let value = "";
    for (let i = at + opener.length; i < text.length; i++) {
      const c = text[i] as string;
      if (c === '"') return value;
      if (c === "\\" && i + 1 < text.length) {
        const next = text[++i] as string;
        value += next === "n" ? "\n" : next === "t" ? "\t" : next;
      } else value += c;
    }
    return value;
  }
  return null;
}

/**
 * The text without terminal colour codes (`ESC[31m` … `ESC[0m`, as gin prints around its stack),
 * the ESC shown as `←` too: a Windows console that does not interpret them prints the control
 * character as that arrow, and a copy keeps it (`←[31m[compiler panic] …`, holdout-30/gopherjs-1178).
 */
function withoutColours(text: string): string {
  if (!text.includes("\u001b") && !text.includes("\u2190[")) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x1b || c === 0x2190) && text[i + 1] === "[") {
      let j = i + 2;
      while (j < text.length && /[0-9;]/.test(text[j] as string)) j++;
      if (text[j] === "m") {
        i = j;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}
