#!/usr/bin/env bash
# Remakes testdata/gotest-json: real `go test -json` (and gotestsum --jsonfile) output of
# prog/crash_test.go, run from /tmp/panicscope-lab/gotest-json so the paths in the traces
# are fixed. gotestsum is installed into a temporary GOBIN, never a project dependency.
#   bash testdata/gotest-json/gen.sh
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
LAB=/tmp/panicscope-lab/gotest-json
rm -rf "$LAB" && mkdir -p "$LAB" && cp "$HERE"/prog/* "$LAB"/
cd "$LAB" || exit 1
export GOFLAGS=-count=1 GOTOOLCHAIN=local
: > "$HERE/runs.tsv"
run() { # file, command...
  local f=$1; shift
  "$@" > "$HERE/$f" 2>&1; local rc=$?
  printf '%s\t%s\t%s\t%s\n' "$f" "$(go env GOVERSION)" "$*" "$rc" >> "$HERE/runs.tsv"
}
run panic.json go test -json -run '^TestPanics$' .
run timeout.json go test -json -timeout 1s -run '^TestSlow$' .
run parallel.json go test -json -run '^TestParallel' .
GOBIN=$(mktemp -d)
if GOBIN=$GOBIN go install gotest.tools/gotestsum@v1.13.0 >/dev/null 2>&1; then
  PATH="$GOBIN:$PATH" run gotestsum.timeout.txt gotestsum --jsonfile "$LAB/gotestsum.jsonl" --format standard-quiet -- -timeout 1s -run '^TestSlow$' .
  cp "$LAB/gotestsum.jsonl" "$HERE/gotestsum.timeout.jsonl"
  printf '%s\t%s\t%s\t%s\n' gotestsum.timeout.jsonl "$(go env GOVERSION)" "(the --jsonfile of the run above)" - >> "$HERE/runs.tsv"
fi
rm -rf "$GOBIN"
