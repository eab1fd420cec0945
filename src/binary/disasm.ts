// What the fault explainer needs from a disassembler: instructions with their text, their memory
// operand (base, index, displacement, access) and the registers they write.

export type MemAccess = "read" | "write" | "read-write";

export interface MemOperand {
  /** Base register, lower-case full-width name (`rcx`, `x1`); undefined for absolute addresses. */
  base?: string;
  index?: string;
  scale: number;
  /** Signed displacement added to the base. */
  displacement: number;
  access: MemAccess;
  /** Bytes accessed, when known. */
  size?: number;
}

export interface DecodedInstruction {
  address: number;
  length: number;
  /** Hex bytes as in the file. */
  bytes: string;
  text: string;
  mem?: MemOperand;
  /** Full-width names of the registers this instruction writes. */
  writes: string[];
}

export function hexBytes(b: Uint8Array): string {
  let s = "";
  for (const x of b) s += x.toString(16).padStart(2, "0");
  return s;
}
