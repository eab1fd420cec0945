#!/usr/bin/env bash
# Regenerates the committed traces of testdata/exectrace with each Go toolchain:
#   leak-go1.15.trace  header "go 1.11 trace"  Debian's Go 1.15 (bullseye): the old format of 1.11-1.18
#   leak-go1.19.trace  header "go 1.19 trace"  Debian's Go 1.19 (bookworm): the old format
#   leak-go1.21.trace  header "go 1.21 trace"  Debian's Go 1.21 (bookworm-backports): old format
#   leak-go1.22.trace  header "go 1.22 trace"  Debian's Go 1.22 (bookworm-backports)
#   leak-go1.24.trace  header "go 1.23 trace"  Debian's Go 1.24 (trixie)
#   leak-go1.25.trace  header "go 1.25 trace"  Debian's Go 1.25 (trixie-backports)
#   leak-go1.26.trace  header "go 1.26 trace"  the machine's Go 1.26
#   steady-go1.19.trace, steady-go1.21.trace: the steady workload (20 ms) in the old format, with
#                      tasks, regions, logs, syscalls, GC and CPU samples
# Debian's toolchains are unpacked by scripts/debian-go.sh into /opt/panicscope-go
# (PANICSCOPE_DEBIAN_GO overrides). The tests also build and run these programs themselves
# (test/exectrace/traces.ts), with every toolchain, caching in $TMPDIR. A generation every
# 20 ms (GODEBUG=traceadvanceperiod) gives these short runs several generations.
#
#   bash testdata/exectrace/gen.sh
set -euo pipefail
cd "$(dirname "$0")"
debian=${PANICSCOPE_DEBIAN_GO:-/opt/panicscope-go}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
export GOENV=off GOTOOLCHAIN=local GOFLAGS=-buildvcs=false CGO_ENABLED=0
for v in 1.19 1.21 1.22 1.24 1.25 1.26; do
  if [ "$v" = 1.26 ]; then go=go; else go=$debian/$v/usr/lib/go-$v/bin/go; fi
  "$go" build -o "$out/leak-$v" ./leak
  GODEBUG=traceadvanceperiod=20000000 "$out/leak-$v" "leak-go$v.trace"
  echo "leak-go$v.trace: $(head -c 13 "leak-go$v.trace") ($("$go" version))"
done
for v in 1.19 1.21; do
  go=$debian/$v/usr/lib/go-$v/bin/go
  "$go" build -o "$out/steady-$v" ./steady
  "$out/steady-$v" "steady-go$v.trace" 20ms
  echo "steady-go$v.trace: $(head -c 13 "steady-go$v.trace") ($("$go" version))"
done
# Go 1.15 knows no -buildvcs; the leak program needs nothing newer than it.
GOFLAGS= "$debian/1.15/usr/lib/go-1.15/bin/go" build -o "$out/leak-1.15" ./leak
"$out/leak-1.15" leak-go1.15.trace
echo "leak-go1.15.trace: $(head -c 13 leak-go1.15.trace)"
