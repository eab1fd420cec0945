// The bytes of a trace, read forward in chunks so that memory stays bounded by what one
// generation holds, not by the file size. A whole in-memory buffer works the same way.

import { closeSync, openSync, readSync } from "node:fs";

const CHUNK = 1 << 20;

export class ByteSource {
  /** Bytes [pos, end) of buf are unread; buf[0] is at file offset base. */
  buf: Uint8Array;
  pos = 0;
  end: number;
  private base = 0;
  private fd: number | undefined;
  private eof: boolean;

  private constructor(buf: Uint8Array, fd: number | undefined) {
    this.buf = buf;
    this.end = fd === undefined ? buf.length : 0;
    this.fd = fd;
    this.eof = fd === undefined;
  }

  static fromBytes(bytes: Uint8Array): ByteSource {
    return new ByteSource(bytes, undefined);
  }

  static fromFile(path: string): ByteSource {
    return new ByteSource(new Uint8Array(CHUNK), openSync(path, "r"));
  }

  /** File offset of the next unread byte. */
  offset(): number {
    return this.base + this.pos;
  }

  /** Makes n bytes available from pos if the input has them; false when it ends first. */
  ensure(n: number): boolean {
    if (this.end - this.pos >= n) return true;
    if (this.eof || this.fd === undefined) return false;
    // Move the unread tail to the front, grow if one read cannot hold n, then fill.
    const unread = this.end - this.pos;
    let buf = this.buf;
    if (n > buf.length) buf = new Uint8Array(Math.max(n, buf.length * 2));
    buf.copyWithin(0, this.pos, this.end);
    if (buf !== this.buf) buf.set(this.buf.subarray(this.pos, this.end), 0);
    this.base += this.pos;
    this.buf = buf;
    this.pos = 0;
    this.end = unread;
    while (this.end < buf.length) {
      const got = readSync(this.fd, buf, this.end, buf.length - this.end, null);
      if (got === 0) {
        this.eof = true;
        break;
      }
      this.end += got;
      if (this.end - this.pos >= n) break;
    }
    return this.end - this.pos >= n;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** Where readUvarint stopped; -1 after a malformed or cut varint. */
export let uvarintEnd = 0;

/**
 * encoding/binary.Uvarint into a double: exact below 2^53, which every id, tick and size is;
 * the runtime's 2^64-1 sentinels (NoThread, NoTask) come out as 2^64, see asID.
 */
export function readUvarint(b: Uint8Array, pos: number, end: number): number {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 10; i++) {
    if (pos + i >= end) break;
    const byte = b[pos + i] as number;
    if (byte < 0x80) {
      if (i === 9 && byte > 1) break; // overflows 64 bits
      uvarintEnd = pos + i + 1;
      return value + byte * scale;
    }
    value += (byte & 0x7f) * scale;
    scale *= 128;
  }
  uvarintEnd = -1;
  return 0;
}

/** Go's ThreadID/ProcID/GoID/TaskID(uint64) for the all-ones sentinel: -1. */
export function asID(v: number): number {
  return v >= 2 ** 63 ? -1 : v;
}
