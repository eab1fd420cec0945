// Positioned reads from a file (or, for tests, a buffer) without loading it whole.

import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { truncated } from "./decode-error.js";

export interface ByteSource {
  /** File size in bytes. */
  readonly size: number;
  /** Exactly `length` bytes at `offset`; a BinaryError ("truncated …") when the file is shorter. */
  read(offset: number, length: number, what: string): Uint8Array;
  close(): void;
}

/** Largest single read we accept; anything bigger is a corrupt size field, not a real section. */
export const MAX_READ = 1 << 30;

function checkRange(size: number, offset: number, length: number, what: string): void {
  if (
    !Number.isSafeInteger(offset) ||
    !Number.isSafeInteger(length) ||
    offset < 0 ||
    length < 0 ||
    length > MAX_READ ||
    offset + length > size
  ) {
    throw truncated(what, Number.isSafeInteger(offset) && offset >= 0 ? offset : 0);
  }
}

export class FileSource implements ByteSource {
  readonly size: number;
  private fd: number;

  constructor(path: string) {
    this.fd = openSync(path, "r");
    this.size = fstatSync(this.fd).size;
  }

  read(offset: number, length: number, what: string): Uint8Array {
    checkRange(this.size, offset, length, what);
    const out = new Uint8Array(length);
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, out, done, length - done, offset + done);
      if (n <= 0) throw truncated(what, offset + done);
      done += n;
    }
    return out;
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}

export class BufferSource implements ByteSource {
  readonly size: number;
  constructor(private readonly bytes: Uint8Array) {
    this.size = bytes.length;
  }
  read(offset: number, length: number, what: string): Uint8Array {
    checkRange(this.size, offset, length, what);
    return this.bytes.subarray(offset, offset + length);
  }
  close(): void {}
}
