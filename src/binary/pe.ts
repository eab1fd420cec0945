// PE/COFF reader: sections (with /nnn long names), image base, COFF symbols.

import { corrupt, hex } from "../bytes/decode-error.js";
import type { ByteSource } from "../bytes/source.js";
import { View } from "../bytes/view.js";
import { type Arch, type Executable, readMapped, type Section, type Segment } from "./exe.js";

const MACHINES: Record<number, Arch> = {
  332: "386",
  34404: "amd64",
  43620: "arm64",
  452: "arm",
  448: "arm",
};

const SCN_CNT_CODE = 0x20;
const SCN_MEM_EXECUTE = 0x20000000;
const SCN_MEM_WRITE = 0x80000000;
const SCN_MEM_DISCARDABLE = 0x2000000;

export function isPE(head: Uint8Array): boolean {
  return head[0] === 0x4d && head[1] === 0x5a;
}

export class PEFile implements Executable {
  readonly format = "pe" as const;
  readonly arch: Arch;
  readonly littleEndian = true;
  readonly ptrSize: 4 | 8;
  readonly sections: Section[] = [];
  readonly segments: Segment[] = [];
  readonly entry: number;
  readonly positionIndependent: boolean;
  readonly imageBase: number;
  /** Section characteristics, parallel to `sections` (build info needs the exact flags). */
  readonly characteristics: number[] = [];
  private readonly symoff: number;
  private readonly nsyms: number;
  private symbols: Map<string, number> | undefined;
  private strtab: Uint8Array | undefined;

  constructor(readonly source: ByteSource) {
    const dos = new View(source.read(0, 64, "DOS header"), true, 0, "DOS header");
    const peoff = dos.u32(0x3c);
    const h = new View(source.read(peoff, 24, "PE header"), true, peoff, "PE header");
    if (h.u32(0) !== 0x4550) throw corrupt("PE signature", peoff);
    const machine = h.u16(4);
    this.arch = MACHINES[machine] ?? "unknown";
    const nsect = h.u16(6);
    this.symoff = h.u32(12);
    this.nsyms = h.u32(16);
    const optSize = h.u16(20);
    const opt = new View(
      source.read(peoff + 24, optSize, "PE optional header"),
      true,
      peoff + 24,
      "PE optional header",
    );
    const magic = opt.u16(0);
    if (magic !== 0x10b && magic !== 0x20b)
      throw corrupt(`PE optional header magic ${hex(magic)}`, peoff + 24);
    const is64 = magic === 0x20b;
    this.ptrSize = is64 ? 8 : 4;
    this.imageBase = is64 ? opt.u64(24) : opt.u32(28);
    this.entry = this.imageBase + opt.u32(16);
    // DllCharacteristics DYNAMIC_BASE (0x40).
    this.positionIndependent = (opt.u16(is64 ? 70 : 70) & 0x40) !== 0;
    const shoff = peoff + 24 + optSize;
    const sh = new View(
      source.read(shoff, nsect * 40, "PE section headers"),
      true,
      shoff,
      "PE section headers",
    );
    for (let i = 0; i < nsect; i++) {
      const o = i * 40;
      let name = sh.fixedString(o, 8);
      if (name.startsWith("/")) name = this.longName(name);
      const vsize = sh.u32(o + 8);
      const va = sh.u32(o + 12);
      const rawSize = sh.u32(o + 16);
      const rawPtr = sh.u32(o + 20);
      const ch = sh.u32(o + 36) >>> 0;
      const exec = (ch & (SCN_MEM_EXECUTE | SCN_CNT_CODE)) !== 0;
      const write = (ch & SCN_MEM_WRITE) !== 0;
      const size = vsize === 0 ? rawSize : vsize;
      const fileSize = rawPtr === 0 ? 0 : Math.min(rawSize, size);
      this.sections.push({
        name,
        segment: "",
        addr: this.imageBase + va,
        size,
        offset: rawPtr,
        fileSize,
        alloc: (ch & SCN_MEM_DISCARDABLE) === 0,
        exec,
        write,
        compressed: false,
      });
      this.characteristics.push(ch);
      this.segments.push({
        name,
        addr: this.imageBase + va,
        memSize: size,
        offset: rawPtr,
        fileSize,
        exec,
        write,
      });
    }
  }

  private strings(): Uint8Array {
    if (this.strtab !== undefined) return this.strtab;
    this.strtab = new Uint8Array(0);
    if (this.symoff === 0) return this.strtab;
    const at = this.symoff + this.nsyms * 18;
    if (at + 4 > this.source.size) return this.strtab;
    const lenBytes = this.source.read(at, 4, "COFF string table");
    const len = new DataView(lenBytes.buffer, lenBytes.byteOffset, 4).getUint32(0, true);
    if (len < 4 || at + len > this.source.size) return this.strtab;
    this.strtab = this.source.read(at, len, "COFF string table");
    return this.strtab;
  }

  private stringAt(off: number): string {
    const s = this.strings();
    if (off >= s.length) return "";
    let end = off;
    while (end < s.length && s[end] !== 0) end++;
    return Buffer.from(s.buffer, s.byteOffset + off, end - off).toString("latin1");
  }

  private longName(name: string): string {
    const off = Number.parseInt(name.slice(1), 10);
    if (!Number.isFinite(off)) return name;
    return this.stringAt(off) || name;
  }

  read(addr: number, size: number): Uint8Array | null {
    return readMapped(this, addr, size);
  }

  hasSymbols(): boolean {
    return this.symoff !== 0 && this.nsyms > 0;
  }

  symbol(name: string): number | undefined {
    if (this.symbols === undefined) this.symbols = this.loadSymbols();
    return this.symbols.get(name);
  }

  private loadSymbols(): Map<string, number> {
    const out = new Map<string, number>();
    if (!this.hasSymbols()) return out;
    if (this.symoff + this.nsyms * 18 > this.source.size) return out;
    const v = new View(
      this.source.read(this.symoff, this.nsyms * 18, "COFF symbols"),
      true,
      this.symoff,
      "COFF symbols",
    );
    for (let i = 0; i < this.nsyms; i++) {
      const o = i * 18;
      let name: string;
      if (v.u32(o) === 0) name = this.stringAt(v.u32(o + 4));
      else name = v.fixedString(o, 8);
      const value = v.u32(o + 8);
      const sect = v.i16(o + 12);
      const aux = v.u8(o + 17);
      i += aux;
      if (sect <= 0 || sect > this.sections.length) continue;
      const s = this.sections[sect - 1]!;
      if (!out.has(name)) out.set(name, s.addr + value);
    }
    return out;
  }

  relocation(): number | undefined {
    return undefined;
  }
  relocationsTo(): number[] {
    return [];
  }
}
