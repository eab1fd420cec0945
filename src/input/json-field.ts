// Structured logs that carry a whole traceback inside one JSON string field, e.g. log/slog:
//   {"time":"…","level":"ERROR","msg":"panic","stack":"goroutine 1 [running]:\nmain.main()\n\t…"}
// The field is expanded into its lines; a field holding only a `panic:` headline (the message)
// is kept in front of them.

const CRASH_TEXT = /(?:^|\n)(?:goroutine \d+ [^\n]*\[|panic: |fatal error: )/;
const MAX_DEPTH = 4;

/** The crash text inside a JSON log record, as lines; null when the record holds none. */
export function crashLinesInJson(text: string): string[] | null {
  if (text.charCodeAt(0) !== 0x7b /* { */ || text.charCodeAt(text.length - 1) !== 0x7d /* } */)
    return null;
  if (
    text.indexOf("goroutine ") === -1 &&
    text.indexOf("panic: ") === -1 &&
    text.indexOf("fatal error: ") === -1
  ) {
    return null;
  }
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return null;
  }
  const found: string[] = [];
  collect(record, found, 0);
  if (!found.some((value) => value.includes("\n"))) return null;
  const lines: string[] = [];
  for (const value of found) {
    const parts = value.split("\n");
    if (parts[parts.length - 1] === "") parts.pop();
    for (const part of parts) lines.push(part.endsWith("\r") ? part.slice(0, -1) : part);
  }
  return lines;
}

function collect(value: unknown, found: string[], depth: number): void {
  if (typeof value === "string") {
    if (CRASH_TEXT.test(value)) found.push(value);
    return;
  }
  if (depth >= MAX_DEPTH || typeof value !== "object" || value === null) return;
  for (const item of Array.isArray(value) ? value : Object.values(value))
    collect(item, found, depth + 1);
}
