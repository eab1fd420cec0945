// The lines right under a crash's headline (`panic: …`, `fatal error: …`) up to the blank line
// before its first goroutine: the panic chain's links, the `[signal …]` line, and the value's
// (or fatal message's) continuation lines, framed by a tab since go1.23 and not before. The
// parser's `headline` state hands each line here, and its `between` state asks here whether a
// line after the blank still belongs to the value. What a line opens instead (a goroutine
// block, a logged stack, a new crash) is done through the parser (HeadlineHost).

import type { Crash, Panic } from "../model.js";
import { isCallOfFrame, parseCallLine, parseIndentedFileLine } from "./frame-lines.js";
import { isGoroutineHeader } from "./goroutine-header.js";
import {
  cutChainMark,
  isPreambleLine,
  isRunnerTrailer,
  isTracebackDiagnostic,
  markWithStrayChar,
  parseExitStatus,
  parseFatalLine,
  parsePanicLine,
  parseSignalLine,
} from "./headline.js";
import { isKnownPanicValue, isKnownRuntimeThrow, isOneLineRuntimeValue } from "./known-throws.js";
import { isElisionMark, isLogRecord, loggedPanic } from "./line-kinds.js";
import { parseAtFrameLine, parseBareFileLine, parsePcFileLine } from "./logged-frames.js";
import { panickedAgainInDefer } from "./repeated-headline.js";
import { ReversedUnderHeadline } from "./reversed.js";
import { cutGlueAfterSignalValue } from "./signal-value-glue.js";
import type { WrapWidth } from "./wrap-width.js";

/** What the headline's lines do to the parser around them. */
export interface HeadlineHost {
  /** Whether the line being read is as wide as a terminal's hard wrap. */
  readonly wrap: WrapWidth;
  /** Text in front of every line of the crash (an indented paste, a log's `]: `). */
  prefix(): string;
  setPrefix(prefix: string): void;
  /** Goroutine blocks of the open crash so far. */
  blocks(): number;
  /** Whether the relayed threads of GOTRACEBACK=crash are being read. */
  inRelay(): boolean;
  /** The parser's state is `block` (after `openGoroutine`). */
  inBlock(): boolean;
  /** The lines after the headline's blank line: the parser's `between` state. */
  toBetween(): void;
  /** A blank was a double-spaced paste's: the parser's `headline` state again. */
  toHeadline(): void;
  openGoroutine(text: string, line: number): void;
  openSystemStack(line: number): void;
  /** Opens a goroutine block with no header at `line`. */
  openHeaderless(line: number): void;
  blockLine(text: string, line: number): void;
  betweenLine(text: string, line: number): void;
  /** A stack the program logged under its headline starts with this line. */
  readLogged(text: string, line: number): void;
  endCrash(): void;
  idleLine(text: string, line: number): void;
  unparsed(text: string, line: number): void;
  stray(text: string, line: number): void;
}

/** A label alone on its line that announces a stack: `Stack trace:`, `Traceback:`. */
const STACK_LABEL = /^(?:(?:call|full|go) )?(?:stack ?trace|stack|trace ?back|back ?trace):$/i;

/**
 * The same after the headline's blank line, in a reporter's words too: `Top of the stack
 * trace:` between two pasted fences (holdout-30/unidoc-80). A few words, the last naming a
 * stack. Right under a headline such a line may be the value's own (`wasm stack trace:`,
 * holdout-19/wazero-1399), so only STACK_LABEL is read there; after the blank the runtime
 * prints only stacks (`runtime stack:` is read before this is asked).
 */
const STACK_LABEL_AFTER_BLANK =
  /^(?:[a-z]+ ){0,5}(?:stack ?trace|stack|trace ?back|back ?trace)s?:$/i;

/**
 * A markdown heading of a few words (an issue template's `### Logs`): a reporter's, never the
 * runtime's, which starts no line with `#`. After the headline's blank, like a label above.
 */
const MARKDOWN_HEADING = /^#{1,6} [A-Za-z][\w-]*(?: [\w-]+){0,5}:?$/;

export function isStackLabelAfterBlank(text: string): boolean {
  return (
    (text !== "runtime stack:" && STACK_LABEL_AFTER_BLANK.test(text)) ||
    (text.charCodeAt(0) === 0x23 /* # */ && MARKDOWN_HEADING.test(text))
  );
}

/** A goroutine header's id alone on its line, its ` [state]:` on the next (splitHeader). */
const SPLIT_HEADER = /^goroutine \d+$/;
/** A header's id glued after a headline's text by a blank (gluedHeaderId). */
const GLUED_HEADER_ID = / (goroutine \d+)$/;

/** Lines of a pre-go1.23 multi-line panic value accepted before the blank line. */
const MAX_VALUE_LINES = 2000;
/** Blanks in front of the lines under a headline that can be a paste's or a log's indentation. */
export const MAX_HEADLINE_INDENT = 16;

export class UnderHeadline {
  private valueLines = 0;
  /** go1.23+ frames multi-line values with a tab after each newline. */
  private valueFramed: boolean | null = null;
  /**
   * A goroutine header right under the headline: real, or the last line of a panic value? With
   * `blank`, the blank line after it (held too: a function line after it makes it real).
   */
  private headerInValue: { text: string; line: number; blank?: number } | null = null;
  /**
   * `goroutine N` alone under a headline whose value cannot go on: a header a paste broke before
   * its ` [state]:` (holdout-30/excelize-529). Held one line; the rest makes it a header.
   */
  private splitHeader: { text: string; line: number } | null = null;
  /** The crash's only link again, held as a paste's doubled headline (settleRepeated). */
  private repeated: { crash: Crash; panic: Panic } | null = null;
  /** Lines after a blank that may still be a multi-line value's (valueGoesOn). */
  private valueTail: { text: string; line: number }[] = [];
  private readonly reversedUnder = new ReversedUnderHeadline();
  /** A line was read under the headline with no blank before it (blankInValue). */
  private tight = false;
  /** The line being read came after a blank (betweenLine's continuesHeadline). */
  private viaBlank = false;

  constructor(private readonly host: HeadlineHost) {}

  /** A headline was read: its value has no continuation lines yet. */
  enter(): void {
    this.valueLines = 0;
    this.valueFramed = null;
    this.tight = false;
    this.viaBlank = false;
  }

  /** Nothing is held: no header that may be the value's, no lines after a blank. */
  get holdsNothing(): boolean {
    return this.valueTail.length === 0 && this.headerInValue === null && this.splitHeader === null;
  }

  /**
   * As the crash ends: the repeated headline was the chain's second link that lost its tab when
   * the crashing goroutine shows a deferred call that panicked again (holdout-39/resty-1014).
   */
  settleRepeated(crash: Crash): void {
    const repeated = this.repeated;
    this.repeated = null;
    if (repeated === null || repeated.crash !== crash || crash.panics.length !== 1) return;
    if (!panickedAgainInDefer(crash)) return;
    const { value, recovered, repanicked } = repeated.panic;
    crash.panics.push({ value, recovered, repanicked });
  }

  /** The lines held after a blank, handed back as the crash ends. */
  takeTail(): { text: string; line: number }[] {
    const tail = this.valueTail;
    this.valueTail = [];
    return tail;
  }

  /**
   * The header held right under the headline, handed back as the crash ends — held with the
   * blank after it too: a value's header-like last line is always followed by the runtime's
   * blank and its real header (go1.26.8 src/runtime/panic.go printpanics, then dopanic_m's
   * `print("\n")` and goroutineheader), so nothing after the blank says the paste was cut at
   * the real header, its blank above lost (holdout-14/venus-623 with no blank lines).
   */
  takeHeader(): { text: string; line: number } | null {
    const split = this.splitHeader;
    this.splitHeader = null;
    if (split !== null) this.host.stray(split.text, split.line);
    const header = this.headerInValue;
    this.headerInValue = null;
    return header;
  }

  line(raw: string, line: number, crash: Crash): void {
    const host = this.host;
    const text = this.indentUnderHeadline(raw);
    if (text !== "" && !this.viaBlank) this.tight = true;
    this.viaBlank = false;
    const split = this.splitHeader;
    if (split !== null) {
      this.splitHeader = null;
      const rest = text.trimStart();
      const joined = `${split.text} ${rest}`;
      if (rest.startsWith("[") && isGoroutineHeader(joined)) {
        this.line(joined, split.line, crash);
        crash.span.endLine = line;
        return;
      }
      host.stray(split.text, split.line);
    } else if (this.valueCannotGoOn(crash) && SPLIT_HEADER.test(text)) {
      this.splitHeader = { text, line };
      return;
    } else if (
      this.valueLines === 0 &&
      text.startsWith("[") &&
      this.gluedHeaderId(crash, text, line)
    ) {
      return;
    }
    if (
      this.valueLines === 0 &&
      this.headerInValue === null &&
      ((crash.recoveredBy !== undefined &&
        (parseBareFileLine(text) !== null ||
          parsePcFileLine(text) !== null ||
          parseAtFrameLine(text) !== null)) ||
        // A runtime error's text is one line (go1.26.8 runtime/error.go: no Error() there writes a
        // newline), so `file:line (0xPC)` lines under it are not the value's but a stack the
        // program logged after it (vitess's `caught panic: %v` then its own stack).
        (isRuntimeErrorValue(crash) && parsePcFileLine(text) !== null))
    ) {
      // Kubernetes' HandleCrash before 1.10: `Observed a panic: …` then `file:line` lines. An
      // `at` line is a viewer's rewrite of the runtime's own stack (net/http prints
      // debug.Stack()): the crash stays what its headline says.
      if (parseAtFrameLine(text) === null) crash.kind = "logged";
      host.readLogged(text, line);
      return;
    }
    if (this.headerInValue !== null) {
      // A header right under the headline is real when frames follow it. Followed by a
      // blank line, it was the last line of a multi-line panic value (before go1.23 the
      // runtime did not indent those, so a value can imitate a header). A fatal error's
      // message or a `[signal …]` line is never a value's: there the header is real.
      const header = this.headerInValue;
      if (
        header.blank === undefined &&
        text === "" &&
        crash.kind !== "fatal" &&
        crash.signal === undefined
      ) {
        // Held over the blank too: a paste that moved the runtime's blank line from over the
        // header to under it (holdout-24/gitbatch-73) has the header's frames after it, while
        // after a value's last line the runtime prints its blank and then a header
        // (go1.26.8 src/runtime/panic.go printpanics, then dopanic_m's `print("\n")` and
        // goroutineheader), never a function line.
        header.blank = line;
        crash.span.endLine = line;
        return;
      }
      this.headerInValue = null;
      if (header.blank !== undefined ? isCallOfFrame(text) : text !== "") {
        host.openGoroutine(header.text, header.line);
        if (host.inBlock()) host.blockLine(text, line);
        else host.betweenLine(text, line);
        return;
      }
      if (header.blank === undefined && (crash.kind === "fatal" || crash.signal !== undefined)) {
        host.openGoroutine(header.text, header.line);
        if (host.inBlock()) host.blockLine(text, line);
        else host.betweenLine(text, line);
        return;
      }
      this.appendToValue(crash, header.text, header.line);
      if (header.blank !== undefined) {
        // The blank held after it ends the value, as it would have; this line is read after it.
        this.line("", header.blank, crash);
        if (host.inBlock()) host.blockLine(text, line);
        else host.betweenLine(text, line);
        return;
      }
    }
    crash.span.endLine = line;
    if (text === "") {
      host.toBetween();
      if (this.readReversedValue(crash)) host.blockLine(text, line);
      return;
    }
    if (this.valueLines === 0 && host.wrap.atWidthBefore && this.cutMarkRest(crash, text)) return;
    if (this.valueLines === 0 && this.wrappedRuntimeErrorRest(crash, text)) return;
    const panic = parsePanicLine(text);
    if (panic !== null) {
      if (this.valueLines === 0 && !panic.nested && samePanicAgain(crash, panic)) {
        // The headline pasted twice (holdout-31/tile38-781): the runtime prints every link
        // after the first behind a tab (go1.26.8 src/runtime/panic.go printpanics), and one
        // that was not recovered is never followed by itself — unless the paste lost every
        // tab, the stack then saying a deferred call panicked again (settleRepeated).
        this.repeated = { crash, panic };
        host.stray(text, line);
        return;
      }
      const before = this.valueLines === 0 && panic.nested ? crash.panics.at(-1) : undefined;
      const stray = before?.recovered === false ? markWithStrayChar(before.value) : null;
      if (before !== undefined && stray !== null) {
        before.value = stray.value;
        before.recovered = true;
        before.repanicked = stray.repanicked;
      }
      crash.panics.push({
        value: panic.value,
        recovered: panic.recovered,
        repanicked: panic.repanicked,
      });
      this.valueFramed = null;
      return;
    }
    // go1.26+ prints a fatal error raised while panicking as the chain's last link, after a
    // tab as the other links; a paste turns that tab into spaces, as parsePanicLine reads too.
    const link = crash.panics.length > 0 && text.charCodeAt(0) === 0x20 ? spacedLink(text) : text;
    const fatal = parseFatalLine(link);
    if (fatal !== null) {
      if (crash.kind === "fatal" && crash.fatal !== undefined && link.charCodeAt(0) !== 0x09) {
        // A second throw while the runtime was already dying (`fatal error: workbuf is empty`
        // after `acquirep: invalid p state`, holdout-2/coreos-bugs-1909): the first is the cause.
        crash.notes.push({ line, text });
        return;
      }
      crash.fatal = fatal;
      crash.kind = "fatal";
      // go1.26+: a fatal error raised while panicking is printed as the chain's last link.
      if (link.charCodeAt(0) === 0x09 && crash.panics.length > 0) {
        crash.panics.push({ value: fatal, recovered: false, repanicked: false, fatal: true });
      }
      return;
    }
    const signal = parseSignalLine(text);
    if (signal !== null) {
      crash.signal = signal;
      const glued = cutGlueAfterSignalValue(crash);
      if (glued !== null) host.stray(glued, line - 1);
      return;
    }
    if (isGoroutineHeader(text)) {
      this.headerInValue = { text, line };
      return;
    }
    if (text.endsWith("]") && isGoroutineHeader(`${text}:`)) {
      // A header that lost its colon, as betweenLine reads one after a blank (a log that lost
      // every line's `:…` end, broad-4/vault-24022): real when frames follow, as above.
      this.headerInValue = { text: `${text}:`, line };
      return;
    }
    if (text === "runtime stack:") {
      host.openSystemStack(line);
      return;
    }
    const exit = parseExitStatus(text);
    if (exit !== null) {
      crash.exitStatus = exit;
      host.endCrash();
      return;
    }
    if (
      host.blocks() === 0 &&
      (((crash.signal !== undefined ||
        crash.recoveredBy === "net/http" ||
        crash.kind === "fatal") &&
        isCallOfFrame(text)) ||
        isPanicCallFrame(text) ||
        (this.valueLines === 0 && isCallOfFrame(text) && endsInRuntimeError(crash)))
    ) {
      // Frames right under `[signal …]` with no goroutine header (a paste that lost it,
      // holdout-3/go-fitz-1): the value ended at the signal line, so this is a stack. So are
      // frames right under net/http's `http: panic serving` line (holdout-5/druid-exporter-66),
      // and under a fatal error's, whose text is one line (go1.26.8 runtime/panic.go throw and
      // fatal print `fatal error: `, the string, a newline; broad-4/kubernetes-107463, the
      // header cut to `running]:`),
      // and the `panic(…)` frame right under the headline: a value's line never is the runtime's
      // call of panic with its argument words (broad-4/moby-32809, rsyslog kept three dockerd
      // panics each to the headline and that frame); and under a runtime error's value, whose
      // text is one line (isOneLineRuntimeValue), a function line is the stack's, a reporter's
      // heading between them (holdout-31/robfig-cron-470, `# Crash Log`).
      host.openHeaderless(line);
      host.blockLine(text, line);
      return;
    }
    if (text === "--") {
      // grep's group separator (`grep -A/-B/-C`), or a log viewer's rule between records,
      // pasted between the headline and the stacks (holdout-9/livepeer-2572). The runtime
      // never prints it there on its own line: go1.23+ frames a value's lines with a tab.
      host.stray(text, line);
      return;
    }
    if (this.valueFramed !== true && isElisionMark(text)) {
      // A reporter's mark that lines were left out (`[...]` under the headline,
      // holdout-11/etcd-3504): the runtime prints none, and go1.23+ frames a value's lines
      // with a tab. What comes after it is read as after the headline's blank line.
      host.unparsed(text, line);
      host.toBetween();
      return;
    }
    if (this.valueFramed !== true && (text.startsWith("$ ") || isLogRecord(text))) {
      // A shell prompt pasted between the headline and the stacks is never part of a value,
      // nor is a logger's record another goroutine wrote while the runtime printed
      // (holdout-7/logging-operator-60: zap's JSON and logrus's lines under the headline).
      host.stray(text, line);
      return;
    }
    const logged = loggedPanic(text);
    if (logged !== null) {
      // A recovering handler's log line (`Observed a panic: …`) is never a value's line. Of a
      // panic in this chain, it is that handler's record of it, written on another stream
      // (klog's stderr interleaved with the runtime's, holdout-7/logging-operator-60); of
      // another value, it starts another crash.
      if (crash.panics.some((p) => p.value === logged.value)) {
        host.stray(text, line);
        return;
      }
      host.endCrash();
      host.idleLine(text, line);
      return;
    }
    const last = crash.panics.at(-1);
    if (
      this.valueLines === 0 &&
      last !== undefined &&
      last.recovered &&
      valueOwner(crash) === last
    ) {
      // printpanics prints ` [recovered]` (go1.25+ ` [recovered, repanicked]`) after the whole
      // value, then the newline (go1.26.8 src/runtime/panic.go): a line
      // under a link that ends in the mark is no part of its value, but output
      // another writer put between the headline and the stacks (holdout-13/k6-5128: k6's
      // progress line).
      host.stray(text, line);
      return;
    }
    if (this.valueFramed !== true && STACK_LABEL.test(text)) {
      // The program's label over the stack it prints next (fasthttp's recover in workerFunc:
      // `panic: %s\nStack trace:\n%s` with debug.Stack(), holdout-16/iris-82): the runtime
      // prints no such line, and go1.23+ frames a value's own lines with a tab.
      host.stray(text, line);
      return;
    }
    if (isRunnerTrailer(text) || this.valueLines >= MAX_VALUE_LINES) {
      host.endCrash();
      host.idleLine(text, line);
      return;
    }
    if (this.valueLines === 0 && last !== undefined && isOneLineRuntimeValue(last.value)) {
      // A runtime error's text is one line: a line under it that no rule above read is another
      // writer's (TinyGo's `[tinygo: panic at …]` and the runner's `error: failed to run compiled
      // binary …`, holdout-19/tinygo-pr4383, tinygo-3510), not the value's.
      host.stray(text, line);
      return;
    }
    // A continuation of the last value: go1.23+ puts a tab after every newline of it, so
    // there an unindented line is past the value (GOTRACEBACK=none prints no blank line).
    if (this.valueFramed === null) this.valueFramed = text.charCodeAt(0) === 0x09;
    else if (this.valueFramed && text.charCodeAt(0) !== 0x09) {
      host.endCrash();
      host.idleLine(text, line);
      return;
    }
    if (valueOwner(crash) === "fatal" && isPreambleLine(text.trimStart())) {
      // The runtime's own report under a throw (`runtime: nonempty check fails …`, another
      // thread's `unexpected fault address …` or `futexwakeup … returned -89` as threads fault
      // at once, holdout-5/anacrolix-torrent-699, holdout-16/frp-2149 — there behind a padding
      // blank a terminal wrapped): a throw's text is one line, so this is no part of it.
      crash.notes.push({ line, text });
      crash.span.endLine = line;
      return;
    }
    const owner = valueOwner(crash);
    if (owner === "fatal" && text.charCodeAt(0) !== 0x09) {
      // A throw's text is printed whole on its line, its own newlines framed by a tab (go1.26.8
      // src/runtime/panic.go throw and fatal, error.go printindented), so an unframed line under it is
      // not its text: a reporter's `# ...lengthy stack trace redacted...` (broad-3/golang-15639).
      host.unparsed(text, line);
      return;
    }
    if (owner !== null && host.blocks() === 0)
      this.reversedUnder.note(
        text,
        line,
        owner === "fatal" ? (crash.fatal as string) : owner.value,
        this.valueLines === 0,
      );
    this.appendToValue(crash, text, line);
  }

  /**
   * A header's ` [state]:` alone right under a headline that ends in `goroutine N`: a reflow lost
   * the blank and the newline after the headline, gluing the header's id to it
   * (holdout-32/zincsearch-163). Read so only when the text before the id is one that cannot
   * go on — a runtime error's, one line (isOneLineRuntimeValue), or a throw the runtime knows —
   * so the id is no part of it. The value loses the id, the joined header is read.
   */
  private gluedHeaderId(crash: Crash, text: string, line: number): boolean {
    if (this.headerInValue !== null || crash.panics.length > 1) return false;
    const fatal = crash.kind === "fatal" && crash.fatal !== undefined;
    const value = fatal ? (crash.fatal as string) : crash.panics[0]?.value;
    const m = value === undefined ? null : GLUED_HEADER_ID.exec(value);
    if (m === null) return false;
    const rest = (value as string).slice(0, m.index);
    if (fatal ? !isKnownRuntimeThrow(rest) : !isOneLineRuntimeValue(rest)) return false;
    const header = `${m[1]} ${text}`;
    if (!isGoroutineHeader(header)) return false;
    if (fatal) crash.fatal = rest;
    else (crash.panics[0] as Panic).value = rest;
    this.line(header, line, crash);
    return true;
  }

  /**
   * No line under the headline can be its value's: a signal or a throw ended it, or it is a
   * runtime error, whose text is one line (isOneLineRuntimeValue).
   */
  private valueCannotGoOn(crash: Crash): boolean {
    if (this.headerInValue !== null) return false;
    if (crash.signal !== undefined || crash.kind === "fatal") return true;
    const last = crash.panics.at(-1);
    return this.valueLines === 0 && last !== undefined && isOneLineRuntimeValue(last.value);
  }

  /**
   * The value's lines under the headline were trace lines in reverse order (reversed.ts
   * ReversedUnderHeadline): the value is given back its own text and the lines are read
   * bottom-up as a headerless block, and the crash says so. Whether they were.
   */
  readReversedValue(crash: Crash): boolean {
    const run = this.reversedUnder.take();
    const owner = valueOwner(crash);
    if (run === null || owner === null) return false;
    if (owner === "fatal") crash.fatal = run.value;
    else owner.value = run.value;
    this.valueLines = 0;
    crash.readReversed = true;
    const end = crash.span.endLine;
    this.host.openHeaderless(run.lines[0]?.line as number);
    for (const earlier of run.lines) this.host.blockLine(earlier.text, earlier.line);
    crash.span.endLine = Math.max(end, crash.span.endLine);
    return true;
  }

  /**
   * The lines under a headline indented by blanks the headline lacks (testing's log of a
   * captured output indents every line after its first, holdout-5/helm-10683): when the first
   * of them is a `[signal …]` line or a goroutine header, that indentation is the crash's prefix.
   * The parser asks here too for the first line after the headline's blank line.
   */
  indentUnderHeadline(text: string): string {
    if (this.host.prefix() !== "" || this.valueLines !== 0 || text.charCodeAt(0) !== 0x20)
      return text;
    let n = 0;
    while (n < MAX_HEADLINE_INDENT && text.charCodeAt(n) === 0x20) n++;
    const rest = text.slice(n);
    if (parseSignalLine(rest) === null && !isGoroutineHeader(rest)) return text;
    this.host.setPrefix(text.slice(0, n));
    return rest;
  }

  /**
   * The rest of the headline's ` [recovered]` that a terminal wrapped onto the next row (the
   * headline as wide as any row before it): the link was recovered. Whether the line was that.
   */
  private cutMarkRest(crash: Crash, text: string): boolean {
    const owner = valueOwner(crash);
    if (owner === null || owner === "fatal") return false;
    const cut = cutChainMark(owner.value, text);
    if (cut === null) return false;
    owner.value = cut.value;
    owner.recovered = true;
    owner.repanicked = cut.repanicked;
    return true;
  }

  /**
   * The last word(s) of a runtime error's text that a wrap moved onto the next row
   * (holdout-32/linkerd2-5493: `… or nil pointer`, then `dereference`): a runtime error's text is
   * one line (go1.26.8 runtime/error.go: no Error() writes a newline), so when the headline's
   * value is none the catalogue knows and it joined with the row is one, the row is its rest.
   * Joined at a blank (a word wrap), or with none when the headline was as wide as a terminal's
   * hard wrap (wrap-width.ts). True when the row was taken as that rest.
   */
  private wrappedRuntimeErrorRest(crash: Crash, text: string): boolean {
    const owner = valueOwner(crash);
    if (owner === null || owner === "fatal" || !owner.value.startsWith("runtime error: "))
      return false;
    if (text.length > 80 || text.charCodeAt(0) <= 0x20 || isOneLineRuntimeValue(owner.value))
      return false;
    const joined = [`${owner.value} ${text}`];
    if (this.host.wrap.atWidthBefore) joined.push(`${owner.value}${text}`);
    const whole = joined.find(isOneLineRuntimeValue);
    if (whole === undefined) return false;
    owner.value = whole;
    return true;
  }

  /** Adds a line to the last panic value (or fatal message), without go1.23+'s framing tab. */
  private appendToValue(crash: Crash, text: string, line: number): void {
    const continuation =
      this.valueFramed === true && text.charCodeAt(0) === 0x09 ? text.slice(1) : text;
    this.valueLines++;
    const owner = valueOwner(crash);
    if (owner === "fatal") crash.fatal += `\n${continuation}`;
    else if (
      owner !== null &&
      owner.value === "" &&
      this.valueLines === 1 &&
      isKnownPanicValue(text)
    )
      // A bare `panic:` over a value the runtime or the standard library panics with: they print
      // it right after `panic: ` (go1.26.8 src/runtime/panic.go printpanicval), so the break is a
      // log's that wrote the two prints as two lines (holdout-29/melody-8: `[stderr] ` before
      // the value), not a value that starts with a newline.
      owner.value = text;
    else if (owner !== null) owner.value += `\n${continuation}`;
    else this.host.unparsed(text, line);
  }

  /**
   * Drops the last lines of the crash's value (or fatal message) that `stray` says are not its
   * own: a log's prefix alone on a line, read as text before the prefix was learnt.
   */
  dropValueTail(crash: Crash | null, stray: (text: string) => boolean): void {
    const owner = crash === null ? null : valueOwner(crash);
    if (crash === null || owner === null) return;
    let value = owner === "fatal" ? (crash.fatal as string) : owner.value;
    for (let cut = value.lastIndexOf("\n"); cut !== -1; cut = value.lastIndexOf("\n")) {
      if (!stray(value.slice(cut + 1))) break;
      value = value.slice(0, cut);
      this.valueLines--;
    }
    if (owner === "fatal") crash.fatal = value;
    else owner.value = value;
  }

  /**
   * The blank before a tab-framed line that goes on with a value (continuesHeadline): go1.23+
   * prints a value's empty line as its framing tab alone (go1.26.8 src/runtime/error.go
   * printindented writes `\n\t` for each newline), which a paste's trailing-blank trim leaves
   * empty (holdout-20/pactus-1532, gotk3's `…\n\nClosure added at:`): the value keeps it, when
   * a line under the headline came with no blank over it. A chain's next link is no value's line.
   */
  blankInValue(crash: Crash, text: string, line: number): void {
    const tight = this.tight;
    this.viaBlank = true;
    // A double-spaced paste puts its blank under every line, the headline's first too: only
    // lines read under the headline with no blank between say the paste kept the runtime's.
    if (!tight || text.charCodeAt(0) !== 0x09 || parsePanicLine(text) !== null) return;
    if (parseFatalLine(text) !== null) return;
    this.appendToValue(crash, "", line - 1);
  }

  /** A line that goes on with the headline although a blank came before it (betweenLine). */
  continuesHeadline(crash: Crash, text: string): boolean {
    if (crash.kind !== "panic" || crash.panics.length === 0 || this.host.inRelay()) return false;
    const c = text.charCodeAt(0);
    if (c === 0x20) {
      const link = parsePanicLine(text);
      return (link !== null && link.nested) || spacedLink(text) !== text;
    }
    if (c !== 0x09) return false;
    // A file line is a stack's (a paste that lost its function lines), never a value's.
    return parseIndentedFileLine(text) === null && !isTracebackDiagnostic(text);
  }

  /**
   * After the headline's blank line: holds the line when the value may go on (valueGoesOn).
   * Whether it did.
   */
  holdAfterBlank(crash: Crash, text: string, line: number): boolean {
    if (!this.valueGoesOn(crash)) return false;
    this.valueTail.push({ text, line });
    return true;
  }

  /**
   * A value that began on the line after `panic: ` (Ginkgo's `panic: \nYour test failed.…`)
   * may hold blank lines: before go1.23 the runtime printed it as it was, so the lines after
   * a blank may still be the value's.
   */
  private valueGoesOn(crash: Crash): boolean {
    const last = crash.panics[crash.panics.length - 1];
    return (
      crash.kind === "panic" &&
      this.host.blocks() === 0 &&
      this.valueFramed !== true &&
      last !== undefined &&
      last.value.startsWith("\n") &&
      this.valueTail.length < MAX_VALUE_LINES
    );
  }

  /**
   * A line after held value lines (none held: false): ` [recovered]` alone or the goroutine
   * header under the chain says they were the value's; anything else gives them back as lines
   * of their own. Whether the line was taken.
   */
  tailLine(crash: Crash, text: string, line: number): boolean {
    if (this.valueTail.length === 0) return false;
    const last = crash.panics[crash.panics.length - 1] as Panic;
    const marker = text === " [recovered]" ? 1 : text === " [recovered, repanicked]" ? 2 : 0;
    if (marker > 0 || isGoroutineHeader(text)) {
      let tail = this.valueTail;
      while (tail.length > 0 && (tail[tail.length - 1] as { text: string }).text === "")
        tail = tail.slice(0, -1);
      last.value += `\n${["", ...tail.map((h) => h.text)].join("\n")}`;
      this.valueTail = [];
      crash.span.endLine = line;
      if (marker === 0) return false;
      last.recovered = true;
      last.repanicked = marker === 2;
      this.host.toHeadline();
      return true;
    }
    if (text === "" || this.valueGoesOn(crash)) {
      this.valueTail.push({ text, line });
      return true;
    }
    this.host.endCrash();
    this.host.idleLine(text, line);
    return true;
  }
}

/** `        fatal error: …` under a panic: the chain's tab-framed link, its tab turned into spaces. */
function spacedLink(text: string): string {
  let n = 0;
  while (n < MAX_HEADLINE_INDENT && text.charCodeAt(n) === 0x20) n++;
  return text.startsWith("fatal error: ", n) ? `\t${text.slice(n)}` : text;
}

/** Where a value's continuation lines go: the fatal error's message, or the last panic's value. */
function valueOwner(crash: Crash): "fatal" | Panic | null {
  const last = crash.panics[crash.panics.length - 1];
  if (crash.fatal !== undefined && (last === undefined || crash.kind === "fatal")) return "fatal";
  return last ?? null;
}

/** Whether the crash's last panic value is a runtime error's (`runtime error: …`). */
function isRuntimeErrorValue(crash: Crash): boolean {
  return crash.panics[crash.panics.length - 1]?.value.startsWith("runtime error: ") === true;
}

/**
 * The runtime's `panic(…)` frame (`runtime.gopanic(…)` before go1.6): its function line with the
 * argument words the runtime prints (`panic(0x16dd280, 0xc42000c070)`, go1.17+
 * `panic({0x475b00?, 0x501ba0?})`).
 */
function isPanicCallFrame(text: string): boolean {
  if (!text.startsWith("panic(") && !text.startsWith("runtime.gopanic(")) return false;
  const call = parseCallLine(text);
  return call !== null && call.args !== "" && PANIC_ARGS.test(call.args);
}

const PANIC_ARGS = /^\{?0x[0-9a-f]{1,16}\??, 0x[0-9a-f]{1,16}\??\}?$/;

/** The crash's last link is a runtime error, whose text is one line: no function line is its. */
function endsInRuntimeError(crash: Crash): boolean {
  const last = crash.panics.at(-1);
  return crash.kind === "panic" && last !== undefined && isOneLineRuntimeValue(last.value);
}

/** The link is the crash's only one again, as printed, and that one was not recovered. */
function samePanicAgain(crash: Crash, panic: Panic): boolean {
  const only = crash.panics.length === 1 ? crash.panics[0] : undefined;
  return (
    only !== undefined &&
    !only.recovered &&
    !panic.recovered &&
    only.value === panic.value &&
    crash.signal === undefined
  );
}
