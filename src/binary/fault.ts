// Explaining `[signal SIGSEGV … addr=… pc=…]`: the instruction at pc, its memory operand, and what
// the fault address says about the pointer (a nil pointer read at a field offset, or a bad pointer).

import type { DecodedInstruction } from "./disasm.js";
import { decodeArm64 } from "./disasm-arm64.js";
import { decodeX86 } from "./disasm-x86.js";
import { type FieldGuess, fieldAt } from "./dwarf-field.js";
import type { GoBinary } from "./gobinary.js";

export interface FaultExplanation {
  pc: string;
  addr: string;
  /** Innermost first, inlined calls expanded (the PC is a trap PC: no −1). */
  frames: { func: string; file: string; line: number; inlined: boolean }[];
  func: string;
  offset: number;
  /** A few instructions around the fault; `faulting` marks the one at pc. */
  listing: (DecodedInstruction & { faulting: boolean })[];
  instruction?: DecodedInstruction;
  access?: "read" | "write" | "read-write";
  base?: string;
  index?: string;
  displacement?: number;
  /** The base register's value implied by addr − displacement (when there is no index register). */
  baseValue?: string;
  nilPointer: boolean;
  /** "read of the field at offset 0x18 through a nil pointer (rcx is nil)" */
  summary: string;
  /** The last instruction before pc, in straight-line order, that set the base register. */
  baseSetBy?: DecodedInstruction;
  /** Struct type and field at the offset, from DWARF, when the binary still has it. */
  field?: FieldGuess;
}

const MAX_CODE = 1 << 16;

function decode(bin: GoBinary, code: Uint8Array, start: number): DecodedInstruction[] | undefined {
  switch (bin.exe.arch) {
    case "amd64":
      return decodeX86(code, start, 64);
    case "386":
      return decodeX86(code, start, 32);
    case "arm64":
      return decodeArm64(code, start, bin.exe.littleEndian);
    default:
      return undefined;
  }
}

const hex = (n: number) => (n < 0 ? `-0x${(-n).toString(16)}` : `0x${n.toString(16)}`);

/**
 * Explains a fault at `pc` (runtime address) touching `addr`. `slide` is the PIE load slide (runtime
 * minus link-time address). Undefined when pc is not in Go code of this binary or the architecture
 * has no decoder (amd64, 386 and arm64 do).
 */
export function explainFault(
  bin: GoBinary,
  pc: number,
  addr: number,
  slide = 0,
): FaultExplanation | undefined {
  const linkPC = pc - slide;
  const f = bin.findFunc(linkPC);
  if (f === undefined) return undefined;
  const size = Math.min(f.end - f.entry, MAX_CODE);
  const code = bin.exe.read(f.entry, size);
  if (code === null) return undefined;
  const instrs = decode(bin, code, f.entry);
  if (instrs === undefined) return undefined;
  const idx = instrs.findIndex((i) => i.address === linkPC);
  const frames = bin
    .frames(linkPC)
    .map((l) => ({ func: l.func, file: l.file, line: l.line, inlined: l.inlined }));
  const out: FaultExplanation = {
    pc: hex(pc),
    addr: hex(addr),
    frames,
    func: f.name,
    offset: linkPC - f.entry,
    listing: [],
    nilPointer: false,
    summary: "",
  };
  if (idx < 0) {
    out.summary = `pc is not at an instruction boundary of ${f.name} (is this the binary that crashed?)`;
    return out;
  }
  out.listing = instrs
    .slice(Math.max(0, idx - 4), idx + 3)
    .map((i) => ({ ...i, faulting: i.address === linkPC }));
  const ins = instrs[idx]!;
  out.instruction = ins;
  const mem = ins.mem;
  if (mem === undefined) {
    out.summary = `the faulting instruction (${ins.text}) has no memory operand we can read`;
    return out;
  }
  out.access = mem.access;
  out.displacement = mem.displacement;
  if (mem.base !== undefined) out.base = mem.base;
  if (mem.index !== undefined) out.index = mem.index;
  const verb =
    mem.access === "read" ? "read" : mem.access === "write" ? "write" : "read-modify-write";
  if (mem.base !== undefined && mem.index === undefined) {
    const baseValue = addr - mem.displacement;
    out.baseValue = hex(baseValue);
    if (baseValue === 0) {
      out.nilPointer = true;
      out.summary =
        mem.displacement > 0
          ? `${verb} of the field at offset ${hex(mem.displacement)} through a nil pointer (${mem.base} is nil)`
          : `${verb} through a nil pointer (${mem.base} is nil)`;
    } else if (baseValue > 0 && baseValue < 0x1000) {
      out.summary = `${verb} at offset ${hex(mem.displacement)} from ${mem.base} = ${hex(baseValue)}, not a valid pointer`;
    } else {
      out.summary = `${verb} at ${hex(addr)}: ${mem.base} = ${hex(baseValue)} plus offset ${hex(mem.displacement)}`;
    }
  } else if (mem.index !== undefined) {
    out.summary =
      addr < 0x10000
        ? `${verb} of an element (index register ${mem.index}) through a nil or invalid pointer (${mem.base ?? "no base"})`
        : `${verb} at ${hex(addr)} through ${mem.base ?? "no base"} + ${mem.index}×${mem.scale} + ${hex(mem.displacement)}`;
  } else {
    out.summary = `${verb} of the absolute address ${hex(addr)}`;
  }
  if (mem.base !== undefined) {
    for (let i = idx - 1; i >= 0; i--) {
      if (instrs[i]!.writes.includes(mem.base)) {
        out.baseSetBy = instrs[i]!;
        break;
      }
    }
  }
  if (mem.base !== undefined && mem.index === undefined) {
    const dwarf = bin.dwarf;
    const loadedFrom =
      out.baseSetBy?.mem?.index === undefined ? out.baseSetBy?.mem?.displacement : undefined;
    if (dwarf !== undefined) {
      for (const name of new Set([frames[0]?.func ?? f.name, f.name])) {
        const field = fieldAt(dwarf, name, mem.displacement, loadedFrom);
        if (field !== undefined) {
          out.field = field;
          break;
        }
      }
    }
  }
  return out;
}

export function formatFault(e: FaultExplanation): string {
  let s = `fault at ${e.pc} (${e.func}+${hex(e.offset)}) touching ${e.addr}: ${e.summary}\n`;
  if (e.field !== undefined) {
    s += `  field ${e.field.type}.${e.field.field} (${e.field.fieldType}) at offset ${hex(e.field.offset)}${e.field.via ? `, probably ${e.field.via}` : ""}\n`;
  }
  for (const f of e.frames) s += `  ${f.func}${f.inlined ? "(...)" : ""} ${f.file}:${f.line}\n`;
  for (const i of e.listing)
    s += `  ${i.faulting ? "=>" : "  "} 0x${i.address.toString(16)}  ${i.bytes.padEnd(16)} ${i.text}\n`;
  if (e.baseSetBy !== undefined)
    s += `  ${e.base} was last set at 0x${e.baseSetBy.address.toString(16)}: ${e.baseSetBy.text}\n`;
  return s;
}
