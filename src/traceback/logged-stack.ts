// Stacks that recover handlers and error libraries print themselves, with no goroutine header
// and no `panic:` headline (shapes in ./logged-frames.ts). Two parts: `LoggedStackStart` finds
// where one starts among the lines outside any crash (it holds a few candidate lines until two
// frames make the shape certain, and gives them back otherwise), and `LoggedStackReader` reads
// the frames of the stack once it is open. Each such stack becomes a crash of kind `logged`.

import { unprefixedRuntimeError } from "../diagnose/catalogue.js";
import { isPanicMachinery } from "../diagnose/logged-site.js";
import type { Crash, Frame, Goroutine } from "../model.js";
import { parseFileLine } from "./frame-lines.js";
import { isGoroutineHeader } from "./goroutine-header.js";
import { isKnownRuntimeError } from "./known-throws.js";
import { HANDLE_CRASH, isPanicFileLine } from "./line-kinds.js";
import {
  isFuncNameLine,
  type LoggedFileLine,
  loggedFrame,
  parseAtFrameLine,
  parseBareFileLine,
  parseBasenameList,
  parseFuncPcLine,
  parseIndentedFileLine,
  parseInFuncLine,
  parsePcFileLine,
  parseShortFileLine,
  parseSourceLine,
  parseStackFieldFunc,
} from "./logged-frames.js";
import {
  hasPanicLeadIn,
  isBareLeadIn,
  loggedMessage,
  namedValue,
  onlyTags,
  runtimeErrorIn,
  withoutLogWordsAfter,
  withoutStackField,
} from "./logged-message.js";

export interface HeldLine {
  text: string;
  line: number;
  /**
   * A field of the record whose field holds the stack, printed on a line above it (one field a
   * line), or the record before that one when it opens with a heading only (openRecordOf).
   */
  fieldOfStackRecord?: true;
}

/** What a line outside any crash meant to the start finder. */
export type StartResult =
  /** Not a stack line: the held lines (if any) were given back through `release`. */
  | { kind: "none" }
  /** Held as a possible first line of a stack. */
  | { kind: "held" }
  /** A stack starts: its first lines, and the message line before them (if any). */
  | { kind: "start"; lines: HeldLine[]; message: HeldLine | null; prefix: string };

/** Candidate lines held at most: two `func` / `\tfile:line` pairs, less the line that confirms. */
const MAX_HELD = 3;

/** A line that only announces the stack under it, after a logger's own prefix. */
const STACK_HEADING = /(?:^|[\s\]])(?:stack ?trace|stack|traceback)\s*:?\s*$/i;
/** No terminal wraps narrower than this the log lines that name a panic and its stack. */
const WRAPPED_HEAD_WIDTH = 80;
const WORD_END = /\w$/;
const WORD_START = /^\w/;

/**
 * The heading alone on its line, as a crash reporter prints it between blank lines (`Stack:`),
 * or Ginkgo over a failure's stack (`Full Stack Trace`, onsi/ginkgo v1.12.0
 * reporters/stenographer/console_stenographer.go printFailure).
 * Words that only qualify the stack may come before it, naming nothing: gopherjs's `Original
 * stack trace:` over its recover handler's `debug.Stack()` (holdout-30/gopherjs-1178).
 */
const BARE_HEADING =
  /^\s*(?:(?:full|complete|original|the|top|of) ){0,4}(?:stack ?trace|stack|traceback)\s*:?\s*$/i;
/**
 * A line that only says a test panicked, its value on the line under it: Ginkgo's `Test
 * Panicked` (v1.12.0 console_stenographer.go printFailure: the message, then
 * `failure.ForwardedPanic`, the location, a blank, `Full Stack Trace` and the stack).
 */
const ONLY_PANICKED = /^\s*(?:\[PANICKED\]\s*)?test panicked\s*$/i;
/**
 * A file line right under a stack heading (as indented, then its tab or what a paste left of
 * it), its function line gone: Ginkgo prunes a stack's frames down to its own and may keep one
 * such line (the runtime's `panic.go:491`, holdout-20/gogo-protobuf-428). The stack starts
 * under it.
 */
function isPrunedFileLine(seen: HeldLine, heading: HeldLine): boolean {
  const indent = /^ */.exec(heading.text)?.[0] ?? "";
  return (
    seen.line === heading.line + 1 &&
    seen.text.startsWith(indent) &&
    isPanicFileLine(seen.text.slice(indent.length))
  );
}

/** Lines from a bare heading to the stack under it, and from the message to the heading. */
const HEADING_REACH = 3;
/** A date and time alone, behind a label or not: `Time: 2025-04-29T20:07:58+02:00`. */
const STAMP_ONLY =
  /^\s*(?:[A-Za-z][\w ]{0,20}:\s*)?\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d)?[\w.:+-]*\s*$/;
/** A line that speaks of a panic (`recovered from panic while …`). */
const NAMES_PANIC = /\bpanic/i;
/**
 * A log line opened by a tag that names a panic, its value after it (gopherjs's `[compiler
 * panic]  %v` over its bailout's `debug.Stack()`, a blank between, holdout-30/gopherjs-1049).
 */
const PANIC_TAG = /^\[[\w .-]{0,20}\bpanic\]\s+\S/i;

/**
 * Lines a logged panic's value may go on over before its stack (a request or packet printed with
 * `%v`): none of them starts with a stamp, as a new log record would.
 */
const MAX_VALUE_LINES = 32;
/** Lines from a lead-in alone on its line to the stack whose value is under it (valueUnderLeadIn). */
const LEAD_VALUE_REACH = 8;
/** Lines kept for runtimeErrorOverHeading: from LEAD_VALUE_REACH above a heading to HEADING_REACH below it. */
const LAST_LINES = LEAD_VALUE_REACH + HEADING_REACH + 1;
const STAMPED = /^\s*(?:\[?\d{2,4}[/:.-]\d\d|[A-Z]{3,7}\b|\[[A-Z]{3,7}\])/;

/** Quote marks a paste puts before every line of a stack (`> ` in a markdown quote). */
const QUOTE = "> ";

export class LoggedStackStart {
  private held: HeldLine[] = [];
  private prefix = "";
  /** The held lines are bare `file:line` lines under a line that announced a panic's stack. */
  private bareHeld = false;
  /** The held lines are gocheck's `file.go:N` / `  in Func` pairs. */
  private inHeld = false;
  /** The last three lines seen that were not held, the newest first: a stack's message is among them. */
  private recent: HeldLine[] = [];
  /** The last line that named a recovered panic, while the lines after it can be its value's. */
  private leadIn: HeldLine | null = null;
  private afterLeadIn = 0;
  /**
   * A lead-in alone on its line (`Caught panic:`), then the first line after the blanks under
   * it: the value, when a stack follows within LEAD_VALUE_REACH lines of the lead-in.
   */
  private bareLeadIn: HeldLine | null = null;
  private leadValue: HeldLine | null = null;
  /** The last line seen that was not blank, and the one before it. */
  private lastText: HeldLine | null = null;
  private textBefore: HeldLine | null = null;
  /** The last bare heading (`Stack:`) and the line above it, past blanks: the stack's message. */
  private heading: HeldLine | null = null;
  private overHeading: HeldLine | null = null;
  /** The first line after the heading that was not blank (the stack's own, when it is the line asked about). */
  private afterHeading: number | null = null;

  /**
   * The last lines seen, the newest first, for runtimeErrorOverHeading: whether one names a
   * runtime error is asked only under a bare heading, not of every line (the catalogue's
   * regexes over every tail of a line cost too much to run on each).
   */
  private lastLines: HeldLine[] = [];
  /** The message over held bare `file:line` lines, when another stream's line named it. */
  private bareMessage: HeldLine | null = null;

  /**
   * `otherBefore`: the line right above `line` when it was another stream's (a logger's
   * message line whose prefix the stack's lines did not teach), asked as `line` is read.
   */
  constructor(
    private readonly release: (text: string, line: number) => void,
    private readonly otherBefore: (line: number) => HeldLine | null = () => null,
  ) {}

  /**
   * The line before `line`, when it was seen just before it (a message for a stack there).
   * `first` is the stack's own first line when it was seen already (not a goroutine header).
   */
  lineBefore(line: number, first?: string): HeldLine | null {
    // The message may be the first part of the same input line, split from a stack glued to it.
    let seen =
      this.sameRecord(
        // (the header itself, indented as klog's `stacktrace=<` block indents it, is not one)
        this.recent.find(
          (h) => h.line === line && h.text !== first && !isGoroutineHeader(h.text.trimStart()),
        ),
      ) ?? this.recent.find((h) => h.line === line - 1);
    // A pruned frame's file line under the heading names nothing: the heading is the line before.
    if (seen !== undefined && this.heading !== null && isPrunedFileLine(seen, this.heading))
      seen = this.heading;
    if (seen === undefined || seen.text.trim() === "")
      return (
        this.messageOverHeading(line) ?? this.valueUnderLeadIn(line) ?? this.panicNamedAbove(line)
      );
    // A record that holds only the heading and the stack names nothing: the record before it
    // does (openRecordOf), lead-in and all.
    const recordBefore = BARE_HEADING.test(seen.text) ? this.messageOverHeading(line) : null;
    if (recordBefore?.fieldOfStackRecord === true) return recordBefore;
    // A lead-in alone before the stack glued to it, the value logged on the line above by a
    // lead-in of its own: the handler logs the value, then the stack (`worker exits from a
    // panic: %v`, then `worker exits from panic: %s` of runtime.Stack, holdout-26/ants-86).
    if (hasPanicLeadIn(seen.text) && loggedMessage(seen.text) === "") {
      const above = this.recent.find((h) => h.line === seen.line - 1);
      if (above !== undefined && hasPanicLeadIn(above.text) && loggedMessage(above.text) !== "")
        return above;
    }
    // A value of several lines between the line that named the panic and the stack (not gin's
    // `panic recovered:` alone on its line: its value is the line under it).
    const leadIn = this.leadIn;
    if (
      leadIn !== null &&
      leadIn.line < seen.line &&
      !hasPanicLeadIn(seen.text) &&
      loggedMessage(leadIn.text) !== "" &&
      !this.valueBelow(leadIn, seen)
    )
      return leadIn;
    // A heading the logger printed between its message and the stack (`Stack trace:`); a line
    // that names the panic and ends with the heading is the message itself (`recovered from
    // panic "…". (err=<nil>) Call stack:`, broad-2/rancher-15974).
    if (!STACK_HEADING.test(seen.text) || announcesStack(seen.text)) {
      // A value under a lead-in alone on its line, then a line of the handler's own (bubbletea's
      // `Restoring terminal...`), the blanks between them lost (a paste that dropped its blank
      // lines): the value names the panic.
      const under = hasPanicLeadIn(seen.text) ? null : this.valueUnderLeadIn(line);
      if (under !== null && under.line < seen.line) return under;
      return this.wrappedHead(seen) ?? seen;
    }
    // A heading alone on its line names nothing: the value under a lead-in above it does, or
    // the line over it (Ginkgo's `Test Panicked`, its value, `Full Stack Trace`, the stack).
    if (BARE_HEADING.test(seen.text)) {
      const named = this.valueUnderLeadIn(line) ?? this.messageOverHeading(line);
      // A report's stamp alone over the heading (`Time: 2025-04-29T20:07:58+02:00`) names
      // nothing: the line above it that names a runtime error does (holdout-27/opencode-122).
      if (named !== null && STAMP_ONLY.test(named.text))
        return this.runtimeErrorAbove(named.line) ?? named;
      if (named !== null) return named;
    }
    const message = this.recent.find((h) => h.line === line - 2);
    return message === undefined || message.text.trim() === "" ? seen : message;
  }

  /**
   * The part of the stack's own line before it, as the message's line: a record whose field
   * opened the stack (withoutStackField) names the value only in a field of its own before it,
   * else the record before it does (logrus's `msg="Panic occurred" error="…"`, then the stack as
   * the next record's `msg`).
   */
  private sameRecord(part: HeldLine | undefined): HeldLine | undefined {
    if (part === undefined) return undefined;
    const record = withoutStackField(part.text);
    // Only the logger's tags before the stack (frp's `[E] [control.go:325] [0e9f2f4b2c7d39e2]
    // goroutine 1294227 [running]:`, holdout-12/frp-2361): the line is one record of a message
    // logged line by line, and the record before names the value.
    if (record === null) return onlyTags(part.text) ? undefined : part;
    // The stack's field opens its line: the record was printed one field a line (a
    // pretty-printed JSON record, holdout-13/mautrix-signal-533), its value in a field above.
    if (record === "") return this.fieldAbove(part.line);
    // Or names it after a lead-in of its own (`<%s> paniced: %v, stack=%s`).
    return namedValue(record) === null && !hasPanicLeadIn(record)
      ? undefined
      : { text: record, line: part.line };
  }

  /** The nearest line above `line` among the last three that names a value in a field (namedValue). */
  private fieldAbove(line: number): HeldLine | undefined {
    const field = this.recent.find((h) => h.line < line && namedValue(h.text) !== null);
    return field === undefined
      ? undefined
      : { text: field.text, line: field.line, fieldOfStackRecord: true };
  }

  /**
   * Whether the value is on a line of its own under the lead-in, the blank lines between them
   * lost (a paste that dropped its blank lines): a lead-in alone before its colon, other output
   * glued after it (isBareLeadIn, bubbletea's `Caught panic:` over a TUI's status line), or one
   * that ends with its colon over a runtime error's whole value right above the stack (the
   * compiler's `panic during %s while compiling %s:\n\n%v\n\n%s`, broad-3/golang-29215).
   */
  private valueBelow(leadIn: HeldLine, seen: HeldLine): boolean {
    if (this.bareLeadIn === leadIn) return true;
    const value = seen.text.trim();
    return (
      leadIn.text.trimEnd().endsWith(":") &&
      (value.startsWith("runtime error: ") || unprefixedRuntimeError(value)?.at === 0)
    );
  }

  /**
   * bubbletea's `Caught panic:\n\n%v\n\nRestoring terminal...\n\n` before its stack
   * (holdout-5/crush-1307): the value sits between blank lines under a lead-in alone on its line.
   */
  private valueUnderLeadIn(line: number): HeldLine | null {
    const lead = this.bareLeadIn;
    return lead !== null && this.leadValue !== null && line - lead.line <= LEAD_VALUE_REACH
      ? this.leadValue
      : null;
  }

  /**
   * A crash reporter's message, then a heading alone on its line, each between blank lines
   * (hub's `Error (runtime.errorString): \`…\``, `Stack:`, then the goroutine block,
   * holdout-11/hub-2102): the message over the heading, when only blanks lie between them
   * and between the heading and the stack.
   */
  private messageOverHeading(line: number): HeldLine | null {
    const heading = this.heading;
    const after = this.afterHeading;
    return heading !== null &&
      (after === null || after >= line) &&
      line - heading.line <= HEADING_REACH
      ? this.overHeading
      : null;
  }

  /**
   * A recover handler's line that names the panic and a runtime error as its value, then blank lines,
   * then the stack (Metricbeat's `… recovered from panic while fetching …: runtime error: …`, a
   * blank, then its record's `{"stack": "…`, holdout-10/beats-6692): that line, when at most
   * HEADING_REACH lines above the stack. A runtime error Go prints without `runtime error: `
   * (a plainError: `send on closed channel`, go1.26.8 src/runtime/chan.go) is one too: a crash
   * report's `Panic:            send on closed channel` field, holdout-17/pulumi-12371. So is
   * any value behind a tag that names a panic (PANIC_TAG): the tag says what the value is.
   */
  private panicNamedAbove(line: number): HeldLine | null {
    const last = this.lastText;
    const before = last !== null && last.line < line ? last : this.textBefore;
    const above = before === null ? null : this.wrappedAtBlank(before);
    return above !== null &&
      line - above.line <= HEADING_REACH &&
      !above.text.startsWith("panic: ") &&
      NAMES_PANIC.test(above.text) &&
      (namesRuntimeError(above.text) || PANIC_TAG.test(above.text))
      ? above
      : null;
  }

  /**
   * `last` with the line right above it, when a viewer wrapped the line at the blank after a
   * colon (gopool's `GOPOOL: panic in pool: %s: %v: %s` pasted as `…: runtime error: ` over
   * `invalid memory address … dereference: `, holdout-28/kitex-913; the row's trailing blank
   * is gone by here): the two joined, when only together they name a panic and a runtime error.
   */
  private wrappedAtBlank(last: HeldLine): HeldLine {
    const head = this.lastLines.find((h) => h.line === last.line - 1);
    if (
      head === undefined ||
      !head.text.trimEnd().endsWith(":") ||
      !NAMES_PANIC.test(head.text) ||
      NAMES_PANIC.test(last.text)
    )
      return last;
    const joined = { ...head, text: `${head.text.trimEnd()} ${last.text.trimStart()}` };
    return namesRuntimeError(joined.text) && !namesRuntimeError(head.text) ? joined : last;
  }

  /**
   * A page's `Stack` heading alone on its line, only blanks between it and `line`, under a line
   * that names a runtime error at most LEAD_VALUE_REACH lines above it, request fields between:
   * beego's error page in development mode (`beego:%v`, `Request Method:`, `Request URL:`,
   * `RemoteAddr:`, `Stack`, then each runtime.Caller as `%s:%d`, holdout-16/mindoc-35). That line.
   */
  private runtimeErrorOverHeading(line: number): HeldLine | null {
    const heading = this.heading;
    if (heading === null || this.afterHeading !== null || line - heading.line > HEADING_REACH)
      return null;
    const named = this.lastLines.find(
      (h) =>
        h.line < heading.line &&
        heading.line - h.line <= LEAD_VALUE_REACH &&
        namesRuntimeError(h.text),
    );
    return named ?? null;
  }

  /**
   * The line before the blanks right above `line`, at most HEADING_REACH lines up, when it names
   * a runtime error: iris's recover logs `Trace: %s` with the value, a blank line, then each
   * runtime.Caller as `%s:%d` (holdout-28/iris-713).
   */
  private runtimeErrorOverBlanks(line: number): HeldLine | null {
    const last = this.lastText;
    // (blanks between: a line right above is asked as `above`; a runtime's headline is its own)
    return last !== null &&
      last.line < line - 1 &&
      line - last.line <= HEADING_REACH &&
      !last.text.startsWith("panic: ") &&
      namesRuntimeError(last.text)
      ? last
      : null;
  }

  /** The nearest line above `line`, at most LEAD_VALUE_REACH lines, that names a runtime error. */
  private runtimeErrorAbove(line: number): HeldLine | null {
    return (
      this.lastLines.find(
        (h) => h.line < line && line - h.line <= LEAD_VALUE_REACH && namesRuntimeError(h.text),
      ) ?? null
    );
  }

  /**
   * When the line right above `line` was a heading alone on its line (`Full Stack Trace`): the
   * blanks in front of it (Ginkgo indents a failure by its nesting, stack and all); else null.
   */
  bareHeadingAbove(line: number): string | null {
    const heading = this.heading;
    if (heading === null) return null;
    const indent = /^ */.exec(heading.text)?.[0] ?? "";
    if (heading.line === line - 1) return indent;
    // One file line between them, its function line gone: Ginkgo prunes the stack's frames
    // down to its own (holdout-20/gogo-protobuf-428 kept the runtime's `panic.go:491` line).
    if (heading.line !== line - 2) return null;
    const between = this.recent.find((h) => h.line === line - 1);
    return between !== undefined && isPrunedFileLine(between, heading) ? indent : null;
  }

  /**
   * The line before `seen` when a terminal hard-wrapped the message at its width and `seen` is
   * its rest: the two joined, when only they together name the value (klog's structured
   * `"Observed a panic" panic="…" panicGoV` / `alue="…" stacktrace=<` cut at 144 columns inside
   * a key, broad-4/kubernetes-137993). A wrap cuts a token: no blank at the cut.
   */
  private wrappedHead(seen: HeldLine): HeldLine | null {
    const head = this.recent.find((h) => h.line === seen.line - 1);
    if (head === undefined) return null;
    if (!WORD_END.test(head.text) || !WORD_START.test(seen.text)) return null;
    if (namedValue(seen.text) !== null || hasPanicLeadIn(seen.text)) return null;
    const joined = head.text + seen.text;
    if (
      head.text.length >= WRAPPED_HEAD_WIDTH &&
      (namedValue(joined) !== null || hasPanicLeadIn(joined))
    )
      return { ...head, text: joined };
    const wrapped = wrappedRuntimeError(head.text, seen.text);
    return wrapped === null ? null : { ...head, text: wrapped };
  }

  /**
   * The last line seen is only the opening of the record whose field holds `heading` and the
   * stack after it (traefik's `log.Errorf("Stack: %s", debug.Stack())` as a JSON record:
   * `{"level":"error","msg":"Stack: goroutine …`, holdout-16/traefik-9211): it names nothing,
   * the record before it names the value.
   */
  private openRecordOf(heading: HeldLine): boolean {
    const last = this.lastText;
    if (last === null || last.line !== heading.line) return false;
    const record = withoutStackField(last.text);
    return record !== null && namedValue(record) === null && !hasPanicLeadIn(record);
  }

  private see(seen: HeldLine): void {
    this.recent.unshift(seen);
    this.lastLines.unshift(seen);
    if (this.lastLines.length > LAST_LINES) this.lastLines.pop();
    if (this.recent.length > 3) this.recent.pop();
    if (seen.text.trim() !== "") {
      if (BARE_HEADING.test(seen.text)) {
        const opened = this.openRecordOf(seen) ? this.textBefore : null;
        const above: HeldLine | null =
          opened === null ? this.lastText : { ...opened, fieldOfStackRecord: true };
        this.heading = seen;
        this.overHeading =
          above !== null &&
          seen.line - above.line <= HEADING_REACH &&
          !BARE_HEADING.test(above.text)
            ? above
            : null;
        this.afterHeading = null;
      } else if (
        this.heading !== null &&
        this.afterHeading === null &&
        !isPrunedFileLine(seen, this.heading)
      ) {
        this.afterHeading = seen.line;
      }
      this.textBefore = this.lastText;
      this.lastText = seen;
    }
    if (this.bareLeadIn !== null && this.leadValue === null && seen.text.trim() !== "")
      this.leadValue = seen;
    if (ONLY_PANICKED.test(seen.text)) {
      // Names no value, and is none: the value is the line under it (valueUnderLeadIn).
      this.bareLeadIn = seen;
      this.leadValue = null;
      this.leadIn = null;
    } else if (hasPanicLeadIn(seen.text)) {
      const bare = isBareLeadIn(seen.text);
      this.bareLeadIn = bare ? seen : null;
      this.leadValue = null;
      this.leadIn = seen;
      this.afterLeadIn = 0;
    } else if (
      this.leadIn !== null &&
      (seen.text.trim() === "" || STAMPED.test(seen.text) || ++this.afterLeadIn > MAX_VALUE_LINES)
    ) {
      this.leadIn = null;
    }
  }

  push(raw: string, line: number): StartResult {
    const quoted = raw.startsWith(QUOTE);
    const text = quoted ? raw.slice(QUOTE.length) : raw;
    if (this.held.length > 0) {
      if (quoted === (this.prefix === QUOTE) && this.continues(text)) {
        this.held.push({ text: raw, line });
        if (
          isStackStart(
            this.held.map((h) => h.text.slice(this.prefix.length)),
            this.bareHeld,
            this.inHeld,
          )
        )
          return this.start(
            this.held,
            this.bareMessage ?? this.lineBefore((this.held[0] as HeldLine).line),
          );
        if (this.held.length <= MAX_HELD) return { kind: "held" };
        // Too many lines without a shape: give back all but this one, which may begin one.
        this.held.pop();
      }
      this.flush();
    }
    const before = this.recent[0];
    const own = before !== undefined && before.line === line - 1;
    const bare = parseBareFileLine(text) !== null;
    const above = !bare ? null : own ? before : this.otherBefore(line);
    const underHeading = !bare
      ? null
      : (this.runtimeErrorOverHeading(line) ??
        (above === null || above.text.trim() === "" ? this.runtimeErrorOverBlanks(line) : null));
    if (
      (above !== null && (announcesStack(above.text) || namesRuntimeError(above.text))) ||
      underHeading !== null
    ) {
      // Bare `file:line` lines under a line that names a panic and announces its stack
      // (apimachinery's RecoverFromPanic through rancher's log: `… recovered from panic "…".
      // (err=<nil>) Call stack:`, broad-2/rancher-15974), or under one that names a runtime
      // error, a value only a panic carries (beego's recoverPanic logs `Handler crashed with
      // error` and the value, then each runtime.Caller as `%s:%d`, holdout-16/beego-2733):
      // alone they are too weak a shape.
      this.prefix = quoted ? QUOTE : "";
      this.bareHeld = true;
      this.bareMessage = underHeading ?? (own ? null : above);
      this.held.push({ text: raw, line });
      return { kind: "held" };
    }
    if (parseShortFileLine(text) !== null) {
      // gocheck's `file.go:N` with `  in Func` under it: held until the `in` lines confirm it.
      this.prefix = quoted ? QUOTE : "";
      this.inHeld = true;
      this.held.push({ text: raw, line });
      return { kind: "held" };
    }
    if (
      parsePcFileLine(text) !== null ||
      isFirstFuncLine(text) ||
      parseAtFrameLine(text) !== null
    ) {
      this.prefix = quoted ? QUOTE : "";
      this.held.push({ text: raw, line });
      return { kind: "held" };
    }
    if (parseBasenameList(text) !== null) {
      // go-stack's list holds the whole stack on the log line, with the message, or alone on
      // its line under the message.
      this.prefix = "";
      const message = text.startsWith("[") ? this.lineBefore(line) : { text: raw, line };
      return this.start([{ text: raw, line }], message);
    }
    this.see({ text: raw, line });
    return { kind: "none" };
  }

  private start(lines: HeldLine[], message: HeldLine | null): StartResult {
    this.held = [];
    this.bareHeld = false;
    this.bareMessage = null;
    this.inHeld = false;
    this.recent = [];
    this.leadIn = null;
    this.bareLeadIn = null;
    this.lastText = null;
    this.textBefore = null;
    this.heading = null;
    this.lastLines = [];
    return { kind: "start", lines, message, prefix: this.prefix };
  }

  /**
   * At the input's end: the held lines as a stack the text was cut inside, when they are one
   * whole `func` / `\tfile:line` pair and the next frame's function line, its file line cut
   * away (holdout-11/badger-1369: an issue's excerpt stopping there). Otherwise null, the
   * lines still held for `flush`.
   */
  cutAtEnd(): StartResult | null {
    const held = this.held;
    if (held.length !== 3 || this.bareHeld) return null;
    const [func, file, next] = held.map((h) => h.text.slice(this.prefix.length)) as [
      string,
      string,
      string,
    ];
    if (!isFirstFuncLine(func) || parseIndentedFileLine(file) === null || !isFuncLine(next))
      return null;
    return this.start(held, this.lineBefore((held[0] as HeldLine).line));
  }

  /** Gives back every held line (the input ended, or something else starts). */
  flush(): void {
    const held = this.held;
    this.held = [];
    this.bareHeld = false;
    this.bareMessage = null;
    this.inHeld = false;
    for (const h of held) {
      this.release(h.text, h.line);
      this.see(h);
    }
  }

  /** Whether the line can follow the held lines in one of the shapes. */
  private continues(text: string): boolean {
    const last = (this.held[this.held.length - 1] as HeldLine).text.slice(this.prefix.length);
    if (this.bareHeld) return parseBareFileLine(text) !== null;
    if (this.inHeld)
      return parseShortFileLine(last) !== null
        ? parseInFuncLine(text) !== null
        : parseShortFileLine(text) !== null;
    if (parseAtFrameLine(last) !== null) return parseAtFrameLine(text) !== null;
    if (parsePcFileLine(last) !== null) return parsePcFileLine(text) !== null || isSource(text);
    if (isSource(last)) return parsePcFileLine(text) !== null;
    if (this.held.length === 1 ? isFirstFuncLine(last) : isFuncLine(last))
      return parseIndentedFileLine(text) !== null;
    return isFuncLine(text);
  }
}

/** The first line of a `func` / `\tfile:line` pair: the name alone, or with its pc. */
function isFuncLine(text: string): boolean {
  return isFuncNameLine(text) || parseFuncPcLine(text) !== null;
}

/** The first function line of a stack: also one a record's stack field opens (`"stack": "f`). */
function isFirstFuncLine(text: string): boolean {
  return isFuncLine(text) || parseStackFieldFunc(text) !== null;
}

function isSource(text: string): boolean {
  return parseSourceLine(text) !== null && parsePcFileLine(text) === null;
}

/**
 * Two frames of one shape: two pc lines, two `at` lines, two `func` / `\tfile:line` pairs, or
 * (held as such) two bare file lines or two gocheck `file:line` / `  in Func` pairs.
 */
function isStackStart(lines: string[], bare: boolean, fileThenIn: boolean): boolean {
  if (fileThenIn) return lines.filter((l) => parseInFuncLine(l) !== null).length >= 2;
  let pcLines = 0;
  let atLines = 0;
  let pairs = 0;
  let bareLines = 0;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    if (parsePcFileLine(text) !== null) pcLines++;
    else if (bare && parseBareFileLine(text) !== null) bareLines++;
    else if (parseAtFrameLine(text) !== null) atLines++;
    else if (
      i > 0 &&
      parseIndentedFileLine(text) !== null &&
      (i === 1 ? isFirstFuncLine : isFuncLine)(lines[i - 1] as string)
    )
      pairs++;
  }
  return pcLines >= 2 || atLines >= 2 || pairs >= 2 || bareLines >= 2;
}

/**
 * A log line that only announces the stack under it, behind its logger's prefix (rook's `E |
 * ceph-file-controller: Stack trace:`): it names no value, the record before it does.
 */
export function onlyAnnouncesStack(text: string): boolean {
  return STACK_HEADING.test(text) && !announcesStack(text);
}

/** A log line that names a panic and ends by announcing the stack under it (`… Call stack:`). */
function announcesStack(text: string): boolean {
  return STACK_HEADING.test(text) && /panic/i.test(text.replace(STACK_HEADING, ""));
}

/** What a line meant to an open logged stack. */
export type ReadResult = "used" | "other";

/** Reads the frames of a logged stack into one headerless goroutine. */
export class LoggedStackReader {
  readonly goroutine: Goroutine;
  private pendingFunc: { func: string; pc: string | undefined; line: number } | null = null;
  /** gocheck's `  in Func` lines were read: its file lines may have no path (parseShortFileLine). */
  private fileThenIn = false;

  constructor(inputLine: number) {
    this.goroutine = {
      id: null,
      state: "",
      waitMinutes: 0,
      lockedToThread: false,
      frames: [],
      headerless: true,
      inputLine,
    };
  }

  push(text: string, line: number): ReadResult {
    const frames = this.goroutine.frames;
    if (this.pendingFunc !== null) {
      const func = this.pendingFunc;
      this.pendingFunc = null;
      const at = parseIndentedFileLine(text);
      if (at !== null) {
        at.pc = func.pc;
        frames.push(loggedFrame(func.func, at, func.line, true));
        return "used";
      }
      // A function line without its file line (the stack was cut): kept as a frame of its own.
      frames.push(loggedFrame(func.func, { file: "", line: 0, pc: func.pc }, func.line, true));
    }
    const pc = parsePcFileLine(text);
    if (pc !== null) {
      frames.push(loggedFrame("", pc, line, false));
      return "used";
    }
    const atFrame = parseAtFrameLine(text);
    if (atFrame !== null) {
      frames.push(loggedFrame(atFrame.func, atFrame.at, line, true));
      return "used";
    }
    const last = frames[frames.length - 1];
    if (last !== undefined && last.func === "" && last.pc !== undefined) {
      const func = parseSourceLine(text);
      if (func !== null) {
        last.func = func;
        return "used";
      }
    }
    // gocheck's `  in Func` names the frame its file line opened.
    const inFunc = parseInFuncLine(text);
    if (inFunc !== null && last !== undefined && last.func === "" && last.pc === undefined) {
      last.func = inFunc;
      this.fileThenIn = true;
      return "used";
    }
    const bare =
      parseBareFileLine(text) ??
      (frames.length === 0 || this.fileThenIn ? parseShortFileLine(text) : null);
    if (bare !== null) {
      frames.push(loggedFrame("", bare, line, false));
      return "used";
    }
    const list = parseBasenameList(text);
    if (list !== null && frames.length === 0) {
      for (const at of list) frames.push(basenameFrame(at, line));
      return "used";
    }
    if (isFuncNameLine(text)) {
      this.pendingFunc = { func: text, pc: undefined, line };
      return "used";
    }
    const withPc = parseFuncPcLine(text);
    if (withPc !== null) {
      this.pendingFunc = { func: withPc.func, pc: withPc.pc, line };
      return "used";
    }
    const inField = frames.length === 0 ? parseStackFieldFunc(text) : null;
    if (inField !== null) {
      this.pendingFunc = { func: inField, pc: undefined, line };
      return "used";
    }
    return "other";
  }

  /** Ends the stack: a function line still waiting for its file line is a frame of its own. */
  close(): void {
    const func = this.pendingFunc;
    this.pendingFunc = null;
    if (func !== null)
      this.goroutine.frames.push(
        loggedFrame(func.func, { file: "", line: 0, pc: func.pc }, func.line, true),
      );
  }
}

/** The runtime's files as go-stack names them, by base name alone (no directory is printed). */
const RUNTIME_BASENAMES =
  /^(?:panic\.go|panic32\.go|asm_\w+\.s|signal_\w+\.go|sigpanic_\w+\.go|iface\.go|proc\.go)$/;

function basenameFrame(at: LoggedFileLine, line: number): Frame {
  const frame = loggedFrame("", at, line, false);
  frame.location = RUNTIME_BASENAMES.test(at.file) ? "runtime" : "user";
  return frame;
}

/** A line that says a panic was recovered: `recovered from panic: `, `caught panic: `. */
const RECOVERED_PANIC = /\b(?:recovered from|caught) panic: /i;

/**
 * A goroutine block printed with no headline that holds a `panic(…)` frame: `debug.Stack()` or
 * `debug.PrintStack()` in a deferred recover. Read as a logged crash; its message is the line
 * logged before it. A goroutine dump without a panic frame is left a dump.
 */
export function readAsLoggedDump(
  crash: Crash,
  goroutine: Goroutine,
  before: HeldLine | null,
  underHeading = false,
): boolean {
  // A block with no header is one the parser opened at a panic frame (confirmPanicFrame); one
  // with no id and no state is a profile's record, but a header whose id a paste lost keeps its
  // state (`goroutine [running]:`, holdout-39/freecache-48).
  if (
    crash.kind !== "dump" ||
    (goroutine.id === null && goroutine.headerless !== true && goroutine.state === "")
  )
    return false;
  // A header with no frame under it (the paste cut there) right under a line that says a panic
  // was recovered: the handler's own stack, not a dump (`storage: recovered from panic: %v` then
  // debug.Stack(), holdout-22/adguardhome-7315). The runtime prints a blank line between its
  // headline and the first header (go1.26.8 src/runtime/panic.go dopanic_m `print("\n")`).
  if (
    goroutine.frames.length === 0 &&
    before !== null &&
    goroutine.inputLine !== undefined &&
    before.line === goroutine.inputLine - 1 &&
    RECOVERED_PANIC.test(before.text)
  ) {
    crash.kind = "logged";
    openLoggedCrash(crash, before);
    return true;
  }
  // A block unwrapped from one log record (a JSON `stack` field: every line has the record's
  // line number) has its value in that record, which the line before does not hold — unless
  // the value was unescaped from the same record, glued before the stack (echo's `[PANIC
  // RECOVER] %v %s`, broad/panicwrap-21).
  if (
    goroutine.frames.every((f) => f.inputLine === goroutine.inputLine) &&
    before?.line !== goroutine.inputLine &&
    before?.fieldOfStackRecord !== true
  )
    return false;
  const panicked = goroutine.frames.some((f) => f.func === "panic" || f.func === "runtime.gopanic");
  // A recover handler's own `debug.Stack()` cut before the panic frames: its log line says
  // it was a panic (`[CRASH] Panic occurred: I'm an error`, then `Stack trace:`), or names a
  // runtime error, a value only a panic carries (traefik's `Error in Go routine: %s` then
  // debug.PrintStack(), holdout-16/traefik-2978).
  const printed =
    goroutine.frames[0]?.func === "runtime/debug.Stack" &&
    before !== null &&
    (/panic/i.test(before.text) || namesRuntimeError(before.text));
  // Or the frames a test framework printed under its stack heading with the header and the
  // panic frames pruned, under a line that named the value (Ginkgo's `Test Panicked`).
  const pruned = underHeading && before !== null && loggedMessage(before.text) !== "";
  // Or a headerless block the parser opened at a call line right under a line whose value is
  // a runtime error: the recovered value, then the stack with its panic frames left out
  // (holdout-34/lz4-186).
  const valued =
    goroutine.headerless === true &&
    before !== null &&
    before.line === (goroutine.frames[0]?.inputLine ?? 0) - 1 &&
    namesRuntimeError(before.text);
  if (!panicked && !printed && !pruned && !valued && !underPanicLog(goroutine, before))
    return false;
  crash.kind = "logged";
  // HandleCrash's structured record: the stack was taken in its deferred call, above the panic.
  if (before !== null && STRUCTURED_HANDLE_CRASH.test(before.text))
    crash.recoveredBy = HANDLE_CRASH;
  openLoggedCrash(crash, before);
  return true;
}

/**
 * Kubernetes' HandleCrash as a structured logger writes it (apimachinery v0.37.1
 * pkg/util/runtime/runtime.go logPanic: `logger.Error(nil, "Observed a panic", "panic", r, …,
 * "stacktrace", …)` from the deferred call that recovered): klog's `"Observed a panic" panic=`,
 * a JSON logger's `"msg":"Observed a panic",`.
 */
const STRUCTURED_HANDLE_CRASH = /"Observed a panic"[ ,]/;

/**
 * A running goroutine's header right under a log line that names a panic and its value: the
 * stack a recover handler took and logged with it, however soon the paste was cut (klog's
 * structured `"Observed a panic" panic="…" … stacktrace=<`, its block cut before the `panic(…)`
 * frame, holdout-41/kube-ovn-6309). The runtime's own traceback puts its headline and a blank
 * line over its first header (go1.26.8 src/runtime/panic.go printpanics, then dopanic_m's
 * `print("\n")`), never a log line.
 */
function underPanicLog(goroutine: Goroutine, before: HeldLine | null): boolean {
  return (
    goroutine.state === "running" &&
    goroutine.headerless !== true &&
    before !== null &&
    goroutine.inputLine !== undefined &&
    before.line === goroutine.inputLine - 1 &&
    NAMES_PANIC.test(before.text) &&
    loggedMessage(before.text) !== ""
  );
}

/**
 * A `panic: ` line over a goroutine block whose first frame is `runtime/debug.Stack`: the
 * program printed both itself (`log("panic: %v", r)` then `debug.Stack()` in a recover
 * handler, holdout-12/mattermost-plugin-calls-pr547). The runtime's traceback of a panicking
 * goroutine never starts there (go1.26.8 src/runtime/debug/stack.go: Stack calls runtime.Stack,
 * which prints from its caller), so the crash is logged, its value recovered.
 */
export function readAsLoggedHeadline(
  crash: Crash,
  goroutine: Goroutine,
  reworded: boolean,
  stamped = false,
): boolean {
  if (crash.kind !== "panic" || crash.recoveredBy !== undefined) return false;
  const first = goroutine.frames[0]?.func;
  if (
    first !== "runtime/debug.Stack" &&
    first !== "runtime/debug.PrintStack" &&
    !(
      reworded &&
      (takenAbovePanic(crash, goroutine.frames) || startsAtPanic(crash, goroutine.frames))
    ) &&
    // A headline a logger stamped over a stack it did not (Unwrapper.stampedHeadline), the
    // stack taken in the deferred call above the panic: the program logged both.
    !(stamped && takenAbovePanic(crash, goroutine.frames)) &&
    // Or frames with no header right under that stamped headline: the runtime always prints a
    // blank line and a goroutine header under its own (go1.26.8 src/runtime/panic.go dopanic_m
    // `print("\n")`, then traceback.go goroutineheader), so the logger wrote both
    // (holdout-40/free5gc-1035, gin's `[ERRO][PCF][GIN] panic: %v` then its frames).
    !(stamped && headerlessRightUnder(crash, goroutine)) &&
    !morePanicsThanLinks(crash, goroutine)
  )
    return false;
  crash.kind = "logged";
  for (const panic of crash.panics) panic.recovered = true;
  // The value is the program's log line, its end the log's words that join the stack to it
  // (`Failure: panic: %v, stack:` then debug.Stack(), holdout-17/buf-1071; `%s (panic)\nstack:
  // %s` on one line, holdout-18/photoprism-454), as on any logged line.
  const last = crash.panics[crash.panics.length - 1];
  if (last !== undefined) last.value = withoutLogWordsAfter(last.value);
  // The program's words before a runtime error it logged are its own, as on any logged line
  // (`panic: certificate worker: %v`, holdout-32/certmagic-s3-1).
  if (last !== undefined && stamped) last.value = runtimeErrorIn(last.value);
  return true;
}

/** A headerless block whose first line is the one right under the crash's headline. */
function headerlessRightUnder(crash: Crash, goroutine: Goroutine): boolean {
  return goroutine.headerless === true && goroutine.inputLine === crash.span.startLine + 1;
}

/**
 * A block showing more `panic(…)` frames than the chain over it has links, none of them marked
 * recovered: not the runtime's traceback of that chain. The runtime prints every panic of the
 * goroutine (go1.26.8 runtime/panic.go printpanics; a recovered one still running its deferred
 * call with its mark, a repanicked one folded into its mark), and its traceback shows at most one
 * `panic(…)` frame per panic, the dying one's hidden when it is the first (traceback.go
 * showfuncinfo). A recover handler's own `runtime.Stack` under its own `panic: %v` line shows the
 * panics it is recovering (holdout-19/pyroscope-3716: one link, two `panic(…)` frames).
 */
function morePanicsThanLinks(crash: Crash, goroutine: Goroutine): boolean {
  if (crash.panics.length === 0 || crash.panics.some((p) => p.recovered)) return false;
  // Frames with no header right under the headline and the blank the runtime prints after it
  // (go1.26.8 src/runtime/panic.go dopanic_m `print("\n")`): the runtime's block with its header
  // cut out by the reporter, who may have cut chain links too (holdout-39/mapstructure-70). A
  // handler's runtime.Stack always prints its header, so its frames are never headerless.
  if (goroutine.headerless === true && goroutine.inputLine === crash.span.startLine + 2)
    return false;
  let frames = 0;
  for (const f of goroutine.frames)
    if (f.func === "panic" || f.func === "runtime.gopanic") frames++;
  return frames > crash.panics.length;
}

/**
 * A runtime error's value printed with no `panic: ` (the runtime always prints it) over a block
 * whose first frame is the program's, above the `panic(…)` frame: the deferred call that
 * recovered the panic took the stack and logged both (`runtime.Stack` in the compiler's
 * `panic during %s while compiling %s:\n\n%v\n\n%s`, broad-3/golang-29215). The runtime's
 * traceback shows code above that frame only for a call that panicked again (go1.26.8
 * src/runtime/traceback.go showframe hides `runtime.gopanic` as the first frame, so a re-panic
 * looks the same: holdout-16/go-52210's go/types bailout), which the `panic: ` tells apart.
 */
function takenAbovePanic(crash: Crash, frames: readonly Frame[]): boolean {
  const only = crash.panics.length === 1 ? crash.panics[0] : undefined;
  if (only === undefined || only.recovered || only.repanicked) return false;
  const first = frames[0];
  if (first === undefined || first.location === "runtime" || isPanicMachinery(first)) return false;
  for (let i = 1; i < frames.length; i++) if (isPanicMachinery(frames[i] as Frame)) return true;
  return false;
}

/**
 * A runtime error's value printed with no `panic: ` over a block whose first frame is the
 * `panic(…)` frame: a recover handler took the stack and cut its own frames off above that frame
 * (hub's crash reporter, holdout-24/hub-1588). The runtime's traceback never starts there: it
 * hides `runtime.gopanic` as the first frame (go1.26.8 src/runtime/traceback.go showfuncinfo,
 * `name == "runtime.gopanic" && !firstFrame`), unless GOTRACEBACK=system shows every frame, the
 * runtime's panic helpers under it too.
 */
function startsAtPanic(crash: Crash, frames: readonly Frame[]): boolean {
  const only = crash.panics.length === 1 ? crash.panics[0] : undefined;
  if (only === undefined || only.recovered || only.repanicked) return false;
  const first = frames[0];
  const next = frames[1];
  return (
    first !== undefined &&
    (first.func === "panic" || first.func === "runtime.gopanic") &&
    next !== undefined &&
    next.location !== "runtime"
  );
}

/**
 * A logged stack with no sign of a panic: no frame of the runtime's panic machinery, and a
 * message line that names neither a panic nor a runtime error — an error's stack (pkg/errors
 * `%+v`, buildkit's `pid version argv0` then its frames, holdout-15/apple-container-284).
 */
export function isErrorStack(frames: readonly Frame[], messageLine: string): boolean {
  if (frames.some(isPanicMachinery) || NAMES_PANIC.test(messageLine)) return false;
  const value = loggedMessage(messageLine);
  return !value.startsWith("runtime error: ") && unprefixedRuntimeError(value) === null;
}

/** The message of a logged crash, from the line before its stack; the crash then starts there. */
export function openLoggedCrash(crash: Crash, before: HeldLine | null): void {
  // A frame's tab-indented file line names no value: it is the end of a frame above the stack
  // that was not read (its function line was still behind a prefix not yet learnt).
  if (before === null || isTabbedFileLine(before.text)) return;
  const message = loggedMessage(before.text);
  if (message === "") return;
  crash.panics.push({ value: message, recovered: true, repanicked: false });
  crash.span.startLine = Math.min(crash.span.startLine, before.line);
}

/** `\t/path/file.go:120` (`+0x…` after it or not): a frame's file line as the runtime prints it. */
function isTabbedFileLine(text: string): boolean {
  return text.charCodeAt(0) === 0x09 && parseFileLine(text) !== null;
}

/**
 * A log line and the line under it joined, when a runtime error is cut inside a word that only
 * the rest makes whole (`invalid memory addres` / `s or nil pointer dereference`): a wrap,
 * however narrow the row looks once the log's prefixes are off it (holdout-26/robfig-cron-301: a
 * process manager's prefix and log's stamp took 67 of its 141 columns). Null when not.
 */
export function wrappedRuntimeError(head: string, rest: string): string | null {
  if (!WORD_END.test(head) || !WORD_START.test(rest) || hasPanicLeadIn(rest)) return null;
  if (head.indexOf("runtime error: ") === -1) return null;
  const joined = head + rest;
  return !isKnownRuntimeError(loggedMessage(head)) && isKnownRuntimeError(loggedMessage(joined))
    ? joined
    : null;
}

/** Whether a log line's value is a runtime error, with its `runtime error: ` or without. */
export function namesRuntimeError(text: string): boolean {
  const value = loggedMessage(text);
  return value.startsWith("runtime error: ") || unprefixedRuntimeError(value) !== null;
}
