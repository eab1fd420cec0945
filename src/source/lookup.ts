// The source lookup the renderers use: one finder per run, built on first use, and `go env`
// run only when a frame's source is looked for in GOROOT or the module cache (a standard
// library frame of a crash that names its Go release, a `module@version` path not found under
// the roots): a program's own frames never wait for it.

import { parseGoRelease } from "../goversion/release.js";
import type { Frame } from "../model.js";
import { type GoEnv, goEnv } from "./go-env.js";
import { type Snippet, SourceFinder } from "./locate.js";
import { defaultRoots } from "./roots.js";

/** Finds frames' source on demand; `go env` is asked only when a frame needs it. */
export function sourceLookup(
  dir: string | undefined,
  localGo: () => GoEnv = goEnv,
): (frame: Frame, goVersion: string | null, context?: number) => Snippet | null {
  let finder: SourceFinder | null = null;
  return (frame, goVersion, context) => {
    if (finder === null) {
      const roots = dir === undefined ? defaultRoots(process.cwd()) : [dir];
      let env: GoEnv | undefined;
      const local = () => {
        env ??= localGo();
        return env;
      };
      // SourceFinder reads these only for the frames that need them.
      finder = new SourceFinder({
        roots,
        get goroot() {
          return local().goroot;
        },
        get modcache() {
          return local().modcache;
        },
      });
    }
    // The document names the release as text; only a single release can pick a GOROOT.
    return finder.snippet(frame, goVersion === null ? null : parseGoRelease(goVersion), context);
  };
}
