// The dead process's memory as one AddressSpace: what the core kept, and behind it the
// executable's own segments (moved by the load slide) for what the kernel left out — a
// kernel core keeps only anonymous memory by default (coredump_filter 0x33), so text, rodata
// and the pclntab come from the binary.

import type { Executable } from "../binary/exe.js";
import type { AddressSpace } from "../bytes/address-space.js";
import type { ElfCore } from "./elf-core.js";

const PAGE = 1 << 16;
const MAX_PAGES = 2048;

export class ProcessMemory implements AddressSpace {
  readonly ptrSize = 8 as const;
  readonly littleEndian = true;
  private readonly pages = new Map<number, Uint8Array>();
  private readonly dv = new DataView(new ArrayBuffer(8));
  private readonly dvBytes = new Uint8Array(this.dv.buffer);

  constructor(
    readonly core: ElfCore,
    readonly exe: Executable,
    /** Run-time address minus link-time address of the executable (0 unless PIE). */
    readonly slide: number,
  ) {}

  read(addr: number, size: number): Uint8Array | null {
    if (!Number.isSafeInteger(addr) || addr < 0 || size < 0) return null;
    const fromCore = this.readCore(addr, size);
    if (fromCore !== null) return fromCore;
    const fromExe = this.exe.read(addr - this.slide, size) ?? undefined;
    if (fromExe !== undefined) return fromExe;
    return this.readAcross(addr, size);
  }

  /** A range that spans several core segments (.data into .bss): piece by piece. */
  private readAcross(addr: number, size: number): Uint8Array | null {
    const seg = this.core.segmentAt(addr);
    if (seg === undefined) return null;
    const first = seg.vaddr + seg.memSize - addr;
    if (first >= size) return null;
    const head = this.read(addr, first);
    const tail = head === null ? null : this.read(addr + first, size - first);
    if (head === null || tail === null) return null;
    const out = new Uint8Array(size);
    out.set(head);
    out.set(tail, first);
    return out;
  }

  /** Core reads go through 64 KiB pages kept in a bounded cache: unwinding reads many small words. */
  private readCore(addr: number, size: number): Uint8Array | null {
    const seg = this.core.segmentAt(addr);
    if (seg === undefined) return null;
    const off = addr - seg.vaddr;
    if (off + size > seg.fileSize) return null;
    const pageStart = off - (off % PAGE);
    if (off + size > pageStart + PAGE) return this.core.read(addr, size);
    const key = seg.offset + pageStart;
    let page = this.pages.get(key);
    if (page === undefined) {
      const len = Math.min(PAGE, seg.fileSize - pageStart);
      page = this.core.source.read(key, len, "core memory");
      if (this.pages.size >= MAX_PAGES) {
        const oldest = this.pages.keys().next().value;
        if (oldest !== undefined) this.pages.delete(oldest);
      }
      this.pages.set(key, page);
    }
    return page.subarray(off - pageStart, off - pageStart + size);
  }

  /** A pointer-sized word, or undefined when unreadable. */
  word(addr: number): number | undefined {
    const b = this.read(addr, 8);
    if (b === null) return undefined;
    // Two 32-bit halves: exact below 2⁵³ and much cheaper than a BigInt.
    const lo = (b[0]! | (b[1]! << 8) | (b[2]! << 16) | (b[3]! << 24)) >>> 0;
    const hi = (b[4]! | (b[5]! << 8) | (b[6]! << 16) | (b[7]! << 24)) >>> 0;
    return hi * 0x100000000 + lo;
  }

  u32(addr: number): number | undefined {
    const b = this.read(addr, 4);
    if (b === null) return undefined;
    this.dvBytes.set(b);
    return this.dv.getUint32(0, true);
  }

  u8(addr: number): number | undefined {
    const b = this.read(addr, 1);
    return b === null ? undefined : b[0];
  }

  /** A Go string header {ptr, len} at addr, decoded (undefined when unreadable or implausible). */
  goString(addr: number, max = 1 << 16): string | undefined {
    const ptr = this.word(addr);
    const len = this.word(addr + 8);
    if (ptr === undefined || len === undefined || len > max) return undefined;
    if (len === 0) return "";
    const b = this.read(ptr, len);
    return b === null ? undefined : new TextDecoder().decode(b);
  }
}
