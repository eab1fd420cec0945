// A logger that wraps each line a program wrote into a JSON record of its own: mattermost's
// hclog adapter logs a plugin's stderr line by line (`{"level":"debug",…,"msg":"panic: runtime
// error: …",…}`, then one record per line of the traceback, `"msg":""` for a blank line,
// holdout-7/mattermost-plugin-mscalendar-148); so do log shippers that keep one record per line.
// The field that carries the text is learnt from a record whose string field starts with Go's
// crash text; from then on each record with that field gives its value as a line. Records with
// the learning record's keys are its logger's stream; others (another logger interleaved) are
// a stream of their own, so they do not break the crash.

/** Go's crash text at the start of a value: a headline, a goroutine header, a signal's dump, a race. */
export const GO_START =
  /^(?:panic: |fatal error: |goroutine \d{1,20} [^\n]{0,200}\[|SIG[A-Z]{2,6}: |WARNING: DATA RACE)/;
/** A quick look for Go's text in a record before it is parsed. */
const QUICK = /"(?:panic: |fatal error: |goroutine \d|SIG[A-Z]{2,6}: |WARNING: DATA RACE)/;

export interface JsonLine {
  text: string;
  /** The stream: the field's name, and the record's keys when they are not the learnt record's. */
  stream: string;
}

export class JsonMessageField {
  private key: string | null = null;
  private quotedKey = "";
  /** The keys of the record the field was learnt from. */
  private shape = "";

  /** The line a one-line JSON record carries in the learnt field (learnt here when it starts Go's text), or null. */
  lineIn(text: string): JsonLine | null {
    if (this.key === null ? !QUICK.test(text) : text.indexOf(this.quotedKey) === -1) return null;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      return null;
    }
    if (typeof record !== "object" || record === null || Array.isArray(record)) return null;
    const fields = record as Record<string, unknown>;
    if (this.key !== null) {
      const value = fields[this.key];
      if (typeof value !== "string" || value.indexOf("\n") !== -1) return null;
      const shape = Object.keys(fields).join(",");
      const stream = shape === this.shape ? `json ${this.key}` : `json ${this.key} {${shape}}`;
      return { text: stripCr(value), stream };
    }
    for (const [key, value] of Object.entries(fields)) {
      if (typeof value !== "string" || value.indexOf("\n") !== -1 || !GO_START.test(value))
        continue;
      this.key = key;
      this.quotedKey = JSON.stringify(key);
      this.shape = Object.keys(fields).join(",");
      return { text: stripCr(value), stream: `json ${key}` };
    }
    return null;
  }
}

function stripCr(text: string): string {
  return text.endsWith("\r") ? text.slice(0, -1) : text;
}
