#!/usr/bin/env bash
# Unpacks a Go release that Debian does not package (Go 1.20) from the Go module proxy, where
# the go command itself finds toolchains (GOTOOLCHAIN): the module golang.org/toolchain at
# v0.0.1-goVERSION.linux-amd64 is a whole GOROOT. Nothing is installed elsewhere; the module
# cache is temporary.
#
#   scripts/proxy-go.sh VERSION [DEST]
#   scripts/proxy-go.sh 1.20.14     → /opt/panicscope-go/1.20/go/bin/go
#
# The core tests look for Go 1.20 there (PANICSCOPE_DEBIAN_GO overrides /opt/panicscope-go).
set -euo pipefail
version=$1
minor=$(echo "$version" | cut -d. -f1-2)
dest=${2:-${PANICSCOPE_DEBIAN_GO:-/opt/panicscope-go}/$minor/go}
if [ -x "$dest/bin/go" ]; then
  echo "proxy-go: go$version already in $dest"
  exit 0
fi
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
dir=$(GOMODCACHE="$work/mod" GOFLAGS=-modcacherw GOTOOLCHAIN=local GOENV=off \
  go mod download -json "golang.org/toolchain@v0.0.1-go$version.linux-amd64" |
  sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
rm -rf "$dest.tmp"
mkdir -p "$(dirname "$dest")"
cp -r "$dir" "$dest.tmp"
chmod -R u+w "$dest.tmp"
# A module zip keeps no file modes: the go command sets the execute bits when it switches to a
# downloaded toolchain, and so must we.
chmod +x "$dest.tmp"/bin/* "$dest.tmp"/pkg/tool/*/*
rm -rf "$dest"
mv "$dest.tmp" "$dest"
GOENV=off GOFLAGS= GOTOOLCHAIN=local "$dest/bin/go" version
