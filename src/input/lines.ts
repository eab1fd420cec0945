// Bytes → lines, fast: each chunk is decoded once up to its last newline and split with
// indexOf, so a 400 MB dump is read at close to the speed of the disk. CRLF is accepted.
// A line longer than MAX_LINE_BYTES is cut there (the rest of it is skipped and counted):
// a junk line of gigabytes must not take the process down.

import { isAscii } from "node:buffer";

export const MAX_LINE_BYTES = 16 * 1024 * 1024;

export interface ReadStats {
  bytes: number;
  lines: number;
  /** Lines cut at MAX_LINE_BYTES. */
  truncatedLines: number;
}

export type LineSink = (text: string, line: number) => void;

/** UTF-8 text; pure ASCII (nearly every dump) is decoded as Latin-1, which is the same and twice as fast. */
function decode(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString("latin1") : utf8(bytes);
}

/**
 * A no-break space (U+00A0) is read as a space: text copied from a web page that rendered it with
 * `&nbsp;` has one for each blank Go printed (Go's runtime prints none of its own). Only a text
 * that is not ASCII can hold one, so a plain dump never pays for the look.
 */
function utf8(bytes: Buffer): string {
  const text = bytes.toString("utf8");
  return text.includes("\u00a0") ? text.replaceAll("\u00a0", " ") : text;
}

/**
 * Whole goroutine blocks read from the bytes, past the sink (src/pipeline/fast-blocks.ts):
 * tried at every line that may start one.
 */
export interface BlockReader {
  /** False once it will take no block of this input: the rest of each chunk is decoded at once. */
  readonly active: boolean;
  /** Takes the block at `start` (input line `line`); where the bytes after it start, or -1. */
  take(bytes: Buffer, start: number, end: number, line: number): number;
  /** Lines the block just taken spanned. */
  readonly lines: number;
}

export interface ReadOptions {
  onProgress?: ((bytes: number) => void) | undefined;
  /** Lines before the first one read (when reading a part of a file from its middle). */
  linesBefore?: number | undefined;
  blocks?: BlockReader | undefined;
}

/** `\ngoroutine `: where the next block may start. */
const BLOCK_START = Buffer.from("\ngoroutine ");

export async function readLines(
  source: AsyncIterable<Buffer | string>,
  sink: LineSink,
  options: ReadOptions = {},
): Promise<ReadStats> {
  const { onProgress, linesBefore = 0, blocks } = options;
  const stats: ReadStats = { bytes: 0, lines: 0, truncatedLines: 0 };
  let carry: Buffer[] = [];
  let carryBytes = 0;
  let skipping = false;
  let line = linesBefore;

  const emitText = (text: string): void => {
    let start = 0;
    for (;;) {
      const nl = text.indexOf("\n", start);
      if (nl === -1) break;
      const end = nl > start && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
      sink(text.slice(start, end), ++line);
      start = nl + 1;
    }
  };

  /** Whole lines `chunk[from, end)`: blocks the block reader takes, the rest decoded and split. */
  const emitLines = (chunk: Buffer, from: number, end: number): void => {
    let pos = from;
    while (pos < end) {
      if (blocks === undefined || !blocks.active) {
        emitText(decode(chunk.subarray(pos, end)));
        return;
      }
      const next = blocks.take(chunk, pos, end, line + 1);
      if (next !== -1) {
        line += blocks.lines;
        pos = next;
        continue;
      }
      // Up to the next line that may start a block.
      const at = chunk.indexOf(BLOCK_START, pos);
      const stop = at === -1 || at + 1 >= end ? end : at + 1;
      emitText(decode(chunk.subarray(pos, stop)));
      pos = stop;
    }
  };

  for await (const raw of source) {
    const chunk = typeof raw === "string" ? Buffer.from(raw) : raw;
    stats.bytes += chunk.length;
    onProgress?.(stats.bytes);
    const lastNewline = chunk.lastIndexOf(0x0a);
    if (lastNewline === -1) {
      if (!skipping) {
        carry.push(chunk);
        carryBytes += chunk.length;
        if (carryBytes > MAX_LINE_BYTES) {
          // Keep the head of the giant line, skip until its end.
          const head = Buffer.concat(carry).subarray(0, MAX_LINE_BYTES);
          carry = [head];
          carryBytes = head.length;
          skipping = true;
          stats.truncatedLines++;
        }
      }
      continue;
    }
    let from = 0;
    if (carry.length > 0) {
      // Finish the line that spans chunks: join only its pieces, not the whole chunk.
      const firstNewline = chunk.indexOf(0x0a);
      if (!skipping) carry.push(chunk.subarray(0, firstNewline + 1));
      else carry.push(Buffer.from("\n"));
      emitText(utf8(Buffer.concat(carry)));
      carry = [];
      carryBytes = 0;
      skipping = false;
      from = firstNewline + 1;
    }
    if (from <= lastNewline) emitLines(chunk, from, lastNewline + 1);
    if (lastNewline + 1 < chunk.length) {
      carry.push(chunk.subarray(lastNewline + 1));
      carryBytes = chunk.length - lastNewline - 1;
    }
  }
  if (carry.length > 0) {
    const tail = utf8(Buffer.concat(carry));
    emitText(`${tail}\n`);
  }
  stats.lines = line - linesBefore;
  return stats;
}
