// A logger that wraps each line a program wrote into a JSON record of its own: mattermost's
// hclog adapter logs a plugin's stderr line by line (`{"level":"debug",…,"msg":"panic: runtime
// error: …",…}`, then one record per line of the traceback, `"msg":""` for a blank line,
// holdout-7/mattermost-plugin-mscalendar-148); so do log shippers that keep one record per line.
// The field that carries the text is learnt from a record whose string field starts with Go's
// crash text; from then on each record with that field gives its value as a line.

/** Go's crash text at the start of a value: a headline, a goroutine header, a signal's dump, a race. */
const GO_START =
  /^(?:panic: |fatal error: |goroutine \d{1,20} [^\n]{0,200}\[|SIG[A-Z]{2,6}: |WARNING: DATA RACE)/;
/** A quick look for Go's text in a record before it is parsed. */
const QUICK = /"(?:panic: |fatal error: |goroutine \d|SIG[A-Z]{2,6}: |WARNING: DATA RACE)/;

export class JsonMessageField {
  private key: string | null = null;
  private quotedKey = "";

  /** The stream the learnt field's lines go to, or null before one is learnt. */
  get stream(): string | null {
    return this.key === null ? null : `json ${this.key}`;
  }

  /** The line a one-line JSON record carries in the learnt field (learnt here when it starts Go's text), or null. */
  lineIn(text: string): string | null {
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
      return typeof value === "string" && value.indexOf("\n") === -1 ? stripCr(value) : null;
    }
    for (const [key, value] of Object.entries(fields)) {
      if (typeof value !== "string" || value.indexOf("\n") !== -1 || !GO_START.test(value))
        continue;
      this.key = key;
      this.quotedKey = JSON.stringify(key);
      return stripCr(value);
    }
    return null;
  }
}

function stripCr(text: string): string {
  return text.endsWith("\r") ? text.slice(0, -1) : text;
}
