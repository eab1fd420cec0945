// A traceback whose line breaks a tracker turned into blanks except some (holdout-8/oasdiff-101:
// each file line lost its tab and the break after it, so it carries the next function line:
// `/x/type.go:188 +0x274 fp=… sp=… pc=… reflect.resolveNameOff(0x0?, 0x0?)`; the headline,
// the runtime's notes and `runtime stack:` are one line ending in the first function line).
// Go's grammar says where the breaks were: after a file line's offset (and its `fp= sp= pc=`),
// after a goroutine header's `]:` and `runtime stack:`, before `fatal error: `/`panic: `/
// `runtime: `. A paste that lost the breaks with nothing in their place (holdout-23/concourse-5077:
// `…dereference[signal SIGSEGV: …]goroutine 175554 [running]:github.com/…(…)`, then
// `/x/retry_step.go:47 +0x2agithub.com/…(…)`) is split at the same places: a file line's
// `:LINE` or hex offset ends where a name's letter begins (not a hex digit's, which would be
// the offset's), a header at its `]:`, a headline's signal line at its brackets.

import { FILE_GLUED_CALL } from "../traceback/frame-lines.js";

/** A file line with text after it: the file line, then what the lost break was before. */
const FILE_THEN_MORE =
  /^(\S{1,400}\.(?:go|s):\d{1,9}(?: \+0x[0-9a-f]{1,16})?(?: fp=0x[0-9a-f]{1,16} sp=0x[0-9a-f]{1,16} pc=0x[0-9a-f]{1,16})?) (\S.*)$/;

/** What a function's name starts with, up to its first `(` (`reflect.`, `main.f`). */
const NAME_START = /^[\w$./*[\]-]{1,400}$/;

/** A function line: a name with no blank in it, then its arguments to the line's end. */
function isCall(text: string): boolean {
  const open = text.indexOf("(");
  const blank = text.indexOf(" ");
  return (
    open > 0 &&
    text.endsWith(")") &&
    (blank === -1 || blank > open) &&
    NAME_START.test(text.slice(0, open))
  );
}

/** A goroutine header or `runtime stack:` with the first function line after it. */
const OPENER_THEN_CALL = /^(goroutine \d{1,12} \[[^\]]{1,200}\]:|runtime stack:) ?(\S.*)$/;

/** Where the runtime's own lines start inside a headline line. */
const HEADLINE_BREAK =
  / (?=runtime: |fatal error: |panic: |runtime stack: |goroutine \d{1,12} \[)/g;

/**
 * A headline with its `[signal …]` line glued after a blank (a mail client joined the two
 * lines, holdout-12/dgraph-4288): Go writes that line on its own under the headline, and ends
 * it with the faulting `pc=`.
 */
const HEADLINE_THEN_SIGNAL =
  /^((?:fatal error: |panic: ).*?) *(\[signal [^\]]{1,200} pc=0x[0-9a-f]{1,16}\])(.*)$/;

/**
 * A file line right after a call's `) `, ending at a blank, the line's end or the next call's
 * first letter glued to it (no hex digit after an offset, no digit after a line number).
 */
const FILE_AFTER_CALL =
  /\) ([^\s()]{1,400}\.(?:go|s):\d{1,9}(?: \+0x[0-9a-f]{1,16})?)(?= |$|[g-zA-Z_])/g;

/**
 * Frames run together on one line, each call then a blank then its file line, the next call
 * right after (a blank between or none): their lines, a call with no file line last; null
 * unless the whole text is such frames.
 */
function framesOf(text: string): string[] | null {
  const lines: string[] = [];
  let at = 0;
  for (const m of text.matchAll(FILE_AFTER_CALL)) {
    const call = text.slice(at, m.index + 1).trim();
    if (!isCall(call)) return null;
    lines.push(call, `\t${m[1]}`);
    at = m.index + m[0].length;
  }
  if (lines.length === 0) return null;
  const rest = text.slice(at).trim();
  if (rest !== "") {
    if (!isCall(rest)) return null;
    lines.push(rest);
  }
  return lines;
}

/**
 * A line that starts with a file line's offset, its `+` become the break before it, glued to
 * the next call (broad-4/kubernetes-117789: `0x99k8s.io/…HandleCrash(0x0) /x/runtime.go:48 `,
 * the line before ending at that file line's number).
 */
const OFFSET_THEN_CALL = /^0x([0-9a-f]{1,16})(?=[g-zA-Z_])/;

/**
 * A goroutine header glued to the text before it, no blank between (the break lost with
 * nothing in its place; a line whose breaks became blanks is flattened.ts's), its first call
 * after it.
 */
const HEADER_INSIDE = /(?<=\S)goroutine \d{1,12} \[[^\]]{1,200}\]:/;

/** The lines of a line that lost its breaks, or null when it is not one. */
export function splitLostNewlines(text: string): string[] | null {
  if (text.length > 8192) return null;
  const line = text.trimEnd();
  const offset = OFFSET_THEN_CALL.exec(line);
  if (offset !== null) {
    const frames = framesOf(line.slice(offset[0].length));
    if (frames !== null) return [`\t+${offset[0]}`, ...frames];
  }
  const header = HEADER_INSIDE.exec(line);
  if (header !== null && header.index > 0) {
    const after = header.index + header[0].length;
    const frames = framesOf(line.slice(after));
    if (frames !== null) {
      const before = line.slice(0, header.index).trimEnd();
      return [...(before === "" ? [] : [before]), header[0], ...frames];
    }
  }
  const file = FILE_THEN_MORE.exec(line);
  if (file !== null) {
    const rest = opener(file[2] as string);
    return rest === null ? null : [`\t${file[1]}`, ...rest];
  }
  const glued = FILE_GLUED_CALL.exec(line);
  if (glued !== null) {
    const call = glued[2] as string;
    return isCall(call) ? [`\t${glued[1]}`, call] : null;
  }
  if (!/^(?:runtime: |fatal error: |panic: )/.test(line)) return null;
  const signal = HEADLINE_THEN_SIGNAL.exec(line);
  if (signal !== null) {
    const rest = (signal[3] as string).trim();
    if (rest === "") return [signal[1] as string, signal[2] as string];
    // The goroutine header and its first function line glued after the signal line too.
    const head = OPENER_THEN_CALL.exec(rest);
    if (head !== null && isCall(head[2] as string))
      return [signal[1] as string, signal[2] as string, "", head[1] as string, head[2] as string];
  }
  const pieces = line.split(HEADLINE_BREAK);
  if (pieces.length < 2) return null;
  const last = opener(pieces.pop() as string);
  if (last === null || last.length !== 2) return null;
  return [...pieces, ...last];
}

/** A function line alone, or a header / `runtime stack:` and the function line after it. */
function opener(text: string): string[] | null {
  const head = OPENER_THEN_CALL.exec(text);
  if (head !== null)
    return isCall(head[2] as string) ? [head[1] as string, head[2] as string] : null;
  return isCall(text) ? [text] : null;
}
