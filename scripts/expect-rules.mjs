// Adds `"rule"` to every expectation under testdata/ (or checks it with --check), reading it
// off what the expectation already says — kind, category, the panic values and fatal message
// a person read from the text — with the message regexes of runtime-messages.json, not with
// panicscope. Run once when rules were introduced; kept to redo the reading by hand.
//
//   node scripts/expect-rules.mjs [--check] [path/to/runtime-messages.json]

import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const check = args.includes("--check");
const reference =
  args.find((a) => !a.startsWith("--")) ??
  // ../shared from the main checkout, ../../shared from a worktree under wt/
  [join(root, "..", "shared"), join(root, "..", "..", "shared")]
    .map((dir) => join(dir, "reference", "runtime-messages.json"))
    .find((path) => existsSync(path));
const entries = JSON.parse(readFileSync(reference, "utf8"));
const byPrefix = (prefix, curated) =>
  entries
    .filter((e) => e.prefix === prefix && e.curated === curated && MESSAGE_KINDS.has(e.kind))
    .map((e) => ({ id: e.id, regex: new RegExp(e.regex), category: e.category }));
/** Message entries only: `format` and other kinds describe lines around a crash. */
const MESSAGE_KINDS = new Set([
  "panic/runtime.Error",
  "panic/non-runtime",
  "fatal/user",
  "fatal/throw",
  "fatal/raw",
]);
const PANICS = byPrefix("panic: ", true);
const FATALS = byPrefix("fatal error: ", true);
const INTERNAL = [...byPrefix("panic: ", false), ...byPrefix("fatal error: ", false)];
/** Texts the runtime writes raw, `fatal: morestack on g0` (proc.go badmorestackg0 before go1.22). */
const RAW_FATALS = byPrefix("", true);

/**
 * Wordings of releases before go1.17, which runtime-messages.json (read off go1.17+) lacks, each
 * read in the Go source named: [rule id, message regex, "panic" | "fatal"].
 */
const OLD = [
  // go1.2 src/pkg/runtime/chan.c, go1.3 chan.goc: runtime·panicstring adds "runtime error: ".
  ["close-of-closed-channel", /^runtime error: close of closed channel$/, "panic"],
  ["send-on-closed-channel", /^runtime error: send on closed channel$/, "panic"],
  ["close-of-nil-channel", /^runtime error: close of nil channel$/, "panic"],
  ["makechan-size-out-of-range", /^runtime error: makechan: size out of range$/, "panic"],
  // go1.2 src/pkg/runtime/hashmap.c; go1.4.3–go1.8.3 src/runtime/hashmap.go panic(string).
  ["nil-map-assignment", /^runtime error: assignment to entry in nil map$/, "panic"],
  ["makemap-size-out-of-range-legacy", /^(?:runtime error: )?makemap: size out of range$/, "panic"],
  // go1.2 src/pkg/runtime/malloc.goc, os_linux.c, proc.c; go1.4.3–go1.6 src/runtime/proc.go.
  [
    "allocation-size-out-of-range",
    /^runtime error: runtime: allocation size out of range$/,
    "panic",
  ],
  ["nil-pointer-dereference", /^runtime error: call of nil func value$/, "panic"],
  [
    "reflect-call-arg-size",
    /^(?:runtime error: )?runtime: arg size to reflect\.call more than 1GB$/,
    "panic",
  ],
  // go1.2 src/pkg/runtime/alg.c nohash/noequal (no type); go1.25 internal/runtime/maps/map.go.
  [
    "hash-of-unhashable-type",
    /^(?:runtime error: hash of unhashable type|hash of unhashable type: .+)$/,
    "panic",
  ],
  ["comparing-uncomparable-type", /^runtime error: comparing uncomparable types$/, "panic"],
  // go1.2–go1.7.4 src/sync/mutex.go and go1.4.3–go1.7.4 rwmutex.go panic; go1.9's Mutex too.
  [
    "sync-unlock-panic-legacy",
    /^sync: (?:unlock of unlocked mutex|RUnlock of unlocked RWMutex|Unlock of unlocked RWMutex)$/,
    "panic",
  ],
  ["sync-inconsistent-mutex-state-panic-legacy", /^sync: inconsistent mutex state$/, "panic"],
  // go1.4.3 src/runtime/mgc0.c, go1.5 mbitmap.go, go1.5–go1.8.3 mbarrier.go.
  [
    "found-bad-pointer-in-heap",
    /^(?:invalid heap pointer|bad pointer|objectstart: bad pointer in unexpected span|bad pointer in write barrier)$/,
    "fatal",
  ],
  // go1.3 src/pkg/runtime/stack.c and mgc0.c; go1.4.3–go1.7.4 stack copier.
  [
    "invalid-pointer-on-stack",
    /^(?:invalid stack pointer|bad pointer!|bad pointer in scanbitvector)$/,
    "fatal",
  ],
  // go1.2 src/pkg/runtime/panic.c, go1.4.3 src/runtime/panic.go.
  ["panic-on-system-stack", /^(?:panic during gc|panic during softfloat)$/, "fatal"],
];

/** Throws of go1.2–go1.16 read off those sources (scripts/runtime-internal-old.mjs): text → area. */
const OLD_INTERNAL = new Map(
  [
    ...readFileSync(
      join(root, "src", "diagnose", "rules", "runtime-internal-old.data.ts"),
      "utf8",
    ).matchAll(/\[\s*("(?:[^"\\]|\\.)*"),\s*"([a-z-]+)",\s*"(panic|fatal)",/g),
  ].map((m) => [`${m[3]} ${JSON.parse(m[1])}`, m[2]]),
);

function messageRule(message, type, category, text = "") {
  // an expectation that names no message (a logged stack, a cut headline) keeps its rule
  if (message === undefined) return undefined;
  let line = message.split("\n")[0].trimEnd();
  // A runtime error printed raw on the system stack (go1.15+ src/runtime/error.go
  // printanycustomtype): read the error it holds.
  const raw = /^runtime\.(errorString|plainError)\("(.*)"\)$/.exec(line);
  if (type === "panic" && raw !== null)
    line = raw[1] === "errorString" ? `runtime error: ${raw[2]}` : raw[2];
  // A raw `fatal: msg` line (no `fatal error: `) is its own entry, read with its prefix.
  if (type === "fatal" && text.split("\n").includes(`fatal: ${line}`)) {
    const raw = RAW_FATALS.find((e) => e.regex.test(`fatal: ${line}`));
    if (raw !== undefined) return raw.id;
  }
  for (const e of type === "fatal" ? FATALS : PANICS) {
    if (!e.regex.test(line)) continue;
    // runtime-messages.json has one entry for both; the category read off the text tells them apart.
    if (e.id === "unexpected-signal-during-runtime" && category === "cgo-crash")
      return "unexpected-signal-in-cgo";
    return e.id;
  }
  const old = OLD.find(([, regex, headline]) => headline === type && regex.test(line));
  if (old !== undefined) return old[0];
  const internal = INTERNAL.find((e) => e.regex.test(line));
  if (internal !== undefined)
    return `runtime-internal-${internal.category.slice("runtime-internal/".length).replace("os-runtime-services", "os").replace("stack-symtab", "stack")}`;
  const oldArea = OLD_INTERNAL.get(`${type} ${line}`);
  if (oldArea !== undefined) return `runtime-internal-${oldArea}`;
  if (type === "fatal") return "fatal-unknown";
  return line.startsWith("runtime error: ") ? "runtime-error-unknown" : "custom-panic";
}

function ruleOf(crash, text) {
  switch (crash.kind) {
    case undefined:
      // wrapped/klog and slog-json: a stack a program logged, whose kind the expectation
      // leaves to the parser (a dump, or the recovered panic the log line names); its rule
      // follows that choice and is set by hand.
      return crash.rule;
    case "race":
      return "data-race";
    case "signal":
      return crash.category === "cgo-crash" ? "signal-in-cgo" : "fatal-signal";
    case "dump":
      if (text.includes("SIGQUIT: quit")) return "sigquit-dump";
      return text.includes("goroutine profile: total") ? "goroutine-profile" : "goroutine-dump";
    default: {
      const fatal = crash.panics?.find((p) => p.fatal === true);
      if (crash.kind === "fatal")
        return messageRule(fatal?.value ?? crash.message, "fatal", crash.category, text);
      const first = crash.panics?.[0]?.value ?? crash.message;
      return messageRule(first, "panic", crash.category);
    }
  }
}

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith(".expect.json")) files.push(path);
  }
};
walk(join(root, "testdata"));
let changed = 0;
let wrong = 0;
for (const file of files) {
  const base = file.slice(0, -".expect.json".length);
  let text = "";
  for (const candidate of [`${base}.txt`, `${base}.log`]) {
    try {
      text = readFileSync(candidate, "utf8");
      break;
    } catch {}
  }
  const expectation = JSON.parse(readFileSync(file, "utf8"));
  for (const crash of expectation.crashes) {
    const rule = ruleOf(crash, text) ?? crash.rule;
    if (check) {
      if (crash.rule !== rule) {
        wrong++;
        console.error(`${file.slice(root.length + 1)}: rule ${crash.rule}, read ${rule}`);
      }
      continue;
    }
    if (crash.rule === rule) continue;
    // `rule` right after `category`, as the JSON output orders them.
    const ordered = {};
    for (const [key, value] of Object.entries(crash)) {
      if (key === "rule") continue;
      ordered[key] = value;
      if (key === "category") ordered.rule = rule;
    }
    if (ordered.rule === undefined) ordered.rule = rule;
    for (const key of Object.keys(crash)) delete crash[key];
    Object.assign(crash, ordered);
    changed++;
  }
  // Written as the files are: two-space JSON, non-ASCII escaped.
  const json = JSON.stringify(expectation, null, 2).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  if (!check) writeFileSync(file, `${json}\n`);
}
console.error(
  check
    ? `${files.length} files, ${wrong} rules differ`
    : `${files.length} files, ${changed} rules set`,
);
process.exitCode = wrong > 0 ? 1 : 0;
