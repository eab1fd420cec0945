// A log exported as CSV with one column: every line is one cell in double quotes, the quotes
// inside it doubled (RFC 4180, section 2, rules 5 and 7). A log viewer's export does this
// (holdout-11/mattermost-plugin-calls-514: `"debug [… Z] goroutine 94943 [running]: …
// caller=""plugin/hclog_adapter.go:54"" plugin_id=…"`). The cell's text is the line.

/**
 * The text of a line that is one quoted CSV cell, its doubled quotes made single again, or
 * null. Until a cell has been seen (`learnt` false), only one holding a doubled quote counts:
 * a line that is a quoted string alone is no sign of CSV.
 */
export function csvCellText(text: string, learnt: boolean): string | null {
  const n = text.length;
  if (n < 2 || text.charCodeAt(0) !== 0x22 || text.charCodeAt(n - 1) !== 0x22) return null;
  if (n === 2) return learnt ? "" : null;
  let doubled = false;
  for (let i = text.indexOf('"', 1); i < n - 1; i = text.indexOf('"', i + 2)) {
    // A quote inside the cell stands only doubled.
    if (i + 2 >= n || text.charCodeAt(i + 1) !== 0x22) return null;
    doubled = true;
  }
  if (!doubled) return learnt ? text.slice(1, n - 1) : null;
  return text.slice(1, n - 1).replaceAll('""', '"');
}
