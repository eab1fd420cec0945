#!/usr/bin/env bash
# Remakes testdata/quoted: a real crash (prog/main.go's child) as a harness reports it —
# Go-quoted with %q, as a slog text (logfmt) value, in nested JSON fields — and the first two
# again hard-wrapped at 100 columns by `fold` as a terminal would. Built and run from
# /tmp/panicscope-lab/quoted so the paths in the trace are fixed.
#   bash testdata/quoted/gen.sh
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
LAB=/tmp/panicscope-lab/quoted
rm -rf "$LAB" && mkdir -p "$LAB" && cp "$HERE"/prog/* "$LAB"/
cd "$LAB" && GOTOOLCHAIN=local go build -o quoted . || exit 1
: > "$HERE/runs.tsv"
run() { # file, shell command
  local f=$1; shift
  bash -c "$*" > "$HERE/$f" 2>&1; local rc=$?
  printf '%s\t%s\t%s\t%s\n' "$f" "$(go env GOVERSION)" "$*" "$rc" >> "$HERE/runs.tsv"
}
run child.txt ./quoted child
run percent-q.txt ./quoted q
run percent-q.fold100.txt "./quoted q | fold -w 100"
run logfmt.txt ./quoted logfmt
run logfmt.fold100.txt "./quoted logfmt | fold -w 100"
run json-error-stack.txt ./quoted json-error-stack
run json-stacktrace.txt ./quoted json-stacktrace
run json-stacktrace.fold100.txt "./quoted json-stacktrace | fold -w 100"
