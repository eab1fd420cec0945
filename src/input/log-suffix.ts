// A logger's fields after Go's text (log15's ` logger=plugin.x`, broad/grafana-65414): they
// are learnt from a line whose end Go's grammar fixes — a `[signal …]` line ends at its `]`, a
// goroutine header at its `]:`, a frame's file line at its offset or `pc=` — so the same text
// at the end of that stream's other lines, the headline among them (a value has no known
// end), is the logger's too and is removed. Nothing is learnt from a line that could end so.

import { WHOLE_HEADER } from "./goroutine-header-text.js";

/** ` key=value` pairs to the end of the line; Go's own `fp=`/`sp=`/`pc=` are no logger's. */
const FIELDS = String.raw`((?: (?!(?:fp|sp|pc)=)[A-Za-z_][\w.-]{0,63}=(?:"[^"]{0,200}"|[^\s"]{0,200})){1,8})$`;

const ENDS_FIXED = [
  new RegExp(String.raw`^\[signal [^\]]{1,200}\]${FIELDS}`),
  new RegExp(`^${WHOLE_HEADER}${FIELDS}`),
  new RegExp(
    String.raw`^\t\S{1,400}\.go:\d{1,9}(?: \+0x[0-9a-f]{1,16})?(?: fp=0x[0-9a-f]{1,16} sp=0x[0-9a-f]{1,16} pc=0x[0-9a-f]{1,16})?${FIELDS}`,
  ),
];

/** Streams kept at once (as many as the prefix learner keeps shapes). */
const MAX_STREAMS = 8;

export class LogSuffixes {
  /** The suffix learnt per stream. */
  private readonly learnt = new Map<string, string>();

  /** `text` without its stream's learnt suffix; a line that shows one teaches it first. */
  cut(text: string, stream: string): string {
    const c = text.charCodeAt(0);
    if ((c === 0x5b /* [ */ || c === 0x67 /* g */ || c === 0x09) && text.indexOf("=") !== -1) {
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
    return suffix !== undefined && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;
  }
}
