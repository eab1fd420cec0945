// Numbers inside a line of text, read without slicing it: the parser reads tens of millions.

/** The value of one hex digit (either case), or -1. */
export function hexDigit(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

/** `text[start, end)` as hex digits (no `0x`) → its value; NaN when not hex or too long. */
export function hexNumber(text: string, start: number, end: number): number {
  if (end <= start || end - start > 13) return Number.NaN;
  let value = 0;
  for (let i = start; i < end; i++) {
    const d = hexDigit(text.charCodeAt(i));
    if (d < 0) return Number.NaN;
    value = value * 16 + d;
  }
  return value;
}

/**
 * `text[start, end)` as decimal digits → its value; NaN when not digits or too long. Up to 15
 * digits, all exact in a double: goroutine ids are 64-bit (runtime2.go `goid uint64`) and a
 * long-lived server prints ids past 2³² (minio: `goroutine 68259931062 [running]:`).
 */
export function decimal(text: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return Number.NaN;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return Number.NaN;
    value = value * 10 + c;
  }
  return value;
}

/** Whether `text[start, end)` is a word the runtime prints in hex: `0x` and lower-case digits. */
export function isHexWord(text: string, start: number, end: number): boolean {
  if (end - start < 3 || text.charCodeAt(start) !== 0x30 || text.charCodeAt(start + 1) !== 0x78) {
    return false;
  }
  for (let i = start + 2; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x66))) return false;
  }
  return true;
}
