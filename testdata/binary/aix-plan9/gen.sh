#!/usr/bin/env bash
# Regenerates the XCOFF (AIX) and Plan 9 fixtures: testdata/binary/prog cross-built by Go 1.26,
# and what that Go's `go version -m` says of each (Go's debug/buildinfo reads both formats).
#
#   testdata/binary/aix-plan9/gen.sh [/path/to/go]
#
# Outputs (committed):
#   prog-aix-ppc64.gz      GOOS=aix GOARCH=ppc64 go build -trimpath -ldflags=-w (gzipped)
#   prog-plan9-amd64.gz    GOOS=plan9 GOARCH=amd64 go build -trimpath -ldflags=-w (gzipped)
#   version-m.txt          `go version -m` of both, file names without their directory
set -euo pipefail
cd "$(dirname "$0")"
go=${1:-go}
export GOENV=off GOFLAGS=-buildvcs=false GOTOOLCHAIN=local CGO_ENABLED=0 GOPROXY=off
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for target in aix/ppc64 plan9/amd64; do
  name="prog-${target%/*}-${target#*/}"
  (cd ../prog && GOOS=${target%/*} GOARCH=${target#*/} "$go" build -trimpath -ldflags=-w -o "$tmp/$name" .)
  gzip -9n <"$tmp/$name" >"$name.gz"
done
# go version -m exits 1 when a file has no build info it can read: its line is kept.
(cd "$tmp" && "$go" version -m prog-aix-ppc64 prog-plan9-amd64 2>&1 || true) >version-m.txt
"$go" version >>version-m.txt
