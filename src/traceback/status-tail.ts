// A terminal status line's end left on the headline's line. A program that redraws a status
// line in place (restic's `[0:12] 99.87%  12.34 MiB/s  1.08 GiB / 1.08 GiB  56850 / 56857 items
// 0 errors  ETA 6:46 `) sends a carriage return after it; the runtime's headline, written next,
// overwrites it from the line's start, and where the status line was longer its end stays on
// the screen after the value: `panic: Write: sftp: "Failure" (SSH_FX_FAILURE)08 GiB  56850 /
// 56857 items  0 errors  ETA 6:46 ` (holdout-6/restic-1217; holdout-3/restic-699 cut inside a
// word, `…dereferencems  0 errors  ETA 19:12`). A copy of the screen keeps no trace of the
// carriage return: the tail is known by its shape.

import { gluedRuntimeErrorEnd, gluedThrowEnd } from "../diagnose/catalogue.js";

/**
 * tmux's copy mode writes its position, `[offset/history]`, at the right end of the pane's top
 * row (tmux window-copy.c window_copy_write_line, `"[%u/%u]"`): a headline copied from that row
 * keeps it after the blanks up to the pane's width (holdout-20/fzf-34, `… execution   [42/42]`).
 */
const TMUX_POSITION = /^ {2,}\[\d{1,10}\/\d{1,10}\]$/;

/** Words of a status line's tail, at most. */
const MAX_TAIL_WORDS = 24;

/**
 * The first field's end, cut by the headline: a number glued to the value's last mark or letter,
 * with its unit or counted word (`)08 GiB`); digits alone may be the value's own (`v2`).
 */
const CUT_FIELD = /[^\s\d.,:]\d[\d.,:]* [^\s\d]{1,12}$/;

/**
 * Where the value of a headline (`panic: ` or `fatal error: ` taken off) ends when a status
 * line's end is glued after it, or -1. After the first run of blanks the tail is a status line's
 * fields (isStatusTail); the field it starts in was cut by the value's end: where a runtime
 * error the catalogue knows ends, or else at digits glued to the value with no blank. A value
 * that only has wide gaps in it is not cut.
 */
export function statusTailAt(value: string): number {
  const gap = value.indexOf("  ");
  if (gap <= 0) return -1;
  if (TMUX_POSITION.test(value.slice(gap))) return gap;
  if (!isStatusTail(value.slice(gap))) return -1;
  const head = value.slice(0, gap);
  const known = gluedRuntimeErrorEnd(head);
  if (known > 0 && known < head.length) return known;
  // A throw's text is fixed: where the catalogue's ends, the status line's starts.
  const thrown = gluedThrowEnd(head);
  if (thrown > 0 && thrown < head.length && head.charCodeAt(thrown) !== 0x20) return thrown;
  const cut = CUT_FIELD.exec(head);
  return cut === null ? -1 : cut.index + 1;
}

/**
 * Fields of a status line: short words, half of them or more numbers (`56850 / 56857 items
 * 0 errors  ETA 6:46`, `7.57% 2.65 KiB/s 00m27s`), two at least.
 */
function isStatusTail(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > MAX_TAIL_WORDS) return false;
  let numbers = 0;
  for (const word of words) {
    if (word.length > 16) return false;
    if (/\d/.test(word)) numbers++;
  }
  return numbers >= 2 && 2 * numbers >= words.length;
}

/** The value without a status line's tail glued after it (statusTailAt). */
export function withoutStatusTail(value: string): string {
  const at = statusTailAt(value);
  return at === -1 ? value : value.slice(0, at);
}
