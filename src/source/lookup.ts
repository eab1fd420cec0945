// The source lookup the renderers use: one finder per run, built on first use, so that
// `go env` runs only when a frame is to be shown with its source.

import { parseGoRelease } from "../goversion/release.js";
import type { Frame } from "../model.js";
import { goEnv } from "./go-env.js";
import { type Snippet, SourceFinder } from "./locate.js";
import { defaultRoots } from "./roots.js";

/** Finds frames' source on demand; `go env` is asked only when a frame needs it. */
export function sourceLookup(
  dir: string | undefined,
): (frame: Frame, goVersion: string | null, context?: number) => Snippet | null {
  let finder: SourceFinder | null = null;
  return (frame, goVersion, context) => {
    if (finder === null) {
      const roots = dir === undefined ? defaultRoots(process.cwd()) : [dir];
      finder = new SourceFinder({ roots, ...goEnv() });
    }
    // The document names the release as text; only a single release can pick a GOROOT.
    return finder.snippet(frame, goVersion === null ? null : parseGoRelease(goVersion), context);
  };
}
