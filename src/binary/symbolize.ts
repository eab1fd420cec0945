// Turning PCs into text: the `go tool addr2line` protocol, the traceback-like default output and
// the JSON form. The CLI only parses arguments and calls these.

import type { GoBinary } from "./gobinary.js";

const HEX = /^[0-9a-fA-F]{1,16}$/;

/** strconv.ParseUint(strings.TrimPrefix(s, "0x"), 16, 64) as addr2line uses it: 0 on error. */
export function addr2linePC(line: string): number {
  const s = line.startsWith("0x") ? line.slice(2) : line;
  if (!/^[0-9a-fA-F]+$/.test(s)) return 0;
  const trimmed = s.replace(/^0+/, "");
  if (trimmed.length > 16) return Number.MAX_SAFE_INTEGER; // overflow: the max value, which maps to "?"
  return Number(BigInt(`0x${s}`));
}

/** The two lines `go tool addr2line` prints for one input line. */
export function addr2lineAnswer(bin: GoBinary, line: string): string {
  if (line.includes(":")) return "!reverse translation not implemented\n";
  const pc = addr2linePC(line);
  const r = bin.addr2line(pc);
  if (r === undefined) return "?\n?:0\n";
  return `${r.func}\n${r.file}:${r.line}\n`;
}

/** A PC as users write it: hex with or without 0x (or 0X); undefined when it is not one. */
export function parsePC(text: string): number | undefined {
  let s = text.trim();
  if (s.startsWith("0x") || s.startsWith("0X")) s = s.slice(2);
  if (!HEX.test(s)) return undefined;
  const n = Number(BigInt(`0x${s}`));
  return Number.isSafeInteger(n) ? n : undefined;
}

export interface SymbolizedFrame {
  func: string;
  file: string;
  line: number;
  inlined: boolean;
  /** pc − entry of the physical function (physical frames only). */
  offset?: number;
  /** Entry of the physical function, hex. */
  entry: string;
}

export interface SymbolizedPC {
  input: string;
  pc?: string;
  frames: SymbolizedFrame[];
  error?: string;
}

export function symbolizePC(bin: GoBinary, input: string): SymbolizedPC {
  const pc = parsePC(input);
  if (pc === undefined) return { input, frames: [], error: "not a hexadecimal PC" };
  const frames = bin.frames(pc).map((f): SymbolizedFrame => {
    const out: SymbolizedFrame = {
      func: f.func,
      file: f.file,
      line: f.line,
      inlined: f.inlined,
      entry: `0x${f.physical.entry.toString(16)}`,
    };
    if (!f.inlined) out.offset = pc - f.physical.entry;
    return out;
  });
  return { input, pc: `0x${pc.toString(16)}`, frames };
}

/** Traceback-style text: `func(...)` for inlined frames, `+0x…` on the physical one. */
export function formatSymbolized(r: SymbolizedPC): string {
  if (r.error !== undefined) return `${r.input}: ${r.error}\n`;
  let out = `${r.pc}\n`;
  if (r.frames.length === 0) return `${out}\t?\n\t\t?:0\n`;
  for (const f of r.frames) {
    if (f.inlined) out += `\t${f.func}(...)\n\t\t${f.file}:${f.line}\n`;
    else out += `\t${f.func}\n\t\t${f.file}:${f.line} +0x${(f.offset ?? 0).toString(16)}\n`;
  }
  return out;
}
