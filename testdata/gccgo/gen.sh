#!/usr/bin/env bash
# gen.sh — gccgo's tracebacks, printed by programs built with Debian's gccgo 12 (libgo of GCC
# 12.2, the go1.18 library): function names alone on their lines, no arguments, libgo's relative
# paths, C frames named by their bare symbol with `:0` as their file line.
#
#   apt-get install gccgo-12 && bash testdata/gccgo/gen.sh
#
# Copies crashers/ and cgo/ to /tmp/panicscope-lab/ (the paths the tracebacks print), builds
# them (`gccgo-12 -g`; cgo through `go build -compiler gccgo`, which runs cgo with GCCGO set, once
# as is and once with CGO_CFLAGS=-O2) and
# writes each case's stdout and stderr, exactly as printed, to gccgo12/<case>.<GOTRACEBACK>.txt.
# The expectations beside them were read off the text by hand.
set -uo pipefail
ulimit -c 0
HERE=$(cd "$(dirname "$0")" && pwd)
LAB=/tmp/panicscope-lab
OUT=$HERE/gccgo12
mkdir -p "$LAB" "$OUT"
rm -rf "$LAB/gccgo" "$LAB/gccgo-cgo"
cp -r "$HERE/crashers" "$LAB/gccgo"
cp -r "$HERE/cgo" "$LAB/gccgo-cgo"
(cd "$LAB/gccgo" && gccgo-12 -g -o crashers main.go) || exit 1
(cd "$LAB/gccgo-cgo" && GCCGO=gccgo-12 go build -compiler gccgo -o crash .) || exit 1
# The same C code without debug information (CGO_CFLAGS without -g): its frames print `:0`.
(cd "$LAB/gccgo-cgo" && GCCGO=gccgo-12 CGO_CFLAGS=-O2 go build -compiler gccgo -o crash-nodebug .) || exit 1
run() { # case level command…
  local name=$1 level=$2
  shift 2
  (cd "$LAB" && GOTRACEBACK=$level "$@" >"$OUT/$name.$level.txt" 2>&1)
  echo "$name.$level: exit $?"
}
run nil-map single "$LAB/gccgo/crashers" nil-map
run nil-deref system "$LAB/gccgo/crashers" nil-deref
run cgo single "$LAB/gccgo-cgo/crash"
run cgo-nodebug single "$LAB/gccgo-cgo/crash-nodebug"
