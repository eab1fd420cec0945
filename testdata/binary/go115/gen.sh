#!/usr/bin/env bash
# Regenerates the Go 1.15 fixture (pclntab magic 0xfffffffb): the binary, and what Go 1.15 itself
# says about it. Go 1.15 comes from Debian bullseye (scripts/debian-go.sh bullseye 1.15).
#
#   testdata/binary/go115/gen.sh [/path/to/go-1.15/bin/go]
#
# Outputs (committed):
#   go115.gz            the binary, gzipped (-trimpath: no paths of this machine; -w: no DWARF)
#   pcs.txt             the PCs the tests look up
#   addr2line.txt       Go 1.15's `go tool addr2line` on them
#   version-m.txt       Go 1.15's `go version -m`
#   callers.txt         the binary's own runtime.Callers / runtime.CallersFrames output
#   panic.txt           its GOTRACEBACK=crash traceback of a panic inside inlined calls
set -euo pipefail
cd "$(dirname "$0")"
go=${1:-${PANICSCOPE_DEBIAN_GO:-/opt/panicscope-go}/1.15/usr/lib/go-1.15/bin/go}
export GOENV=off GOFLAGS=-mod=mod GOTOOLCHAIN=local CGO_ENABLED=0 GOPROXY=off
export GOCACHE=$(mktemp -d) GOPATH=$(mktemp -d)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp" "$GOCACHE" "$GOPATH"' EXIT
"$go" build -trimpath -ldflags=-w -o "$tmp/go115" .
gzip -9n <"$tmp/go115" >go115.gz
# Every function entry and 3 PCs inside each, from the symbol table (go tool nm of the same Go).
"$go" tool nm -n -size "$tmp/go115" >"$tmp/nm.txt"
while read -r addr size type name; do
  case $type in T | t) ;; *) continue ;; esac
  a=$((16#$addr))
  printf '0x%x\n' "$a"
  if [ "$size" -gt 3 ]; then printf '0x%x\n0x%x\n0x%x\n' $((a + 1)) $((a + size / 2)) $((a + size - 1)); fi
done <"$tmp/nm.txt" >pcs.txt
"$go" tool addr2line "$tmp/go115" <pcs.txt >addr2line.txt
(cd "$tmp" && "$go" version -m go115) >version-m.txt
"$tmp/go115" callers >callers.txt
(GOTRACEBACK=crash "$tmp/go115" panic 2>panic.txt || true)
wc -l pcs.txt addr2line.txt callers.txt panic.txt
