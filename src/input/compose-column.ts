// docker compose's service column (`api_1  | `, the service name padded to the longest one,
// then `| `; a blank line is the column alone, `api_1  |`) on a paste's first line (the input's, or that of the lines container records hold): the log of
// one service, the column on every line of it. It is taken off from the first line on, so the
// program's lines are read as they were written — a panic's value or a message read before the
// stack would otherwise be read with the column still on it, before a prefix is learnt from Go's
// text (a goroutine header, a headline). Lines without that exact column (another service's, a
// line pasted around the log) are passed as they are, for the other readers.

/** The column as docker compose prints it: name, blanks, bar (then a blank unless the line is blank). */
const COLUMN = /^[A-Za-z0-9][\w.-]{0,100} {1,64}\| /;
/** The column alone: docker compose's line for a blank one. */
const COLUMN_ALONE = /^[A-Za-z0-9][\w.-]{0,100} {1,64}\|$/;

export class ComposeColumn {
  /** null: no line read yet; "": the first line has no column; else the column, `api_1  |`. */
  private column: string | null = null;

  /** Decided: the paste's first line had no column; every line is passed as it is. */
  get off(): boolean {
    return this.column === "";
  }

  /** The column as on the first line, `api_1  |`: the name of the service's stream. */
  get name(): string {
    return this.column ?? "";
  }

  /** The line without the service's column. */
  take(raw: string): string {
    if (this.column === null) {
      // A blank line says nothing yet; nor does a column alone (one stray line of compose's,
      // read as a blank by unwrap.ts): the column is learnt from a line with text after it.
      if (raw === "" || COLUMN_ALONE.test(raw)) return raw;
      const found = COLUMN.exec(raw);
      this.column = found === null ? "" : found[0].trimEnd();
    }
    const column = this.column;
    if (column === "" || !raw.startsWith(column)) return raw;
    if (raw.length === column.length) return "";
    return raw.charCodeAt(column.length) === 0x20 ? raw.slice(column.length + 1) : raw;
  }
}
