// Walks one M's batches of a generation event by event (Go 1.26
// src/internal/trace/batchcursor.go), and the min-heap of cursors by next event time that
// the reader advances from.

import type { Batch } from "./batch.js";
import type { WireEvent } from "./order.js";
import { readUvarint, uvarintEnd } from "./source.js";
import { timedSpec } from "./spec.js";

export class BatchCursor {
  idx = 0;
  dataOff = 0;
  lastTs = 0;
  readonly ev: WireEvent = { typ: 0, time: 0, args: [0, 0, 0, 0] };

  constructor(
    readonly m: number,
    private readonly batches: Batch[],
  ) {}

  /** Decodes the next event into ev: true, false at the end, or an error string. */
  next(freq: number): boolean | string {
    const bs = this.batches;
    while (this.idx < bs.length && (bs[this.idx] as Batch).data.length === this.dataOff) {
      this.idx++;
      this.dataOff = 0;
      this.lastTs = 0;
    }
    if (this.idx === bs.length) return false;
    const b = bs[this.idx] as Batch;
    if (this.lastTs === 0) this.lastTs = Math.trunc(b.time * freq);
    const d = b.data;
    const typ = d[this.dataOff] as number;
    // Like Go's reader, the whole table applies whatever the header says.
    const spec = timedSpec(26, typ);
    if (spec === undefined) {
      return `found invalid event type: ${typ} (batch at offset ${b.offset}, byte ${this.dataOff})`;
    }
    const ev = this.ev;
    ev.typ = typ;
    let p = this.dataOff + 1;
    const dt = readUvarint(d, p, d.length);
    if (uvarintEnd < 0) return `found invalid uvarint for timestamp (batch at offset ${b.offset})`;
    p = uvarintEnd;
    const args = ev.args;
    for (let i = 0; i < spec.args; i++) {
      args[i] = readUvarint(d, p, d.length);
      if (uvarintEnd < 0) return `found invalid uvarint (batch at offset ${b.offset})`;
      p = uvarintEnd;
    }
    for (let i = spec.args; i < 4; i++) args[i] = 0;
    ev.time = Math.trunc(dt * freq) + this.lastTs;
    this.lastTs = ev.time;
    this.dataOff = p;
    return true;
  }
}

export function heapInsert(heap: BatchCursor[], bc: BatchCursor): void {
  heap.push(bc);
  siftUp(heap, heap.length - 1);
}

export function heapUpdate(heap: BatchCursor[], i: number): void {
  if (siftUp(heap, i) !== i) return;
  siftDown(heap, i);
}

export function heapRemove(heap: BatchCursor[], at: number): void {
  let i = at;
  while (i > 0) {
    swap(heap, (i - 1) >> 1, i);
    i = (i - 1) >> 1;
  }
  swap(heap, 0, heap.length - 1);
  heap.pop();
  siftDown(heap, 0);
}

function swap(h: BatchCursor[], a: number, b: number): void {
  const t = h[a] as BatchCursor;
  h[a] = h[b] as BatchCursor;
  h[b] = t;
}

function time(h: BatchCursor[], i: number): number {
  return (h[i] as BatchCursor).ev.time;
}

function siftUp(h: BatchCursor[], at: number): number {
  let i = at;
  while (i > 0 && time(h, (i - 1) >> 1) > time(h, i)) {
    swap(h, (i - 1) >> 1, i);
    i = (i - 1) >> 1;
  }
  return i;
}

function siftDown(h: BatchCursor[], at: number): void {
  let i = at;
  for (;;) {
    let m = i;
    let minT = i < h.length ? time(h, i) : Number.POSITIVE_INFINITY;
    for (const c of [2 * i + 1, 2 * i + 2]) {
      if (c < h.length && time(h, c) < minT) {
        minT = time(h, c);
        m = c;
      }
    }
    if (m === i) return;
    swap(h, i, m);
    i = m;
  }
}
