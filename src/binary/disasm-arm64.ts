// A small AArch64 decoder, written for the fault explainer: it decodes every load and store form
// (immediate, unscaled, pre/post-indexed, register offset, pairs, exclusives, atomics) into a
// structured memory operand, plus the handful of other instructions that show up around a fault
// (branches, ADRP/ADD, MOV/MOVZ/MOVK, CBZ). Anything else prints as `.inst 0x…`.
//
// Why not a library: the npm Capstone builds either give text only (capstone-wasm, which also
// ships without a license), or came back with empty ARM64 operand details (@alexaltea/capstone-js),
// or need a native prebuilt download (hexcore-capstone). The loads and stores are a few fixed bit
// patterns of the A64 encoding (Arm ARM, C4.1.66 "Loads and Stores"), which we test against
// `go tool objdump` on real binaries.

import type { DecodedInstruction, MemAccess, MemOperand } from "./disasm.js";
import { hexBytes } from "./disasm.js";

const x = (n: number, sf: boolean, sp: boolean): string =>
  n === 31 ? (sp ? (sf ? "sp" : "wsp") : sf ? "xzr" : "wzr") : `${sf ? "x" : "w"}${n}`;
const full = (n: number): string => (n === 31 ? "sp" : `x${n}`);
const fp = (n: number, scale: number): string => `${["b", "h", "s", "d", "q"][scale] ?? "v"}${n}`;
const hex = (n: number): string => (n < 0 ? `-0x${(-n).toString(16)}` : `0x${n.toString(16)}`);
const sext = (v: number, bits: number): number => (v << (32 - bits)) >> (32 - bits);

function addrText(rn: number, disp: number, mode: "offset" | "pre" | "post", reg?: string): string {
  const base = full(rn);
  if (reg !== undefined) return `[${base}, ${reg}]`;
  if (mode === "post") return `[${base}], #${hex(disp)}`;
  const inner = disp === 0 ? `[${base}]` : `[${base}, #${hex(disp)}]`;
  return mode === "pre" ? `${inner}!` : inner;
}

interface Decoded {
  text: string;
  mem?: MemOperand;
  writes: string[];
}

function loadStore(insn: number): Decoded | undefined {
  const rt = insn & 31;
  const rn = (insn >>> 5) & 31;
  const size = insn >>> 30;
  const v = (insn >>> 26) & 1;
  // Single register, unsigned immediate / imm9 forms / register offset.
  if (
    (insn & 0x3b000000) === 0x39000000 ||
    (insn & 0x3b200000) === 0x38000000 ||
    (insn & 0x3b200c00) === 0x38200800
  ) {
    const opc = (insn >>> 22) & 3;
    let scale = size;
    let load: boolean;
    let signed = false;
    let dest64 = size === 3;
    if (v === 1) {
      if (opc >= 2) scale = 4;
      load = (opc & 1) === 1;
    } else if (opc === 0) load = false;
    else if (opc === 1) load = true;
    else {
      if (size === 3) return { text: "prfm", writes: [] };
      load = true;
      signed = true;
      dest64 = opc === 2;
    }
    let disp = 0;
    let mode: "offset" | "pre" | "post" = "offset";
    let reg: string | undefined;
    let index: string | undefined;
    let idxScale = 1;
    let unscaled = false;
    if ((insn & 0x3b000000) === 0x39000000) {
      disp = ((insn >>> 10) & 0xfff) << scale;
    } else if ((insn & 0x3b200c00) === 0x38200800) {
      const rm = (insn >>> 16) & 31;
      const option = (insn >>> 13) & 7;
      const s = (insn >>> 12) & 1;
      const ext = ["", "", "uxtw", "lsl", "", "", "sxtw", "sxtx"][option] ?? "";
      const shift = s === 1 ? scale : 0;
      index = option === 3 || option === 7 ? full(rm) : `w${rm}`;
      idxScale = 1 << shift;
      reg =
        option === 3
          ? shift
            ? `${x(rm, true, false)}, lsl #${shift}`
            : x(rm, true, false)
          : `${x(rm, option === 7, false)}, ${ext}${shift ? ` #${shift}` : ""}`;
    } else {
      const imm9 = sext((insn >>> 12) & 0x1ff, 9);
      const kind = (insn >>> 10) & 3;
      if (kind === 1) {
        mode = "post";
        disp = imm9;
      } else if (kind === 3) {
        mode = "pre";
        disp = imm9;
      } else {
        disp = imm9;
        unscaled = kind === 0;
      }
    }
    const sizes = ["b", "h", "", ""];
    const suffix = v === 1 ? "" : (signed ? "s" : "") + (sizes[size] ?? "");
    const mnem = `${load ? (unscaled ? "ldur" : "ldr") : unscaled ? "stur" : "str"}${suffix}`;
    const data = v === 1 ? fp(rt, scale) : x(rt, dest64, false);
    const writes: string[] = [];
    if (load && v === 0 && rt !== 31) writes.push(full(rt));
    if (mode !== "offset") writes.push(full(rn));
    const mem: MemOperand = {
      base: full(rn),
      scale: idxScale,
      displacement: mode === "post" ? 0 : disp,
      access: load ? "read" : "write",
      size: 1 << scale,
    };
    if (index !== undefined) mem.index = index;
    return { text: `${mnem} ${data}, ${addrText(rn, disp, mode, reg)}`, mem, writes };
  }
  // Pairs.
  if ((insn & 0x3a000000) === 0x28000000) {
    const opc = insn >>> 30;
    const kind = (insn >>> 23) & 7;
    const load = ((insn >>> 22) & 1) === 1;
    const rt2 = (insn >>> 10) & 31;
    let scale = v === 1 ? 2 + opc : opc === 2 ? 3 : 2;
    if (v === 1 && opc === 3) return undefined;
    if (v === 0 && opc === 3) return undefined;
    if (scale > 4) scale = 4;
    const disp = sext((insn >>> 15) & 0x7f, 7) << scale;
    const mode = kind === 1 ? "post" : kind === 3 ? "pre" : "offset";
    const sf = v === 0 && (opc === 2 || (opc === 1 && load));
    const reg = (r: number) => (v === 1 ? fp(r, scale) : x(r, sf, false));
    const mnem = `${load ? "ldp" : "stp"}${v === 0 && opc === 1 && load ? "sw" : ""}`;
    const writes: string[] = [];
    if (load && v === 0) for (const r of [rt, rt2]) if (r !== 31) writes.push(full(r));
    if (mode !== "offset") writes.push(full(rn));
    return {
      text: `${mnem} ${reg(rt)}, ${reg(rt2)}, ${addrText(rn, disp, mode)}`,
      mem: {
        base: full(rn),
        scale: 1,
        displacement: mode === "post" ? 0 : disp,
        access: load ? "read" : "write",
        size: 2 << scale,
      },
      writes,
    };
  }
  // LSE atomics (LDADD, SWP, …): read-modify-write at [Rn].
  if ((insn & 0x3b200c00) === 0x38200000 && v === 0) {
    const rs = (insn >>> 16) & 31;
    const o3 = (insn >>> 15) & 1;
    const opc = (insn >>> 12) & 7;
    const names = ["ldadd", "ldclr", "ldeor", "ldset", "ldsmax", "ldsmin", "ldumax", "ldumin"];
    const mnem = o3 === 1 ? "swp" : (names[opc] ?? "ld?");
    const sf = size === 3;
    return {
      text: `${mnem} ${x(rs, sf, false)}, ${x(rt, sf, false)}, [${full(rn)}]`,
      mem: { base: full(rn), scale: 1, displacement: 0, access: "read-write", size: 1 << size },
      writes: rt === 31 ? [] : [full(rt)],
    };
  }
  // Exclusives, acquire/release, compare-and-swap.
  if ((insn & 0x3f000000) === 0x08000000) {
    const load = ((insn >>> 22) & 1) === 1;
    const o2 = (insn >>> 23) & 1;
    const o1 = (insn >>> 21) & 1;
    const rs = (insn >>> 16) & 31;
    const sf = size === 3;
    const cas = o2 === 1 && o1 === 1;
    const access: MemAccess = cas ? "read-write" : load ? "read" : "write";
    const mnem = cas ? "cas" : load ? (o2 ? "ldar" : "ldxr") : o2 ? "stlr" : "stxr";
    const writes: string[] = [];
    if ((load || cas) && rt !== 31) writes.push(full(cas ? rs : rt));
    if (!load && !o2 && rs !== 31) writes.push(full(rs));
    const text =
      !load && !o2
        ? `${mnem} ${x(rs, false, false)}, ${x(rt, sf, false)}, [${full(rn)}]`
        : `${mnem} ${x(rt, sf, false)}, [${full(rn)}]`;
    return {
      text,
      mem: { base: full(rn), scale: 1, displacement: 0, access, size: 1 << size },
      writes,
    };
  }
  return undefined;
}

function other(insn: number, pc: number): Decoded {
  const rd = insn & 31;
  const rn = (insn >>> 5) & 31;
  const sf = insn >>> 31 === 1;
  if (insn === 0xd65f03c0) return { text: "ret", writes: [] };
  if (insn === 0xd503201f) return { text: "nop", writes: [] };
  if ((insn & 0x7c000000) === 0x14000000) {
    const target = pc + sext(insn & 0x3ffffff, 26) * 4;
    return {
      text: `${insn >>> 31 ? "bl" : "b"} ${hex(target)}`,
      writes: insn >>> 31 ? ["x30"] : [],
    };
  }
  if ((insn & 0xff000010) === 0x54000000) {
    const conds = [
      "eq",
      "ne",
      "hs",
      "lo",
      "mi",
      "pl",
      "vs",
      "vc",
      "hi",
      "ls",
      "ge",
      "lt",
      "gt",
      "le",
      "al",
      "nv",
    ];
    return {
      text: `b.${conds[insn & 15]} ${hex(pc + sext((insn >>> 5) & 0x7ffff, 19) * 4)}`,
      writes: [],
    };
  }
  if ((insn & 0x7e000000) === 0x34000000) {
    const nz = (insn >>> 24) & 1;
    return {
      text: `${nz ? "cbnz" : "cbz"} ${x(rd, sf, false)}, ${hex(pc + sext((insn >>> 5) & 0x7ffff, 19) * 4)}`,
      writes: [],
    };
  }
  // `>>> 0`: JavaScript's & gives a signed 32-bit result, and ADRP's top bit is set.
  if ((insn & 0x9f000000) >>> 0 === 0x90000000) {
    const imm = sext((((insn >>> 5) & 0x7ffff) << 2) | ((insn >>> 29) & 3), 21);
    const target = Math.floor(pc / 4096) * 4096 + imm * 4096;
    return { text: `adrp x${rd}, ${hex(target)}`, writes: rd === 31 ? [] : [full(rd)] };
  }
  if ((insn & 0x1f000000) === 0x11000000) {
    const op = (insn >>> 30) & 1;
    const s = (insn >>> 29) & 1;
    const imm = ((insn >>> 10) & 0xfff) << (((insn >>> 22) & 1) * 12);
    if (s === 1 && rd === 31)
      return { text: `${op ? "cmp" : "cmn"} ${x(rn, sf, true)}, #${hex(imm)}`, writes: [] };
    const m = `${op ? "sub" : "add"}${s ? "s" : ""}`;
    return {
      text: `${m} ${x(rd, sf, s === 0)}, ${x(rn, sf, true)}, #${hex(imm)}`,
      writes: [full(rd)],
    };
  }
  if ((insn & 0x7f200000) === 0x2a000000 && rn === 31 && ((insn >>> 10) & 0x3f) === 0) {
    return {
      text: `mov ${x(rd, sf, false)}, ${x((insn >>> 16) & 31, sf, false)}`,
      writes: rd === 31 ? [] : [full(rd)],
    };
  }
  if ((insn & 0x1f800000) === 0x12800000) {
    const opc = (insn >>> 29) & 3;
    const m = ["movn", "", "movz", "movk"][opc];
    if (m) {
      const hw = ((insn >>> 21) & 3) * 16;
      const imm = (insn >>> 5) & 0xffff;
      return {
        text: `${m} ${x(rd, sf, false)}, #${hex(imm)}${hw ? `, lsl #${hw}` : ""}`,
        writes: rd === 31 ? [] : [full(rd)],
      };
    }
  }
  return { text: `.inst 0x${insn.toString(16).padStart(8, "0")}`, writes: [] };
}

export function decodeArm64(
  code: Uint8Array,
  address: number,
  littleEndian = true,
): DecodedInstruction[] {
  const out: DecodedInstruction[] = [];
  const dv = new DataView(code.buffer, code.byteOffset, code.byteLength);
  for (let o = 0; o + 4 <= code.length; o += 4) {
    const insn = dv.getUint32(o, littleEndian);
    const pc = address + o;
    const d = loadStore(insn) ?? other(insn, pc);
    const r: DecodedInstruction = {
      address: pc,
      length: 4,
      bytes: hexBytes(code.subarray(o, o + 4)),
      text: d.text,
      writes: d.writes,
    };
    if (d.mem !== undefined) r.mem = d.mem;
    out.push(r);
  }
  return out;
}
