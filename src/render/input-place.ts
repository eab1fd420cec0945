// Where a crash is in its input: `FILE:FIRST-LAST`, or the file alone for a crash that was not
// read from lines (a core file's span is 0-0).

export function inputPlace(input: string, span: { startLine: number; endLine: number }): string {
  return span.startLine === 0 ? input : `${input}:${span.startLine}-${span.endLine}`;
}
