// Ways to damage an executable: cuts, flipped bits, header words set to hostile values
// (sizes, counts and offsets of 2³²−1), a valid header glued onto garbage, a universal Mach-O
// header claiming 2³²−1 slices, and damage aimed at the build-info blob (its lengths, its
// text, control characters inside module paths).

import type { Prng } from "./prng.js";

export type BinaryMutator = (bytes: Uint8Array, random: Prng) => Uint8Array;

const BUILDINFO_MAGIC = Buffer.from("\xff Go buildinf:", "latin1");

function copy(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes);
}

/** An offset where damage matters most: headers, the build-info blob, anywhere. */
function target(bytes: Uint8Array, random: Prng): number {
  const n = bytes.length;
  if (n === 0) return 0;
  const roll = random.below(4);
  if (roll === 0) return random.below(Math.min(n, 512));
  if (roll === 1) {
    const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(
      BUILDINFO_MAGIC,
    );
    if (at !== -1) return Math.min(n - 1, at + random.below(96));
  }
  if (roll === 2) return random.below(Math.min(n, 8192));
  return random.below(n);
}

const truncate: BinaryMutator = (bytes, random) =>
  bytes.subarray(
    0,
    random.chance(0.5) ? random.below(Math.min(bytes.length, 8192)) : random.below(bytes.length),
  );

const flipBits: BinaryMutator = (bytes, random) => {
  const out = copy(bytes);
  for (let n = random.between(1, 16); n > 0; n--) {
    const at = target(out, random);
    if (at < out.length) out[at] = (out[at] as number) ^ (1 << random.below(8));
  }
  return out;
};

const HOSTILE = [0xffffffff, 0x7fffffff, 0x80000000, 0, 1, 0xfffffff0, 0x10000];

const hostileWords: BinaryMutator = (bytes, random) => {
  const out = copy(bytes);
  for (let n = random.between(1, 4); n > 0; n--) {
    const at = target(out, random) & ~3;
    if (at + 4 > out.length) continue;
    const value = random.pick(HOSTILE);
    if (random.chance(0.5)) out.writeUInt32LE(value, at);
    else out.writeUInt32BE(value, at);
  }
  return out;
};

/** A real header followed by garbage: what a damaged download or a wrong `dd` leaves. */
const gluedHeader: BinaryMutator = (bytes, random) => {
  const keep = random.pick([16, 64, 128, 512, 4096]);
  const out = Buffer.alloc(Math.min(bytes.length, keep + random.below(1 << 16)));
  Buffer.from(bytes.subarray(0, keep)).copy(out);
  for (let i = keep; i < out.length; i++) out[i] = random.below(256);
  return out;
};

/** `cafebabe` with 2³²−1 (or another hostile number of) slices, then the file. */
const fatHeader: BinaryMutator = (bytes, random) => {
  const head = Buffer.alloc(8 + 20 * random.below(3));
  head.writeUInt32BE(0xcafebabe, 0);
  head.writeUInt32BE(random.pick([0xffffffff, 1, 2, 0x10000, 0]), 4);
  for (let i = 8; i + 20 <= head.length; i += 20) {
    head.writeUInt32BE(random.pick([0x01000007, 0x0100000c, 7]), i);
    head.writeUInt32BE(random.pick([0, 3, 0x1000]), i + 4);
    head.writeUInt32BE(random.pick([head.length, 0x1000, 0xffffffff]), i + 8);
    head.writeUInt32BE(random.pick([bytes.length, 0xffffffff, 0]), i + 12);
    head.writeUInt32BE(random.pick([12, 14, 64]), i + 16);
  }
  return Buffer.concat([head, bytes.subarray(random.chance(0.5) ? 0 : head.length)]);
};

/** The build-info blob: its flags, pointer size, varint lengths, or the text it holds. */
const buildInfoDamage: BinaryMutator = (bytes, random) => {
  const out = copy(bytes);
  const at = out.indexOf(BUILDINFO_MAGIC);
  if (at === -1) return flipBits(bytes, random);
  switch (random.below(5)) {
    case 0:
      // Pointer size and flags (bytes 14, 15).
      out[at + 14] = random.pick([0, 4, 8, 3, 0xff]);
      out[at + 15] = random.pick([0, 1, 2, 3, 0xff]);
      break;
    case 1: {
      // A varint length made huge (or 10 bytes of continuation).
      const p = at + 32;
      for (let i = 0; i < random.between(1, 10) && p + i < out.length; i++) out[p + i] = 0xff;
      break;
    }
    default: {
      // Control characters, tabs, newlines or quotes inside the version or module text.
      const p = at + 32 + random.below(400);
      if (p < out.length)
        out[p] = random.pick([0x1b, 0x07, 0x00, 0x09, 0x0a, 0x0d, 0x7f, 0x22, 0x5c, 0x9b, 0x20]);
      break;
    }
  }
  return out;
};

export const BINARY_MUTATORS: readonly [string, BinaryMutator][] = [
  ["truncate", truncate],
  ["flip-bits", flipBits],
  ["hostile-words", hostileWords],
  ["glued-header", gluedHeader],
  ["fat-header", fatHeader],
  ["buildinfo", buildInfoDamage],
  ["buildinfo", buildInfoDamage],
];
