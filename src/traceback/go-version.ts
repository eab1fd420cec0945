// The Go version a crash text names outright: GOROOT paths of standard-library frames often
// carry it (Debian /usr/lib/go-1.19, `go install golang.org/dl` ~/sdk/go1.21.3, the go command's
// toolchain downloads golang.org/toolchain@v0.0.1-go1.22.3.linux-amd64, Homebrew
// Cellar/go/1.21.3, GitHub's hostedtoolcache/go/1.21.3, nix go-1.21.3).

import { type GoRelease, goRelease } from "../goversion/release.js";

// Each pattern captures the minor and, when there is one, the patch of `1.21.3`.
const PATTERNS = [
  /\/go-?1\.(\d{1,2})(?:\.(\d{1,2}))?\/src\//,
  /\/sdk\/go1\.(\d{1,2})(?:\.(\d{1,2}))?\//,
  /toolchain@v0\.0\.1-go1\.(\d{1,2})(?:\.(\d{1,2}))?\./,
  /\/Cellar\/go(?:@1\.\d{1,2})?\/1\.(\d{1,2})(?:\.(\d{1,2}))?(?:_\d+)?\//,
  /\/hostedtoolcache\/(?:windows\/|linux\/|macos\/)?go\/1\.(\d{1,2})(?:\.(\d{1,2}))?\//,
  /-go-1\.(\d{1,2})(?:\.(\d{1,2}))?\/share\/go\/src\//,
];

/** go1.19 (or go1.21.3) when the path names a Go release, else null. */
export function goVersionFromPath(file: string): GoRelease | null {
  if (file.indexOf("go") === -1) return null;
  for (const pattern of PATTERNS) {
    const match = pattern.exec(file);
    if (match !== null)
      return goRelease(1, Number(match[1]), match[2] === undefined ? undefined : Number(match[2]));
  }
  return null;
}
