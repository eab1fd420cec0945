// Removes what log systems wrap around crash text, line by line, and says which stream each
// line belongs to, so that stdout interleaved with a crash on stderr, or two programs in one
// syslog file, do not break the crash apart. Two layers: a container runtime's record
// (docker json-file, CRI) around a logger's line (syslog, klog, timestamps, JSON field).

import { parseCriLine, parseDockerLine } from "./container-log.js";
import { crashLinesInJson } from "./json-field.js";
import { removeLinePrefix } from "./line-prefixes.js";
import { removeMarkdownLinks } from "./markdown.js";

/** Receives each unwrapped line with the input line it came from and its stream ("" when unnamed). */
export type UnwrappedSink = (text: string, line: number, stream: string) => void;

/** Which wrappers were seen, for the report. */
export interface WrapperCounts {
  docker: number;
  cri: number;
  prefixed: number;
  json: number;
}

export class Unwrapper {
  readonly seen: WrapperCounts = { docker: 0, cri: 0, prefixed: 0, json: 0 };
  /** Pieces of lines split by the container runtime, per stream, waiting for their end. */
  private readonly partial = new Map<string, { text: string; line: number }>();

  constructor(private readonly sink: UnwrappedSink) {}

  push(raw: string, line: number): void {
    const c = raw.charCodeAt(0);
    // Fast path: traceback lines start with a tab or a lower-case letter.
    if (c === 0x09 || (c >= 0x61 && c <= 0x7a) || raw === "") {
      this.sink(cleanLine(raw), line, "");
      return;
    }
    const record = c === 0x7b ? parseDockerLine(raw) : parseCriLine(raw);
    if (record !== null) {
      if (c === 0x7b) this.seen.docker++;
      else this.seen.cri++;
      const pending = this.partial.get(record.stream);
      const joined = pending === undefined ? record.text : pending.text + record.text;
      const first = pending === undefined ? line : pending.line;
      if (record.partial) {
        // The piece is kept as written: a split may fall right after a blank.
        this.partial.set(record.stream, { text: joined, line: first });
        return;
      }
      if (pending !== undefined) this.partial.delete(record.stream);
      this.inner(cleanLine(joined), first, record.stream);
      return;
    }
    this.inner(cleanLine(raw), line, "");
  }

  /** Flushes pieces whose end never came. */
  end(): void {
    for (const [stream, pending] of this.partial)
      this.inner(cleanLine(pending.text), pending.line, stream);
    this.partial.clear();
  }

  private inner(raw: string, line: number, stream: string): void {
    const text = removeMarkdown(raw);
    const c = text.charCodeAt(0);
    if (c === 0x09 || (c >= 0x61 && c <= 0x7a) || text === "") {
      this.sink(text, line, stream);
      return;
    }
    const unprefixed = removeLinePrefix(text);
    if (unprefixed !== null) {
      this.seen.prefixed++;
      const sub =
        unprefixed.stream === undefined
          ? stream
          : `${stream}${stream === "" ? "" : " "}${unprefixed.stream}`;
      this.expandJson(unprefixed.text, line, sub);
      return;
    }
    this.expandJson(text, line, stream);
  }

  private expandJson(text: string, line: number, stream: string): void {
    const lines = text.charCodeAt(0) === 0x7b ? crashLinesInJson(text) : null;
    if (lines === null) {
      this.sink(text, line, stream);
      return;
    }
    this.seen.json++;
    for (const part of lines) this.sink(part, line, stream);
    // The record ends the text it held, as a blank line would.
    this.sink("", line, stream);
  }
}

/**
 * Paste damage that is never Go's: trailing blanks, a literal `^M` left by a terminal
 * capture of CRLF output, a lone closing backtick.
 */
function cleanLine(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  const last = text.charCodeAt(n - 1);
  if (last === 0x20 || last === 0x09) return cleanLine(text.trimEnd());
  if (last === 0x4d /* M */ && text.endsWith("^M")) return cleanLine(text.slice(0, -2));
  // The closing backtick of inline code that opened on an earlier line.
  if (last === 0x60 /* ` */ && text.indexOf("`") === n - 1) return text.slice(0, -1);
  return text;
}

/**
 * Markdown around a pasted crash: a code fence line becomes a blank line (it ends a block as
 * one would), and a quote marker or inline-code backticks in front of a line are dropped.
 * Neither `>` nor a backtick ever starts a line Go prints.
 */
function removeMarkdown(raw: string): string {
  const text = removeMarkdownLinks(raw);
  const c = text.charCodeAt(0);
  if (c === 0x60 /* ` */) {
    if (text.startsWith("```")) return /^`{3,}[\w+-]*$/.test(text) ? "" : text.slice(3);
    return text.replace(/^`+/, "");
  }
  if (c === 0x3e /* > */) return text.charCodeAt(1) === 0x20 ? text.slice(2) : text.slice(1);
  return text;
}
