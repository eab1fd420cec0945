// A paste that lost every line's indentation (pasted outside a code block into rendered
// markdown or a web form) puts a frame's second line at column 0 under its first. The shape
// still says which line it is, and gets back the indentation its printer gave it, so that every
// reader after this one reads the line as it was printed:
//   a file line (`/abs/path/file.go:N +0x…`, `x.go:N`) right under a function line (a call
//     line, a `created by` line, a bare name as pkg/errors, zap and gccgo print it, a name and
//     its pc as a runtime.Caller loop prints it, a stack field's first name) gets its tab;
//   a logged stack's source line (`func: source`, gin and macaron: `\t%s: %s`) right under its
//     `file.go:N (0xPC)` line gets its tab;
//   gocheck's `in Func` under its `file.go:N` gets its two blanks.
// Only a line at column 0 right after another line at column 0 is asked: a dump's tabbed file
// lines pay one character's test.

import { isCallOfFrame, looksLikeFileLine, parseFileLine } from "./frame-lines.js";
import {
  isFuncNameLine,
  parseFuncPcLine,
  parseInFuncLine,
  parsePcFileLine,
  parseShortFileLine,
  parseSourceLine,
  parseStackFieldFunc,
} from "./logged-frames.js";

export class LostIndent {
  /** The line before, when it was at column 0 and was not given an indentation here. */
  private before = "";

  /** The line as its printer indented it; `asIs`: the reader reads it unindented too. */
  line(text: string, asIs: boolean): string {
    const c = text.charCodeAt(0);
    if (c === 0x09 || c === 0x20 || Number.isNaN(c) || asIs) {
      this.before = "";
      return text;
    }
    const before = this.before;
    const out = before === "" ? text : reindented(before, text);
    this.before = out === text ? text : "";
    return out;
  }
}

function reindented(before: string, text: string): string {
  // A file line never ends in `)`; a pc line (`file.go:N (0x…)`) is a frame's first line.
  if (text.charCodeAt(text.length - 1) !== 0x29 /* ) */ && isFileLineShape(text)) {
    const tabbed = `\t${text}`;
    return underFunctionLine(before) && parseFileLine(tabbed) !== null ? tabbed : text;
  }
  if (text.startsWith("in ")) {
    const blanked = `  ${text}`;
    return parseInFuncLine(blanked) !== null && parseShortFileLine(before) !== null
      ? blanked
      : text;
  }
  const tabbed = `\t${text}`;
  const func = parseSourceLine(tabbed);
  if (func === null || !GO_FUNC.test(func) || parsePcFileLine(before) === null) return text;
  return parsePcFileLine(text) === null ? tabbed : text;
}

/**
 * The name gin's `function(pc)` prints (`(*Context).Next`, `WrapH.func1`, `main`; a path's
 * rest after its first dot, `io/vitess/go/vt/srvtopo.(*Resolver).F`), not a
 * log level (`ERROR: …`) nor a headline's word (`panic: …`, `fatal error: …`).
 */
const GO_FUNC = /^(?!panic$|[A-Z]+$)[\w(*][\w.()*·$/-]*$/;

/**
 * A file line that lost its tab: an absolute path, or a path with no blank up to its `:LINE`
 * (not go1.0's `pkg.F+0x70 /x/y.go:73` location line, a frame's first line).
 */
function isFileLineShape(text: string): boolean {
  // (`?:0`, `??:0`: a frame whose file the runtime did not know)
  if (UNKNOWN_FILE.test(text)) return true;
  if (!looksLikeFileLine(text)) return false;
  return ABSOLUTE.test(text) || UNBLANKED.test(text);
}

const ABSOLUTE = /^(?:\/|[A-Za-z]:[\\/])/;
const UNBLANKED = /^\S+:\d+(?: |$)/;
const UNKNOWN_FILE = /^\?\??:\d+(?: |$)/;

function underFunctionLine(text: string): boolean {
  return (
    text.startsWith("created by ") ||
    isCallOfFrame(text) ||
    isBareFuncName(text) ||
    parseFuncPcLine(text) !== null ||
    parseStackFieldFunc(text) !== null
  );
}

/**
 * `pkg/path.F`, `main.(*T).M`: a name with a dot after its package path's last slash. Not a
 * HandleCrash file line (`/x/y.go:12`: a name holds no colon), nor a piece of a path a terminal
 * cut at its width (`zed/go/src/k8s.io/kubernetes/pkg/dis`).
 */
function isBareFuncName(text: string): boolean {
  return (
    isFuncNameLine(text) &&
    text.indexOf(":") === -1 &&
    text.indexOf(".", text.lastIndexOf("/") + 1) !== -1
  );
}
