// A terminal status line's end left on the headline's line. A program that redraws a status
// line in place (restic's `[0:12] 99.87%  12.34 MiB/s  1.08 GiB / 1.08 GiB  56850 / 56857 items
// 0 errors  ETA 6:46 `) sends a carriage return after it; the runtime's headline, written next,
// overwrites it from the line's start, and where the status line was longer its end stays on
// the screen after the value: `panic: Write: sftp: "Failure" (SSH_FX_FAILURE)08 GiB  56850 /
// 56857 items  0 errors  ETA 6:46 ` (holdout-6/restic-1217; holdout-3/restic-699 cut inside a
// word, `…dereferencems  0 errors  ETA 19:12`). A copy of the screen keeps no trace of the
// carriage return: the tail is known by its shape.

import { gluedRuntimeErrorEnd } from "../diagnose/catalogue.js";

/** A status line's field: a number with a word or three (`0 errors`, `56850 / 56857 items`, `ETA 6:46`). */
const STATUS_FIELD = /^(?=\D*\d)\S{1,16}(?: \S{1,16}){0,3}$/;

/** The first field's end, cut by the headline: digits glued to the value's last mark or letter (`)08 GiB`). */
const CUT_FIELD = /[^\s\d.,:]\d[\d.,:]*(?: [^\s\d]{1,12})?$/;

/**
 * Where the value of a headline (`panic: ` or `fatal error: ` taken off) ends when a status
 * line's end is glued after it, or -1. The tail is fields parted by runs of blanks, at least two
 * whole ones after the first run, each a number with a few words; the field it starts in was
 * cut by the value's end: where a runtime error the catalogue knows ends, or else at digits
 * glued to the value with no blank. A value that only has wide gaps in it is not cut.
 */
export function statusTailAt(value: string): number {
  const gap = value.indexOf("  ");
  if (gap <= 0) return -1;
  const fields = value.slice(gap).trim().split(/ {2,}/);
  if (fields.length < 2 || !fields.every((f) => STATUS_FIELD.test(f))) return -1;
  const head = value.slice(0, gap);
  const known = gluedRuntimeErrorEnd(head);
  if (known > 0 && known < head.length) return known;
  const cut = CUT_FIELD.exec(head);
  return cut === null ? -1 : cut.index + 1;
}

/** The value without a status line's tail glued after it (statusTailAt). */
export function withoutStatusTail(value: string): string {
  const at = statusTailAt(value);
  return at === -1 ? value : value.slice(0, at);
}
