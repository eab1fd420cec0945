// Where the program's own source is looked for when `--source` names no directory: the
// current directory and the root of the Go module it is in (the nearest go.mod above it).

import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

export function defaultRoots(cwd: string): string[] {
  const roots = [resolve(cwd)];
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "go.mod"))) {
      if (dir !== roots[0]) roots.push(dir);
      break;
    }
    if (dirname(dir) === dir) break;
  }
  return roots;
}
