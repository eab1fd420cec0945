// Finds English prose left in output that should be in another language. What may stay in
// English is removed first: the crash's own text (given by the caller: messages, states,
// names), code spans (`…`), commands (panicscope explain, go test), quoted messages («…»), bracketed runtime states ([chan receive]),
// source lines, and every token that is an identifier, a path, a flag or a number (it holds
// one of . / _ - : = * # @ $ ( ) [ ] { } < > or a digit, or is camelCase). Of what is left,
// every ASCII word of three letters or more is English prose unless it is in ALLOWED_WORDS.

/**
 * Words that are not prose in any language: Go's keywords and predeclared identifiers, the
 * runtime's environment variables and signals, and names of things (CPU, HTTP, Windows).
 */
export const ALLOWED_WORDS = new Set([
  // Go keywords and predeclared identifiers (the runtime's and the language's own words).
  ...["break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough"],
  ...["for", "func", "goto", "import", "interface", "map", "package", "range", "return"],
  ...["select", "struct", "switch", "type", "var", "any", "append", "bool", "byte", "cap"],
  ...["clear", "close", "complex", "copy", "delete", "error", "false", "float64", "imag", "int"],
  ...["len", "make", "max", "min", "new", "nil", "panic", "print", "println", "real"],
  ...["recover", "rune", "string", "true", "uint", "uintptr", "iota"],
  // Go's own names for its things, kept untranslated by the glossary (src/i18n/zh/GLOSSARY.md).
  ...["Go", "goroutine", "goroutines", "cgo", "unsafe", "runtime"],
  // Environment variables, signals, codes the runtime prints.
  ...["GOTRACEBACK", "GOAMD64", "GOARM", "GODEBUG", "GOMAXPROCS", "GOOS", "GOARCH", "GOROOT"],
  ...["SIGSEGV", "SIGBUS", "SIGFPE", "SIGABRT", "SIGILL", "SIGTRAP", "SIGQUIT", "SIGKILL"],
  ...["SIGTERM", "SIGINT", "SIGPIPE", "SIGPROF", "SIGURG"],
  // Names of things.
  ...["CPU", "HTTP", "TCP", "API", "JSON", "HTML", "Windows", "Linux", "macOS", "POSIX"],
  ...["setuid", "bug", "Unix"],
  // Standard packages, named in prose as Go writers name them.
  ...["fmt", "errors", "sync", "atomic", "context", "time", "reflect", "http", "net", "testing"],
  ...["strings", "bytes", "unicode", "utf8", "slog", "log", "json", "debug", "pprof", "trace"],
  ...["synctest", "iter", "slices", "maps", "cmp", "signal", "syscall", "crypto", "rand"],
  // --similarity's values, shown as set.
  ...["exact", "pointers", "values"],
]);

// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes
const ANSI = /\u001b\[[0-9;]*m/g;
const IDENTIFIER = /[./_\-:=*#@$()[\]{}<>0-9\\]|[a-z][A-Z]|^[A-Z]{2,}[a-z]/;

/** The English words left in `text` once `own` (the crash's texts) and code are taken out. */
export function englishProse(text: string, own: readonly string[]): string[] {
  // A command line first (`panicscope explain RULE`): the crash's texts may cut words in it.
  let rest = text.replace(ANSI, "");
  // Whole words only (`panic` is a frame, not a part of `httppanic.go`), each left as `_`, an
  // identifier-like mark that keeps `pkg:` in `pkg:net/http` from reading as a word.
  for (const piece of [...own].filter((p) => p.length >= 3).sort((a, b) => b.length - a.length))
    rest = rest.replace(new RegExp(`(?<![\\w])${escapeRegExp(piece)}(?![\\w])`, "g"), "_");
  rest = rest
    .replace(/panicscope(?: [a-z]+)?/g, " ")
    .replace(/\bgo (?:test|run|vet|build|tool|env|install|version)\b/g, " ")
    .split("\n")
    .filter((line) => !/^\s*(?:→\s*)?\d+ │/.test(line))
    .join("\n")
    // A code span may be wrapped over two lines (explain wraps at 96 columns).
    .replace(/`[^`]{0,400}`/g, " ")
    .replace(/«[^»\n]*»/g, " ")
    .replace(/\[[^\]\n]*\]/g, " ");
  const found: string[] = [];
  // Tokens end at spaces, ASCII punctuation that prose uses, and every non-ASCII character.
  for (const token of rest.split(/[\s,;!?'"`|]+|[^\t\n -~]+/)) {
    const word = token.replace(/^[.:]+|[.:]+$/g, "");
    if (word.length < 3 || IDENTIFIER.test(word) || !/^[A-Za-z]+$/.test(word)) continue;
    if (!ALLOWED_WORDS.has(word)) found.push(word);
  }
  return [...new Set(found)];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The text a person reads in an HTML page: visible text, labelling attributes, the script's words. */
export function htmlText(html: string): string {
  const parts: string[] = [];
  const data = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  if (data?.[1] !== undefined) {
    const json = JSON.parse(data[1]) as {
      labels: Record<string, string | string[]>;
      crashes: { buckets: { why: string[]; wait: string }[] }[];
    };
    for (const value of Object.values(json.labels)) parts.push([value].flat().join(" "));
    for (const crash of json.crashes)
      for (const bucket of crash.buckets) parts.push(...bucket.why, bucket.wait);
  }
  for (const match of html.matchAll(/\b(?:placeholder|title|aria-label)="([^"]*)"/g))
    parts.push(match[1] as string);
  const visible = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, " ")
    // Code (inline or an example) is code in any language: marked as the terminal marks it.
    .replace(/<code>([^<]*)<\/code>/g, "`$1`")
    .replace(/<pre class="example">[\s\S]*?<\/pre>/g, " ")
    .replace(/<figure class="src"[\s\S]*?<\/figure>/g, " ")
    .replace(/<[^>]*>/g, " ");
  parts.push(visible);
  return parts
    .join("\n")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
