// One batch of the Go 1.22+ format (Go 1.26 src/internal/trace/batch.go readBatch): an
// EventBatch or ExperimentalBatch header and its bytes, or the bare EndOfGeneration byte.

import { type ByteSource, readUvarint, uvarintEnd } from "./source.js";
import { Ev, MAX_BATCH_SIZE } from "./spec.js";

export interface Batch {
  gen: number;
  /** The M that wrote it (-1: no thread). */
  m: number;
  /** Batch start in trace ticks. */
  time: number;
  data: Uint8Array;
  /** 0 for ordinary batches, else the experiment id. */
  exp: number;
  /** File offset of the batch header, for messages. */
  offset: number;
  endOfGeneration: boolean;
}

export type BatchResult =
  | { batch: Batch }
  | { eof: true }
  | { error: string; offset: number; truncated: boolean };

export function readBatch(src: ByteSource): BatchResult {
  const offset = src.offset();
  if (!src.ensure(1)) return { eof: true };
  src.ensure(1 + 1 + 4 * 10);
  const b = src.buf;
  let p = src.pos;
  const typ = b[p++] as number;
  if (typ === Ev.EndOfGeneration) {
    src.pos = p;
    return {
      batch: {
        gen: 0,
        m: -1,
        time: 0,
        data: b.subarray(p - 1, p),
        exp: 0,
        offset,
        endOfGeneration: true,
      },
    };
  }
  if (typ !== Ev.EventBatch && typ !== Ev.ExperimentalBatch) {
    return { error: `expected batch event, got event ${typ}`, offset, truncated: false };
  }
  let exp = 0;
  if (typ === Ev.ExperimentalBatch) {
    if (p >= src.end) return { error: "trace ends inside a batch header", offset, truncated: true };
    exp = b[p++] as number;
  }
  const fields: number[] = [];
  for (const name of ["gen", "M ID", "timestamp", "size"]) {
    const v = readUvarint(b, p, src.end);
    if (uvarintEnd < 0) {
      const cut = src.end - p < 10;
      return {
        error: cut ? "trace ends inside a batch header" : `error reading batch ${name}`,
        offset,
        truncated: cut,
      };
    }
    fields.push(v);
    p = uvarintEnd;
  }
  const [gen, m, time, size] = fields as [number, number, number, number];
  if (size > MAX_BATCH_SIZE) {
    return {
      error: `invalid batch size ${size}, maximum is ${MAX_BATCH_SIZE}`,
      offset,
      truncated: false,
    };
  }
  const headerLen = p - src.pos;
  if (!src.ensure(headerLen + size)) {
    const have = src.end - src.pos - headerLen;
    return {
      error: `failed to read full batch: read ${Math.max(0, have)} but wanted ${size}`,
      offset,
      truncated: true,
    };
  }
  // ensure may have moved the buffer: re-base the header end.
  const start = src.pos + headerLen;
  const data = src.buf.slice(start, start + size);
  src.pos = start + size;
  return {
    batch: { gen, m: m >= 2 ** 63 ? -1 : m, time, data, exp, offset, endOfGeneration: false },
  };
}
