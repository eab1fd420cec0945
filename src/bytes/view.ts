// Bounds-checked, endian-aware reads over a block of bytes that came from a known file offset,
// so that every failure names the offset in the file.

import { truncated } from "./decode-error.js";

export class View {
  private readonly dv: DataView;

  constructor(
    readonly bytes: Uint8Array,
    readonly littleEndian: boolean,
    /** File offset of bytes[0], for error messages. */
    readonly fileOffset: number,
    /** What these bytes are, for error messages: "ELF section headers". */
    readonly what: string,
  ) {
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  has(offset: number, size: number): boolean {
    return offset >= 0 && size >= 0 && offset + size <= this.bytes.length;
  }

  check(offset: number, size: number): void {
    if (!this.has(offset, size)) throw truncated(this.what, this.fileOffset + Math.max(0, offset));
  }

  u8(o: number): number {
    this.check(o, 1);
    return this.dv.getUint8(o);
  }
  u16(o: number): number {
    this.check(o, 2);
    return this.dv.getUint16(o, this.littleEndian);
  }
  i16(o: number): number {
    this.check(o, 2);
    return this.dv.getInt16(o, this.littleEndian);
  }
  u32(o: number): number {
    this.check(o, 4);
    return this.dv.getUint32(o, this.littleEndian);
  }
  i32(o: number): number {
    this.check(o, 4);
    return this.dv.getInt32(o, this.littleEndian);
  }
  /** A 64-bit value as a Number (exact below 2^53, which covers every address we meet). */
  u64(o: number): number {
    this.check(o, 8);
    return Number(this.dv.getBigUint64(o, this.littleEndian));
  }
  /** A pointer-sized word. */
  word(o: number, ptrSize: number): number {
    return ptrSize === 8 ? this.u64(o) : this.u32(o);
  }
  /** NUL-terminated string starting at o (at most `max` bytes; unterminated → to the end). */
  cstring(o: number, max = 4096): string {
    this.check(o, 0);
    const end = Math.min(this.bytes.length, o + max);
    let i = o;
    while (i < end && this.bytes[i] !== 0) i++;
    return latin1OrUtf8(this.bytes.subarray(o, i));
  }
  /** Fixed-size, NUL-padded name field (section names). */
  fixedString(o: number, size: number): string {
    this.check(o, size);
    let end = o;
    while (end < o + size && this.bytes[end] !== 0) end++;
    return latin1OrUtf8(this.bytes.subarray(o, end));
  }
  sub(o: number, size: number, what = this.what): View {
    this.check(o, size);
    return new View(this.bytes.subarray(o, o + size), this.littleEndian, this.fileOffset + o, what);
  }
}

const decoder = new TextDecoder("utf-8");
function latin1OrUtf8(b: Uint8Array): string {
  return decoder.decode(b);
}
