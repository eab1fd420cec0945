// Test support: a deliberately small reader of the goroutine blocks of a real traceback, enough to
// turn the runtime's own output into model Frames (the project's real parser lives in src/traceback).

import type { GoRelease } from "../../src/goversion/release.js";
import type { Crash, Frame, Goroutine } from "../../src/model.js";
import { locationOf } from "../../src/names/owner.js";

export interface Block {
  header: string;
  frames: Frame[];
}

const FILE_LINE =
  /^\t(.+):(\d+)(?: \+0x([0-9a-f]+))?(?: fp=(0x[0-9a-f]+) sp=(0x[0-9a-f]+) pc=(0x[0-9a-f]+))?$/;

export function goroutineBlocks(text: string): Block[] {
  const lines = text.split("\n");
  const out: Block[] = [];
  let cur: Block | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.startsWith("goroutine ") && l.endsWith(":")) {
      cur = { header: l, frames: [] };
      out.push(cur);
      continue;
    }
    if (cur === undefined || l === "") {
      if (l === "") cur = undefined;
      continue;
    }
    const next = lines[i + 1];
    const m = next === undefined ? null : FILE_LINE.exec(next);
    if (m === null || l.startsWith("\t")) continue;
    i++;
    if (l.startsWith("created by ")) continue;
    const paren = l.lastIndexOf("(");
    const func = paren > 0 ? l.slice(0, paren) : l;
    const args = paren > 0 ? l.slice(paren + 1, -1) : "";
    const f: Frame = {
      func,
      args,
      file: m[1]!,
      line: Number(m[2]),
      inlined: args === "..." && m[3] === undefined,
      location: locationOf(func),
      inputLine: i,
    };
    if (m[3] !== undefined) f.offset = Number.parseInt(m[3], 16);
    if (m[6] !== undefined) {
      f.fp = m[4]!;
      f.sp = m[5]!;
      f.pc = m[6];
    }
    cur.frames.push(f);
  }
  return out;
}

/** A Crash around goroutine blocks, with the fields the binary checks read. */
export function crashOf(blocks: Block[], goVersion: GoRelease | null): Crash {
  const goroutines: Goroutine[] = blocks.map((b, i) => ({
    id: i + 1,
    state: "",
    waitMinutes: 0,
    lockedToThread: false,
    frames: b.frames,
    inputLine: 0,
  }));
  return {
    kind: "panic",
    panics: [],
    notes: [],
    systemStacks: [],
    goroutines,
    goroutineCount: goroutines.length,
    states: {},
    crashing: goroutines[0] ?? null,
    goVersion,
    span: { startLine: 1, endLine: 1 },
    unparsed: [],
    unparsedCount: 0,
  };
}
