// Log prefixes learnt, not listed: on a line where unambiguous Go text (`goroutine N [`,
// `panic: `, `fatal error: `, `created by `, a tab-indented `file.go:N` line) starts after
// some text, that text is a log system's prefix — docker compose's `api_1  | `, logcat's
// `E/Go    ( 3609): `, go-hclog's `[DEBUG] plugin.x: `, syslog in any language. Its shape is
// learnt (prefix-shape.ts) and removed from every later line that has it, each shape its own
// stream, so lines of another logger in between do not break the crash.
//
// Plain crash text never reaches this: its lines start with Go's own text and are passed on
// before any of it runs (looksLikeGoLine), so learning costs nothing where nothing is learnt.

import { HEADER_OPENS } from "./goroutine-header-text.js";
import { removeLinePrefix } from "./line-prefixes.js";
import { learnShape, type PrefixShape } from "./prefix-shape.js";

export interface Stripped {
  text: string;
  /** The stream the line belongs to: the prefix's shape, named by its first line. */
  stream: string;
}

/** Shapes kept at once (the most recently used first): a log seldom interleaves more. */
const MAX_SHAPES = 8;
/** Go's text starts within this many characters of a line, or the line is not read for a prefix. */
const MAX_START = 200;

const ANCHORS = [
  "panic: ",
  "fatal error: ",
  "goroutine ",
  "created by ",
  "[signal ",
  "unexpected fault address ",
  "http: panic serving ",
  "WARNING: DATA RACE",
  // A fatal signal's dump (runtime/signal_unix.go sighandler: `SIGABRT: abort`).
  "SIGABRT: ",
  "SIGSEGV: ",
  "SIGQUIT: ",
  "SIGBUS: ",
  "SIGILL: ",
  "SIGFPE: ",
  "SIGTRAP: ",
  // A Windows exception's first line (runtime/signal_windows.go, go1.26: `Exception 0x…`).
  "Exception 0x",
];

/**
 * One name and its blank before Go's text: a log tool's column naming the container, pod or unit
 * a line came from (stern's and kubetail's `efs-plugin `, a vcluster's `syncer `). A word of
 * prose looks the same, so it is a prefix only when the line before or after carries it too, or
 * once the log's lines were seen to carry such a name (the tool interleaves its sources).
 */
const SOURCE_NAME = /^[A-Za-z][\w.-]{0,62} $/;

export class PrefixLearner {
  private shapes: PrefixShape[] = [];
  /** A name alone was learnt as a prefix (SOURCE_NAME): the log names its sources. */
  private named = false;

  get active(): boolean {
    return this.shapes.length > 0;
  }

  /** `text` is a learnt prefix with nothing after it (a log's line for a blank one). */
  onlyPrefix(text: string): boolean {
    return this.shapes.some((shape) => shape.alone.test(text));
  }

  /** Removes a learnt prefix from the start of `text`; a line that is only the prefix becomes "". */
  strip(text: string): Stripped | null {
    for (let i = 0; i < this.shapes.length; i++) {
      const shape = this.shapes[i] as PrefixShape;
      const match = shape.full.exec(text);
      const rest =
        match !== null ? text.slice(match[0].length) : shape.alone.test(text) ? "" : null;
      if (rest === null) continue;
      if (i > 0) {
        this.shapes.splice(i, 1);
        this.shapes.unshift(shape);
      }
      return { text: rest, stream: shape.name };
    }
    return null;
  }

  /**
   * Learns the prefix of `text` when `before`, the line before it, read before any prefix was
   * known, carries it too: it is then removed from both. True when learnt.
   */
  probe(text: string, before: string): boolean {
    const learnt = this.learn(text, before);
    if (learnt === null) return false;
    const shape = this.shapes[0] as PrefixShape;
    const found = shape.full.exec(before);
    if (found !== null || shape.alone.test(before)) {
      // Named by its first line, the line before.
      this.shapes[0] = { ...shape, name: (found?.[0] ?? before).trimEnd() };
      return true;
    }
    // Not the line before's: forgotten, the line will teach it when it is read.
    this.shapes.shift();
    return false;
  }

  /**
   * Where Go's text starts after a prefix on `text`: learns the prefix's shape and removes it.
   * `before`, the line before, confirms a prefix read from weaker evidence: it has it too; or
   * `after`, the line after, when it is known (a line kept back until it was read).
   * `afterKnown`: a known logger prefix was cut off `text` (prefix-shape.ts learnShape).
   */
  learn(text: string, before?: string, after?: string, afterKnown = false): Stripped | null {
    let at = stampedServingStart(text, goTextStart(text));
    // A logged frame (`x.go:12 (0x…)`) after a word may be a message's (`Data: /x/l.go:199
    // (0x…)`, holdout-2/goreplay-203): a prefix only when the line before has it too.
    let weak = at <= 0;
    if (weak) at = loggedFrameLine(text, before);
    if (at <= 0) return null;
    let shape = learnShape(text.slice(0, at), afterKnown);
    if (shape === null) {
      // A known logger's prefix inside (`api_1  | Apr 02 13:23:12 host caddy2[35]: panic: …`):
      // the learnt prefix is the part before it, the known one comes off after it.
      const known = knownPrefixStart(text, at);
      if (known > 0) {
        shape = learnShape(text.slice(0, known));
        if (shape !== null) at = known;
      }
    }
    let named = false;
    if (shape === null && !weak && SOURCE_NAME.test(text.slice(0, at))) {
      shape = learnShape(text.slice(0, at), false, true);
      named = shape !== null;
    }
    if (shape === null) {
      // Something glued to Go's text (a markdown mark, `^C`, a word: `leftpanic: `) is the
      // program's output, as on a bare line: the prefix ends at the blank before it — if the
      // line before has it too (a terminal's debris before a blank is not a prefix,
      // damaged/mcumgr-cli-23).
      at = text.lastIndexOf(" ", at - 1) + 1;
      if (at <= 0) return null;
      shape = learnShape(text.slice(0, at));
      weak = true;
    }
    if (shape === null) return null;
    if (
      (weak || (named && !this.named)) &&
      !carries(shape, before, afterKnown) &&
      !carries(shape, after, afterKnown)
    )
      return null;
    if (named) this.named = true;
    // A shape learnt before keeps its name: its lines are one stream.
    const known = this.shapes.findIndex((s) => s.key === shape.key);
    const kept = known === -1 ? shape : (this.shapes.splice(known, 1)[0] as PrefixShape);
    this.shapes.unshift(kept);
    if (this.shapes.length > MAX_SHAPES) this.shapes.pop();
    return { text: text.slice(at), stream: kept.name };
  }
}

/** Where a known logger's prefix starts after a blank before `at`, or -1. */
function knownPrefixStart(text: string, at: number): number {
  for (
    let blank = text.indexOf(" ");
    blank !== -1 && blank < at;
    blank = text.indexOf(" ", blank + 1)
  ) {
    const c = text.charCodeAt(blank + 1);
    if (c !== 0x20 && removeLinePrefix(text.slice(blank + 1, at + 200)) !== null) return blank + 1;
  }
  return -1;
}

/** `line` has the prefix `shape`, or is only that prefix. */
function carries(shape: PrefixShape, line: string | undefined, afterKnown = false): boolean {
  if (line === undefined) return false;
  if (shape.full.test(line) || shape.alone.test(line)) return true;
  // The lines around come as read, with the known prefix (std log's stamp) the line lost
  // before the learnt one: beego's `2017/06/21 16:22:27 [C] [asm_amd64.s:514] ` on every line.
  // Known prefixes stack, up to three (journald's, then std log's stamp).
  let rest = line;
  for (let i = 0; afterKnown && i < 3; i++) {
    const known = removeLinePrefix(rest);
    if (known == null) return false;
    rest = known.text;
    if (shape.full.test(rest) || shape.alone.test(rest)) return true;
  }
  return false;
}

/** Package log's default stamp (`2009/11/10 23:00:00 `, with `.000000` under Lmicroseconds). */
const LOG_STAMP = /\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})? $/;

/**
 * net/http logs a recovered panic through package log, so its line carries log's stamp
 * (`2020/05/26 18:00:02 http: panic serving …`); under a logger's own prefix
 * (`2020/05/26 18:00:02 [DEBUG] 2020/05/26 18:00:02 http: panic serving …`,
 * broad-2/rancher-27288) the stamp is the program's text, not the prefix's: the prefix is the
 * part before it, the one the stack's lines carry. Where Go's text starts, given `at`.
 */
function stampedServingStart(text: string, at: number): number {
  if (at <= 0 || !/^(?:[a-z][\w-]{0,30}: )?panic serving /.test(text.slice(at, at + 40))) return at;
  const before = text.slice(Math.max(0, at - 30), at);
  const stamp = LOG_STAMP.exec(before);
  if (stamp === null) return at;
  const from = at - before.length + stamp.index;
  return from > 0 ? from : at;
}

const KLOG_AFTER_BLANK =
  / [IWEF]\d{4} \d\d:\d\d:\d\d\.\d{6} {1,10}\d{1,10} [^ \]]{1,255}:\d{1,9}\] /;

const BULLET = 0x2022;

/**
 * A handler's words right before `panic: ` (`storage: recovered from panic: %v` then its
 * debug.Stack(), holdout-22/adguardhome-7315; `caught panic: `): the program's sentence about a
 * panic it recovered, not a prefix before the runtime's headline, which follows a prefix's mark
 * or padding. Kubernetes' HandleCrash says `Observed a panic: ` (holdout-32/istio-33634, behind
 * a tab-separated console logger's fields).
 */
const HANDLER_WORDS = /(?:^|\W)(?:recovered from|recovered|caught|observed a) $/i;

/** The index where unambiguous Go text starts on `text` after something else, or -1. */
export function goTextStart(text: string): number {
  const limit = Math.min(text.length, MAX_START);
  let best = -1;
  for (const anchor of ANCHORS) {
    let from = 1;
    for (;;) {
      const i = text.indexOf(anchor, from);
      if (i === -1 || i >= limit || (best !== -1 && i >= best)) break;
      const fits =
        anchor === "goroutine "
          ? HEADER_OPENS.test(text.slice(i, i + 100))
          : anchor === "panic: "
            ? !HANDLER_WORDS.test(text.slice(Math.max(0, i - 16), i))
            : !anchor.startsWith("SIG") || !text.startsWith("[signal ", i - 8);
      if (fits) {
        best = i;
        break;
      }
      from = i + 1;
    }
  }
  // `panic: ` with a value that starts on the next line, its trailing blank gone (Ginkgo). Not
  // after a word (`mysql_server caught panic:`, holdout-10/dolt-5366): that is a handler's log
  // of a panic it recovered, the runtime's headline follows a prefix's mark or padding.
  if (best === -1 && text.endsWith("panic:") && text.length - 6 < limit) {
    const before = text.charCodeAt(text.length - 7);
    if ((before === 0x20 && !isLetter(text.charCodeAt(text.length - 8))) || before === BULLET)
      best = text.length - 6;
  }
  // Ginkgo's progress marks (`•` per passed spec) glued to the headline stay on Go's line: the
  // prefix is the logger's, the marks are the program's output (the parser reads past them).
  while (best > 1 && text.charCodeAt(best - 1) === BULLET) best--;
  const tab = text.indexOf("\t");
  if (tab > 0 && tab < limit && (best === -1 || tab < best) && isFileLine(text.slice(tab + 1))) {
    best = tab;
  }
  if (best === -1) best = spaceIndentedFileLine(text, limit);
  if (best === -1) best = hexArgumentsCall(text, limit);
  // klog's header after a pod's prefix: the record of kubernetes' HandleCrash
  // (`pod container E1030 15:09:16.626127  1 runtime.go:78] Observed a panic: …`).
  const klog = KLOG_AFTER_BLANK.exec(text.slice(0, limit + 40));
  if (klog !== null && (best === -1 || klog.index + 1 < best)) best = klog.index + 1;
  return best;
}

/**
 * A frame's file line indented with spaces after a prefix (`E/Go  ( 3609):      /x/gl.go:1650
 * +0x84`): Go's text starts one blank into the run of blanks before the path (the prefix keeps
 * its own blank). Only with the `+0x` offset: `main_test.go:12: ` is t.Log's, not a frame's.
 */
function spaceIndentedFileLine(text: string, limit: number): number {
  const go = text.indexOf(".go:");
  if (go <= 0 || go >= limit + 400) return -1;
  if (!/^\.go:\d+ \+0x[0-9a-f]+(?: |$)/.test(text.slice(go, go + 40))) return -1;
  let path = go;
  while (path > 0 && text.charCodeAt(path - 1) !== 0x20 && text.charCodeAt(path - 1) !== 0x09)
    path--;
  let blanks = path;
  while (blanks > 0 && text.charCodeAt(blanks - 1) === 0x20) blanks--;
  if (blanks === 0 || blanks >= limit) return -1;
  // The word before is a path's start: the path has a blank in it (`C:/Program Files/Go/…`).
  const word = text.slice(text.lastIndexOf(" ", blanks - 1) + 1, blanks);
  if (word.includes("/") || word.includes("\\")) return -1;
  // So is an absolute path's start a few words back, each one blank apart (`C:/Users/brian m.
  // carlson/…/x.go:49 +0xc3`, holdout-24/git-lfs-3540): a user's name with blanks in it.
  if (path - blanks === 1 && absolutePathBefore(text, blanks)) return -1;
  return path - blanks >= 2 ? blanks + 1 : path;
}

/** Words of a path's directories, at most, read back from a file line's base name. */
const MAX_PATH_WORDS = 4;
const ABSOLUTE_START = /^(?:[A-Za-z]:)?[/\\]/;

/**
 * Whether a word that starts an absolute path (`/home/x`, `C:/Users/x`) comes before `end`,
 * the words between one blank apart and without a colon (a stamp's, a prefix's `: `).
 */
function absolutePathBefore(text: string, end: number): boolean {
  for (let words = 0; words < MAX_PATH_WORDS && end > 0; words++) {
    const start = text.lastIndexOf(" ", end - 1) + 1;
    const word = text.slice(start, end);
    if (ABSOLUTE_START.test(word)) return true;
    if (word === "" || word.includes(":") || start === 0 || text.charCodeAt(start - 2) === 0x20)
      return false;
    end = start - 1;
  }
  return false;
}

/**
 * A function line whose arguments are all hex words after a prefix (a CI viewer's line numbers,
 * `186 | github.com/x/api.C.Exec(0xc00002a004, 0x44, ...)`, holdout-5/github-comment-101): no
 * log message is only that. Go's text starts at the function.
 */
const HEX_CALL =
  / ([a-z][\w.\-/]{0,300}\.[^\s(]{1,300}\((?:0x[0-9a-f]{1,16}|\.\.\.)(?:, (?:0x[0-9a-f]{1,16}|\.\.\.)){0,40}\))$/;

function hexArgumentsCall(text: string, limit: number): number {
  if (text.charCodeAt(text.length - 1) !== 0x29 /* ) */ || text.indexOf("(0x") === -1) return -1;
  const match = HEX_CALL.exec(text);
  return match === null || match.index + 1 >= limit ? -1 : match.index + 1;
}

/**
 * A frame of a stack a recover handler logs in the format of runtime/debug.Stack before go1.6
 * (`/x/recovery.go:29 (0x5b9b96)`, `<autogenerated>:26 (0x6e5103)`; gin, martini, macaron and
 * negroni still print it), or an absolute `file.go:N` alone (the callers kubernetes'
 * HandleCrash logs, `/go/src/k8s.io/…/runtime.go:72`; a runtime.Caller loop's first caller
 * is the runtime's assembly that ran the deferred recover, `/x/runtime/asm_amd64.s:514`,
 * beego's recoverPanic), or such a caller in brackets, a logger's `%v` of `file, line`
 * (`[/x/router.go 288]`, beego before 1.0, holdout-16/beego-89; the C runtime's `.c` files
 * then): Go's text starts at the path — not inside a field (`stack="/x/…`):
 * that is a structured record's value, its line the record's (broad/risingwave-8345).
 */
const LOGGED_FRAME =
  / (?:(?:[^\s="]{1,400}\.go|<autogenerated>):\d{1,9} \(0x[0-9a-f]{1,16}\)|\/[^\s="]{1,400}\.(?:go|s):\d{1,9}|\[\/[^\s="\]]{1,400}\.(?:go|s|c)[ :]\d{1,9}\])$/;

/** A line ending in a logged frame: the stack is under way. */
const LOGGED_FRAME_END =
  /(?:(?:\.go|\/[^\s="]{1,400}\.s|<autogenerated>):\d{1,9}(?: \(0x[0-9a-f]{1,16}\))?|\/[^\s="\]]{1,400}\.(?:go|s|c)[ :]\d{1,9}\])$/;

/**
 * Where a logged frame starts after a prefix, or -1. Only at the stack's first frame: learnt
 * further down, the prefix would part the frames read so far from the rest.
 */
function loggedFrameLine(text: string, before: string | undefined): number {
  if (
    text.indexOf(".go:") === -1 &&
    text.indexOf(".s:") === -1 &&
    text.indexOf("<autogenerated>:") === -1 &&
    !(
      text.charCodeAt(text.length - 1) === 0x5d /* ] */ && isDigit(text.charCodeAt(text.length - 2))
    )
  )
    return -1;
  const match = LOGGED_FRAME.exec(text);
  if (match === null || match.index + 1 >= MAX_START) return -1;
  // Marks alone before it are the log's way of writing a frame (`: /x/y.go:162`,
  // holdout-8/kubernetes-57210), not a logger's prefix.
  if (!/[\dA-Za-z]/.test(text.slice(0, match.index))) return -1;
  if (before !== undefined && LOGGED_FRAME_END.test(before)) return -1;
  // A 12-hour clock's `AM`/`PM` glued to the path is the stamp's (a log viewer's `4/18/2017
  // 12:27:54 PM/usr/local/go/src/…`, holdout-18/drone-2008): the path starts after it.
  const at = match.index + 1;
  return MERIDIEM_PATH.test(text.slice(at, at + 3)) && CLOCK_BEFORE.test(text.slice(0, at))
    ? at + 2
    : at;
}

/** `AM` or `PM` glued before an absolute path. */
const MERIDIEM_PATH = /^[AP]M\//;
/** A clock's time, then the blank before its `AM`/`PM`. */
const CLOCK_BEFORE = /\d{1,2}:\d\d:\d\d(?:[.,]\d{1,9})? $/;

/** `/path/to/file.go:42 +0x1d` or `pkg/file.go:42` (a frame's file line, after its tab). */
function isFileLine(text: string): boolean {
  return /^\S{0,400}\.go:\d+(?: \+0x[0-9a-f]+)?(?: |$)/.test(text);
}

/** Words a line of Go's own crash output starts with, before a blank or a colon (by first letter). */
const GO_WORDS: Record<number, string[]> = {
  99: ["created"],
  101: ["exit"],
  102: ["fatal"],
  103: ["goroutine"],
  112: ["panic"],
  114: ["runtime", "running"],
  115: ["signal", "sync"],
  116: ["traceback", "testing"],
  117: ["unexpected"],
};

/**
 * A line that starts like Go's own crash text (a function, a package path, `goroutine 1 [`,
 * `created by`, `panic: `): nothing to unwrap. Reads only the first word, without allocating:
 * it runs on every line of a plain dump.
 */
export function looksLikeGoLine(text: string): boolean {
  const n = text.length;
  let i = 0;
  let c = 0;
  while (i < n) {
    c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f) i++;
    else break;
  }
  if (i === n) return true;
  // `pkg.Func(`, `github.com/…`, `panic(`, `main.(*T)`: a function line — unless the word is
  // another language's source position, a console's prefix (`wasm_exec.js:65 `).
  if (c === 0x2e || c === 0x2f) return !foreignPosition(text, i);
  if (c === 0x28) return true;
  if (c !== 0x20 && c !== 0x3a) return false;
  const words = GO_WORDS[text.charCodeAt(0)];
  if (words === undefined) return false;
  for (const word of words) if (word.length === i && text.startsWith(word)) return true;
  return false;
}

/** How far into a line a source position is looked for: console prefixes are short. */
const MAX_POSITION = 120;

/**
 * The line's first word, from `from` on, is `name.ext:N` for a file Go's traceback never names
 * (Go prints `.go`, and `.s`/`.c` for assembly and cgo): the prefix a browser console puts
 * before a WebAssembly program's output (`wasm_exec.js:65 `), or a Go file's position closed by
 * `: `, package log's Lshortfile (`worker.go:263: `). A function name holds no `:`
 * before its arguments or a blank. Or it is a syslog tag whose program has a dot in its name,
 * `init.sh[4]: ` (holdout-12/dgr-122): a generic function's brackets hold its type arguments
 * or `...`, never a bare number followed by `: `. Or a blank comes before any `(`.
 */
function foreignPosition(text: string, from: number): boolean {
  const end = Math.min(text.length - 1, MAX_POSITION);
  let dot = -1;
  for (let j = from; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x28 || c === 0x09) return false;
    // A blank before the arguments: no function's name holds one (its type arguments' shapes
    // do, inside the brackets met first). A dotted word then a blank is a log's, syslog's
    // facility and level before the tag (OpenWrt's `daemon.err app[6270]: `,
    // holdout-22/immortalwrt-packages-194).
    if (c === 0x20) return true;
    if (c === 0x5b /* [ */) return isSyslogPid(text, j + 1);
    if (c === 0x2e) dot = j;
    else if (c === 0x2f) dot = -1;
    else if (c === 0x3a /* : */) {
      const d = text.charCodeAt(j + 1);
      // A dotted name closed by `: ` is a tag, a program's (packer's plugin log,
      // `2019/11/05 12:07:39 packer.exe: `, holdout-15/packer-8325): a function is followed
      // by its arguments, never by a colon.
      if (dot !== -1 && (d === 0x20 || Number.isNaN(d))) return true;
      if (dot === -1 || d < 0x30 || d > 0x39) return false;
      const ext = text.slice(dot + 1, j);
      if (ext !== "go" && ext !== "s" && ext !== "c") return true;
      // `worker.go:263: `: package log's Lshortfile position before a message (a frame's file
      // line has `+0x…`, a blank or nothing after its number, never `: `), where a message
      // may be debug.Stack()'s header (holdout-26/machinery-119).
      let k = j + 1;
      while (k < end && isDigit(text.charCodeAt(k))) k++;
      return text.charCodeAt(k) === 0x3a && text.charCodeAt(k + 1) === 0x20;
    }
  }
  return false;
}

/** `text` from `at` on is a process id closing a syslog tag: digits, then `]: `. */
function isSyslogPid(text: string, at: number): boolean {
  let j = at;
  while (j < text.length && j - at < 10) {
    const c = text.charCodeAt(j);
    if (c < 0x30 || c > 0x39) break;
    j++;
  }
  return (
    j > at &&
    text.charCodeAt(j) === 0x5d &&
    text.charCodeAt(j + 1) === 0x3a &&
    text.charCodeAt(j + 2) === 0x20
  );
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
