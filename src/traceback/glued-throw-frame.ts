// A throw's first frame glued to its headline. A copy that lost the line breaks between the
// headline, its blank line and `runtime stack:` leaves the system stack's first function line
// on the headline's line, `fatal error: systemstack called from unexpected
// goroutineruntime.throw(0x9df740, 0x17)` (holdout-26/node-exporter-1090, a tmux copy-mode
// capture). A throw's text is one line (go1.26.8 src/runtime/panic.go throw: `fatal error: `,
// the string, a newline) and its first frame is the runtime's own throw, so a call of a
// `runtime.` function with the runtime's argument words (hex words, `?`, braces, `...`) glued
// to the text's last letter is that frame, not the text's.

/** `runtime.throw(0x9df740, 0x17)`, go1.17+ `runtime.throw({0x9df740?, 0x17})`, at the end. */
const GLUED_RUNTIME_CALL =
  /(?<=[a-z])runtime\.[A-Za-z_][\w.]*\((?:\{?0x[0-9a-f]{1,16}\??\}?(?:, \{?0x[0-9a-f]{1,16}\??\}?)*(?:, \.\.\.)?|\.\.\.)?\)$/;

/** The throw's text and the function line glued after it, or null when none is. */
export function cutGluedThrowFrame(fatal: string): { text: string; call: string } | null {
  if (!fatal.endsWith(")")) return null;
  const glued = GLUED_RUNTIME_CALL.exec(fatal);
  if (glued === null) return null;
  return { text: fatal.slice(0, glued.index), call: glued[0] };
}
