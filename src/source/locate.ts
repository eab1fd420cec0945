// Where a frame's source is on this machine, and a few lines around its line.
//
// Looked for, in order:
//   1. under each root (`--source DIR`; by default the current directory and its module
//      root), by the longest suffix of the printed path that exists there: `/app/internal/x.go`
//      from a container finds `./internal/x.go`;
//   2. standard-library frames in the local GOROOT, only when its Go release is the crash's
//      (line numbers move between releases): `GOROOT/src/` + the path after `/src/`, or the
//      whole path when -trimpath printed it relative (`runtime/panic.go`);
//   3. `module@version/…` paths (a module cache path, or -trimpath's form) in the local module
//      cache, with its escaping of capital letters (`!azure` for `Azure`);
//   4. the path as printed, when it exists (a crash of a program built here).
// A file that is not there, is too large, or is shorter than the frame's line is no match.
// Missing source is not an error: the frame is shown without it.

import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { compareGoMinors, compareGoReleases, type GoRelease } from "../goversion/release.js";
import { formatGoVersion, type GoVersion } from "../goversion/version.js";
import type { Frame } from "../model.js";
import { highlightGo, type Token } from "./highlight.js";

export interface SourceOptions {
  roots: string[];
  /**
   * The local Go installation: `go env GOROOT` and `go env GOVERSION`; read only for a
   * standard-library frame of a crash that names its release (it may be a getter that asks Go).
   */
  goroot?: { dir: string; version: GoRelease } | null;
  /** `go env GOMODCACHE`; read only for a `module@version` path not found under the roots. */
  modcache?: string | null;
}

export interface Snippet {
  /** The local file read. */
  path: string;
  /** The frame's line (1-based). */
  line: number;
  /** Line number of `lines[0]`. */
  first: number;
  lines: Token[][];
}

/** Files larger than this are not read. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

export class SourceFinder {
  private readonly files = new Map<string, Token[][] | null>();
  private readonly located = new Map<string, string | null>();

  constructor(private readonly options: SourceOptions) {}

  /** `context` lines before and after the frame's line, or null. */
  snippet(frame: Frame, goVersion: GoVersion | null, context = 3): Snippet | null {
    if (frame.line <= 0) return null;
    const path = this.locate(frame, goVersion);
    if (path === null) return null;
    const lines = this.read(path);
    if (lines === null || frame.line > lines.length) return null;
    const first = Math.max(1, frame.line - context);
    const last = Math.min(lines.length, frame.line + context);
    return { path, line: frame.line, first, lines: lines.slice(first - 1, last) };
  }

  locate(frame: Frame, goVersion: GoVersion | null): string | null {
    const version = goVersion === null ? "" : formatGoVersion(goVersion);
    const key = `${frame.location === "user" ? "u" : "s"}${version}\u0000${frame.file}`;
    let found = this.located.get(key);
    if (found === undefined) {
      found = this.search(frame, goVersion);
      this.located.set(key, found);
    }
    return found;
  }

  private search(frame: Frame, goVersion: GoVersion | null): string | null {
    const file = frame.file.replaceAll("\\", "/");
    if (file === "" || file.startsWith("<") || file === "??" || !file.endsWith(".go")) return null;
    if (frame.location !== "user") {
      // Only a crash of one release can use a GOROOT (sameRelease): the local Go is not asked
      // for the others.
      if (goVersion === null || goVersion.kind !== "release") return null;
      const goroot = this.options.goroot;
      if (goroot !== null && goroot !== undefined && sameRelease(goroot.version, goVersion)) {
        const at = file.lastIndexOf("/src/");
        const rel = at !== -1 ? file.slice(at + 5) : file.startsWith("/") ? null : file;
        if (rel !== null) {
          const candidate = join(goroot.dir, "src", rel);
          if (isFile(candidate)) return candidate;
        }
      }
      return null;
    }
    for (const root of this.options.roots) {
      const found = bySuffix(root, file);
      if (found !== null) return found;
    }
    const modcache = file.includes("@") ? this.options.modcache : null;
    if (modcache !== null && modcache !== undefined) {
      const at = file.indexOf("/pkg/mod/");
      const rel = at !== -1 ? file.slice(at + 9) : escapeModulePath(file);
      const candidate = join(modcache, rel);
      if (isFile(candidate)) return candidate;
    }
    return file.startsWith("/") && isFile(file) ? file : null;
  }

  private read(path: string): Token[][] | null {
    let lines = this.files.get(path);
    if (lines === undefined) {
      try {
        lines =
          statSync(path).size > MAX_FILE_BYTES ? null : highlightGo(readFileSync(path, "utf8"));
      } catch {
        lines = null;
      }
      this.files.set(path, lines);
    }
    return lines;
  }
}

/** The longest suffix of `file` (whole path components) that is a file under `root`. */
function bySuffix(root: string, file: string): string | null {
  const parts = file.split("/").filter((p) => p !== "" && p !== "." && p !== "..");
  for (let k = parts.length; k >= 1; k--) {
    const candidate = join(root, ...parts.slice(parts.length - k));
    if (isFile(candidate)) return candidate;
  }
  return null;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Whether the local Go (go1.26.8) printed the crash's standard library: the same release, or
 * any patch release of the crash's minor when the crash names only that (go1.26). A range, a
 * pre-release or a devel build of the minor does not say which lines it printed.
 */
export function sameRelease(local: GoRelease, crash: GoVersion | null): boolean {
  if (crash === null || crash.kind !== "release") return false;
  if (compareGoReleases(local, crash) === 0 && local.devel === crash.devel) return true;
  return (
    crash.patch === undefined &&
    crash.prerelease === undefined &&
    local.patch !== undefined &&
    local.devel !== true &&
    compareGoMinors(local, crash) === 0
  );
}

/** The module cache's spelling of a path: capital letters become `!` and the lower case. */
export function escapeModulePath(path: string): string {
  return path.replace(/[A-Z]/g, (c) => `!${c.toLowerCase()}`);
}
