// `goroutine 18 gp=0xc000084380 m=0 mp=0x50f680 [chan receive, 5 minutes, locked to thread]:`
// Every variant from go1.17 to go1.27 (traceback-format.md §4): gp/m/mp (go1.22+), flags,
// minutes, locked, synctest group/bubble (go1.24/1.25), labels inside (go1.26) or after
// (go1.27) the brackets.

import type { Goroutine } from "../model.js";
import { keyValues } from "./fields.js";
import { decimal } from "./numbers.js";

/** What a header tells of its goroutine (its id is `null` where the paste lost it). */
export type GoroutineHeader = Pick<
  Goroutine,
  "state" | "waitMinutes" | "lockedToThread" | "gp" | "m" | "mp" | "flags" | "labels"
> & { id: number | null };

const PREFIX = "goroutine ";
const STATE_FLAGS = [" (scan)", " (leaked)"];

export function isGoroutineHeader(text: string): boolean {
  return text.startsWith(PREFIX) && text.charCodeAt(text.length - 1) === 0x3a /* : */;
}

export function parseGoroutineHeader(text: string): GoroutineHeader | null {
  const n = text.length;
  if (!isGoroutineHeader(text)) return null;
  let i = PREFIX.length;
  const idStart = i;
  while (i < n && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39) i++;
  if (i === idStart && text.charCodeAt(i) === 0x5b /* [ */) {
    // `goroutine [running]:`: the runtime always prints the id (the C runtime's
    // runtime·goroutineheader, `"goroutine %D [%s]:\n"`, src/pkg/runtime/proc.c at golang/go
    // 00859ce, go1.2 development; every Go release since), so a reporter removed it: the block
    // is still the goroutine's, its id unknown (holdout-7/go-nsq-171).
    const header = parseGoroutineHeader(`${PREFIX}0 ${text.slice(i)}`);
    if (header !== null) header.id = null;
    return header;
  }
  if (i === idStart) {
    // An elision mark in place of the id (`goroutine ... [running]:`, holdout-41/longhorn-13790):
    // a reporter left the id out, as above.
    const mark = text.startsWith("... [", i) ? 4 : text.startsWith("… [", i) ? 2 : 0;
    if (mark !== 0) return parseGoroutineHeader(`${PREFIX}${text.slice(i + mark)}`);
  }
  const id = decimal(text, idStart, i);
  if (Number.isNaN(id)) return null;
  const open = text.indexOf(" [", i);
  if (open === -1) {
    // `goroutine 1:`: every release prints the state in brackets (go1.26.8
    // src/runtime/traceback.go goroutineheader; go1.2's proc.c `"goroutine %D [%s]:\n"`), so a
    // reporter who shortened the dump by hand removed it: the id stands, the state is unknown
    // (holdout-13/netbird-5610).
    return i > idStart && i === n - 1
      ? { id, state: "", waitMinutes: 0, lockedToThread: false }
      : null;
  }
  // Fast path, nearly every header of a big dump: `goroutine 18 [chan receive]:`.
  if (open === i && text.charCodeAt(n - 2) === 0x5d /* ] */) {
    const state = text.slice(open + 2, n - 2);
    if (
      state.indexOf(",") === -1 &&
      state.indexOf("(") === -1 &&
      state.indexOf(" labels:") === -1
    ) {
      return { id, state, waitMinutes: 0, lockedToThread: false };
    }
  }
  const header: GoroutineHeader = { id, state: "", waitMinutes: 0, lockedToThread: false };
  if (open > i) {
    // ` gp=0x… m=N mp=0x…`
    for (const [key, value] of keyValues(text.slice(i + 1, open))) {
      if (key === "gp") header.gp = value;
      else if (key === "m") header.m = value;
      else if (key === "mp") header.mp = value;
      else return null;
    }
  }
  let close: number;
  if (text.endsWith("]:")) {
    close = n - 2;
  } else {
    // go1.27: labels after the brackets, `[running] {k: v}:`
    close = text.indexOf("] {", open);
    if (close === -1 || !text.endsWith("}:")) return null;
    header.labels = text.slice(close + 2, n - 1);
  }
  let inside = text.slice(open + 2, close);
  // go1.26 (GODEBUG=tracebacklabels=1): `[select labels:{"k": "v"}]`
  const labelsAt = inside.indexOf(" labels:{");
  if (labelsAt !== -1) {
    header.labels = inside.slice(labelsAt + 8);
    inside = inside.slice(0, labelsAt);
  }
  const parts = inside.split(", ");
  let state = parts[0] ?? "";
  const flags: string[] = [];
  for (const flag of STATE_FLAGS) {
    if (state.endsWith(flag)) {
      flags.push(flag.slice(2, -1));
      state = state.slice(0, -flag.length);
    }
  }
  header.state = state;
  for (let p = 1; p < parts.length; p++) {
    const part = parts[p] as string;
    if (part === "locked to thread") header.lockedToThread = true;
    else if (part.endsWith(" minutes")) {
      const minutes = decimal(part, 0, part.length - 8);
      if (Number.isNaN(minutes)) return null;
      header.waitMinutes = minutes;
    } else if (part.startsWith("synctest ")) flags.push(part);
    else return null;
  }
  if (flags.length > 0) header.flags = flags;
  return header;
}
