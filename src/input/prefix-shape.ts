// The shape of a log prefix, learnt from one line and matched against the others: the prefix
// is cut into tokens — runs of digits (times, pids, counters: they change from line to line),
// runs of letters (levels, names, month names in any script: they stay), blanks (padding:
// its width may change with the numbers beside it) and single marks (`|`, `:`, `[`, `-`) —
// and compiled to an anchored pattern. Every quantifier is bounded, so matching a line costs
// at most a few steps per character of the prefix, whatever the line holds.

export interface PrefixShape {
  /** The tokens as a pattern source: one learnt shape, one stream. */
  readonly key: string;
  /** The prefix as first seen, without its final blank: the stream's name in a report. */
  readonly name: string;
  /** The prefix with the blank it ends with, at the start of a line. */
  readonly full: RegExp;
  /** A line that is only the prefix (or its first part, up to a separator): a blank line. */
  readonly alone: RegExp;
}

type Token = { kind: "digits" } | { kind: "blank" } | { kind: "text"; text: string };

const MAX_PREFIX = 160;
const MAX_WORDS = 6;

/**
 * Compiles `prefix` (the text in front of Go's text on one line), or null when it does not look
 * like a log prefix. `afterKnown`: a known logger prefix (a stamp, syslog's) was cut off the line
 * before it. `named`: the caller knows one name alone is a source's column here
 * (prefix-learner.ts SOURCE_NAME).
 */
export function learnShape(prefix: string, afterKnown = false, named = false): PrefixShape | null {
  if (!looksLikePrefix(prefix) && !((afterKnown || named) && HOST_AFTER_STAMP.test(prefix)))
    return null;
  const tokens = tokenize(prefix);
  let trailing = 0;
  while (trailing < prefix.length && isBlank(prefix.charCodeAt(prefix.length - 1 - trailing)))
    trailing++;
  const body = tokens.slice(0, tokens[tokens.length - 1]?.kind === "blank" ? -1 : undefined);
  const parts = body.map(pattern);
  // grep's line numbers (`-n`, with `-H` the file's name before them) end in `:` on a line that
  // matched and in `-` on a line of context (`-A`/`-B`/`-C`): one prefix either way
  // (holdout-20/sonic-901, `5-goroutine 420475 …` then `8:runtime.sigpanic()`).
  if (GREP_LINE_NUMBER.test(prefix))
    for (let i = 0; i < body.length; i++) {
      const t = body[i] as Token;
      if (t.kind === "text" && (t.text === "-" || t.text === ":")) parts[i] = "[-:]";
    }
  // A clock glued to Go's text (`16:55:14goroutine 3022 [`) keeps its last field's width: the
  // digits after it are the program's (`16:55:142018/04/10 …`, holdout/trickster-30).
  const glued = GLUED_CLOCK.exec(prefix);
  if (trailing === 0 && glued !== null && body[body.length - 1]?.kind === "digits") {
    let width = 0;
    while (isDigit(prefix.charCodeAt(prefix.length - 1 - width))) width++;
    parts[parts.length - 1] = `\\d{${width}}`;
  }
  // A log file's path loses its leading `/` on some of its lines in a paste
  // (holdout-44/redigo-540: `var/log/abc/abc.error.log `): the rest still names it.
  if (LOG_FILE_PATH.test(prefix)) parts[0] = "\\/?";
  const key = parts.join("");
  // The blank after the prefix is removed as it was learnt (a tab or spaces after it belong to
  // Go's text: the indentation of a file line), or the line ends there.
  const tail =
    trailing === 0 ? "" : `(?:${escapeRegExp(prefix.slice(prefix.length - trailing))}|$)`;
  const full = new RegExp(`^${key}${tail}`);
  // A prefix-only line: the tokens up to the first mark must be there, the rest may be cut off.
  let required = body.findIndex((t) => t.kind === "text" && isMark(t.text));
  if (required === -1) required = body.length - 1;
  let optional = "";
  for (let i = parts.length - 1; i > required; i--) optional = `(?:${parts[i]}${optional})?`;
  const alone = new RegExp(`^${parts.slice(0, required + 1).join("")}${optional}[ \\t]*$`);
  return { key, name: prefix.trimEnd(), full, alone };
}

/**
 * One name after a known stamp: a log shipper's host field (`2018-07-16T15:00:56Z docker-ce `,
 * holdout-15/moby-37473), the stamp being the mark a bare word lacks.
 */
const HOST_AFTER_STAMP = /^[A-Za-z0-9][\w.-]{0,62} $/;
// A 12-hour clock has no leading zero (`下午4:46:07`, `上午10:09:13`), its `AM`/`PM` after it
// when written in English (`4/18/2017 12:27:54 PM`, holdout-18/drone-2008).
const GLUED_CLOCK = /\d{1,2}:\d\d:\d\d(?:[.,]\d{1,9})?(?: ?[AP]M)?$/;
const QUOTED_NAME = /"[\w.:/#-]{1,64}"/g;
/** grep -n's prefix, alone or after -H's file name: `12-`, `12:`, `app.log-12-`, `app.log:12:`. */
const GREP_LINE_NUMBER = /^(?:[\w./-]{1,120}[-:])?\d{1,9}[-:]$/;
const ARROW = /={1,3}>/g;
/** A log file's absolute path alone, then a blank: the file a line was read from. */
const LOG_FILE_PATH = /^\/[\w.@+/-]{1,120}\.(?:log|out|err)(?:\.\d{1,3})? $/;
/** An absolute path: a program's name as a process runner prints it, one name whatever its length. */
const ABSOLUTE_PATH = /(?:^|[ ([])\/[\w.@+/-]{1,120}/g;

/**
 * A log prefix is short and made of stamps, levels, names and marks — not of prose, not of
 * `key=value` pairs (a message that quotes a panic is not a prefix), not a Go source position
 * (`main_test.go:12: ` is t.Log's, and the text after it is the test's).
 */
function looksLikePrefix(prefix: string): boolean {
  const n = prefix.length;
  if (n === 0 || n > MAX_PREFIX) return false;
  if (prefix.trim() === "") return false;
  // A quoted name without blanks is a label (Cloud Build's `Step #11 - "test": `), and `=`
  // in an arrow is a mark (Vagrant's `==> default: ` before a machine's output); any other
  // quote, `=` or brace is a message's.
  if (/["=`'{}]|\.go:\d/.test(prefix.replace(QUOTED_NAME, "").replace(ARROW, ">"))) return false;
  // A stamp, a pid or a mark in it: prose before a pasted panic (`We saw a panic: …`) has none.
  // TAP's `# ` before a diagnostic line (bats, prove) is one too.
  // A TUI's box-drawing bar (k9s's log view, `│ aws-node `) is a `|`.
  // A log file's path alone is a mark too (a viewer that names the file each line came from,
  // `/var/log/abc/abc.error.log `, holdout-44/redigo-540).
  if (!/[\d|[\]():;#\u2502]/.test(prefix) && !LOG_FILE_PATH.test(prefix)) return false;
  // It ends with a mark or blank: Go's text never starts in the middle of a word.
  const last = prefix.charCodeAt(n - 1);
  // …or with a clock glued to Go's text (Rancher's `10/04/2018 16:55:14goroutine 3022 [`, a
  // Chinese Docker UI's `2017/1/9 下午4:46:07goroutine 3447 [`, holdout-14/minio-3553).
  if (!isBlank(last) && !isMark(prefix[n - 1] as string) && !GLUED_CLOCK.test(prefix)) return false;
  // A process runner's label names the program by its path (etcd's e2e tests,
  // `/home/runner/work/etcd/etcd/bin/etcd (TestX-test-2) (28025): `, holdout-14/etcd-15595):
  // the path is one word, as a syslog tag's program name is.
  let words = 0;
  for (const m of prefix.replace(ABSOLUTE_PATH, " path").matchAll(/[A-Za-z]{3,}/g))
    if (m[0] !== undefined) words++;
  return words <= MAX_WORDS;
}

function tokenize(prefix: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < prefix.length) {
    const c = prefix.charCodeAt(i);
    let j = i + 1;
    if (isDigit(c)) {
      while (j < prefix.length && isDigit(prefix.charCodeAt(j))) j++;
      tokens.push({ kind: "digits" });
    } else if (isBlank(c)) {
      while (j < prefix.length && isBlank(prefix.charCodeAt(j))) j++;
      tokens.push({ kind: "blank" });
    } else if (isLetter(c)) {
      while (j < prefix.length && isLetter(prefix.charCodeAt(j))) j++;
      tokens.push({ kind: "text", text: prefix.slice(i, j) });
    } else {
      tokens.push({ kind: "text", text: prefix[i] as string });
    }
    i = j;
  }
  return tokens;
}

function pattern(token: Token): string {
  if (token.kind === "digits") return "\\d{1,20}";
  if (token.kind === "blank") return "[ \\t]{0,64}";
  return escapeRegExp(token.text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&").replace(/\t/g, "\\t");
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** Letters of any script (`4月`, `Août`) and `_`: names and words stay as they were learnt. */
function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c > 0x7f;
}

function isMark(ch: string): boolean {
  return ":|];)>,-\uFE55\u2502".includes(ch);
}
