// A whole traceback flattened onto one line (a tracker or chat that folded its newlines into
// blanks, holdout-3/sql-runner-46): `panic: v goroutine 1 [running]: main.f(0x1) /x/m.go:49
// +0x174 main.main() /x/m.go:38 +0x73 goroutine 5 [chan receive]: …`. Go's own grammar says
// where the lines were: a goroutine header ends with `]: `, a frame's call is followed by its
// file line (`path.go:N +0x…`), and the headline is what comes before the first header, its
// `[signal …]` line after it. A log that flattened each chunk it received may cut the trace
// between a call and its file line (holdout-10/lightning-app-174: the next chunk starts with
// that file line): what follows the last whole frame is kept as a line, and the next chunk
// is read on from its file line (splitFlattenedRest).

import { FLATTENED_HEADER } from "./goroutine-header-text.js";

/**
 * A call (anything up to the first blanks before a path), then its file line. A terminal that
 * padded each line to its width with blanks before the newlines were lost leaves runs of blanks
 * between the lines (holdout-12/go-redis-520): a run counts as one break.
 */
const FRAME = / *(\S.*?) +(\S{1,400}\.(?:go|s):\d{1,9}(?: \+0x[0-9a-f]{1,16})?)(?: +|$)/y;
/** A file line starting the text, the rest of a frame whose call ended the chunk before. */
const FILE_FIRST = /^(\S{1,400}\.(?:go|s):\d{1,9}(?: \+0x[0-9a-f]{1,16})?)(?: |$)/;

/** An HTML line break (`<br>`, `<br/>`, `<br />`) with the blanks around it. */
const HTML_BREAK = / *<br *\/?> */gi;

/** The lines of a flattened traceback, or null when `text` holds no header followed by frames. */
export function splitFlattened(text: string): string[] | null {
  // A page that kept its line breaks as `<br>` tags on one line (holdout-29/fasthttp-776): each
  // tag was a break, as a run of blanks is.
  if (text.indexOf("<br") !== -1) text = text.replace(HTML_BREAK, " ");
  const headers = [...text.matchAll(FLATTENED_HEADER)];
  if (headers.length === 0) return null;
  const out: string[] = [];
  const first = headers[0] as RegExpMatchArray;
  const head = text.slice(0, first.index).trimEnd();
  // Go writes `[signal …]` on a line of its own under the headline (holdout-10/lightning-app-174).
  const signal = head.endsWith("]") ? head.lastIndexOf(" [signal ") : -1;
  if (signal > 0) out.push(head.slice(0, signal).trimEnd(), head.slice(signal + 1), "");
  else if (head !== "") out.push(head, "");
  return framesAfterHeaders(text, headers, out);
}

/**
 * The lines of the next chunk of a flattened traceback whose last line ended in a call
 * (splitFlattened's last line): that call's file line, then frames, and any goroutine blocks
 * after them; null when `text` does not start with a file line followed by a frame.
 */
export function splitFlattenedRest(text: string): string[] | null {
  const file = FILE_FIRST.exec(text);
  if (file === null) return null;
  const headers = [...text.matchAll(FLATTENED_HEADER)];
  const end = headers.length === 0 ? text.length : (headers[0]?.index as number);
  const out = [`\t${file[1]}`];
  const frames = readFrames(text.slice(file[0].length, end), out);
  if (frames === 0 && headers.length === 0) return null;
  if (headers.length === 0) return out;
  out.push("");
  return framesAfterHeaders(text, headers, out);
}

function framesAfterHeaders(
  text: string,
  headers: RegExpMatchArray[],
  out: string[],
): string[] | null {
  for (let i = 0; i < headers.length; i++) {
    const header = headers[i] as RegExpMatchArray;
    const start = (header.index as number) + header[0].length;
    const end = i + 1 < headers.length ? (headers[i + 1]?.index as number) : text.length;
    out.push(header[0].trim());
    if (readFrames(text.slice(start, end), out) === 0) return null;
    if (i + 1 < headers.length) out.push("");
  }
  return out;
}

/** Each frame of `body` as its two lines, then what follows the last one; the frames read. */
function readFrames(body: string, out: string[]): number {
  FRAME.lastIndex = 0;
  let frames = 0;
  let at = 0;
  for (let m = FRAME.exec(body); m !== null; m = FRAME.exec(body)) {
    out.push(m[1] as string, `\t${m[2]}`);
    frames++;
    at = FRAME.lastIndex;
    if (at >= body.length) break;
  }
  const rest = body.slice(at).trim();
  if (frames > 0 && rest !== "") out.push(rest);
  return frames;
}
