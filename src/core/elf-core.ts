// An ELF core file (e_type ET_CORE) as Linux writes it: the memory it kept (PT_LOAD), one
// NT_PRSTATUS per thread with that thread's registers, the auxiliary vector (where the
// executable was loaded) and NT_FILE (which file is mapped where). Layouts from the kernel's
// include/uapi/linux/elfcore.h, fs/binfmt_elf.c (fill_note_info, fill_files_note) and
// arch/{x86,arm64}/include/asm/ptrace.h / user_pt_regs.

import { BinaryError, corrupt, hex } from "../bytes/decode-error.js";
import type { ByteSource } from "../bytes/source.js";
import { View } from "../bytes/view.js";

const ET_CORE = 4;
const PT_LOAD = 1;
const PT_NOTE = 4;
const NT_PRSTATUS = 1;
const NT_PRPSINFO = 3;
const NT_AUXV = 6;
const NT_SIGINFO = 0x53494749;
const NT_FILE = 0x46494c45;
const EM_X86_64 = 62;
const EM_AARCH64 = 183;

export type CoreArch = "amd64" | "arm64";

export interface CoreSegment {
  vaddr: number;
  memSize: number;
  offset: number;
  /** Bytes the core holds; less than memSize where the kernel left memory out. */
  fileSize: number;
  write: boolean;
  exec: boolean;
}

/** One thread's registers, with the three every unwinder needs named. */
export interface CoreThread {
  /** The LWP id (pr_pid), which the runtime keeps as m.procid. */
  lwp: number;
  /** pr_cursig: the signal this thread was handling, 0 for none. */
  signal: number;
  pc: number;
  sp: number;
  /** x30 on arm64; 0 on amd64. */
  lr: number;
  /** All general registers by their usual names, as the kernel dumped them. */
  regs: Record<string, number>;
}

export interface FileMapping {
  start: number;
  end: number;
  /** Offset in the file of the first mapped byte. */
  fileOffset: number;
  path: string;
}

/** pr_reg order of struct user_regs_struct (arch/x86/include/asm/user_64.h). */
const AMD64_REGS = [
  "r15",
  "r14",
  "r13",
  "r12",
  "rbp",
  "rbx",
  "r11",
  "r10",
  "r9",
  "r8",
  "rax",
  "rcx",
  "rdx",
  "rsi",
  "rdi",
  "orig_rax",
  "rip",
  "cs",
  "eflags",
  "rsp",
  "ss",
  "fs_base",
  "gs_base",
  "ds",
  "es",
  "fs",
  "gs",
];
/** struct user_pt_regs: x0..x30, sp, pc, pstate. */
const ARM64_REGS = [...Array.from({ length: 31 }, (_, i) => `x${i}`), "sp", "pc", "pstate"];
/**
 * elf_prpsinfo (64-bit): four state bytes, pr_flag, pr_uid, pr_gid, then pr_pid (the process id);
 * pr_fname[16] after the six ids; pr_psargs[80].
 */
const PRPSINFO_PID = 24;
const PR_FNAME = 40;
const PR_PSARGS = 56;
/** elf_prstatus: pr_reg starts after pr_info, pr_cursig, sigsets, ids and four timevals. */
const PR_REG = 112;
const PR_PID = 32;
const PR_CURSIG = 12;

export class ElfCore {
  readonly arch: CoreArch;
  readonly littleEndian = true;
  readonly ptrSize = 8 as const;
  readonly segments: CoreSegment[] = [];
  readonly threads: CoreThread[] = [];
  readonly mappings: FileMapping[] = [];
  readonly auxv = new Map<number, number>();
  /** NT_PRPSINFO: the process's name and the start of its command line (what dumped the core). */
  process: { name: string; args: string; pid: number } | undefined;
  /** NT_SIGINFO of the thread that dumped: the final signal (SIGABRT under GOTRACEBACK=crash). */
  siginfo: { signo: number; code: number; addr: number } | undefined;
  /** Where the memory segments claim to end when that is past the end of the file (a cut core). */
  claimedEnd: number | undefined;

  constructor(readonly source: ByteSource) {
    if (source.size < 64) throw new BinaryError("not-go", "not an ELF core file: too short");
    const h = new View(source.read(0, 64, "ELF header"), true, 0, "ELF header");
    if (h.u32(0) !== 0x464c457f) throw new BinaryError("not-go", "not an ELF core file");
    const bits = h.u8(4) === 1 ? 32 : 64;
    const little = h.u8(5) === 1;
    // e_machine in the file's own byte order: named even when the core is not read.
    const machine = little ? h.u16(18) : (h.u8(18) << 8) | h.u8(19);
    if (bits !== 64 || !little)
      throw new BinaryError(
        "unsupported",
        `unsupported core: ${machineName(machine, bits, little)}, a ${bits}-bit ${little ? "little" : "big"}-endian ELF core; ${READ_HERE}`,
      );
    const type = h.u16(16);
    if (type !== ET_CORE)
      throw new BinaryError(
        "not-go",
        `not a core file: ELF type ${type} (an executable or library?), expected ET_CORE`,
      );
    if (machine === EM_X86_64) this.arch = "amd64";
    else if (machine === EM_AARCH64) this.arch = "arm64";
    else
      throw new BinaryError(
        "unsupported",
        `unsupported core architecture: ${machineName(machine, bits, little)}; ${READ_HERE}`,
      );
    const phoff = h.u64(32);
    const phentsize = h.u16(54);
    const phnum = h.u16(56);
    // Linux writes 56-byte ELF64 program headers, and always at least one note and one load.
    if (phentsize !== 56) throw corrupt(`ELF core program header size ${phentsize}`, 54);
    if (phnum === 0) throw corrupt("ELF core program headers: none", 56);
    const ph = new View(
      source.read(phoff, phentsize * phnum, "ELF program headers"),
      true,
      phoff,
      "ELF program headers",
    );
    for (let i = 0; i < phnum; i++) {
      const o = i * phentsize;
      const ptype = ph.u32(o);
      const flags = ph.u32(o + 4);
      const offset = ph.u64(o + 8);
      const vaddr = ph.u64(o + 16);
      const fileSize = ph.u64(o + 32);
      const memSize = ph.u64(o + 40);
      if (ptype === PT_LOAD) {
        // A segment cut short by a full disk or a size limit keeps what the file has.
        const kept = Math.max(0, Math.min(fileSize, source.size - offset));
        if (kept < fileSize) this.claimedEnd = Math.max(this.claimedEnd ?? 0, offset + fileSize);
        this.segments.push({
          vaddr,
          memSize,
          offset,
          fileSize: kept,
          write: (flags & 2) !== 0,
          exec: (flags & 1) !== 0,
        });
      } else if (ptype === PT_NOTE && fileSize > 0) {
        if (offset + fileSize > source.size) throw corrupt("ELF core notes", offset);
        this.readNotes(
          new View(source.read(offset, fileSize, "core notes"), true, offset, "core notes"),
        );
      }
    }
    this.segments.sort((a, b) => a.vaddr - b.vaddr);
    if (this.segments.length === 0)
      throw corrupt("ELF core: no memory segment (PT_LOAD) in its program headers", phoff);
    // The program header table is what leads to the notes: its offset is the one to give.
    if (this.threads.length === 0)
      throw corrupt(
        "ELF core: no NT_PRSTATUS note (no thread) where its program headers point",
        phoff,
      );
  }

  private readNotes(v: View): void {
    let o = 0;
    while (o + 12 <= v.length) {
      const namesz = v.u32(o);
      const descsz = v.u32(o + 4);
      const type = v.u32(o + 8);
      const nameAt = o + 12;
      const descAt = nameAt + align4(namesz);
      if (descAt + descsz > v.length) throw corrupt("ELF core note", v.fileOffset + o);
      const name = v.fixedString(nameAt, namesz);
      const desc = v.sub(descAt, descsz, "core note");
      if (name === "CORE") this.readNote(type, desc);
      o = descAt + align4(descsz);
    }
  }

  private readNote(type: number, d: View): void {
    if (type === NT_PRSTATUS) {
      const names = this.arch === "amd64" ? AMD64_REGS : ARM64_REGS;
      const regs: Record<string, number> = {};
      for (let i = 0; i < names.length; i++) regs[names[i]!] = d.u64(PR_REG + 8 * i);
      const pc = this.arch === "amd64" ? regs.rip! : regs.pc!;
      const sp = this.arch === "amd64" ? regs.rsp! : regs.sp!;
      const lr = this.arch === "amd64" ? 0 : regs.x30!;
      this.threads.push({ lwp: d.u32(PR_PID), signal: d.u16(PR_CURSIG), pc, sp, lr, regs });
    } else if (type === NT_PRPSINFO && d.length >= PR_PSARGS + 80) {
      this.process = {
        name: d.fixedString(PR_FNAME, 16),
        args: d.fixedString(PR_PSARGS, 80).trim(),
        pid: d.u32(PRPSINFO_PID),
      };
    } else if (type === NT_AUXV) {
      for (let o = 0; o + 16 <= d.length; o += 16) {
        const key = d.u64(o);
        if (key === 0) break;
        this.auxv.set(key, d.u64(o + 8));
      }
    } else if (type === NT_SIGINFO && d.length >= 24) {
      this.siginfo = { signo: d.i32(0), code: d.i32(8), addr: d.u64(16) };
    } else if (type === NT_FILE && d.length >= 16) {
      const count = d.u64(0);
      const pageSize = d.u64(8);
      if (count > d.length / 24) throw corrupt("NT_FILE note count", d.fileOffset);
      let names = 16 + count * 24;
      for (let i = 0; i < count; i++) {
        const e = 16 + i * 24;
        const path = d.cstring(names, d.length - names);
        names += Buffer.byteLength(path) + 1;
        this.mappings.push({
          start: d.u64(e),
          end: d.u64(e + 8),
          fileOffset: d.u64(e + 16) * pageSize,
          path,
        });
      }
    }
  }

  /** The segment holding addr, if the core has one (dumped or not). */
  segmentAt(addr: number): CoreSegment | undefined {
    let lo = 0;
    let hi = this.segments.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.segments[mid]!.vaddr <= addr) lo = mid + 1;
      else hi = mid;
    }
    const s = this.segments[lo - 1];
    return s !== undefined && addr < s.vaddr + s.memSize ? s : undefined;
  }

  /** Bytes at addr from the core itself, or null when the core did not keep all of them. */
  read(addr: number, size: number): Uint8Array | null {
    const s = this.segmentAt(addr);
    if (s === undefined) return null;
    const off = addr - s.vaddr;
    if (off + size > s.fileSize) return null;
    return this.source.read(s.offset + off, size, `core memory at ${hex(addr)}`);
  }
}

const READ_HERE = "core files are read for linux/amd64 and linux/arm64";

/** Go's name for an ELF machine (elf.h's EM_* numbers), with the number for the rest. */
const GOARCH_OF: Record<number, (bits: number, little: boolean) => string> = {
  3: () => "386",
  8: (bits, little) => `mips${bits === 64 ? "64" : ""}${little ? "le" : ""}`,
  21: (_, little) => `ppc64${little ? "le" : ""}`,
  22: () => "s390x",
  40: () => "arm",
  62: () => "amd64",
  183: () => "arm64",
  243: () => "riscv64",
  258: () => "loong64",
};

function machineName(machine: number, bits: number, little: boolean): string {
  const goarch = GOARCH_OF[machine];
  return goarch === undefined
    ? `ELF machine ${machine}`
    : `linux/${goarch(bits, little)} (ELF machine ${machine})`;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
