// Where a frame's source can be read on the web, when the printed path makes it certain:
//   - the standard library of an exact release (`go1.26.8`, `go1.22rc1`): its tag at
//     cs.opensource.google (go1.21.0 and later tag the first release `.0`; older first
//     releases are `go1.20`, which is also how the minor alone is written — so no link then);
//   - a module in the module cache or a -trimpath build (`github.com/o/r@v1.2.3/x.go`) whose
//     module is a whole github.com repository, or a golang.org/x module (mirrored at
//     github.com/golang/<name>): the blob at the version's tag, or at a pseudo-version's commit.
// Everything else gets no link rather than a guess. Each URL is built only from characters
// checked here, so hostile crash text cannot make one point elsewhere.

import { formatGoRelease, type GoRelease, parseGoRelease } from "../goversion/release.js";
import type { Frame } from "../model.js";

const SAFE_PATH = /^[A-Za-z0-9_.+~-]+(?:\/[A-Za-z0-9_.+~-]+)*\.(?:go|s|c|h)$/;
const NAME = /^[A-Za-z0-9_.-]+$/;
const SEMVER = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+incompatible)?$/;
/** A pseudo-version's last part: the commit, 12 hex digits (golang.org/ref/mod#pseudo-versions). */
const PSEUDO_COMMIT = /[.-](?:0\.)?\d{14}-([0-9a-f]{12})$/;

/** The page that shows `frame`'s line, or null when the path does not settle which one it is. */
export function sourceUrl(frame: Frame, goVersion: string | null): string | null {
  if (frame.line <= 0) return null;
  const file = frame.file.replaceAll("\\", "/");
  if (frame.location !== "user") return standardLibraryUrl(file, frame.line, goVersion);
  return moduleUrl(file, frame.line);
}

function standardLibraryUrl(file: string, line: number, goVersion: string | null): string | null {
  const release = goVersion === null ? null : parseGoRelease(goVersion);
  if (release === null || !exactRelease(release)) return null;
  const at = file.lastIndexOf("/src/");
  const rel = at !== -1 ? file.slice(at + 5) : file.startsWith("/") ? null : file;
  if (rel === null || !SAFE_PATH.test(rel) || rel.includes("@")) return null;
  return `https://cs.opensource.google/go/go/+/refs/tags/${formatGoRelease(release)}:src/${rel};l=${line}`;
}

/** A release that names one tag: a patch release, or a pre-release. */
function exactRelease(release: GoRelease): boolean {
  return (
    release.devel !== true && (release.patch !== undefined || release.prerelease !== undefined)
  );
}

function moduleUrl(file: string, line: number): string | null {
  const cache = file.indexOf("/pkg/mod/");
  const path = cache !== -1 ? file.slice(cache + "/pkg/mod/".length) : file;
  const at = path.indexOf("@");
  if (at === -1) return null;
  const slash = path.indexOf("/", at);
  if (slash === -1) return null;
  const module = unescapeModulePath(path.slice(0, at)).split("/");
  const version = path.slice(at + 1, slash);
  const rel = path.slice(slash + 1);
  if (!SEMVER.test(version) || !SAFE_PATH.test(rel)) return null;
  let repo: string | null = null;
  if (module.length === 3 && module[0] === "github.com") repo = `${module[1]}/${module[2]}`;
  else if (module.length === 3 && module[0] === "golang.org" && module[1] === "x")
    repo = `golang/${module[2]}`;
  if (repo === null || !repo.split("/").every((part) => NAME.test(part))) return null;
  const pseudo = PSEUDO_COMMIT.exec(version.replace(/\+incompatible$/, ""));
  const ref = pseudo !== null ? pseudo[1] : version.replace(/\+incompatible$/, "");
  return `https://github.com/${repo}/blob/${ref}/${rel}#L${line}`;
}

/** The module cache writes an upper-case letter as `!` and its lower case (golang.org/x/mod/module). */
function unescapeModulePath(path: string): string {
  return path.replace(/!([a-z])/g, (_, c: string) => c.toUpperCase());
}
