// Go's debug/plan9obj.NewFile (go1.26 src/debug/plan9obj/file.go), for `buildinfo`: Go's
// debug/buildinfo reads Plan 9 a.out files through it and looks for the blob by *file offset*
// in the data section (DataStart and DataReader use each section's Offset as its address). The
// a.out header is 32 or 40 bytes, so in real Go binaries the blob is not 16-byte aligned in the
// file, and Go (hence `go version -m`) finds no build info in them; answered the same way here.
// panicscope does not symbolize Plan 9 files.

import { corrupt } from "../bytes/decode-error.js";
import { type GoReaderAt, readFullAt, sectionReader } from "./go-reader-at.js";

const MAGIC64 = 0x8000;
const MAGIC_386 = (4 * 11 + 0) * 11 + 7;
const MAGIC_AMD64 = (4 * 26 + 0) * 26 + 7 + MAGIC64;
const MAGIC_ARM = (4 * 20 + 0) * 20 + 7;

export interface Plan9SectionAsGo {
  name: string;
  /** File offset (uint32, wrapped as Go adds the sizes). */
  offset: number;
  size: number;
  reader: GoReaderAt;
}

/** debug/buildinfo's hasPlan9Magic. */
export function hasPlan9Magic(ident: Uint8Array): boolean {
  if (ident.length < 4) return false;
  const m = new DataView(ident.buffer, ident.byteOffset, 4).getUint32(0, false);
  return m === MAGIC_386 || m === MAGIC_AMD64 || m === MAGIC_ARM;
}

/** Throws `corrupt Plan 9 …` where NewFile returns an error; the five sections otherwise. */
export function checkPlan9AsGoDoes(r: GoReaderAt): Plan9SectionAsGo[] {
  const h = readFullAt(r, 32, 0n);
  if (h === undefined) throw corrupt("Plan 9 a.out header: cut", 0);
  const v = new DataView(h.buffer, h.byteOffset, 32);
  const magic = v.getUint32(0, false);
  let headerSize = 32;
  if ((magic & MAGIC64) !== 0) {
    // The 64-bit entry point follows the header.
    if (readFullAt(r, 8, 32n) === undefined) throw corrupt("Plan 9 a.out entry: cut", 32);
    headerSize += 8;
  }
  const names = ["text", "data", "syms", "spsz", "pcsz"];
  // Header words: magic, text, data, bss, syms, entry, spsz, pcsz.
  const sizes = [1, 2, 4, 6, 7].map((word) => v.getUint32(word * 4, false));
  let offset = headerSize;
  return names.map((name, i) => {
    const size = sizes[i] as number;
    const section = {
      name,
      offset,
      size,
      reader: sectionReader(r, BigInt(offset), BigInt(size)),
    };
    offset = (offset + size) >>> 0;
    return section;
  });
}
