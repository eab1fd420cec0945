// Turning PCs into text: the `go tool addr2line` protocol, the traceback-like default output and
// the JSON form. The CLI only parses arguments and calls these.

import { hexDigit } from "../traceback/numbers.js";
import type { GoBinary } from "./gobinary.js";
import type { FuncRecord } from "./pclntab.js";

const HEX = /^[0-9a-fA-F]{1,16}$/;

/** strconv.ParseUint(strings.TrimPrefix(s, "0x"), 16, 64) as addr2line uses it: 0 on error. */
export function addr2linePC(line: string): number {
  const start = line.startsWith("0x") ? 2 : 0;
  if (start === line.length) return 0;
  let v = 0;
  let digits = 0;
  for (let i = start; i < line.length; i++) {
    const c = line.charCodeAt(i);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 102) d = c - 87;
    else if (c >= 65 && c <= 70) d = c - 55;
    else return 0;
    if (v !== 0 || d !== 0) digits++;
    v = v * 16 + d;
  }
  // Past 16 significant digits ParseUint overflows to the maximum, which no function covers.
  return digits > 16 ? Number.MAX_SAFE_INTEGER : v;
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

const REVERSE = Buffer.from("!reverse translation not implemented\n");
const UNKNOWN = Buffer.from("?\n?:0\n");

/**
 * The addr2line protocol over a whole input at once, byte for byte as `go tool addr2line` answers
 * (the fast path of `symbolize --addr2line`): lines are split like bufio.ScanLines, each answered
 * with two lines, and output handed to `emit` in chunks of about 1 MiB.
 *
 * Lines are taken in batches of up to 2^20; within a batch the PCs are looked up page by page (a
 * counting sort) and answered in input order. Random PCs otherwise miss the CPU cache on nearly
 * every table they touch; in address order, neighbouring lookups share their tables.
 */
export async function addr2lineStream(
  bin: GoBinary,
  input: Uint8Array,
  emit: (chunk: Buffer) => Promise<void>,
): Promise<void> {
  const BATCH = 1 << 20;
  const CHUNK = 1 << 20;
  const tab = bin.pclntab;
  const minPC = tab.minPC;
  const span = tab.maxPC - minPC;
  let out = Buffer.allocUnsafe(CHUNK + 65536);
  let n = 0;
  const put = (b: Uint8Array) => {
    if (n + b.length + 24 > out.length) {
      const bigger = Buffer.allocUnsafe(Math.max(out.length * 2, n + b.length + 64));
      bigger.set(out.subarray(0, n));
      out = bigger;
    }
    out.set(b, n);
    n += b.length;
  };
  // Encoded names, cached per function and per (function, file index).
  const nameBytes: (Buffer | undefined)[] = [];
  const fileBytes = new Map<string, Buffer>();
  const pcs = new Float64Array(BATCH);
  const reverse = new Uint8Array(BATCH);
  const order = new Int32Array(BATCH);
  const pageSize = Math.max(4096, 2 ** Math.ceil(Math.log2(Math.max(1, span) / (1 << 20))));
  const pageCounts = new Int32Array(Math.ceil(span / pageSize) + 2);
  const funcs = new Int32Array(BATCH);
  const files: Buffer[] = new Array(BATCH);
  const lines = new Int32Array(BATCH);
  const hit: { func: FuncRecord | undefined; file: string; line: number } = {
    func: undefined,
    file: "",
    line: 0,
  };
  let start = 0;
  const len = input.length;
  while (start < len) {
    // Parse up to BATCH lines.
    let count = 0;
    while (start < len && count < BATCH) {
      // One pass over the line: find its end, note a ':', and parse
      // strconv.ParseUint(strings.TrimPrefix(s, "0x"), 16, 64) (0 on any error).
      let i = start;
      if (i + 1 < len && input[i] === 48 && input[i + 1] === 120) i += 2;
      const digitsStart = i;
      let pc = 0;
      let bad = false;
      let colon = false;
      let digits = 0;
      for (; i < len; i++) {
        const c = input[i]!;
        if (c === 10) break;
        if (c === 58) colon = true;
        const d = hexDigit(c);
        if (d < 0) bad = true;
        else if (!bad) {
          if (pc !== 0 || d !== 0) digits++;
          pc = pc * 16 + d;
        }
      }
      // A trailing \r belongs to the line break (bufio.ScanLines), not to the PC.
      let stop = i;
      if (stop > start && input[stop - 1] === 13) {
        stop--;
        if (bad) {
          bad = false;
          pc = 0;
          digits = 0;
          for (let k = digitsStart; k < stop; k++) {
            const c = input[k]!;
            const d = hexDigit(c);
            if (d < 0) {
              bad = true;
              break;
            }
            if (pc !== 0 || d !== 0) digits++;
            pc = pc * 16 + d;
          }
        }
      }
      // "0x" alone, and the 0x prefix of a two-byte line, leave nothing to parse: an error.
      if (digitsStart >= stop) bad = true;
      reverse[count] = colon ? 1 : 0;
      pcs[count] = bad ? 0 : digits > 16 ? Number.MAX_SAFE_INTEGER : pc;
      count++;
      start = i + 1;
    }
    // Look up in address order, near enough: a counting sort of the lines by the page of their
    // PC (O(n)), so that neighbouring lookups share the tables they read.
    const counts = pageCounts;
    counts.fill(0);
    for (let i = 0; i < count; i++) {
      funcs[i] = -1;
      const off = pcs[i]! - minPC;
      if (reverse[i] === 1 || !(off >= 0 && off < span)) continue;
      counts[Math.floor(off / pageSize) + 1]!++;
    }
    for (let b = 1; b < counts.length; b++) counts[b]! += counts[b - 1]!;
    const k = counts[counts.length - 1]!;
    for (let i = 0; i < count; i++) {
      const off = pcs[i]! - minPC;
      if (reverse[i] === 1 || !(off >= 0 && off < span)) continue;
      order[counts[Math.floor(off / pageSize)]!++] = i;
    }
    for (let j = 0; j < k; j++) {
      const i = order[j]!;
      if (!bin.addr2lineInto(pcs[i]!, hit) || hit.func === undefined) continue;
      const f = hit.func;
      funcs[i] = f.index;
      nameBytes[f.index] ??= Buffer.from(f.name, "utf8");
      let fb = fileBytes.get(hit.file);
      if (fb === undefined) {
        fb = Buffer.from(hit.file, "utf8");
        fileBytes.set(hit.file, fb);
      }
      files[i] = fb;
      lines[i] = hit.line;
    }
    // Answer in input order.
    for (let i = 0; i < count; i++) {
      if (reverse[i] === 1) put(REVERSE);
      else {
        const fi = funcs[i]!;
        if (fi < 0) put(UNKNOWN);
        else {
          put(nameBytes[fi]!);
          out[n++] = 10;
          put(files[i]!);
          out[n++] = 58;
          let line = lines[i]!;
          if (line < 0) {
            out[n++] = 45;
            line = -line;
          }
          let width = 1;
          for (let v = line; v >= 10; v = Math.floor(v / 10)) width++;
          for (let d = n + width - 1; d >= n; d--) {
            out[d] = 48 + (line % 10);
            line = Math.floor(line / 10);
          }
          n += width;
          out[n++] = 10;
        }
      }
      if (n >= CHUNK) {
        await emit(out.subarray(0, n));
        out = Buffer.allocUnsafe(CHUNK + 65536);
        n = 0;
      }
    }
  }
  if (n > 0) await emit(out.subarray(0, n));
}
