// A panic value read from the core, printed as the runtime prints it (runtime/error.go:
// printpanicval, printanycustomtype): builtin basic types bare (`42`, `true`), named basic types
// as `main.Code(404)` or `main.Name("ann")`, anything else as `(TYPE) 0xADDR`. Errors and
// Stringers need nothing here: preprintpanics replaced them by their text before printing.

import type { ProcessMemory } from "./memory.js";
import { printComplex, printFloat } from "./runtime-print.js";

/** internal/abi.Kind values of the basic types, with the builtin type's name. */
const BASIC: Record<number, string> = {
  1: "bool",
  2: "int",
  3: "int8",
  4: "int16",
  5: "int32",
  6: "int64",
  7: "uint",
  8: "uint8",
  9: "uint16",
  10: "uint32",
  11: "uint64",
  12: "uintptr",
  13: "float32",
  14: "float64",
  15: "complex64",
  16: "complex128",
  24: "string",
};

/** Byte size and signedness of the integer kinds. */
const INTS: Record<number, [number, boolean]> = {
  2: [8, true],
  3: [1, true],
  4: [2, true],
  5: [4, true],
  6: [8, true],
  7: [8, false],
  8: [1, false],
  9: [2, false],
  10: [4, false],
  11: [8, false],
  12: [8, false],
};

// abi.Type on 64-bit targets (every release since 1.14): TFlag at 20, Kind_ at 23, Str at 40.
const TFLAG = 20;
const KIND = 23;
const STR = 40;
const TFLAG_EXTRA_STAR = 2;

const hex = (n: number) => `0x${n.toString(16)}`;

/** moduledata.types as a word index: Go 1.20 added covctrs before it. */
export function typesWord(minor: number): number {
  return minor <= 19 ? 35 : 37;
}

/**
 * The type's name (rtype.string): the name at moduledata.types + Str, `*` dropped when the
 * linker stored the pointer type's name instead (TFlagExtraStar). Undefined when unreadable.
 */
export function typeName(mem: ProcessMemory, types: number, typ: number): string | undefined {
  if (typ < types) return undefined;
  const tflag = mem.u8(typ + TFLAG);
  const str = mem.u32(typ + STR);
  if (tflag === undefined || str === undefined || str === 0 || str >= 0x80000000) return undefined;
  const at = types + str;
  // runtime/type.go name: a flags byte, a uvarint length, the bytes.
  let len = 0;
  let shift = 0;
  let p = at + 1;
  for (;;) {
    const b = mem.u8(p++);
    if (b === undefined || shift > 28) return undefined;
    len |= (b & 0x7f) << shift;
    if (b < 0x80) break;
    shift += 7;
  }
  if (len === 0 || len > 4096) return undefined;
  const bytes = mem.read(p, len);
  if (bytes === null) return undefined;
  const s = Buffer.from(bytes).toString("utf8");
  return tflag & TFLAG_EXTRA_STAR ? s.slice(1) : s;
}

/** The value of a basic kind at data as print prints it, or undefined for other kinds. */
function basicValue(mem: ProcessMemory, kind: number, data: number, minor: number) {
  if (kind === 24) return mem.goString(data);
  if (kind === 1) {
    const b = mem.u8(data);
    return b === undefined ? undefined : b !== 0 ? "true" : "false";
  }
  const int = INTS[kind];
  const size = int?.[0] ?? (kind === 13 ? 4 : kind === 14 || kind === 15 ? 8 : 16);
  if (kind > 16) return undefined;
  const raw = mem.read(data, size);
  if (raw === null) return undefined;
  const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  if (int !== undefined) {
    const [n, signed] = int;
    if (n === 8) return String(signed ? dv.getBigInt64(0, true) : dv.getBigUint64(0, true));
    if (n === 4) return String(signed ? dv.getInt32(0, true) : dv.getUint32(0, true));
    if (n === 2) return String(signed ? dv.getInt16(0, true) : dv.getUint16(0, true));
    return String(signed ? dv.getInt8(0) : dv.getUint8(0));
  }
  if (kind === 13) return printFloat(dv.getFloat32(0, true), 32, minor);
  if (kind === 14) return printFloat(dv.getFloat64(0, true), 64, minor);
  if (kind === 15) return printComplex(dv.getFloat32(0, true), dv.getFloat32(4, true), 32, minor);
  return printComplex(dv.getFloat64(0, true), dv.getFloat64(8, true), 64, minor);
}

/**
 * The panic value {typ, data} (an eface) as Go 1.<minor> prints it; `types` is the run-time
 * address of moduledata.types (0 when unknown: basic kinds are then printed bare).
 */
export function printPanicValue(
  mem: ProcessMemory,
  types: number,
  typ: number,
  data: number,
  minor: number,
): string {
  if (typ === 0) return "nil";
  const kind = (mem.u8(typ + KIND) ?? 0) & 0x1f;
  const name = types === 0 ? undefined : typeName(mem, types, typ);
  const builtin = BASIC[kind];
  const value = builtin === undefined ? undefined : basicValue(mem, kind, data, minor);
  if (value !== undefined && (name === undefined || name === builtin)) return value;
  if (name === undefined) return `(value of type at ${hex(typ)}) ${hex(data)}`;
  if (value === undefined) return `(${name}) ${hex(data)}`;
  if (kind === 24) return `${name}("${value}")`;
  // A complex number prints its own parentheses.
  return kind === 15 || kind === 16 ? `${name}${value}` : `${name}(${value})`;
}
