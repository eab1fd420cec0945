// The local Go installation, asked once: `go env GOROOT GOMODCACHE GOVERSION`. No Go, or a
// Go that does not answer within two seconds, is no error: source is then looked for in the
// given directories only.

import { createRequire } from "node:module";
import { type GoRelease, parseGoRelease } from "../goversion/release.js";

// node:child_process is loaded when Go is asked, not with the renderers (start-up); so is the
// require that loads it (making it costs a millisecond).
let require: NodeRequire | undefined;

export interface GoEnv {
  goroot: { dir: string; version: GoRelease } | null;
  modcache: string | null;
}

export function goEnv(): GoEnv {
  require ??= createRequire(import.meta.url);
  const { spawnSync } = require("node:child_process") as typeof import("node:child_process");
  const result = spawnSync("go", ["env", "GOROOT", "GOMODCACHE", "GOVERSION"], {
    encoding: "utf8",
    timeout: 2000,
    env: { ...process.env, GOTOOLCHAIN: "local", GOFLAGS: "" },
  });
  if (result.status !== 0 || typeof result.stdout !== "string")
    return { goroot: null, modcache: null };
  const [goroot = "", modcache = "", goversion = ""] = result.stdout
    .split("\n")
    .map((l) => l.trim());
  const version = parseGoRelease(goversion);
  return {
    goroot: goroot !== "" && version !== null ? { dir: goroot, version } : null,
    modcache: modcache === "" ? null : modcache,
  };
}
