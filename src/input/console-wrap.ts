// Lines a console cut at its width: copied from a Windows console (conhost keeps no line, only
// rows of its width) or a terminal's screen, a long line is a row as wide as the screen, then
// the rest on rows of their own. A line as wide as the widest so far (no row is wider than the
// screen), at least MIN_WIDTH, is held one line: when the next line reads as the rest of it and
// not as a line of its own, the two are one line again, and so on while the pieces keep that
// width. The joined lines are numbered as printed, so a line right above a stack stays right
// above it; realLine maps a number back to the input's.

import { cutsRuntimeText } from "./cut-runtime-text.js";

/** No console cuts a traceback narrower than this (traceback/wrap-width.ts MIN_WRAP_WIDTH). */
const MIN_WIDTH = 45;

/**
 * A line Go, or a program next to it, starts: never the rest of a line before it. Indentation
 * (a file line's tab, a race report's blanks) starts a line too; so does a word and `: `
 * (the runtime's `runtime: `, `stack: frame=…`) and a stamp or tag of the same shape as the
 * line above's (a logger's next line, see sameStart).
 */
const OWN_LINE =
  /^(?:[\t ]{2}|\t|goroutine \d|panic: |fatal error: |created by |\[signal |runtime stack:|SIG[A-Z]+: |PC=|exit status |\[originating from goroutine |Exception 0x|[a-z]+: |[A-Z][a-z]+: |```|~~~)/;
/** `Caught panic:`, `http: panic serving`: a line that names a panic starts it. */
const NAMES_PANIC = /^[\w :]{0,40}\bpanic\b/i;
/** `pkg.F(`, `main.(*T).M(`: a function line's start. */
const CALL_START = /^[\w.\-/%·*()[\]]+\(/;
/** A file line that may be complete: its line number, pc offset and registers end it. */
const FILE_LINE_END = /\.\w+:\d+(?: \+0x[0-9a-f]+)?(?: [a-z]{2}=0x[0-9a-f]+)*$/;
/**
 * What may follow a file line cut inside its numbers: digits, the offset, the registers — at
 * least one digit of them (a race report's closing `==================` is no rest) —, or
 * gin's and macaron's pc in brackets (`render.go:6` then `53 (0xd8ae78)`).
 */
const FILE_LINE_REST = /^(?=.*[\da-f])[\da-fx +=ps]*(?: \(0x[\da-f]+\))?$/;

/**
 * Lines read after a first row whose rest is taken only on a screen's evidence, waiting for a
 * second row as wide: a log line above a stack is often the first line a console cut, and the
 * stack's rows come a few lines under it.
 */
const LOOKAHEAD = 16;

/** `tag`: what the line is read in (a container record's stream); "" for the input's lines. */
type Sink = (text: string, line: number, tag: string) => void;

/** A line pushed while a first row waits for a second one as wide. */
interface Pushed {
  text: string;
  line: number;
  tag: string;
  mayHold: boolean;
}

/** The first characters' shape (digits, letters, the rest as they are): a logger's prefix. */
function shape(text: string): string {
  return text
    .slice(0, 6)
    .replace(/\d/g, "9")
    .replace(/[A-Za-z]/g, "a");
}

/** Whether two lines start alike: a logger's stamp, a quote's or a table's mark on each. */
function sameStart(a: string, b: string): boolean {
  if (shape(a) === shape(b)) return true;
  const c = a.charCodeAt(0);
  const mark = !(c >= 0x30 && c <= 0x39) && !(c >= 0x41 && c <= 0x5a) && !(c >= 0x61 && c <= 0x7a);
  return mark && a.slice(0, 2) === b.slice(0, 2);
}

/** Opening brackets less closing ones. */
function depth(text: string): number {
  let open = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28 || c === 0x5b || c === 0x7b) open++;
    else if (c === 0x29 || c === 0x5d || c === 0x7d) open--;
  }
  return open;
}

/** A row's last word: a name cut inside it, no colon, its brackets closed but not at its end. */
function nameCut(row: string, rest: string): boolean {
  const blank = row.lastIndexOf(" ");
  const word = row.slice(blank + 1);
  if (word === "" || word.includes(":") || /[\]}]$/.test(word)) return false;
  // A word ending in `)` is a call whole, but for a method's name after it (`.(*T)` then
  // `.Run(…)`: Go starts no line with a dot); in `.`, a sentence's end, but for a qualified
  // name's (`…/raft.(raft).` then `maybeCommit(…)`).
  if (word.endsWith(")") && rest.charCodeAt(0) !== 0x2e) return false;
  if (word.endsWith(".") && !/[/)]/.test(word)) return false;
  return blank < 0 || (/[./]/.test(word) && depth(word) === 0);
}

/**
 * net/http's log of a handler's panic cut before its address ended, go1.26
 * src/net/http/server.go `"http: panic serving %v: %v\n%s"` (h2_bundle.go's `http2: `).
 */
const SERVING_CUT = /\bhttp2?: panic serving \S*$/;
/** The address's rest, then the `: ` before the panic's value. */
const ADDRESS_REST = /^\S*: \S/;

/** A function line's receiver left open at a row's end: `capnslog.(*Pa`. */
const RECEIVER_OPEN = /[\w)]\.\(\*?\w*$/;
/** The rest of a receiver's type, then its method: `ckageLogger).Panicf(`, or a row cut again inside it. */
const RECEIVER_REST = /^\w*\)\.\w[\w.]*(?:[([]|$)/;

/** A file line from its path's start to its offset or pc: `pkg/file.go:12 (0x4f2a1b)`. */
const WHOLE_FILE_LINE = /^[\w.\-@~/\\%+]+\.(?:go|s|c):\d+(?: \+0x[0-9a-f]+| \(0x[0-9a-f]+\))?$/;

/** Whether the row ends inside a double-quoted value: an odd number of quotes not escaped. */
function quoteLeftOpen(row: string): boolean {
  let open = false;
  for (let i = row.indexOf('"'); i !== -1; i = row.indexOf('"', i + 1)) {
    if (row.charCodeAt(i - 1) !== 0x5c /* \ */) open = !open;
  }
  return open;
}

/** A word's rest, then the quote that closes the value (`hannel" (…)`, `vents/x.go:427",…`). */
const CLOSES_QUOTE = /^[^\s"]{1,200}"/;

/** A path cut before its file's end: the rest is `name.go:N…`. */
const PATH_ROW = /^\s*(?:[A-Za-z]:)?[\w.\-@~/\\%+]+$/;
/** A row's last word, after a blank, a path with a `/` in it and no file line's `:N` yet. */
const PATH_WORD_END = /\s(?:[A-Za-z]:)?[\w.\-@~\\%+]*\/[\w.\-@~/\\%+]*$/;
const PATH_REST = /^[\w.\-@~/\\%+]*\.(?:go|s|c):\d/;
/** Markdown inline code around a whole row, blanks outside it or not. */
const WHOLE_CODE_SPAN = /^ *`[^`]+` *$/;
/** A qualified function name: no blank, not a path from the root, a dot after its last slash. */
function isNameRow(row: string): boolean {
  if (!/^\w/.test(row) || /\s/.test(row) || row.endsWith(".")) return false;
  const slash = row.lastIndexOf("/");
  return row.indexOf(".", slash + 1) > slash + 1;
}

/**
 * Whether `rest`, the line after the console row `row`, is the rest of that row's line: `yes`
 * when it cannot be a line of its own (the close of a call or bracket the row left open, the
 * digits of a number the row cut, the file of a path the row cut, a name's rest), `screen` when
 * it is only if a second row as wide shows the screen's width, else `no`.
 */
type Rest = "yes" | "screen" | "no";

function restOf(row: string, rest: string): Rest {
  if (rest.trim() === "") return "no";
  // The runtime's words cut across the two (`…nil pointer deref` then `erence`): only joined do
  // they spell them, whatever the rest looks like alone (`ror: invalid …`). Not inside a quoted
  // text of escaped lines (`stack="panic: runt` then `ime error: …\n…`): wrapped-line.ts joins all
  // its rows after, which it would not once one was taken here.
  if (cutsRuntimeText(row, rest) && !(quoteLeftOpen(row) && (row + rest).includes("\\n")))
    return "yes";
  // A row that is one inline code span, opened and closed on it, was not cut: a reporter put
  // every line in backticks (holdout-31/tile38-781, `` `panic: …` `` above `` `[signal …] ` ``).
  if (WHOLE_CODE_SPAN.test(row)) return "no";
  // net/http's headline cut inside the client's address (`http: panic serving 10.0.0.1:6005`
  // then `8: runtime error: …`): the address goes on to the `: ` before the value.
  if (SERVING_CUT.test(row) && ADDRESS_REST.test(rest)) return "yes";
  // A row ending in blanks was padded to the screen's width (tmux, screen), not cut.
  if (OWN_LINE.test(rest) || NAMES_PANIC.test(rest) || row.endsWith("  ")) return "no";
  const open = depth(row);
  // A row whose last word is a name cut inside is that name's rest when a call starts after it,
  // whatever letters both start with: the word, its brackets closed but not at its end, no
  // colon, is the whole row (`…route53.(*route53Provider).GetDoma`) or, behind a logger's or a
  // log system's prefix, a qualified name (`caddy2[3518745]: bufio.(*Writer).Avail`).
  if (open === 0 && CALL_START.test(rest) && nameCut(row, rest)) return "yes";
  // A path cut before its file, the rest its file and line: whatever both start with (`/h…`,
  // `/y…`), unless the row was a file line whole.
  if (
    PATH_ROW.test(row) &&
    PATH_REST.test(rest) &&
    !FILE_LINE_END.test(row) &&
    !(rest.charCodeAt(0) === 0x2f && isNameRow(row))
  )
    return "yes";
  // The same behind a log system's prefix: the row's last word a path (a `/` in it), its file's
  // rest and line on the next line, `…/qtls-go1-16@v0.1.3/uns` then `afe.go:17 +0x248`.
  if (PATH_WORD_END.test(row) && PATH_REST.test(rest) && rest.charCodeAt(0) !== 0x2f) return "yes";
  // A method's receiver cut inside its type: the row ends in `.(*Pa`, the rest closes the
  // receiver and names the method, `ckageLogger).Panicf(…)` — whatever letters both start with.
  if (RECEIVER_OPEN.test(row) && RECEIVER_REST.test(rest)) return "yes";
  if (sameStart(row, rest)) return "no";
  // A quoted value cut inside a word: the row leaves a quote open and the rest's first word
  // closes it (klog's `Observed a panic: "send on closed c` then `hannel" (…)`,
  // holdout-23/tkn-1715). A line of its own does not open with a word and a closing quote.
  if (CLOSES_QUOTE.test(rest) && quoteLeftOpen(row)) return "yes";
  // A call cut inside its arguments goes on whatever its rest looks like; a line that closes
  // its last bracket is whole (a function line, `[signal …]`, a message in parentheses — a
  // logger's mark after it too: an export's `,`).
  if (open > 0) return depth(rest) < 0 ? "yes" : "screen";
  if (open === 0 && /[)\]}][^\w\s]?$/.test(row)) return "no";
  // A function line after a line that is complete is a line of its own; after a cut name it is
  // that name's rest (`…/net/h` then `ttp.(*conn).serve(…)`).
  if (CALL_START.test(rest)) return /[ :]/.test(row) ? "no" : "yes";
  // A file line ends at its numbers, but for a cut inside them.
  if (FILE_LINE_END.test(row)) return FILE_LINE_REST.test(rest) ? "yes" : "no";
  // A function's name alone (pkg/errors' `%+v`, `pkg.F`) and an absolute file line under it,
  // its indentation lost: two lines, not a path cut at a `/`.
  if (rest.charCodeAt(0) === 0x2f /* / */ && isNameRow(row)) return "no";
  if (PATH_ROW.test(row) && PATH_REST.test(rest)) return "yes";
  // A whole file line (gin's `conn.go:637 (0xde7fbc)`) after a row whose last word is no path
  // is a line of its own: a line may end at the screen's edge.
  if (WHOLE_FILE_LINE.test(rest) && !row.slice(row.lastIndexOf(" ") + 1).includes("/")) return "no";
  return "screen";
}

export class ConsoleWrap {
  private widest = 0;
  /** Lines seen as wide as the widest: a console's rows are all as wide as its screen. */
  private atWidest = 0;
  /** A row held one line; `screen` when a row as wide came before it. */
  private held: {
    text: string;
    line: number;
    width: number;
    screen: boolean;
    tag: string;
  } | null = null;
  /**
   * The held row's rest, then the lines after it, while the row waits for a second row as wide:
   * the rest is one only on a screen's evidence, and none came before the row.
   */
  private waiting: Pushed[] | null = null;
  /** Input lines joined to the line before them so far. */
  private joined = 0;
  /** The numbers (as handed on) of the lines that took each joined piece, in order. */
  private readonly joins: number[] = [];

  constructor(
    private readonly sink: Sink,
    /** A line a reader after this one takes out as its own (a log viewer's next line number). */
    private readonly taken: (text: string) => boolean = () => false,
  ) {}

  /** No line is held and none was joined: a line may skip push() when it cannot be a row. */
  get idle(): boolean {
    return this.held === null && this.joined === 0;
  }

  /** Whether a line of this length is one push() need not see (idle, not as wide as the widest). */
  passes(length: number): boolean {
    return length < MIN_WIDTH || length < this.widest;
  }

  /**
   * A line read in `tag`: only a line read in the same one may be a held row's rest. Not
   * `mayHold`: the line is handed on now, never held for a rest.
   */
  push(text: string, line: number, tag = "", mayHold = true): void {
    if (this.waiting !== null) {
      this.wait({ text, line, tag, mayHold });
      return;
    }
    const held = this.held;
    if (held !== null) {
      if (held.tag === tag && !this.taken(text)) {
        const rest = restOf(held.text, text);
        if (rest === "yes" || (rest === "screen" && held.screen)) {
          this.join(text);
          return;
        }
        // The rest of a row only on a screen's evidence: wait for a second row as wide.
        if (rest === "screen") {
          this.wait({ text, line, tag, mayHold });
          return;
        }
      }
      this.held = null;
      this.sink(held.text, held.line, held.tag);
    }
    const n = text.length;
    const number = line - this.joined;
    if (n >= MIN_WIDTH && n >= this.widest) {
      this.atWidest = n === this.widest ? this.atWidest + 1 : 1;
      this.widest = n;
      // A row not held still counts towards the screen's width.
      if (!mayHold) {
        this.sink(text, number, tag);
        return;
      }
      // One line as wide as the widest is no evidence of a screen (a second one is): its rest
      // must say it was cut.
      this.held = { text, line: number, width: n, screen: this.atWidest >= 2, tag };
      return;
    }
    this.sink(text, number, tag);
  }

  /** The held row takes `text` as its rest; a rest as wide as the row is cut too and held on. */
  private join(text: string): void {
    const held = this.held;
    if (held === null) return;
    held.text += text;
    this.joined++;
    this.joins.push(held.line);
    // A piece as wide as the row is cut too: the line goes on, and a row was cut at that
    // width, so the screen is known (a record cut over three rows, holdout-12/harness-2869).
    if (text.length === held.width) {
      held.screen = true;
      return;
    }
    this.held = null;
    this.sink(held.text, held.line, held.tag);
  }

  /**
   * A line read while the held row waits: after a line as wide as the row, a line that reads
   * as its rest makes that line a second row cut (a screen's), and the held row's rest is
   * joined; a wider line, or no second row within LOOKAHEAD lines, says the held row was a
   * line of its own. Either way the lines after the rest are read again, in order.
   */
  private wait(pushed: Pushed): void {
    const waiting = this.waiting ?? [];
    this.waiting = waiting;
    waiting.push(pushed);
    const held = this.held;
    if (held === null) return;
    const before = waiting.length > 1 ? (waiting[waiting.length - 2] as Pushed) : null;
    // A line as wide as the row alone is no screen (two file lines may be as wide): it was cut.
    if (
      before !== null &&
      before.text.length === held.width &&
      before.tag === pushed.tag &&
      restOf(before.text, pushed.text) !== "no"
    ) {
      this.waiting = null;
      held.screen = true;
      this.join((waiting[0] as Pushed).text);
      this.replay(waiting, 1);
    } else if (pushed.text.length > held.width || waiting.length > LOOKAHEAD) this.refute();
  }

  /** The held row was a line of its own: handed on, the lines after it read again. */
  private refute(): void {
    const waiting = this.waiting;
    const held = this.held;
    this.waiting = null;
    this.held = null;
    if (held !== null) this.sink(held.text, held.line, held.tag);
    if (waiting !== null) this.replay(waiting, 0);
  }

  private replay(lines: Pushed[], from: number): void {
    for (let i = from; i < lines.length; i++) {
      const p = lines[i] as Pushed;
      this.push(p.text, p.line, p.tag, p.mayHold);
    }
  }

  end(): void {
    // No second row came: each row waiting is a line of its own.
    while (this.waiting !== null) this.refute();
    const held = this.held;
    this.held = null;
    if (held !== null) this.sink(held.text, held.line, held.tag);
  }

  /** The number a line not pushed here is handed on as: joins before it moved it up. */
  number(line: number): number {
    return line - this.joined;
  }

  /** The input's line number of a line handed on. */
  realLine(line: number): number {
    // Joins taken by lines before `line` moved it up by one each.
    let lo = 0;
    let hi = this.joins.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.joins[mid] as number) < line) lo = mid + 1;
      else hi = mid;
    }
    return line + lo;
  }

  get renumbered(): boolean {
    return this.joined > 0;
  }
}
