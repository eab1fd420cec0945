// Where the executable was loaded: run-time address minus link-time address (0 unless PIE).
// The auxiliary vector's AT_ENTRY usually says it, but not always: a program started by the
// dynamic loader (`ld-linux-aarch64.so.1 PROG`) may have the loader's entry there, and qemu-user
// writes the vector from the guest's stack, which the loader shifts when it drops its own argv[0]
// (the note's keys and values then trade places). qemu's cores have no NT_FILE either. The
// runtime's own data settles it: runtime.firstmoduledata, writable and so always in the core,
// starts with the pclntab's address and the function-name table's, each moved by the slide.

import type { GoBinary } from "../binary/gobinary.js";
import type { ElfCore } from "./elf-core.js";

const AT_ENTRY = 9;
const PAGE = 4096;

export interface LoadSlide {
  slide: number;
  how: "auxv" | "moduledata";
}

/** Whether the core's own memory holds the binary's moduledata moved by `slide` (undefined: unknown). */
function moduledataAt(core: ElfCore, bin: GoBinary, slide: number): boolean | undefined {
  const md = bin.moduledata;
  if (md === undefined) return undefined;
  const head = [md.word(0), md.word(1)];
  if (head[0] === undefined || head[1] === undefined) return undefined;
  const words = core.read(md.addr + slide, 16);
  if (words === null) return false;
  const dv = new DataView(words.buffer, words.byteOffset, 16);
  return (
    Number(dv.getBigUint64(0, true)) === head[0] + slide &&
    Number(dv.getBigUint64(8, true)) === head[1] + slide
  );
}

/**
 * The slide AT_ENTRY gives when the moduledata agrees (or cannot be checked), else the one the
 * moduledata is found at. The writable segment of the core that holds it began at one of the
 * pages of the binary's writable segments below the moduledata (a RELRO region made read-only
 * splits a mapping at a page inside it, and its last page joins the next segment's mapping): each
 * such pairing is one candidate. Undefined when neither tells.
 */
export function loadSlide(core: ElfCore, bin: GoBinary): LoadSlide | undefined {
  const exe = bin.exe;
  const entry = core.auxv.get(AT_ENTRY);
  const fromAuxv = entry === undefined ? undefined : entry - exe.entry;
  if (fromAuxv !== undefined && moduledataAt(core, bin, fromAuxv) !== false) {
    return { slide: fromAuxv, how: "auxv" };
  }
  const md = bin.moduledata;
  const writable = exe.segments.filter((g) => g.write && g.addr <= (md?.addr ?? -1));
  if (md !== undefined && writable.length > 0) {
    const first = Math.min(...writable.map((g) => g.addr - (g.addr % PAGE)));
    for (const c of core.segments) {
      if (!c.write || c.fileSize === 0) continue;
      for (let page = md.addr - (md.addr % PAGE); page >= first; page -= PAGE) {
        const slide = c.vaddr - page;
        if (md.addr + slide + 16 > c.vaddr + c.fileSize) continue;
        if (slide !== 0 && !exe.positionIndependent) continue;
        if (moduledataAt(core, bin, slide) === true) return { slide, how: "moduledata" };
      }
    }
  }
  return fromAuxv === undefined ? undefined : { slide: fromAuxv, how: "auxv" };
}
