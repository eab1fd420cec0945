// The two kinds of quantity flags take: durations as Go writes them, and sizes in bytes.

import { UsageError } from "./usage-error.js";

/** A Go duration in nanoseconds: 10ms, 1.5s, 250us, 2m. */
export function parseDuration(text: string, command: string): number {
  const m = /^(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)$/.exec(text);
  if (m === null)
    throw new UsageError(`${command}: bad duration ${JSON.stringify(text)} (want e.g. 10ms, 2s)`);
  const unit = { ns: 1, us: 1e3, µs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 }[m[2] as "ns"];
  return Number(m[1]) * unit;
}

/** A size in bytes: 1048576, 64KiB, 100MiB, 1GiB (also KB, MB, GB, k, M, G: powers of 1024). */
export function parseSize(text: string, command: string): number {
  const m = /^(\d+)(|k|K|M|G|KB|MB|GB|KiB|MiB|GiB)$/.exec(text);
  if (m === null)
    throw new UsageError(`${command}: bad size ${JSON.stringify(text)} (want e.g. 64MiB, 1GiB)`);
  const power = { "": 0, k: 1, K: 1, M: 2, G: 3 }[(m[2] as string).charAt(0) as "k"];
  return Number(m[1]) * 1024 ** power;
}
