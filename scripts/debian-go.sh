#!/usr/bin/env bash
# Unpacks a Go toolchain from Debian's packages into a folder of its own, without touching the
# system's apt configuration: its own sources list, package lists and cache.
#
#   scripts/debian-go.sh SUITE VERSION [DEST]
#   scripts/debian-go.sh sid 1.27          → /opt/panicscope-go/1.27/usr/lib/go-1.27/bin/go
#   scripts/debian-go.sh bullseye 1.15     → /opt/panicscope-go/1.15/usr/lib/go-1.15/bin/go
#
# The tests look for Go 1.27 there (PANICSCOPE_DEBIAN_GO overrides /opt/panicscope-go).
set -euo pipefail
suite=$1
version=$2
dest=${3:-${PANICSCOPE_DEBIAN_GO:-/opt/panicscope-go}/$version}
if [ -x "$dest/usr/lib/go-$version/bin/go" ]; then
  echo "debian-go: go$version already in $dest"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$(dirname "$0")/debian-download.sh" "$suite" - "$work/debs" "golang-$version-go" "golang-$version-src"
mkdir -p "$dest.tmp"
for deb in "$work"/debs/*.deb; do dpkg -x "$deb" "$dest.tmp"; done
rm -rf "$dest"
mv "$dest.tmp" "$dest"
GOENV=off GOFLAGS= "$dest/usr/lib/go-$version/bin/go" version
