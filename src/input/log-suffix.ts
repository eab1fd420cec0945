// What a logger or an export put after Go's text on every line: log15's fields
// (` logger=plugin.x`, broad/grafana-65414), or the mark an export joined its records with
// (`,` after every line, holdout-10/coredns-4047), or a column a log viewer added after a tab
// (the container's name, holdout-12/cloudflared-902). They are learnt from a line whose end Go's
// grammar fixes — a `[signal …]` line ends at its `]`, a goroutine header at its `]:`, a
// frame's file line at its offset or `pc=` — so the same text at the end of that stream's
// other lines, the headline among them (a value has no known end), is the logger's too and is
// removed; a line that is only that mark was a blank one. Nothing is learnt from a line that
// could end so.

import { WHOLE_HEADER } from "./goroutine-header-text.js";

/**
 * ` key=value` pairs to the end of the line (Go's own `fp=`/`sp=`/`pc=` are no logger's), or a
 * short run of the marks records are joined with, which Go ends none of these lines with, or a
 * column a log viewer added after a tab: the container's name (`\tCFTunnelContainer`,
 * holdout-12/cloudflared-902).
 */
const TAIL = String.raw`((?: (?!(?:fp|sp|pc)=)[A-Za-z_][\w.-]{0,63}=(?:"[^"]{0,200}"|[^\s"]{0,200})){1,8}|[,;"']{1,3}|\t[\w.-]{1,64})$`;

const ENDS_FIXED = [
  new RegExp(String.raw`^\[signal [^\]]{1,200}\]${TAIL}`),
  new RegExp(`^${WHOLE_HEADER}${TAIL}`),
  new RegExp(
    String.raw`^\t\S{1,400}\.go:\d{1,9}(?: \+0x[0-9a-f]{1,16})?(?: fp=0x[0-9a-f]{1,16} sp=0x[0-9a-f]{1,16} pc=0x[0-9a-f]{1,16})?${TAIL}`,
  ),
];

/** Streams kept at once (as many as the prefix learner keeps shapes). */
const MAX_STREAMS = 8;

/** `,` `;` `"` `'`: a mark a suffix of joined records may end in. */
function isJoinMark(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x22 || c === 0x27;
}

export class LogSuffixes {
  /** The suffix learnt per stream. */
  private readonly learnt = new Map<string, string>();

  /** Some stream has a suffix: every line of the input is to be read for it. */
  get active(): boolean {
    return this.learnt.size > 0;
  }

  /** `text` without its stream's learnt suffix; a line that shows one teaches it first. */
  cut(text: string, stream: string): string {
    const c = text.charCodeAt(0);
    if (
      (c === 0x5b /* [ */ || c === 0x67 /* g */ || c === 0x09) &&
      (isJoinMark(text.charCodeAt(text.length - 1)) ||
        text.indexOf("=") !== -1 ||
        text.indexOf("\t", 1) !== -1)
    ) {
      for (const shape of ENDS_FIXED) {
        const found = shape.exec(text);
        if (found === null) continue;
        if (!this.learnt.has(stream) && this.learnt.size >= MAX_STREAMS) this.learnt.clear();
        this.learnt.set(stream, found[1] as string);
        break;
      }
    }
    if (this.learnt.size === 0) return text;
    const suffix = this.learnt.get(stream);
    if (suffix === undefined || !text.endsWith(suffix)) return text;
    // Blanks before the suffix pad Go's text to the logger's column (a message field of fixed
    // width, holdout-11/mattermost-plugin-calls-514): they are the logger's too.
    let end = text.length - suffix.length;
    while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
    return text.slice(0, end);
  }
}
