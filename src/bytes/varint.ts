// The one variable-length integer decoder. Go's uvarint (encoding/binary; the runtime's readvarint
// for pc-value tables, runtime/symtab.go; debug/buildinfo's inline strings) and DWARF's LEB128 are
// the same encoding: seven bits a byte, low group first, the high bit set while more bytes follow.

/** Go's binary.MaxVarintLen64: no valid varint of a 64-bit value is longer. */
const MAX_LEN = 10;

/** A read position in a block of bytes, advanced by each varint read. */
export class VarintCursor {
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
  ) {}

  /**
   * An unsigned varint (uvarint, ULEB128), exact below 2⁵³; -1 when the bytes end before it does
   * or it runs past ten bytes. Never throws: the callers decide what a short read means.
   */
  uvarint(): number {
    const b = this.bytes;
    let p = this.pos;
    if (p >= b.length) return -1;
    let c = b[p++]!;
    // Most values of the pc-value tables fit in one byte: keep that path short.
    if (c < 0x80) {
      this.pos = p;
      return c;
    }
    let v = c & 0x7f;
    let mul = 0x80;
    const end = Math.min(b.length, this.pos + MAX_LEN);
    while (p < end) {
      c = b[p++]!;
      v += (c & 0x7f) * mul;
      if (c < 0x80) {
        this.pos = p;
        return v;
      }
      mul *= 0x80;
    }
    this.pos = p;
    return -1;
  }

  /** A signed LEB128 (DWARF's sleb128), exact within ±2⁵³; NaN when the bytes end first. */
  svarint(): number {
    const b = this.bytes;
    let p = this.pos;
    const end = Math.min(b.length, p + MAX_LEN);
    let v = 0;
    let mul = 1;
    while (p < end) {
      const c = b[p++]!;
      v += (c & 0x7f) * mul;
      mul *= 0x80;
      if (c < 0x80) {
        this.pos = p;
        return c & 0x40 ? v - mul : v;
      }
    }
    this.pos = p;
    return Number.NaN;
  }
}

/**
 * The zig-zag decoding of a uint32 that runtime.step applies to pc-value deltas (0, 1, 2, 3 → 0, -1,
 * 1, -2). Like the runtime, only the low 32 bits of `u` count.
 */
export function unzigzag32(u: number): number {
  return u & 1 ? -((u >>> 1) + 1) : u >>> 1;
}
