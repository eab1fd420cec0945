#!/usr/bin/env bash
# Captures the three goroutine profiles of one running `blocked` process (the machine's Go):
#   blocked-go1.26.debug2.txt     /debug/pprof/goroutine?debug=2  (stacks with states, ids)
#   blocked-go1.26.debug1.txt     /debug/pprof/goroutine?debug=1  (counts, `#` stacks)
#   blocked-go1.26.goroutine.pb.gz /debug/pprof/goroutine         (gzip-compressed protobuf)
# The tests also start `blocked` and `leak` themselves (test/live/process.ts) and read them
# over HTTP; these copies let the readers be tested without a process.
#
#   bash testdata/live/gen.sh
set -euo pipefail
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$out"' EXIT
export GOENV=off GOTOOLCHAIN=local GOFLAGS=-buildvcs=false CGO_ENABLED=0
go build -o "$out/blocked" ./blocked
"$out/blocked" >"$out/addr" &
pid=$!
until grep -qs listening "$out/addr"; do sleep 0.1; done
url=$(sed 's/listening on //' "$out/addr")/debug/pprof/goroutine
v=$(go env GOVERSION | sed -E 's/^go([0-9]+\.[0-9]+).*/\1/')
curl -sf "$url?debug=2" >"blocked-go$v.debug2.txt"
curl -sf "$url?debug=1" >"blocked-go$v.debug1.txt"
curl -sf "$url" >"blocked-go$v.goroutine.pb.gz"
echo "captured from $url ($(go version))"
