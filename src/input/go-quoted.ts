// Crash text escaped onto one line: a harness that printed a crash with `%q`
// (`"panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/x/main.go:5 +0x1d\n"`), a logfmt
// value (log/slog's TextHandler, logrus: `stack="goroutine 1 [running]:\n…"`), or a logger that
// escaped the newlines itself (`stack: goroutine 1 [running]:\nmain.main()\n\t…`). The value is
// unquoted with Go's rules (strconv.Quote, which %q and those loggers use) and split into lines.

export interface EscapedCrash {
  /** Where the escaped value starts (after its opening quote when quoted). */
  start: number;
  /** Whether the value is in double quotes (then it ends at the closing quote). */
  quoted: boolean;
}

const ANCHOR = /goroutine \d+ \[|panic: |fatal error: /;

/** Escaped crash text on `text`, or null. A quoted value must hold an escaped newline or go on past the line's end. */
export function findEscapedCrash(text: string): EscapedCrash | null {
  // Quotes and escapes are tracked from the line's start up to each anchor in turn: a field
  // that only names the panic (zap's `"panic": "failpoint panic: {}"`) may come before the
  // one that holds the stack (`"stacktrace": "goroutine 183 [running]:\n…"`,
  // holdout-7/etcd-operator-pr298). An escaped quote outside any quote opens none: the line
  // itself is an escaped value whose own quotes were left off (`Panic: package \"merge\" (…):
  // …: goroutine 26581 [running]:\n…`).
  let open = -1;
  let i = 0;
  for (let anchor = ANCHOR_ALL.exec(text); anchor !== null; anchor = ANCHOR_ALL.exec(text)) {
    const at = anchor.index;
    for (; i < at; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x5c /* \ */ && (open !== -1 || text.charCodeAt(i + 1) === 0x22)) i++;
      else if (c === 0x22 /* " */) open = open === -1 ? i : -1;
    }
    if (open === -1) {
      ANCHOR_ALL.lastIndex = 0;
      return text.indexOf("\\n", at) === -1 ? null : { start: at, quoted: false };
    }
    const end = closingQuote(text, open + 1);
    const value = end === -1 ? text.slice(open + 1) : text.slice(open + 1, end);
    if (end === -1 || value.includes("\\n")) {
      ANCHOR_ALL.lastIndex = 0;
      return { start: open + 1, quoted: true };
    }
    // That quoted value holds no escaped newline: look past it.
    ANCHOR_ALL.lastIndex = end + 1;
  }
  ANCHOR_ALL.lastIndex = 0;
  let stack = escapedFrameStack(text);
  if (stack === -1) stack = escapedPcStack(text);
  return stack === -1 ? null : { start: stack, quoted: true };
}

/** Escaped newline and tab: between a function and its file line in a stack a logger escaped. */
const FUNC_TO_FILE = "\\n\\t";
/** How many of them are tried as a stack's first frame: a message before may hold some. */
const MAX_FRAME_TRIES = 4;
/** A function's name, as a logger prints a frame's (`github.com/x/y.(*T).F`, `main.f[...]`). */
const FUNC_NAME = /^[\w$·~*()[\]{}/.-]{1,1000}$/;
/** The file line after the tab: a path to a Go or assembly file and a line number. */
const FILE_LINE = /^[^"\\]{1,500}?\.(?:go|s):\d+/;

/**
 * A quoted value that is a stack a logger took itself, escaped, with no goroutine header or
 * headline in it: a function, then its file line (zap's JSON `"stacktrace":"main.f\n\t/x/main
 * .go:12\n…"`, holdout-10/jaeger-1848). Where the value starts (after its opening quote), or -1.
 */
function escapedFrameStack(text: string): number {
  const quotes = new QuoteReader(text);
  let from = 0;
  for (let tries = 0; tries < MAX_FRAME_TRIES; tries++) {
    const tab = text.indexOf(FUNC_TO_FILE, from);
    if (tab === -1) return -1;
    from = tab + FUNC_TO_FILE.length;
    // The function runs back from the escape to the quote that opens the value.
    const quote = text.lastIndexOf('"', tab);
    if (quote === -1 || tab - quote > 1001) continue;
    if (!FUNC_NAME.test(text.slice(quote + 1, tab)) || !text.slice(quote + 1, tab).includes("."))
      continue;
    if (!FILE_LINE.test(text.slice(from, from + 500))) continue;
    // That quote opens a value: no quote is open before it.
    if (quotes.opensValue(quote)) return quote + 1;
  }
  return -1;
}

/**
 * The line's quotes read once, left to right, as findEscapedCrash reads them: whether a quote
 * opens a value (no quote is open before it). Asked of quotes further and further right.
 */
class QuoteReader {
  private at = 0;
  private open = -1;

  constructor(private readonly text: string) {}

  opensValue(quote: number): boolean {
    if (quote < this.at) return false;
    const text = this.text;
    for (; this.at < quote; this.at++) {
      const c = text.charCodeAt(this.at);
      if (c === 0x5c /* \ */ && (this.open !== -1 || text.charCodeAt(this.at + 1) === 0x22))
        this.at++;
      else if (c === 0x22 /* " */) this.open = this.open === -1 ? this.at : -1;
    }
    return this.open === -1;
  }
}

/**
 * An escaped newline, then a file line with its pc and no function: debug.Stack's format before
 * go1.6 that recover handlers keep (`runtime/panic.go:260 (0x44c995)`), and its end — the next
 * escaped newline, the value's closing quote, or the line's end where the text was cut.
 */
const FILE_PC_LINE = /^\\n[^\s"\\]{1,500}?\.(?:go|s):\d{1,9} \(0x[0-9a-fA-F]{1,16}\)(?:\\n|"|$)/;

/**
 * A quoted value that is a message, then such file-and-pc lines, escaped (atlantis' zap JSON
 * `"msg":"PANIC: <value>\nruntime/panic.go:260 (0x44c995)\n…"`, holdout-23/atlantis-260): no
 * goroutine header, headline or function line to anchor on. Where the value starts, or -1.
 */
function escapedPcStack(text: string): number {
  const quotes = new QuoteReader(text);
  let from = 0;
  for (let tries = 0; tries < MAX_FRAME_TRIES; tries++) {
    const nl = text.indexOf("\\n", from);
    if (nl === -1) return -1;
    from = nl + 2;
    if (!FILE_PC_LINE.test(text.slice(nl, nl + 540))) continue;
    // The quote that opens the value: the last one before the escape that is not escaped.
    let quote = text.lastIndexOf('"', nl);
    while (quote > 0 && text.charCodeAt(quote - 1) === 0x5c /* \ */)
      quote = text.lastIndexOf('"', quote - 1);
    if (quote === -1 || nl - quote > 1001) continue;
    if (quotes.opensValue(quote)) return quote + 1;
  }
  return -1;
}

const ANCHOR_ALL = new RegExp(ANCHOR.source, "g");

/** The index of the unescaped `"` that ends a quoted value starting at `from`, or -1. */
export function closingQuote(text: string, from: number): number {
  return scanQuote(text, from).end;
}

/**
 * Like closingQuote, and where to resume when the value goes on in text not read yet (past an
 * escape cut at the end): a value joined piece by piece is read once, not once per piece.
 */
export function scanQuote(text: string, from: number): { end: number; next: number } {
  let i = from;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return { end: i, next: i };
  }
  return { end: -1, next: i };
}

const SIMPLE: Record<string, string> = {
  n: "\n",
  t: "\t",
  r: "\r",
  a: "\x07",
  b: "\b",
  f: "\f",
  v: "\v",
  "\\": "\\",
  '"': '"',
  "'": "'",
};

/** Go's escapes undone: `\n`, `\t`, `\"`, `\\`, `\xNN`, `\uNNNN`, `\UNNNNNNNN`, `\NNN` (octal). */
export function unquoteGo(value: string): string {
  if (value.indexOf("\\") === -1) return value;
  let out = "";
  let from = 0;
  for (
    let i = value.indexOf("\\");
    i !== -1 && i < value.length - 1;
    i = value.indexOf("\\", from)
  ) {
    out += value.slice(from, i);
    const e = value[i + 1] as string;
    const simple = SIMPLE[e];
    let take = 2;
    if (simple !== undefined) out += simple;
    else if (e === "x" || e === "u" || e === "U") {
      const digits = e === "x" ? 2 : e === "u" ? 4 : 8;
      const hex = value.slice(i + 2, i + 2 + digits);
      if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === digits) {
        out += String.fromCodePoint(Number.parseInt(hex, 16));
        take = 2 + digits;
      } else out += value.slice(i, i + 2);
    } else if (/^[0-7]{3}$/.test(value.slice(i + 1, i + 4))) {
      out += String.fromCharCode(Number.parseInt(value.slice(i + 1, i + 4), 8));
      take = 4;
    } else out += value.slice(i, i + 2);
    from = i + take;
  }
  return out + value.slice(from);
}

/**
 * `panic: ` right after a word and a blank is a recover handler's words about the panic it
 * caught (go-mysql-server's `handler caught panic: %v\n%s` with debug.Stack(),
 * holdout-10/dolt-9984), not the runtime's headline, which a message, a mark or a prefix
 * precedes: the line stays whole, a logged stack's message.
 */
function handlerWords(line: string, at: number): boolean {
  if (!line.startsWith("panic: ", at) || line.charCodeAt(at - 1) !== 0x20) return false;
  const c = line.charCodeAt(at - 2);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * The lines of an unquoted value: Go's text begins at its first line's anchor (`Stack: ` or a
 * message before it stays a line of its own), a final newline ends the value.
 */
export function escapedLines(value: string): string[] {
  const text = unquoteGo(value);
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const first = lines[0] ?? "";
  const anchor = ANCHOR.exec(first);
  if (anchor !== null && anchor.index > 0 && !handlerWords(first, anchor.index)) {
    lines.splice(0, 1, first.slice(0, anchor.index).trimEnd(), first.slice(anchor.index));
  }
  return lines.map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
}
