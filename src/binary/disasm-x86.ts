// x86 and x86-64 decoding with iced-x86 (Rust compiled to WebAssembly): structured memory operands
// and register writes. Loaded on first use, since it takes ~100 ms.

import { createRequire } from "node:module";
import type { DecodedInstruction, MemAccess } from "./disasm.js";
import { hexBytes } from "./disasm.js";

type Iced = typeof import("iced-x86");
let iced: Iced | undefined;
function load(): Iced {
  iced ??= createRequire(import.meta.url)("iced-x86") as Iced;
  return iced;
}

/** Full-width name of a register: eax/ax/al/ah → rax, r8d/r8w/r8b → r8 (32-bit: eax stays eax). */
export function fullRegister(name: string, bitness: 32 | 64): string {
  const n = name.toLowerCase();
  const legacy: Record<string, string> = {
    al: "ax",
    ah: "ax",
    ax: "ax",
    eax: "ax",
    rax: "ax",
    bl: "bx",
    bh: "bx",
    bx: "bx",
    ebx: "bx",
    rbx: "bx",
    cl: "cx",
    ch: "cx",
    cx: "cx",
    ecx: "cx",
    rcx: "cx",
    dl: "dx",
    dh: "dx",
    dx: "dx",
    edx: "dx",
    rdx: "dx",
    sil: "si",
    si: "si",
    esi: "si",
    rsi: "si",
    dil: "di",
    di: "di",
    edi: "di",
    rdi: "di",
    bpl: "bp",
    bp: "bp",
    ebp: "bp",
    rbp: "bp",
    spl: "sp",
    sp: "sp",
    esp: "sp",
    rsp: "sp",
  };
  const l = legacy[n];
  if (l !== undefined) return (bitness === 64 ? "r" : "e") + l;
  const m = /^(r\d{1,2})[dwbl]?$/.exec(n);
  if (m !== null) return m[1]!;
  return n;
}

export function decodeX86(
  code: Uint8Array,
  address: number,
  bitness: 32 | 64,
): DecodedInstruction[] {
  const x = load();
  const decoder = new x.Decoder(bitness, code, x.DecoderOptions.None);
  const formatter = new x.Formatter(x.FormatterSyntax.Intel);
  const info = new x.InstructionInfoFactory();
  formatter.hexPrefix = "0x";
  formatter.hexSuffix = "";
  formatter.uppercaseHex = false;
  formatter.spaceAfterOperandSeparator = true;
  decoder.ip = BigInt(address);
  const out: DecodedInstruction[] = [];
  const instr = new x.Instruction();
  try {
    let offset = 0;
    while (decoder.canDecode) {
      decoder.decodeOut(instr);
      const length = instr.length;
      const d: DecodedInstruction = {
        address: Number(instr.ip),
        length,
        bytes: hexBytes(code.subarray(offset, offset + length)),
        text: instr.isInvalid ? "(bad)" : formatter.format(instr),
        writes: [],
      };
      offset += length;
      if (!instr.isInvalid) {
        const ii = info.info(instr);
        for (const r of ii.usedRegisters()) {
          const acc = r.access as number;
          if (
            acc === x.OpAccess.Write ||
            acc === x.OpAccess.ReadWrite ||
            acc === x.OpAccess.CondWrite ||
            acc === x.OpAccess.ReadCondWrite
          ) {
            const name = fullRegister(String(x.Register[r.register as number]), bitness);
            if (!d.writes.includes(name)) d.writes.push(name);
          }
          r.free();
        }
        const mems = ii.usedMemory();
        const m = mems[0];
        if (m !== undefined && (m.base as number) !== x.Register.RIP) {
          const acc = m.access as number;
          const access: MemAccess =
            acc === x.OpAccess.ReadWrite || acc === x.OpAccess.ReadCondWrite
              ? "read-write"
              : acc === x.OpAccess.Write || acc === x.OpAccess.CondWrite
                ? "write"
                : "read";
          const base = m.base as number;
          const index = m.index as number;
          d.mem = {
            scale: m.scale as number,
            displacement: Number(BigInt.asIntN(bitness, m.displacement as bigint)),
            access,
          };
          if (base !== x.Register.None)
            d.mem.base = fullRegister(String(x.Register[base]), bitness);
          if (index !== x.Register.None)
            d.mem.index = fullRegister(String(x.Register[index]), bitness);
        }
        for (const mm of mems) mm.free();
        ii.free();
      }
      out.push(d);
    }
  } finally {
    instr.free();
    info.free();
    formatter.free();
    decoder.free();
  }
  return out;
}
