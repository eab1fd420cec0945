// A Go process's core file opened with the executable that produced it: the memory as one
// AddressSpace, the release's runtime layout, the goroutine list and the threads — or a one-line
// error saying what did not match (architecture, release, binary).

import { closeSync, openSync, readSync } from "node:fs";
import { sectionByName } from "../binary/exe.js";
import { GoBinary } from "../binary/gobinary.js";
import { guard } from "../binary/open.js";
import { printable } from "../binary/printable.js";
import { BinaryError, hex, truncated } from "../bytes/decode-error.js";
import type { GoRelease } from "../goversion/release.js";
import { compressionOf, openCoreSource } from "./core-source.js";
import { ElfCore } from "./elf-core.js";
import { GoroutineReader } from "./goroutines.js";
import { type RuntimeLayout, runtimeLayout, SUPPORTED_RELEASES } from "./layout.js";
import { ProcessMemory } from "./memory.js";
import { type AllGs, findAllGs, readWaitReasons } from "./runtime-globals.js";
import { type LoadSlide, loadSlide } from "./slide.js";
import { Unwinder } from "./unwind.js";

/**
 * ` (the core of "ARGS")`: which program dumped the core (NT_PRPSINFO's command line, at most
 * 80 bytes, or its name), so that a refusal names both sides of the mismatch.
 */
function dumpedBy(core: ElfCore): string {
  const p = core.process;
  if (p === undefined) return "";
  const what = printable(p.args === "" ? p.name : p.args);
  return what === "" ? "" : ` (the core of "${what}")`;
}

const ET_CORE = 4;

/**
 * The two files the wrong way round: a core (ELF type ET_CORE, or compressed as cores are
 * stored) where the executable belongs is named as such, not as a binary without Go tables.
 */
function refuseCoreAsBinary(binaryPath: string): void {
  const head = new Uint8Array(18);
  const fd = openSync(binaryPath, "r");
  try {
    if (readSync(fd, head, 0, head.length, 0) < head.length) return;
  } finally {
    closeSync(fd);
  }
  const elf = head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46;
  const compression = compressionOf(head);
  if (elf && (head[16]! | (head[17]! << 8)) === ET_CORE) {
    throw new BinaryError(
      "not-go",
      `${binaryPath} is a core file, not an executable: give the BINARY first, then the CORE`,
    );
  }
  if (compression !== undefined) {
    throw new BinaryError(
      "not-go",
      `${binaryPath} is ${compression}-compressed, not an executable: give the BINARY first (uncompressed), then the CORE`,
    );
  }
}

export class CoreProcess {
  readonly bin: GoBinary;
  readonly core: ElfCore;
  readonly mem: ProcessMemory;
  /** What gave the executable's load slide (undefined: no auxiliary vector, not a PIE). */
  readonly slideFrom: LoadSlide["how"] | undefined;
  readonly layout: RuntimeLayout;
  readonly goVersion: GoRelease;
  readonly waitReasons: string[] | undefined;
  readonly allgs: AllGs;
  readonly unwinder: Unwinder;
  readonly reader: GoroutineReader;

  private constructor(bin: GoBinary, core: ElfCore, binaryPath: string) {
    this.bin = bin;
    this.core = core;
    const exe = bin.exe;
    if (exe.format !== "elf" || exe.arch !== core.arch) {
      throw new BinaryError(
        "unsupported",
        `the core is linux/${core.arch} but ${binaryPath} is ${exe.format} ${exe.arch}: not the binary that dumped it${dumpedBy(core)}`,
      );
    }
    const found = loadSlide(core, bin);
    const slide = found?.slide ?? 0;
    if (found !== undefined && !exe.positionIndependent && slide !== 0) {
      throw new BinaryError(
        "not-go",
        `the core does not belong to ${binaryPath}: the process started at ${hex(exe.entry + slide)}, the binary's entry is ${hex(exe.entry)}${dumpedBy(core)}`,
      );
    } else if (found === undefined && exe.positionIndependent) {
      throw new BinaryError(
        "corrupt",
        "cannot tell where the PIE was loaded: the core has no NT_AUXV note, and the binary's moduledata is not in its memory",
      );
    }
    this.slideFrom = found?.how;
    this.mem = new ProcessMemory(core, exe, slide);
    this.checkSameBinary(binaryPath);
    const version = bin.goVersion;
    const release = bin.goRelease;
    const layout = release === undefined ? undefined : runtimeLayout(release.minor);
    if (release === undefined || layout === undefined) {
      throw new BinaryError(
        "unsupported",
        `unsupported Go release ${version ?? "(no build info in the binary)"}: core files are read for ${SUPPORTED_RELEASES}`,
      );
    }
    this.goVersion = release;
    this.layout = layout;
    this.waitReasons = readWaitReasons(this.mem, exe);
    const allgs = findAllGs(this.mem, exe, layout);
    if (allgs === undefined && core.claimedEnd !== undefined) {
      // A cut core (a full disk, a size limit): say so rather than blame the binary.
      throw truncated(
        `core (its memory segments run to ${hex(core.claimedEnd)}; the goroutine list runtime.allgs is not in what the file kept)`,
        core.source.size,
      );
    }
    if (allgs === undefined) {
      // A mismatch more than a damage found at a place: no offset to give.
      throw new BinaryError(
        "not-go",
        `no goroutine list (runtime.allgs) in the core's data for ${binaryPath} (${version}): is it the binary that dumped this core?${dumpedBy(core)}`,
      );
    }
    this.allgs = allgs;
    this.unwinder = new Unwinder(bin, this.mem, core.arch);
    this.reader = new GoroutineReader(
      bin,
      this.mem,
      layout,
      this.unwinder,
      core.threads,
      this.waitReasons,
      release.minor,
    );
  }

  /**
   * The core keeps the first page of the executable's mapping (the ELF header, program headers
   * and the notes with the Go build ID): it must be the binary's own first page. A PIE's slide
   * must be whole pages.
   */
  private checkSameBinary(binaryPath: string): void {
    const exe = this.bin.exe;
    const refuse = (why: string) =>
      new BinaryError(
        "not-go",
        `the core does not belong to ${binaryPath}: ${why}${dumpedBy(this.core)}`,
      );
    if (this.mem.slide % 4096 !== 0) {
      throw refuse(
        `the process started at ${hex(exe.entry + this.mem.slide)}, not a whole number of pages from the binary's entry ${hex(exe.entry)}`,
      );
    }
    // Every segment of the binary was mapped in the process: the kernel lists each one as a
    // segment (dumped or not); gdb's gcore leaves read-only file mappings out of the segments,
    // but its NT_FILE note still names them. Writable data is always a segment of the core.
    const mapped = (a: number, write: boolean) =>
      this.core.segmentAt(a) !== undefined ||
      (!write && this.core.mappings.some((m) => a >= m.start && a < m.end));
    for (const g of exe.segments) {
      if (g.memSize === 0) continue;
      if (!mapped(g.addr + this.mem.slide, g.write)) {
        throw refuse(
          `nothing was mapped at ${hex(g.addr + this.mem.slide)}, where its segment at ${hex(g.addr)} would be`,
        );
      }
    }
    const first = exe.segments.find((g) => g.offset === 0 && g.fileSize > 0);
    if (first === undefined) return;
    const size = Math.min(first.fileSize, 4096);
    const theirs = this.core.read(first.addr + this.mem.slide, size);
    if (theirs === null) return;
    const mine = exe.source.read(0, size, "ELF header page");
    if (Buffer.compare(Buffer.from(mine), Buffer.from(theirs)) !== 0) {
      const note = sectionByName(exe, ".note.go.buildid");
      const what =
        note !== undefined && note.addr >= first.addr && note.addr + note.size <= first.addr + size
          ? "the Go build ID in the core's memory is not the binary's"
          : "the executable's first page in the core's memory is not the binary's";
      throw refuse(what);
    }
  }

  static open(binaryPath: string, corePath: string): CoreProcess {
    refuseCoreAsBinary(binaryPath);
    const bin = GoBinary.open(binaryPath);
    let core: ElfCore;
    try {
      // A file that cannot be opened is the caller's to name (its errno), not a damaged core.
      const source = openCoreSource(corePath);
      try {
        core = guard(() => new ElfCore(source));
      } catch (e) {
        source.close();
        throw e;
      }
    } catch (e) {
      bin.close();
      throw e;
    }
    try {
      return guard(() => new CoreProcess(bin, core, binaryPath));
    } catch (e) {
      bin.close();
      core.source.close();
      throw e;
    }
  }

  close(): void {
    this.bin.close();
    this.core.source.close();
  }
}
