// The protobuf wire format, as much of it as profile.proto uses: a message is a run of fields,
// each a key (field number << 3 | wire type) and a value — a varint (0), 8 bytes (1), a
// length-prefixed run of bytes (2) or 4 bytes (5). Never throws: a damaged message is a
// message that names the offset where reading stopped.

import { VarintCursor } from "../bytes/varint.js";

/** One field of a message: a varint's value, or where a length-prefixed value lies. */
export interface WireField {
  field: number;
  wire: 0 | 1 | 2 | 5;
  /** The varint (wire type 0); 0 otherwise. */
  value: number;
  /** The bytes of a length-prefixed value (wire type 2): [start, end). */
  start: number;
  end: number;
}

/**
 * Calls `visit` for every field of the message in bytes[start, end), in order; returns null,
 * or what was wrong and at which offset.
 */
export function readFields(
  bytes: Uint8Array,
  start: number,
  end: number,
  visit: (field: WireField) => string | null,
): string | null {
  const cursor = new VarintCursor(bytes.subarray(0, end), start);
  const out: WireField = { field: 0, wire: 0, value: 0, start: 0, end: 0 };
  while (cursor.pos < end) {
    const at = cursor.pos;
    const key = cursor.uvarint();
    if (key < 0) return `a field key cut short at offset ${at}`;
    const wire = key % 8;
    out.field = Math.floor(key / 8);
    out.value = 0;
    out.start = 0;
    out.end = 0;
    if (wire === 0) {
      out.value = cursor.uvarint();
      if (out.value < 0) return `a varint cut short at offset ${at}`;
    } else if (wire === 1 || wire === 5) {
      cursor.pos += wire === 1 ? 8 : 4;
    } else if (wire === 2) {
      const length = cursor.uvarint();
      if (length < 0) return `a length cut short at offset ${at}`;
      out.start = cursor.pos;
      out.end = cursor.pos + length;
      cursor.pos = out.end;
    } else {
      return `wire type ${wire} (not one profile.proto uses) at offset ${at}`;
    }
    if (cursor.pos > end) return `a field runs past the end of its message at offset ${at}`;
    out.wire = wire;
    const problem = visit(out);
    if (problem !== null) return problem;
  }
  return null;
}

/**
 * A repeated integer field, packed (one length-prefixed run of varints) or not (one varint
 * per field); appends to `into`; null or what was wrong.
 */
export function readRepeated(bytes: Uint8Array, field: WireField, into: number[]): string | null {
  if (field.wire === 0) {
    into.push(field.value);
    return null;
  }
  if (field.wire !== 2) return `field ${field.field} is not a list of integers`;
  const cursor = new VarintCursor(bytes.subarray(0, field.end), field.start);
  while (cursor.pos < field.end) {
    const at = cursor.pos;
    const value = cursor.uvarint();
    if (value < 0) return `a packed varint cut short at offset ${at}`;
    into.push(value);
  }
  return null;
}
