// A small DWARF (versions 2–5) reader for one question: which struct field lives at a given offset
// of the types a function's parameters and variables point to. Reads .debug_info/.debug_abbrev
// (zlib-compressed as Go writes them: SHF_COMPRESSED, or a "ZLIB" header in .zdebug_*), parses
// only the compilation unit of the function's package, and follows type references on demand.

import { inflateSync } from "node:zlib";
import { decompress as zstdDecompress } from "fzstd";
import { VarintCursor } from "../bytes/varint.js";
import { importPath, packageOf } from "../names/package-path.js";
import { type Executable, type Section, sectionBytes } from "./exe.js";

const TAG_member = 0x0d;
const TAG_pointer = 0x0f;
const TAG_struct = 0x13;
const TAG_typedef = 0x16;
const TAG_formal_parameter = 0x05;
const TAG_variable = 0x34;
const TAG_subprogram = 0x2e;
const AT_name = 0x03;
const AT_type = 0x49;
const AT_data_member_location = 0x38;

function findSection(exe: Executable, name: string): Section | undefined {
  const wanted = [`.debug_${name}`, `.zdebug_${name}`, `__debug_${name}`, `__zdebug_${name}`];
  return exe.sections.find((s) => wanted.includes(s.name) && s.fileSize > 0);
}

/** A section's bytes, decompressed; undefined when absent or compressed in a way we cannot read. */
function debugSection(exe: Executable, name: string): Uint8Array | undefined {
  const s = findSection(exe, name);
  if (s === undefined) return undefined;
  const raw = sectionBytes(exe, s);
  try {
    if (
      raw.length >= 12 &&
      raw[0] === 0x5a &&
      raw[1] === 0x4c &&
      raw[2] === 0x49 &&
      raw[3] === 0x42
    ) {
      return inflateSync(raw.subarray(12)); // "ZLIB" + 8-byte big-endian size
    }
    if (exe.format === "elf" && s.compressed) {
      const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
      const type = dv.getUint32(0, exe.littleEndian);
      const body = raw.subarray(exe.ptrSize === 8 ? 24 : 12);
      if (type === 2) return zstdDecompress(body); // ELFCOMPRESS_ZSTD: Node 20's zlib has none
      if (type !== 1) return undefined;
      return inflateSync(body);
    }
  } catch {
    return undefined;
  }
  return raw;
}

interface Abbrev {
  tag: number;
  children: boolean;
  attrs: { at: number; form: number; implicit: number }[];
}

interface Unit {
  offset: number;
  end: number;
  version: number;
  addrSize: number;
  offSize: number;
  abbrevs: Map<number, Abbrev>;
  firstDie: number;
}

export interface Die {
  offset: number;
  tag: number;
  children: boolean;
  attrs: Map<number, number | string>;
  /** Offset just after this entry (its first child when it has children). */
  next: number;
}

/** The varint cursor with DWARF's fixed-size reads; reading past the end throws (caught per unit). */
class Cursor extends VarintCursor {
  constructor(
    bytes: Uint8Array,
    pos: number,
    readonly le: boolean,
  ) {
    super(bytes, pos);
  }
  u8(): number {
    if (this.pos >= this.bytes.length) throw pastEnd();
    return this.bytes[this.pos++]!;
  }
  fixed(n: number): number {
    if (this.pos + n > this.bytes.length) throw pastEnd();
    let v = 0;
    for (let i = 0; i < n; i++) {
      const byte = this.bytes[this.pos + (this.le ? n - 1 - i : i)]!;
      v = v * 256 + byte;
    }
    this.pos += n;
    return v;
  }
  /** Skips n bytes (a block's contents); its value is not needed. */
  skip(n: number): number {
    this.pos += n;
    return 0;
  }
  uleb(): number {
    const v = this.uvarint();
    if (v < 0) throw pastEnd();
    return v;
  }
  sleb(): number {
    const v = this.svarint();
    if (Number.isNaN(v)) throw pastEnd();
    return v;
  }
  cstring(): string {
    const start = this.pos;
    while (this.pos < this.bytes.length && this.bytes[this.pos] !== 0) this.pos++;
    const s = Buffer.from(
      this.bytes.buffer,
      this.bytes.byteOffset + start,
      this.pos - start,
    ).toString("utf8");
    this.pos++;
    return s;
  }
}

function pastEnd(): RangeError {
  return new RangeError("DWARF: read past the end");
}

export class Dwarf {
  private readonly units: Unit[] = [];
  private readonly abbrevCache = new Map<number, Map<number, Abbrev>>();

  private constructor(
    private readonly info: Uint8Array,
    private readonly abbrev: Uint8Array,
    private readonly str: Uint8Array | undefined,
    private readonly lineStr: Uint8Array | undefined,
    private readonly le: boolean,
  ) {
    const c = new Cursor(info, 0, le);
    while (c.pos + 11 <= info.length) {
      const offset = c.pos;
      let len = c.fixed(4);
      let offSize = 4;
      if (len === 0xffffffff) {
        len = c.fixed(8);
        offSize = 8;
      }
      const end = c.pos + len;
      if (len === 0 || end > info.length) break;
      const version = c.fixed(2);
      let addrSize: number;
      let abbrevOff: number;
      if (version >= 5) {
        c.u8(); // unit_type
        addrSize = c.u8();
        abbrevOff = c.fixed(offSize);
      } else {
        abbrevOff = c.fixed(offSize);
        addrSize = c.u8();
      }
      this.units.push({
        offset,
        end,
        version,
        addrSize,
        offSize,
        abbrevs: this.abbrevsAt(abbrevOff),
        firstDie: c.pos,
      });
      c.pos = end;
    }
  }

  /** The binary's DWARF, or undefined when it has none (stripped, -w) or we cannot read it. */
  static open(exe: Executable): Dwarf | undefined {
    try {
      const info = debugSection(exe, "info");
      const abbrev = debugSection(exe, "abbrev");
      if (info === undefined || abbrev === undefined) return undefined;
      return new Dwarf(
        info,
        abbrev,
        debugSection(exe, "str"),
        debugSection(exe, "line_str"),
        exe.littleEndian,
      );
    } catch {
      return undefined;
    }
  }

  private abbrevsAt(off: number): Map<number, Abbrev> {
    let m = this.abbrevCache.get(off);
    if (m !== undefined) return m;
    m = new Map();
    const c = new Cursor(this.abbrev, off, this.le);
    while (c.pos < this.abbrev.length) {
      const code = c.uleb();
      if (code === 0) break;
      const tag = c.uleb();
      const children = c.u8() === 1;
      const attrs: Abbrev["attrs"] = [];
      for (;;) {
        const at = c.uleb();
        const form = c.uleb();
        if (at === 0 && form === 0) break;
        attrs.push({ at, form, implicit: form === 0x21 ? c.sleb() : 0 });
      }
      m.set(code, { tag, children, attrs });
    }
    this.abbrevCache.set(off, m);
    return m;
  }

  private unitOf(offset: number): Unit | undefined {
    let lo = 0;
    let hi = this.units.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const u = this.units[mid]!;
      if (offset < u.offset) hi = mid - 1;
      else if (offset >= u.end) lo = mid + 1;
      else return u;
    }
    return undefined;
  }

  private strAt(sec: Uint8Array | undefined, off: number): string {
    if (sec === undefined || off >= sec.length) return "";
    return new Cursor(sec, off, this.le).cstring();
  }

  /** The entry at `offset`; null for a null entry (end of siblings); undefined when unreadable. */
  die(offset: number, unit = this.unitOf(offset)): Die | null | undefined {
    if (unit === undefined) return undefined;
    const c = new Cursor(this.info, offset, this.le);
    try {
      const code = c.uleb();
      if (code === 0) return null;
      const ab = unit.abbrevs.get(code);
      if (ab === undefined) return undefined;
      const attrs = new Map<number, number | string>();
      for (const { at, form, implicit } of ab.attrs) {
        const v = this.value(c, unit, form, implicit);
        if (v === undefined) return undefined;
        attrs.set(at, v);
      }
      return { offset, tag: ab.tag, children: ab.children, attrs, next: c.pos };
    } catch {
      return undefined;
    }
  }

  private value(c: Cursor, u: Unit, form: number, implicit: number): number | string | undefined {
    switch (form) {
      case 0x01:
        return c.fixed(u.addrSize);
      case 0x03:
        return c.skip(c.fixed(2));
      case 0x04:
        return c.skip(c.fixed(4));
      case 0x05:
        return c.fixed(2);
      case 0x06:
        return c.fixed(4);
      case 0x07:
        return c.fixed(8);
      case 0x08:
        return c.cstring();
      case 0x09:
      case 0x18:
        return c.skip(c.uleb());
      case 0x0a:
        return c.skip(c.u8());
      case 0x0b:
      case 0x0c:
        return c.u8();
      case 0x0d:
        return c.sleb();
      case 0x0e:
        return this.strAt(this.str, c.fixed(u.offSize));
      case 0x1f:
        return this.strAt(this.lineStr, c.fixed(u.offSize));
      case 0x0f:
        return c.uleb();
      case 0x10:
        return c.fixed(u.version <= 2 ? u.addrSize : u.offSize);
      case 0x11:
        return u.offset + c.fixed(1);
      case 0x12:
        return u.offset + c.fixed(2);
      case 0x13:
        return u.offset + c.fixed(4);
      case 0x14:
        return u.offset + c.fixed(8);
      case 0x15:
        return u.offset + c.uleb();
      case 0x16:
        return this.value(c, u, c.uleb(), 0);
      case 0x17:
      case 0x1d:
        return c.fixed(u.offSize);
      case 0x19:
        return 1;
      case 0x1a:
      case 0x1b:
      case 0x22:
      case 0x23:
        return c.uleb();
      case 0x1c:
        return c.fixed(4);
      case 0x1e:
        return c.skip(16);
      case 0x20:
        return c.fixed(8);
      case 0x21:
        return implicit;
      case 0x25:
      case 0x29:
        return c.fixed(1);
      case 0x26:
      case 0x2a:
        return c.fixed(2);
      case 0x27:
      case 0x2b:
        return c.fixed(3);
      case 0x28:
      case 0x2c:
        return c.fixed(4);
      default:
        return undefined;
    }
  }

  /** The children of an entry with children (members of a struct, parameters of a function). */
  children(parent: Die): Die[] {
    const out: Die[] = [];
    const unit = this.unitOf(parent.offset);
    if (!parent.children || unit === undefined) return out;
    let p = parent.next;
    let depth = 0;
    for (let guard = 0; guard < 1 << 20 && p < unit.end; guard++) {
      const d = this.die(p, unit);
      if (d === undefined) break;
      if (d === null) {
        if (depth === 0) break;
        depth--;
        p++;
        continue;
      }
      if (depth === 0) out.push(d);
      p = d.next;
      if (d.children) depth++;
    }
    return out;
  }

  /** The subprogram named `name` (Go writes full names: `main.(*T).M`). */
  subprogram(name: string): Die | undefined {
    const pkg = importPath(packageOf(name));
    const ordered = [...this.units].sort(
      (a, b) => Number(this.unitName(b) === pkg) - Number(this.unitName(a) === pkg),
    );
    for (const u of ordered) {
      const cu = this.die(u.firstDie, u);
      if (!cu) continue;
      for (const d of this.children(cu))
        if (d.tag === TAG_subprogram && d.attrs.get(AT_name) === name) return d;
    }
    return undefined;
  }

  private unitName(u: Unit): string | undefined {
    const cu = this.die(u.firstDie, u);
    const n = cu ? cu.attrs.get(AT_name) : undefined;
    return typeof n === "string" ? n : undefined;
  }

  /** Follows typedefs; returns the entry of the underlying type. */
  resolve(offset: number): Die | undefined {
    let d = this.die(offset);
    for (let i = 0; i < 16 && d && d.tag === TAG_typedef; i++) {
      const t = d.attrs.get(AT_type);
      d = typeof t === "number" ? this.die(t) : undefined;
    }
    return d ?? undefined;
  }

  name(d: Die): string {
    const n = d.attrs.get(AT_name);
    return typeof n === "string" ? n : "?";
  }

  /** The struct a pointer type points to, or undefined. */
  pointee(d: Die | undefined): Die | undefined {
    if (d === undefined || d.tag !== TAG_pointer) return undefined;
    const t = d.attrs.get(AT_type);
    const target = typeof t === "number" ? this.resolve(t) : undefined;
    return target?.tag === TAG_struct ? target : undefined;
  }

  members(
    struct: Die,
  ): { name: string; offset: number; type: Die | undefined; typeName: string }[] {
    return this.children(struct)
      .filter((m) => m.tag === TAG_member)
      .map((m) => {
        const t = m.attrs.get(AT_type);
        const raw = typeof t === "number" ? this.die(t) : undefined;
        const loc = m.attrs.get(AT_data_member_location);
        return {
          name: this.name(m),
          offset: typeof loc === "number" ? loc : -1,
          type: typeof t === "number" ? this.resolve(t) : undefined,
          typeName: raw ? this.name(raw) : "?",
        };
      });
  }

  /** Parameters and local variables of a subprogram (nested lexical blocks included). */
  variables(fn: Die): { name: string; type: Die | undefined }[] {
    const out: { name: string; type: Die | undefined }[] = [];
    const walk = (d: Die, depth: number) => {
      for (const c of this.children(d)) {
        if (c.tag === TAG_formal_parameter || c.tag === TAG_variable) {
          const t = c.attrs.get(AT_type);
          out.push({
            name: this.name(c),
            type: typeof t === "number" ? this.resolve(t) : undefined,
          });
        } else if (c.children && depth < 8) walk(c, depth + 1);
      }
    };
    walk(fn, 0);
    return out;
  }
}
