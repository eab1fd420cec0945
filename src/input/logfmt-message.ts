// A logger that wraps each line a program wrote into a logfmt record of its own, as
// json-message.ts reads JSON ones: dockerd relays a plugin's output through logrus's
// WriterLevel, one record per line (`time="…" level=error msg="panic: runtime error: …"
// plugin=<id>`, holdout-16/loki-812), and logrus's TextFormatter leaves `msg` out of a record
// whose message is empty (sirupsen/logrus text_formatter.go Format: `if entry.Message != ""`),
// so a blank line of the program's is a record without it. The field is learnt from a record
// whose `msg` starts Go's crash text (net/http's `http: panic serving` log line too); from then
// on each such record gives its `msg` as a line.
// Records whose other keys differ from the learning record's are another stream.

import { unquoteGo } from "./go-quoted.js";
import { GO_START } from "./json-message.js";

/** logrus's text record: `time="…"` (unless disabled), then `level=…`, in this order. */
const HEAD = /^(?:time="?[^" ]{1,64}"? )?level=[a-z]{1,10}(?= |$)/;
/**
 * net/http's log of a handler's panic, the stack after it (go1.26.8 src/net/http/server.go
 * `c.server.logf("http: panic serving %v: %v\n%s", …)`), behind package log's standard stamp
 * when the server has no ErrorLog: Go's crash text too, its first line (holdout-31/
 * docker-volume-juicefs-32, dockerd relaying a plugin's stderr).
 */
const HTTP_PANIC = /^(?:\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})? )?http: panic serving /;
/** A key after the message: ` key=` (the keys name the record's logger). */
const KEY = / ([A-Za-z_][\w.-]{0,30})=/g;

export interface LogfmtLine {
  text: string;
  stream: string;
}

export class LogfmtMessageField {
  private shape: string | null = null;

  /** The line a logrus text record carries in its `msg` (learnt when it starts Go's text), or null. */
  lineIn(text: string): LogfmtLine | null {
    const head = HEAD.exec(text);
    if (head === null) return null;
    let at = head[0].length;
    let value = "";
    if (text.startsWith(' msg="', at)) {
      let i = at + 6;
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x5c /* \ */) i++;
        else if (c === 0x22 /* " */) break;
      }
      if (i >= text.length) return null;
      value = unquoteGo(text.slice(at + 6, i));
      at = i + 1;
    } else if (text.startsWith(" msg=", at)) {
      const end = text.indexOf(" ", at + 5);
      value = text.slice(at + 5, end === -1 ? undefined : end);
      at = end === -1 ? text.length : end;
    } else if (this.shape === null) return null;
    // A value of several lines is an escaped crash's, read by go-quoted.ts.
    if (value.indexOf("\n") !== -1) return null;
    const shape = keysOf(text.slice(at));
    if (this.shape === null) {
      if (!GO_START.test(value) && !HTTP_PANIC.test(value)) return null;
      this.shape = shape;
    }
    return { text: value, stream: shape === this.shape ? "logfmt msg" : `logfmt msg {${shape}}` };
  }
}

function keysOf(fields: string): string {
  const keys: string[] = [];
  for (const m of fields.matchAll(KEY)) keys.push(m[1] as string);
  return keys.join(",");
}
