// Go's io.ReaderAt as debug/elf, debug/pe, debug/macho and debug/buildinfo use it over an
// os.File: the file, and io.SectionReader windows on it (go1.26 src/io/io.go NewSectionReader,
// SectionReader.ReadAt; src/os/file.go File.ReadAt), with int64/uint64 arithmetic as Go wraps
// it. What Go refuses depends on these reads' short counts and EOFs, so they are copied exactly;
// a read never allocates more than the file holds.

import type { ByteSource } from "../bytes/source.js";

const MAXINT64 = (1n << 63n) - 1n;

/** Go's int64(x) and uint64(x) of a wrapped value. */
export const i64 = (x: bigint): bigint => BigInt.asIntN(64, x);
export const u64 = (x: bigint): bigint => BigInt.asUintN(64, x);

/** A ReadAt's answer: the bytes read, and `null`, io.EOF or another error. */
export interface ReadAtResult {
  bytes: Uint8Array;
  err: null | "EOF" | "error";
}

export interface GoReaderAt {
  /** ReadAt(p, off) with len(p) = `length` (the buffer is never made bigger than the data). */
  readAt(length: bigint, off: bigint): ReadAtResult;
  /** The file offset of `off`, for messages (undefined for a reader of no bytes). */
  origin(off: bigint): bigint | undefined;
}

const EMPTY = new Uint8Array(0);

/** os.File.ReadAt: a negative offset is an error, a short read io.EOF. */
export function fileReaderAt(source: ByteSource): GoReaderAt {
  return {
    readAt(length, off) {
      if (off < 0n) return { bytes: EMPTY, err: "error" };
      if (length === 0n) return { bytes: EMPTY, err: null };
      const avail = BigInt(source.size) - off;
      if (avail <= 0n) return { bytes: EMPTY, err: "EOF" };
      const n = length < avail ? length : avail;
      const bytes = source.read(Number(off), Number(n), "file");
      return { bytes, err: n < length ? "EOF" : null };
    },
    origin: (off) => off,
  };
}

/** io.NewSectionReader(r, off, n) (int64 arguments, as Go converts them). */
export function sectionReader(r: GoReaderAt, off: bigint, n: bigint): GoReaderAt {
  const base = i64(off);
  const size = i64(n);
  // `off <= maxint64-n` in wrapping int64 arithmetic.
  const limit = base <= i64(MAXINT64 - size) ? i64(size + base) : MAXINT64;
  return {
    readAt(length, at) {
      if (at < 0n || at >= limit - base) return { bytes: EMPTY, err: "EOF" };
      const pos = at + base;
      const max = limit - pos;
      if (length > max) {
        const got = r.readAt(max, pos);
        return { bytes: got.bytes, err: got.err ?? "EOF" };
      }
      return r.readAt(length, pos);
    },
    origin: (at) => r.origin(at + base),
  };
}

/** A reader whose every read fails (debug/pe's nobitsSectionReader). */
export const failingReader: GoReaderAt = {
  readAt: () => ({ bytes: EMPTY, err: "error" }),
  origin: () => undefined,
};

const CHUNK = 10n << 20n;

/**
 * internal/saferio.ReadDataAt: all `n` bytes at `off`, or undefined (Go's error). Reading zero
 * bytes succeeds even where ReadAt says io.EOF.
 */
export function readDataAt(r: GoReaderAt, n: bigint, off: bigint): Uint8Array | undefined {
  if (n >= 1n << 63n) return undefined;
  if (n < CHUNK) {
    const got = r.readAt(n, off);
    if (got.err !== null && (got.err !== "EOF" || n > 0n)) return undefined;
    return got.bytes;
  }
  // Read in chunks by Go; the same outcome as one read that must be whole.
  const got = r.readAt(n, off);
  if (BigInt(got.bytes.length) < n) return undefined;
  return got.bytes;
}

/** io.ReadFull of `n` bytes from a sequential reader at `pos` (binary.Read's way). */
export function readFullAt(r: GoReaderAt, n: number, pos: bigint): Uint8Array | undefined {
  const got = r.readAt(BigInt(n), pos);
  return got.bytes.length === n ? got.bytes : undefined;
}
