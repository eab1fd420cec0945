// Syslog lines glued end to end where a copy lost the line breaks (holdout-15/nomad-25820,
// journald's lines copied out of vim: `…pc=0x21d1d15]May 06 23:56:59 nomad[3795872]: goroutine
// 1022 [running]:`). A program's tag (`host app[pid]: `, or `app[pid]: ` with the host left
// out) found again inside the line, behind a syslog stamp and glued to the text before it, is
// where a line began: no program writes its own syslog header into its message.

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
/** A syslog header: the stamp, then the tag with its pid. */
const HEADER = new RegExp(
  `${MONTH} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d ((?:[^ :[\\]]{1,255} )?[^ :[\\]]{1,255}\\[\\d{1,10}\\]: )`,
  "g",
);
/** A stamp right before a tag found again (its 16 characters). */
const STAMP = new RegExp(`^${MONTH} [ \\d]\\d \\d\\d:\\d\\d:\\d\\d $`);
const STAMP_WIDTH = 16;
/** How far into the line its syslog header may start: behind the wrappers of a log system. */
const HEADER_REACH = 400;

/**
 * The lines of a syslog line that others were glued to, or null when it is not one. The
 * header may sit behind another log system's prefix (`api_1  | May 06 …`, journald's of the
 * container): each glued line gets that prefix back, as its own line had it.
 */
export function splitGluedSyslogLines(text: string): string[] | null {
  const head = text.slice(0, HEADER_REACH);
  HEADER.lastIndex = 0;
  for (let found = HEADER.exec(head); found !== null; found = HEADER.exec(head)) {
    const pieces = splitAt(text, found.index, found.index + found[0].length, found[1] as string);
    if (pieces !== null) return pieces;
    HEADER.lastIndex = found.index + 1;
  }
  return null;
}

/** `text` split before each glued stamp and `tag` after the header at `headerAt`. */
function splitAt(text: string, headerAt: number, from: number, tag: string): string[] | null {
  const outer = text.slice(0, headerAt);
  const pieces: string[] = [];
  let start = 0;
  for (;;) {
    const at = text.indexOf(tag, from);
    if (at === -1) break;
    from = at + tag.length;
    const stampAt = at - STAMP_WIDTH;
    // Glued: the stamp follows other text of this piece with no blank between them.
    if (
      stampAt > start &&
      stampAt > headerAt &&
      text.charCodeAt(stampAt - 1) !== 0x20 &&
      STAMP.test(text.slice(stampAt, at))
    ) {
      pieces.push(start === 0 ? text.slice(0, stampAt) : outer + text.slice(start, stampAt));
      start = stampAt;
    }
  }
  if (pieces.length === 0) return null;
  pieces.push(outer + text.slice(start));
  return pieces;
}
