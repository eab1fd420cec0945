// A generation's string, stack and PC tables (Go 1.26 src/internal/trace/generation.go
// addStrings/addStacks, base.go evTable). Ids are per generation: never carried across.

import type { Batch } from "./batch.js";
import { readUvarint, uvarintEnd } from "./source.js";
import { Ev, MAX_FRAMES_PER_STACK, MAX_STRING_SIZE } from "./spec.js";

export interface Frame {
  pc: number;
  func: string;
  file: string;
  line: number;
}

interface PcEntry {
  funcID: number;
  fileID: number;
  line: number;
}

export interface ExperimentalBatch {
  thread: number;
  data: Uint8Array;
}

export class EvTable {
  /** Nanoseconds per tick. */
  freq = 0;
  hasClockSnapshot = false;
  snapTime = 0;
  snapMono = 0;
  snapWallSec = 0;
  snapWallNsec = 0;
  readonly strings = new Map<number, string>();
  readonly stacks = new Map<number, number[]>();
  private readonly pcs = new Map<number, PcEntry>();
  /** Strings the reader makes up (task names at UserTaskEnd), ids from 1. */
  private readonly extra: string[] = [];
  readonly expBatches = new Map<number, ExperimentalBatch[]>();

  string(id: number): string | undefined {
    return id === 0 ? "" : this.strings.get(id);
  }

  addExtraString(s: string): number {
    if (s === "") return 0;
    const at = this.extra.indexOf(s);
    if (at >= 0) return at + 1;
    this.extra.push(s);
    return this.extra.length;
  }

  extraString(id: number): string {
    return id === 0 ? "" : (this.extra[id - 1] ?? "");
  }

  private readonly resolved = new Map<number, Frame[]>();

  /** Frames leaf first; empty for stack 0 or an unknown id. Shared: do not modify. */
  frames(stackID: number): Frame[] {
    const pcs = stackID === 0 ? undefined : this.stacks.get(stackID);
    if (pcs === undefined) return [];
    const known = this.resolved.get(stackID);
    if (known !== undefined) return known;
    const frames = pcs.map((pc) => {
      const e = this.pcs.get(pc) as PcEntry;
      return {
        pc,
        func: this.string(e.funcID) ?? "",
        file: this.string(e.fileID) ?? "",
        line: e.line,
      };
    });
    this.resolved.set(stackID, frames);
    return frames;
  }

  addStrings(b: Batch): string | undefined {
    const d = b.data;
    let p = 1;
    while (p < d.length) {
      if (d[p] !== Ev.String) return `expected string event, got ${d[p]}`;
      const id = readUvarint(d, p + 1, d.length);
      if (uvarintEnd < 0) return "bad string id";
      const len = readUvarint(d, uvarintEnd, d.length);
      if (uvarintEnd < 0) return "bad string length";
      if (len > MAX_STRING_SIZE) return `invalid string size ${len}, maximum is ${MAX_STRING_SIZE}`;
      p = uvarintEnd;
      if (p + len > d.length) {
        return `failed to read full string: read ${d.length - p} but wanted ${len}`;
      }
      if (this.string(id) !== undefined) return `multiple strings with the same ID: id=${id}`;
      this.strings.set(id, Buffer.from(d.buffer, d.byteOffset + p, len).toString("utf8"));
      p += len;
    }
    return undefined;
  }

  addStacks(b: Batch): string | undefined {
    const d = b.data;
    let p = 1;
    while (p < d.length) {
      if (d[p] !== Ev.Stack) return `expected stack event, got ${d[p]}`;
      const id = readUvarint(d, p + 1, d.length);
      if (uvarintEnd < 0) return "bad stack id";
      const n = readUvarint(d, uvarintEnd, d.length);
      if (uvarintEnd < 0) return "bad stack size";
      if (n > MAX_FRAMES_PER_STACK) {
        return `invalid stack size ${n}, maximum is ${MAX_FRAMES_PER_STACK}`;
      }
      p = uvarintEnd;
      const pcs: number[] = [];
      for (let i = 0; i < n; i++) {
        const pc = readUvarint(d, p, d.length);
        const funcID = uvarintEnd < 0 ? 0 : readUvarint(d, uvarintEnd, d.length);
        const fileID = uvarintEnd < 0 ? 0 : readUvarint(d, uvarintEnd, d.length);
        const line = uvarintEnd < 0 ? 0 : readUvarint(d, uvarintEnd, d.length);
        if (uvarintEnd < 0) return `reading frame ${i + 1} of stack ${id}: bad varint`;
        p = uvarintEnd;
        pcs.push(pc);
        if (!this.pcs.has(pc)) this.pcs.set(pc, { funcID, fileID, line });
      }
      if (id === 0 || this.stacks.has(id)) return `multiple stacks with the same ID: id=${id}`;
      this.stacks.set(id, pcs);
    }
    return undefined;
  }

  /** A stack known from elsewhere (the old format's EvStack), frames leaf first. */
  putStack(
    id: number,
    frames: Array<{ pc: number; funcID: number; fileID: number; line: number }>,
  ): void {
    this.stacks.set(
      id,
      frames.map((f) => f.pc),
    );
    for (const f of frames)
      if (!this.pcs.has(f.pc))
        this.pcs.set(f.pc, { funcID: f.funcID, fileID: f.fileID, line: f.line });
  }

  /** generation.go validateStackStrings: every frame names strings that exist. */
  validate(): string | undefined {
    for (const [id, pcs] of this.stacks) {
      for (const pc of pcs) {
        const e = this.pcs.get(pc);
        if (e === undefined) return `found unknown pc ${pc.toString(16)} for stack ${id}`;
        if (this.string(e.funcID) === undefined) {
          return `found invalid func string ID ${e.funcID} for stack ${id}`;
        }
        if (this.string(e.fileID) === undefined) {
          return `found invalid file string ID ${e.fileID} for stack ${id}`;
        }
      }
    }
    return undefined;
  }
}
