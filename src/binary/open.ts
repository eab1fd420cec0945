// Opens an executable of any supported format over a byte source.

import { BinaryError, corrupt, notGo, unsupported } from "../bytes/decode-error.js";
import type { ByteSource } from "../bytes/source.js";
import { ElfFile, isElf } from "./elf.js";
import type { Arch, Executable } from "./exe.js";
import { fatSlices, isFat, isMachO, MachOFile } from "./macho.js";
import { isPE, PEFile } from "./pe.js";
import { hasPlan9Magic } from "./plan9-strict.js";

export interface OpenOptions {
  /** For universal Mach-O files: which slice (GOARCH name). Default: the first. */
  arch?: Arch;
}

export function openExecutable(source: ByteSource, opts: OpenOptions = {}): Executable {
  if (source.size < 16)
    throw notGo(`file is ${source.size} bytes, too short for an executable header`);
  const head = source.read(0, 16, "file header");
  return guard(() => {
    if (isElf(head)) return new ElfFile(source);
    if (isMachO(head)) return new MachOFile(source);
    if (isFat(head)) {
      const slices = fatSlices(source);
      const pick = (opts.arch && slices.find((s) => s.arch === opts.arch)) || slices[0];
      if (pick === undefined) throw notGo("empty Mach-O universal file");
      if (opts.arch !== undefined && pick.arch !== opts.arch) {
        throw notGo(
          `Mach-O universal file has no ${opts.arch} slice (has ${slices.map((s) => s.arch).join(", ")})`,
        );
      }
      if (pick.offset + pick.size > source.size)
        throw corrupt("Mach-O universal slice extends past the end of the file", pick.offset);
      return new MachOFile(source, pick.offset);
    }
    if (isPE(head)) return new PEFile(source);
    // Go builds these too; their build info is read (buildinfo), their code is not.
    if ((head[0] === 0x01 && head[1] === 0xdf) || (head[0] === 0x01 && head[1] === 0xf7))
      throw unsupported(
        "an XCOFF (AIX) executable: symbols are read from ELF, Mach-O and PE files only",
      );
    if (hasPlan9Magic(head))
      throw unsupported(
        "a Plan 9 a.out executable: symbols are read from ELF, Mach-O and PE files only",
      );
    throw notGo("unrecognized file format (not ELF, Mach-O or PE)");
  });
}

/** Runs a parser step; anything other than a BinaryError is a bug, reported as corrupt input. */
export function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof BinaryError) throw e;
    const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    throw corrupt(`input (internal: ${msg})`);
  }
}
