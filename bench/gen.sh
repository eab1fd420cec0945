#!/usr/bin/env bash
# Builds bench/gen and writes bench/data/dump-N.txt for each size N that is not there yet.
#
#   bench/gen.sh                 # 1e4 1e5 1e6
#   bench/gen.sh 1e4 100000      # sizes as integers or in e-notation
#
# The generator binary goes to $PANICSCOPE_BENCH_TOOLS (default: $TMPDIR/panicscope-bench-tools),
# the dumps and a record of how each was made (dump-N.gen.txt) to bench/data/ (git-ignored).
# A dump is written to a temporary name and renamed only when the generator ended with the
# panic it is meant to end with (exit status 2), so an interrupted run leaves nothing behind.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
tools="${PANICSCOPE_BENCH_TOOLS:-${TMPDIR:-/tmp}/panicscope-bench-tools}"
data="$here/data"
mkdir -p "$tools" "$data"

sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1e4 1e5 1e6)

gen="$tools/gen"
if [ ! -x "$gen" ] || [ -n "$(find "$here/gen" -newer "$gen" -name '*.go' -o -newer "$gen" -name go.mod)" ]; then
  echo "gen.sh: building $gen" >&2
  (cd "$here/gen" && go build -o "$gen" .)
fi

for size in "${sizes[@]}"; do
  n="$(awk -v s="$size" 'BEGIN { printf "%d", s + 0 }')"
  if [ "$n" -lt 100 ]; then
    echo "gen.sh: bad size $size" >&2
    exit 1
  fi
  out="$data/dump-$n.txt"
  if [ -s "$out" ]; then
    echo "gen.sh: $out exists" >&2
    continue
  fi
  echo "gen.sh: generating $out (N=$n; 1e6 takes several minutes and a few GB)" >&2
  tmp="$out.partial"
  log="$data/dump-$n.gen.txt"
  status=0
  {
    echo "command: GOTRACEBACK=all $gen -n $n 2> dump-$n.txt"
    echo "go: $(go version)"
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  } > "$log"
  # /usr/bin/time appends "wall user sys maxRSS-KB" to the log; the dump is the program's stderr.
  GOTRACEBACK=all /usr/bin/time -a -o "$log" -f 'time: %e s wall, %U s user, %S s sys, %M KB max RSS' \
    "$gen" -n "$n" 2> "$tmp" >> "$log" || status=$?
  if [ "$status" -ne 2 ]; then
    echo "gen.sh: generator exited with status $status (want 2, the panic); see $log, $tmp" >&2
    exit 1
  fi
  mv "$tmp" "$out"
  read -r lines bytes _ < <(wc -lc "$out")
  echo "dump: $bytes bytes, $lines lines, $(grep -c '^goroutine ' "$out") goroutines" >> "$log"
  cat "$log" >&2
done
