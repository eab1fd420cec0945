// A whole traceback flattened onto one line (a tracker or chat that folded its newlines into
// blanks, holdout-3/sql-runner-46): `panic: v goroutine 1 [running]: main.f(0x1) /x/m.go:49
// +0x174 main.main() /x/m.go:38 +0x73 goroutine 5 [chan receive]: …`. Go's own grammar says
// where the lines were: a goroutine header ends with `]: `, a frame's call is followed by its
// file line (`path.go:N +0x…`), and the headline is what comes before the first header.

import { FLATTENED_HEADER } from "./goroutine-header-text.js";

/** A call (anything up to the first blank before a path), then its file line. */
const FRAME = /(\S.*?) (\S{1,400}\.(?:go|s):\d{1,9}(?: \+0x[0-9a-f]{1,16})?)(?: |$)/y;

/** The lines of a flattened traceback, or null when `text` holds no header followed by frames. */
export function splitFlattened(text: string): string[] | null {
  const headers = [...text.matchAll(FLATTENED_HEADER)];
  if (headers.length === 0) return null;
  const out: string[] = [];
  const first = headers[0] as RegExpMatchArray;
  const head = text.slice(0, first.index).trimEnd();
  if (head !== "") out.push(head, "");
  for (let i = 0; i < headers.length; i++) {
    const header = headers[i] as RegExpMatchArray;
    const start = (header.index as number) + header[0].length;
    const end = i + 1 < headers.length ? (headers[i + 1]?.index as number) : text.length;
    out.push(header[0].trim());
    const body = text.slice(start, end);
    FRAME.lastIndex = 0;
    let frames = 0;
    for (let m = FRAME.exec(body); m !== null; m = FRAME.exec(body)) {
      out.push(m[1] as string, `\t${m[2]}`);
      frames++;
      if (FRAME.lastIndex >= body.length) break;
    }
    if (frames === 0) return null;
    if (i + 1 < headers.length) out.push("");
  }
  return out;
}
