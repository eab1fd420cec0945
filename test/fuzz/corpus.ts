// The real texts the fuzzer starts from: every crash text in testdata/ (printed by real Go
// programs or copied from public reports), smallest first, the biggest left out for speed.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export const TESTDATA = join(import.meta.dirname, "..", "..", "..", "testdata");

export interface Seed {
  name: string;
  bytes: Buffer;
}

/** Crash texts under testdata/ of at most `maxBytes` bytes, by size then name. */
export function loadCorpus(maxBytes = 64 * 1024): Seed[] {
  const seeds: Seed[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const info = statSync(path);
      if (info.isDirectory()) walk(path);
      else if (name.endsWith(".txt") && info.size > 0 && info.size <= maxBytes)
        seeds.push({ name: path.slice(TESTDATA.length + 1), bytes: readFileSync(path) });
    }
  };
  for (const dir of ["go", "real", "wrapped"]) walk(join(TESTDATA, dir));
  return seeds.sort((a, b) => a.bytes.length - b.bytes.length || a.name.localeCompare(b.name));
}
