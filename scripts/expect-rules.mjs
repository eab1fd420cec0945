// Adds `"rule"` to every expectation under testdata/ (or checks it with --check), reading it
// off what the expectation already says — kind, category, the panic values and fatal message
// a person read from the text — with the message regexes of runtime-messages.json, not with
// panicscope. Run once when rules were introduced; kept to redo the reading by hand.
//
//   node scripts/expect-rules.mjs [--check] [path/to/runtime-messages.json]

import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const check = args.includes("--check");
const reference =
  args.find((a) => !a.startsWith("--")) ??
  join(root, "..", "shared", "reference", "runtime-messages.json");
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

function messageRule(message, type, category) {
  const line = message.split("\n")[0].trimEnd();
  for (const e of type === "fatal" ? FATALS : PANICS) {
    if (!e.regex.test(line)) continue;
    // runtime-messages.json has one entry for both; the category read off the text tells them apart.
    if (e.id === "unexpected-signal-during-runtime" && category === "cgo-crash")
      return "unexpected-signal-in-cgo";
    return e.id;
  }
  const internal = INTERNAL.find((e) => e.regex.test(line));
  if (internal !== undefined)
    return `runtime-internal-${internal.category.slice("runtime-internal/".length).replace("os-runtime-services", "os").replace("stack-symtab", "stack")}`;
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
        return messageRule(fatal?.value ?? crash.message, "fatal", crash.category);
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
    const rule = ruleOf(crash, text);
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
