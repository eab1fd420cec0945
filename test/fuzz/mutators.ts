// Ways to damage a real crash text: what pastes, log systems, terminals and bad luck do to
// it (cuts, flipped bits, lost or doubled lines, tabs turned to spaces, CRLF), and what a
// hostile writer would try (huge numbers, odd Unicode, NUL, the parser's own keywords in the
// wrong place). Each takes bytes and returns new bytes.

import type { Prng } from "./prng.js";

export type Mutator = (bytes: Buffer, random: Prng, donor: Buffer) => Buffer;

const NL = 0x0a;

function lines(bytes: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let start = 0;
  for (let i = bytes.indexOf(NL); i !== -1; i = bytes.indexOf(NL, start)) {
    out.push(bytes.subarray(start, i + 1));
    start = i + 1;
  }
  if (start < bytes.length) out.push(bytes.subarray(start));
  return out;
}

function insert(bytes: Buffer, at: number, piece: Buffer | string): Buffer {
  const b = typeof piece === "string" ? Buffer.from(piece) : piece;
  return Buffer.concat([bytes.subarray(0, at), b, bytes.subarray(at)]);
}

/** Replaces all or some of `from` with `to`. */
function replaceSome(bytes: Buffer, from: string, to: string, random: Prng): Buffer {
  const text = bytes.toString("latin1");
  const all = random.chance(0.5);
  const parts = text.split(from);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i++) out += (all || random.chance(0.3) ? to : from) + parts[i];
  return Buffer.from(out, "latin1");
}

/** Cut at any size: what a full disk, a killed pipe or a log limit leaves. */
const truncate: Mutator = (bytes, random) => bytes.subarray(0, random.below(bytes.length + 1));

/** Cut at the front: a log viewer that shows the last N bytes. */
const truncateFront: Mutator = (bytes, random) => bytes.subarray(random.below(bytes.length + 1));

const flipBits: Mutator = (bytes, random) => {
  const out = Buffer.from(bytes);
  if (out.length === 0) return out;
  for (let n = random.between(1, 8); n > 0; n--) {
    const at = random.below(out.length);
    out[at] = (out[at] as number) ^ (1 << random.below(8));
  }
  return out;
};

const deleteLines: Mutator = (bytes, random) => {
  const all = lines(bytes);
  const at = random.below(all.length);
  all.splice(at, random.between(1, 3));
  return Buffer.concat(all);
};

const duplicateLines: Mutator = (bytes, random) => {
  const all = lines(bytes);
  const at = random.below(all.length);
  const run = all.slice(at, at + random.between(1, 4));
  for (let n = random.between(1, 3); n > 0; n--) all.splice(at, 0, ...run);
  return Buffer.concat(all);
};

const shuffleLines: Mutator = (bytes, random) => {
  const all = lines(bytes);
  if (all.length < 2) return bytes;
  if (random.chance(0.2)) {
    // Interleaved writers: every line anywhere.
    for (let i = all.length - 1; i > 0; i--) {
      const j = random.below(i + 1);
      [all[i], all[j]] = [all[j] as Buffer, all[i] as Buffer];
    }
  } else {
    for (let n = random.between(1, 4); n > 0; n--) {
      const i = random.below(all.length);
      const j = random.below(all.length);
      [all[i], all[j]] = [all[j] as Buffer, all[i] as Buffer];
    }
  }
  return Buffer.concat(all);
};

const tabsAndSpaces: Mutator = (bytes, random) => {
  switch (random.below(4)) {
    case 0:
      return replaceSome(bytes, "\t", random.pick([" ", "    ", "        ", ""]), random);
    case 1:
      return replaceSome(bytes, "        ", "\t", random);
    case 2:
      return replaceSome(bytes, "\n\t", "\n", random);
    default:
      return replaceSome(bytes, " ", "\t", random);
  }
};

const lineEnds: Mutator = (bytes, random) => {
  switch (random.below(4)) {
    case 0:
      return replaceSome(bytes, "\n", "\r\n", random);
    case 1:
      return replaceSome(bytes, "\n", "\r", random);
    case 2:
      return replaceSome(bytes, "\n", "\n\n", random);
    default:
      return replaceSome(bytes, "\n", "\u2028", random);
  }
};

const HUGE = [
  "1e308",
  "99999999999999999999999",
  "18446744073709551615",
  "9007199254740993",
  "-2",
  "-0",
  "0x",
  "0xffffffffffffffffffff",
  "NaN",
  "Infinity",
  "",
  "00000000000000000001",
  "4294967296",
];

/** A number in the text (an id, a line, an offset, minutes) replaced by a hostile one. */
const hugeNumbers: Mutator = (bytes, random) => {
  const text = bytes.toString("latin1");
  const numbers = [...text.matchAll(/\d+/g)];
  if (numbers.length === 0) return insert(bytes, random.below(bytes.length + 1), random.pick(HUGE));
  let out = text;
  for (let n = random.between(1, 3); n > 0; n--) {
    const m = random.pick(numbers);
    const at = m.index ?? 0;
    if (at + m[0].length > out.length) continue;
    out = out.slice(0, at) + random.pick(HUGE) + out.slice(at + m[0].length);
  }
  return Buffer.from(out, "latin1");
};

const UNICODE = [
  "é",
  "\u0301",
  "\u200b",
  "\u202e",
  "\ufeff",
  "\ud83d\ude00",
  "𝔤𝔬",
  "\u2028",
  "\u0085",
  "\x1b[31m",
  "\x1b]0;title\x07",
  "\x7f",
  "\x08",
  "<script>",
  "&amp;",
];
const INVALID_UTF8 = [
  Buffer.from([0xff]),
  Buffer.from([0xc3]),
  Buffer.from([0xe2, 0x82]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xf0, 0x9f, 0x98]),
  Buffer.from([0x80, 0x80]),
];

const unicode: Mutator = (bytes, random) => {
  let out = bytes;
  for (let n = random.between(1, 4); n > 0; n--) {
    const piece = random.chance(0.3) ? random.pick(INVALID_UTF8) : random.pick(UNICODE);
    out = insert(out, random.below(out.length + 1), piece);
  }
  return out;
};

const nul: Mutator = (bytes, random) => {
  if (random.chance(0.2)) return replaceSome(bytes, "\n", "\0", random);
  let out = bytes;
  for (let n = random.between(1, 4); n > 0; n--)
    out = insert(out, random.below(out.length + 1), "\0".repeat(random.between(1, 3)));
  return out;
};

/** The parser's own words, out of place. */
const KEYWORDS = [
  "goroutine ",
  "goroutine 1 [running]:\n",
  "goroutine :\n",
  "goroutine 1 []:\n",
  "[running]:",
  "created by main.main in goroutine ",
  "created by ",
  "panic: ",
  " [recovered]",
  " [recovered, repanicked]",
  "](http",
  "[178](https://x/y#step:5:178)",
  "[originating from goroutine ",
  "[originating from goroutine ]:\n",
  "...additional frames elided...\n",
  "...5 frames elided...\n",
  "WARNING: DATA RACE\n",
  "==================\n",
  "fatal error: ",
  "runtime stack:\n",
  "SIGSEGV: segmentation violation\n",
  "SIGQUIT: quit\nPC=0x0 m=0 sigcode=0\n",
  "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n",
  "exit status 2\n",
  "\t/a.go:1 +0x1\n",
  " +0x",
  " fp=0x",
  "main.main()\n",
  "main.f(...)\n",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "-----\n\n",
  "panic: test timed out after 1s\n",
  "running tests:\n",
  "--- FAIL: TestX (0.00s)\n",
  "goroutine profile: total 3\n",
  "1 @ 0x1 0x2\n#\t0x1\tmain.main+0x1\t/a.go:1\n",
  '{"log":"goroutine 1 [running]:\\n","stream":"stderr"}\n',
  "2026-11-28T15:49:01.123456789Z stderr F ",
  "2026-11-28T15:49:01.123456789Z stderr P ",
  "E1128 15:49:01.123456 1 x.go:1] ",
  "```\n",
  "\n",
  "\n\n",
];

const keywords: Mutator = (bytes, random) => {
  let out = bytes;
  for (let n = random.between(1, 3); n > 0; n--) {
    // At a line start more often than not: that is where the parser looks.
    let at = random.below(out.length + 1);
    if (random.chance(0.7)) {
      const nl = out.lastIndexOf(NL, at - 1);
      at = nl + 1;
    }
    out = insert(out, at, random.pick(KEYWORDS));
  }
  return out;
};

/** Lines of another real text spliced in: two crashes interleaved. */
const splice: Mutator = (bytes, random, donor) => {
  const mine = lines(bytes);
  const theirs = lines(donor);
  const from = random.below(theirs.length);
  const piece = theirs.slice(from, from + random.between(1, 20));
  mine.splice(random.below(mine.length + 1), 0, ...piece);
  return Buffer.concat(mine);
};

/** A line cut in the middle and its rest put elsewhere: a terminal's wrapping. */
const wrapLine: Mutator = (bytes, random) => {
  const all = lines(bytes);
  const i = random.below(all.length);
  const line = all[i];
  if (line === undefined || line.length < 4) return bytes;
  const cut = random.between(1, line.length - 1);
  all.splice(i, 1, line.subarray(0, cut), Buffer.from("\n"), line.subarray(cut));
  return Buffer.concat(all);
};

export const MUTATORS: readonly [string, Mutator][] = [
  ["truncate", truncate],
  ["truncate-front", truncateFront],
  ["flip-bits", flipBits],
  ["delete-lines", deleteLines],
  ["duplicate-lines", duplicateLines],
  ["shuffle-lines", shuffleLines],
  ["tabs-spaces", tabsAndSpaces],
  ["line-ends", lineEnds],
  ["huge-numbers", hugeNumbers],
  ["unicode", unicode],
  ["nul", nul],
  ["keywords", keywords],
  ["splice", splice],
  ["wrap-line", wrapLine],
];

/** One to four mutations in a row, named for the report. */
export function mutate(
  bytes: Buffer,
  random: Prng,
  donor: Buffer,
): { bytes: Buffer; how: string[] } {
  let out = bytes;
  const how: string[] = [];
  for (let n = random.chance(0.6) ? 1 : random.between(2, 4); n > 0; n--) {
    const [name, mutator] = random.pick(MUTATORS);
    out = mutator(out, random, donor);
    how.push(name);
  }
  return { bytes: out, how };
}
