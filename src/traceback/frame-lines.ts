// The two lines of a frame: `pkg.Func(args)` and `\t/path/file.go:12 +0x1d fp=… sp=… pc=…`.
// Hand-written scanners rather than regexes: these run once per line of a dump that may hold
// ten million lines, and they parse from the end so that spaces in paths are harmless.

import { removeMarkdownLinks } from "../input/markdown.js";
import type { Frame } from "../model.js";
import { locationOf } from "../names/owner.js";
import { isToolchainSymbol } from "../names/toolchain.js";
import { decimal, hexNumber, isHexWord } from "./numbers.js";
import { blanksOnlyInShapeTypeArgs } from "./shape-type-args.js";

export interface CallLine {
  func: string;
  args: string;
}

export interface FileLine {
  file: string;
  line: number;
  offset?: number | undefined;
  pc?: string | undefined;
  sp?: string | undefined;
  fp?: string | undefined;
}

/** `main.(*T).Sum(0x0?, {0x1, 0x2})` → func and raw args; null when the line is not a call. */
export function parseCallLine(text: string): CallLine | null {
  const n = text.length;
  if (n < 3 || text.charCodeAt(n - 1) !== 0x29 /* ) */) return null;
  const open = text.lastIndexOf("(");
  if (open <= 0) return null;
  const first = text.charCodeAt(0);
  if (first === 0x20 || first === 0x09) return null;
  // `](` is a generic's `[...](` or a link a CI log viewer put into the line.
  if (text.charCodeAt(open - 1) === 0x5d /* ] */ && text.includes("](http")) {
    // Only a real link is removed; `](http)` that is none leaves the text as it was, and
    // reading it again would never end.
    const unlinked = removeMarkdownLinks(text);
    if (unlinked !== text) return parseCallLine(unlinked);
  }
  // A function name holds no space, but for the compiler's equality functions of unnamed
  // types (`type:.eq.[...]interface {}`: testdata/names/stack-go1.26.txt) and a race report's
  // shape type arguments (`shape-type-args.ts`); arguments never hold a parenthesis.
  const func = text.slice(0, open);
  if (
    func.indexOf(" ") !== -1 &&
    !isToolchainSymbol(func) &&
    !blanksOnlyInShapeTypeArgs(func) &&
    !blanksOnlyInRedactedRoot(func)
  )
    return null;
  return { func, args: text.slice(open + 1, n - 1) };
}

/**
 * A reporter's redaction of the path's root as words in brackets, `[my service path]/vendor/…`
 * (holdout-44/lib-pq-644): the blanks are all inside that leading `[…]`, a `/` right after it.
 * A generic's `[…]` comes after a name, never first, so a line that starts with one is none.
 */
function blanksOnlyInRedactedRoot(func: string): boolean {
  if (func.charCodeAt(0) !== 0x5b /* [ */) return false;
  const close = func.indexOf("]");
  return (
    close > 1 &&
    func.charCodeAt(close + 1) === 0x2f /* / */ &&
    func.indexOf(" ", close) === -1 &&
    func.lastIndexOf("[", close) === 0
  );
}

/** A frame's call line (`pkg.F(0x1, …)`, `main.main()`): a function name, then its arguments. */
export function isCallOfFrame(text: string): boolean {
  const c = text.charCodeAt(0);
  return c !== 0x09 && c !== 0x20 && text.endsWith(")") && parseCallLine(text) !== null;
}

/**
 * A function line a paste put blanks into, after a dot of the name or before its `(`
 * (`github.com/AlexxIT/go2rtc/pkg/core. (*Sender).Close(0x0?)`, holdout-13/go2rtc-1330): a
 * call line once they are gone, its name one with a package path. The function is named as
 * printed, blanks and all, so that the site quotes the text. Null when the line is none.
 */
export function parseSpacedCallLine(text: string): CallLine | null {
  const open = text.lastIndexOf("(");
  if (open <= 0 || text.indexOf(". ") === -1) return null;
  const head = text.slice(0, open).trimEnd();
  const squeezed = head.replace(/\. +/g, ".");
  if (squeezed === head || squeezed.indexOf("/") === -1) return null;
  const call = parseCallLine(squeezed + text.slice(open));
  return call === null ? null : { func: head, args: call.args };
}

/**
 * A function line with its file line glued after it behind blanks, the newline and tab between
 * them turned into a blank (a log or a page that joined the two: `pkg.(*T).F(0xc4, 0x0)
 * /src/pkg/t.go:724 +0x1bf`, holdout-14/etcd-pai-4629): the call, and the file line's text
 * (without its indent). Null when the line is not a whole call then a whole file line. A
 * function's name holds no `) ` and its arguments no parenthesis, so the first `) ` whose start
 * reads as a call is where the call ends.
 */
export function splitGluedFileLine(text: string): { call: CallLine; file: string } | null {
  const first = text.charCodeAt(0);
  if (first === 0x20 || first === 0x09) return null;
  const close = text.indexOf(") ");
  if (close === -1) return null;
  const call = parseCallLine(text.slice(0, close + 1));
  if (call === null) return null;
  const file = text.slice(close + 2).trimStart();
  if (!looksLikeFileLine(file) || parseFileLine(`\t${file}`) === null) return null;
  return { call, file };
}

/**
 * A file line with the next function line glued to it, no blank between: a paste that lost
 * the line break with nothing in its place (`/x/retry_step.go:47 +0x2agithub.com/…F(0x1)`,
 * holdout-23/concourse-5077). The call's first letter is no hex digit — the offset would
 * have taken it — and no digit — the line number would have.
 */
export const FILE_GLUED_CALL =
  /^(\S{1,400}\.(?:go|s):\d{1,9}(?: \+0x[0-9a-f]{1,16})?)([g-zA-Z_].*)$/;

/** Such a file line's text (without its indent) and the call glued to it; null when not one. */
export function splitFileGluedCall(text: string): { file: string; call: CallLine } | null {
  const m = FILE_GLUED_CALL.exec(text);
  if (m === null) return null;
  const call = parseCallLine(m[2] as string);
  const file = m[1] as string;
  if (call === null || parseFileLine(`\t${file}`) === null) return null;
  return { file, call };
}

/** A frame's file line, then a blank and more on the same line: the file line's text and the rest. */
const FILE_THEN_MORE = /^(\S{1,400}\.(?:go|s):\d{1,9}(?: \+0x[0-9a-f]{1,16})?) (?=[^\s+])/;
/** Frames read off one line at most. */
const MAX_GLUED_FRAMES = 64;

/**
 * Several frames on one line, each function line with its file line glued after it behind a
 * blank and the next function line glued after that file line (a log record that kept a
 * newline only before some of `debug.Stack()`'s lines: `pkg.F() /x/f.go:62 +0x66 panic(0x1, 0x2)
 * /go/src/runtime/panic.go:969 +0x166`, holdout-18/photoprism-454): each pair, in order. One
 * pair is splitGluedFileLine's; null when the line is not made of whole pairs.
 */
export function splitGluedFrames(text: string): { call: CallLine; file: string }[] | null {
  const pairs: { call: CallLine; file: string }[] = [];
  let rest = text;
  while (pairs.length < MAX_GLUED_FRAMES) {
    const close = rest.indexOf(") ");
    const call = close === -1 ? null : parseCallLine(rest.slice(0, close + 1));
    if (call === null) break;
    const after = rest.slice(close + 2);
    const file = FILE_THEN_MORE.exec(after);
    if (file === null || parseFileLine(`\t${file[1]}`) === null) break;
    pairs.push({ call, file: file[1] as string });
    rest = after.slice(file[0].length);
  }
  const last = pairs.length === 0 ? null : splitGluedFileLine(rest);
  if (last !== null) return [...pairs, last];
  // Not whole pairs to the end: one pair, the file line's path may hold blanks (`C:/Program Files/…`).
  const one = splitGluedFileLine(text);
  return one === null ? null : [one];
}

/**
 * gccgo's function line: the name alone, no arguments (`engine._Cfunc_DBUnlockFile`,
 * `engine.$nested85`, `__go_panic`): libgo's printtrace prints `name, "\n\t", file, ":", line`
 * (gcc libgo/go/runtime/traceback_gccgo.go, read at gcc-mirror/gcc 0325be5; the C
 * runtime_printtrace of libgo/runtime/go-traceback.c before it printed `"%S\n"`, `"\t%S:%D\n"`),
 * as gccgo 8.0.0 did in golang-23393. Only a line with no blank, colon, quote or `=`, which
 * prose and log fields have. Whether it is a frame is for the line after it to say.
 */
export function parseBareFuncLine(text: string): string | null {
  return BARE_FUNC.test(text) ? text : null;
}

const BARE_FUNC = /^[A-Za-z_$][^\s:="'`,;]{0,999}$/;

/**
 * A function's name alone on its line, qualified by its package (`pkg.F`, `a/b.(*T).M.func5`):
 * gccgo's bare function line, or a function line a paste split before its `(`.
 */
export function isQualifiedFuncName(text: string): boolean {
  return BARE_FUNC.test(text) && text.indexOf(".") > 0 && !text.endsWith(".");
}

/**
 * `(0xc0430b1e20, 0xc04208e2c0)`: a whole argument list alone on its line, the rest of a
 * function line a paste split before its `(` (broad-2/sampctl-108). Its words, else null.
 */
export function parseArgumentListLine(text: string): string | null {
  if (text.length < 2 || text.charCodeAt(0) !== 0x28 || text.charCodeAt(text.length - 1) !== 0x29)
    return null;
  const words = text.slice(1, -1);
  return ARGUMENT_WORDS.test(words) ? words : null;
}

/**
 * A file line as gccgo prints it under a function line: tab- (or, pasted, blank-) indented;
 * `:0` when the frame's code has no line information (C code without debug info). Null when
 * the line is none.
 */
export function parseIndentedFileLine(text: string): FileLine | null {
  const c = text.charCodeAt(0);
  if (c !== 0x09 && c !== 0x20) return null;
  const rest = text.trimStart();
  if (rest.charCodeAt(0) === 0x3a /* : */) {
    const line = decimal(rest, 1, rest.length);
    return Number.isNaN(line) ? null : { file: "", line };
  }
  return parseFileLine(`\t${rest}`);
}

/**
 * A function line cut before its `)` where a terminal or a log viewer cut long lines
 * (`web.(*Server).formatResults(0xc8c30f4000, 0xcab8a6f228, 0xc`): its function and the
 * arguments left (go1.18+ prints `_` for an unused one). Only inside a goroutine block, where
 * a file line follows.
 */
export function parseCutCallLine(text: string): CallLine | null {
  const open = text.lastIndexOf("(");
  if (open <= 0 || text.length - open > 400) return null;
  const first = text.charCodeAt(0);
  if (first === 0x20 || first === 0x09) return null;
  // less(1) marks a line it chopped at the screen's edge with `>` in its last column (its
  // `--rscroll` character; journalctl pages through `less -S`): the mark is no argument.
  const end = text.charCodeAt(text.length - 1) === 0x3e /* > */ ? text.length - 1 : text.length;
  const args = text.slice(open + 1, end);
  if (!ARGUMENT_WORDS.test(args)) return null;
  const func = text.slice(0, open);
  if (func.indexOf(" ") !== -1 || !/[\w)]$/.test(func)) return null;
  return { func, args };
}

/**
 * Words an argument list is printed with: hex values, `{…}`, `, `, `...`, `?`, `_`
 * (go1.26 runtime/traceback.go printArgs; go1.4 printed hex words only, holdout-6/nyagos-76).
 */
const ARGUMENT_WORDS = /^[0-9a-fA-Fx, .{}?_]*$/;

/**
 * The rest of an argument list a console wrapped onto a line of its own (` 0x40004c, 0x3)`):
 * its words, and whether it closes the list. Null when the line is anything else.
 */
export function parseArgumentsRest(text: string): { args: string; closed: boolean } | null {
  if (text.length === 0 || text.length > 1000) return null;
  const closed = text.charCodeAt(text.length - 1) === 0x29; /* ) */
  const words = closed ? text.slice(0, -1) : text;
  if (!ARGUMENT_WORDS.test(words)) return null;
  // A piece with no value in it (blanks only) says nothing; a lone `)` does close the list.
  if (!closed && words.trim() === "") return null;
  return { args: words, closed };
}

/**
 * An argument list joined across a cut. Blanks at the cut were the list's own; a piece that
 * starts a new value (`0x…`, `{`) right after a whole one lost the `, ` between them at the cut
 * (a console that drops its last columns when copied, holdout-6/nyagos-76); any other piece goes
 * on with the word the cut split.
 */
export function joinArguments(head: string, piece: string): string {
  const rest = piece.trimStart();
  if (head === "" || rest === "") return head + rest;
  if (head.endsWith(",")) return `${head} ${rest}`;
  if (piece !== rest || head.endsWith(" ")) return `${head.trimEnd()} ${rest}`;
  if (/[0-9a-fA-F}?.]$/.test(head) && /^(?:0x|\{|\.\.\.)/.test(rest)) return `${head}, ${rest}`;
  return head + rest;
}

/** A whole token of a file line's tail: ` +0x1d`, ` fp=0x…`, ` sp=0x…`, ` pc=0x…`. */
const TAIL_TOKEN = /^(?:\+0x[0-9a-f]{1,16}|(?:fp|sp|pc)=0x[0-9a-f]{1,16})$/;
/** The end of a tail token cut at its start: `117ace94`, `x117ace94`, `=0x…`, `p=0x…`. */
const TAIL_TOKEN_END = /^(?:\+0x|(?:(?:[fs]?p|p?c)?=)?(?:0?x)?)[0-9a-f]{1,16}$/;
/** The start of a tail token cut at its end: `fp=`, `s`, `+0x`, `sp=0x117a`. */
const TAIL_TOKEN_START =
  /^(?:\+(?:0(?:x[0-9a-f]{0,16})?)?|(?:f|s)(?:p(?:=(?:0(?:x[0-9a-f]{0,16})?)?)?)?|p(?:c(?:=(?:0(?:x[0-9a-f]{0,16})?)?)?)?)$/;

/**
 * The rest of a file line's tail that a console wrapped onto the next line (`117ace94
 * sp=0x117acd28`, `0x117ace94`, `+0xa1c`): tail tokens, the first of which may have lost its
 * start at the cut and the last its end, holding a `0x` or a `=` somewhere, so that a number
 * alone is not taken for one.
 */
export function isFileLineTail(text: string): boolean {
  // A function line ends in `)`, a header in `:`: the lines after a file line, read at no cost.
  const last = text.charCodeAt(text.length - 1);
  if (last === 0x29 /* ) */ || last === 0x3a /* : */) return false;
  const t = text.trim();
  if (t.length === 0 || t.length > 120 || (t.indexOf("=") === -1 && t.indexOf("0x") === -1))
    return false;
  const tokens = t.split(" ");
  const n = tokens.length;
  return tokens.every((token, i) => {
    if (TAIL_TOKEN.test(token)) return true;
    if (i === 0 && TAIL_TOKEN_END.test(token)) return true;
    return i === n - 1 && TAIL_TOKEN_START.test(token);
  });
}

/** A wrapped tail piece that is a whole `+0x…` offset (`+0xa1c`): its value, else undefined. */
export function wrappedOffset(text: string): number | undefined {
  const t = text.trim();
  if (!/^\+0x[0-9a-f]{1,13}$/.test(t)) return undefined;
  return hexNumber(t, 3, t.length);
}

/**
 * `\t/app/main.go:12 +0x1d fp=0xc0000 sp=0xc0000 pc=0x4a6da9` → its parts, written into
 * `target`; false when the text after the indent does not end in `:LINE`. `indent` is how
 * many leading characters to skip (1 for the runtime's tab; race reports indent with
 * spaces). Scans from the end, token by token, so paths with spaces are read whole.
 */
export function parseFileLineInto(text: string, indent: number, target: FileLine): boolean {
  let end = text.length;
  let space = text.lastIndexOf(" ", end - 1);
  // ` fp=0x… sp=0x… pc=0x…` (GOTRACEBACK=system; go ≤1.4 printed fp and sp only), or a lone
  // ` pc=0x…` (cgo symbolizer frames): take such tokens off the end, in any order.
  while (
    space > indent &&
    text.charCodeAt(space + 3) === 0x3d /* = */ &&
    isHexWord(text, space + 4, end)
  ) {
    const key = text.slice(space + 1, space + 3);
    if (key === "pc") target.pc = text.slice(space + 4, end);
    else if (key === "sp") target.sp = text.slice(space + 4, end);
    else if (key === "fp") target.fp = text.slice(space + 4, end);
    else break;
    end = space;
    space = text.lastIndexOf(" ", end - 1);
  }
  if (
    space > indent &&
    text.charCodeAt(space + 1) === 0x2b /* + */ &&
    text.startsWith("+0x", space + 1)
  ) {
    const offset = hexNumber(text, space + 4, end);
    if (!Number.isNaN(offset)) {
      target.offset = offset;
      end = space;
    }
  }
  const colon = text.lastIndexOf(":", end - 1);
  if (colon <= indent) return false;
  const line = decimal(text, colon + 1, end);
  if (Number.isNaN(line)) return damagedFileLine(text, indent, target);
  target.file = text.slice(fileStart(text, indent, colon), colon);
  target.line = line;
  return true;
}

/**
 * Where the file starts after the indent: past any blanks. The runtime prints the tab right
 * before the path (`print("\t", file, ":", line)`, go1.26 src/runtime/traceback.go), so blanks
 * there are a viewer's: VS Code's Go extension writes `\t  xcontext.go:23` for an inlined frame
 * (holdout-16/go-53793), the shape `bareOffsetFileLine` reads for a frame with an offset.
 */
function fileStart(text: string, indent: number, colon: number): number {
  let start = indent;
  while (start < colon - 1 && text.charCodeAt(start) === 0x20) start++;
  return start;
}

const DAMAGED_TAIL = / \+0x([0-9a-f]{1,8})( |$|[^0-9a-zA-Z])/;

/**
 * An offset a console cut at its width inside its digits, the row's padding copied between
 * them (`:124 +0x` + blanks + `3b5`, a Windows console, holdout-24/git-lfs-3540): the digits
 * on both sides are the offset.
 */
const PADDED_OFFSET = / \+0x([0-9a-f]{0,15}) {2,}([0-9a-f]{1,15})$/;

/**
 * A file line whose tail was cut or wrapped by a paste (`…/x.go:33 +0x3a fp=0x`), or with
 * other text glued after its offset (a shell prompt, `+0x1>`, real/start-7; a closing fence,
 * `+0x23e```, holdout-6/prysm-4236): the `:LINE` followed by ` +0x…` still says where the call
 * was. An offset with text glued to it may have been cut there too: it is not kept.
 */
function damagedFileLine(text: string, indent: number, target: FileLine): boolean {
  const unlinked = removeMarkdownLinks(text);
  if (unlinked !== text) return parseFileLineInto(unlinked, indent, target);
  const padded = PADDED_OFFSET.exec(text);
  if (padded !== null) {
    const colon = text.lastIndexOf(":", padded.index - 1);
    const line = colon <= indent ? Number.NaN : decimal(text, colon + 1, padded.index);
    if (!Number.isNaN(line)) {
      const digits = `${padded[1]}${padded[2]}`;
      target.file = text.slice(fileStart(text, indent, colon), colon);
      target.line = line;
      target.offset = hexNumber(digits, 0, digits.length);
      return true;
    }
  }
  const tail = DAMAGED_TAIL.exec(text);
  if (tail === null) return bareOffsetFileLine(text, indent, target);
  const colon = text.lastIndexOf(":", tail.index - 1);
  if (colon <= indent) return false;
  const line = decimal(text, colon + 1, tail.index);
  if (Number.isNaN(line)) return false;
  target.file = text.slice(fileStart(text, indent, colon), colon);
  target.line = line;
  const glued = tail[2] !== "" && tail[2] !== " ";
  target.offset = glued ? undefined : hexNumber(tail[1] as string, 0, (tail[1] as string).length);
  return true;
}

/** The start of an offset a terminal's wrap cut off a file line's end: ` +`, ` +0`, ` +0x`. */
const CUT_OFFSET = / \+(?:0x?)?$/;

/**
 * A race report's file line wrapped inside its offset (`…/client.go:377 +0` then `x149e`, a
 * paste hard-wrapped at 100 columns, holdout-19/paho-mqtt-211): the file and line are whole, the
 * offset is not known from this line (`offsetCutAt`, `joinedOffset` read its rest on the next).
 * A goroutine block joins such rows itself (block.ts `brokenFileLine`, at the wrap's width).
 */
export function parseCutOffsetFileLine(text: string, indent: number): FileLine | null {
  const cut = CUT_OFFSET.exec(text);
  if (cut === null) return null;
  const colon = text.lastIndexOf(":", cut.index - 1);
  if (colon <= indent) return null;
  const line = decimal(text, colon + 1, cut.index);
  if (Number.isNaN(line)) return null;
  return { file: text.slice(fileStart(text, indent, colon), colon), line };
}

/** The offset's start a file line ends in when a wrap cut it (`+`, `+0`, `+0x`), else null. */
export function offsetCutAt(text: string): string | null {
  const cut = CUT_OFFSET.exec(text);
  return cut === null ? null : cut[0].slice(1);
}

/** The offset a file line cut at `start` (offsetCutAt) has with the next row, `rest`, or undefined. */
export function joinedOffset(start: string, rest: string): number | undefined {
  return /^[0-9a-fx]{1,16}$/.test(rest.trim()) ? wrappedOffset(start + rest.trim()) : undefined;
}

/**
 * `:86  0x3e` ending a line: a line number, blanks, an offset without its `+`; or `:125+0x472`,
 * the offset glued to the line number.
 */
const BARE_OFFSET_TAIL = /:([0-9]{1,9})(?: {1,4}|\+)0x([0-9a-f]{1,16})$/;

/**
 * A file line a viewer rewrote as blanks, the base name and line, blanks and the offset without
 * its `+` (`\t  diagnostics.go:86  0x3e`, VS Code's Go extension, holdout-11/vscode-go-879):
 * the file is the name after the blanks. Or a file line whose blank before the offset was lost
 * (`debugcharts.go:125+0x472`, text read off a screenshot, holdout-11/debugcharts-19).
 */
function bareOffsetFileLine(text: string, indent: number, target: FileLine): boolean {
  const tail = BARE_OFFSET_TAIL.exec(text);
  if (tail === null) return false;
  let start = indent;
  while (start < tail.index && text.charCodeAt(start) === 0x20) start++;
  if (start === tail.index) return false;
  target.file = text.slice(start, tail.index);
  target.line = decimal(tail[1] as string, 0, (tail[1] as string).length);
  target.offset = hexNumber(tail[2] as string, 0, (tail[2] as string).length);
  return true;
}

/** `parseFileLineInto` returning a new object; null when the text is not a file line. */
export function parseFileLine(text: string, indent = 1): FileLine | null {
  const result: FileLine = { file: "", line: 0 };
  if (!parseFileLineInto(text, indent, result)) return null;
  for (const key of ["offset", "pc", "sp", "fp"] as const)
    if (result[key] === undefined) delete result[key];
  return result;
}

/** `...52 frames elided...` → 52; `...additional frames elided...` → -1; otherwise null. */
export function parseElided(text: string): number | null {
  if (!text.startsWith("...") || !text.endsWith(" elided...")) return null;
  if (text === "...additional frames elided...") return -1;
  const space = text.indexOf(" ");
  if (text.slice(space) !== " frames elided...") return null;
  const count = decimal(text, 3, space);
  return Number.isNaN(count) ? null : count;
}

/** A `created by` line waiting for its file line. */
export interface CreatedByLine {
  func: string;
  /** Go 1.21+: `in goroutine N`. */
  parent: number | undefined;
  line: number;
}

/** `created by main.main in goroutine 1` → function and parent id. */
export function parseCreatedBy(text: string, line: number): CreatedByLine {
  const rest = text.slice(11);
  const at = rest.indexOf(" in goroutine ");
  if (at === -1) return { func: rest, parent: undefined, line };
  // Digits only, as the runtime prints a goid: ` -2`, `1e3` or a blank are no id.
  const parent = decimal(rest, at + 14, rest.length);
  return { func: rest.slice(0, at), parent: Number.isNaN(parent) ? undefined : parent, line };
}

/** A file line that lost its tab: `/abs/path.go:12 +0x1d`, `C:/x.go:3`, `<autogenerated>:1`. */
export function looksLikeFileLine(text: string): boolean {
  return (
    /^(?:\/|[A-Za-z]:[\\/]|<autogenerated>:|\.\.\.\/|_cgo_gotypes\.go:|\?\?:)/.test(text) ||
    /\.(?:go|s|c):\d{1,9}(?: |$)/.test(text)
  );
}

/**
 * A frame with no file yet. Every frame has this one shape (fields left undefined are left
 * out of JSON): a dump makes millions of them.
 */
export function newFrame(func: string, args: string, inputLine: number): Frame {
  return {
    func,
    args,
    file: "",
    line: 0,
    offset: undefined,
    pc: undefined,
    sp: undefined,
    fp: undefined,
    inlined: false,
    location: locationOf(func),
    inputLine,
  };
}

/**
 * A frame's first line as Go printed it before go1 (the weekly releases of 2011): its location,
 * `runtime.chansend1+0x5b /go/src/pkg/runtime/chan.c:410`, with its call indented on the next
 * line (`\truntime.chansend1(0xf84003c000, 0xf8401057e0)`): `%S+%p %S:%d\n\t%S(…)\n` in
 * src/pkg/runtime/amd64/traceback.c of those releases. Names of that time hold no parenthesis
 * (`client.*Conn·Raw`), so a call line of any release is never one.
 */
const OLD_LOCATION =
  /^([^\s(]{1,1000}?)(?:\+0x([0-9a-f]{1,16}))? (\S{1,1000}\.[a-z]{1,3}):(\d{1,9})$/;

/** A pre-go1 location line as a frame (its arguments come on the next line), or null. */
export function parseOldLocationLine(text: string, inputLine: number): Frame | null {
  const found = OLD_LOCATION.exec(text);
  if (found === null) return null;
  const frame = newFrame(found[1] as string, "", inputLine);
  frame.file = found[3] as string;
  frame.line = decimal(found[4] as string, 0, (found[4] as string).length);
  const offset = found[2] === undefined ? Number.NaN : hexNumber(found[2], 0, found[2].length);
  if (!Number.isNaN(offset)) frame.offset = offset;
  return frame;
}

/** What pre-go1 printed before the location of the call that created the goroutine. */
export const OLD_CREATED_BY = "----- goroutine created by -----";
