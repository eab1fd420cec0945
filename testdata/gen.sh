#!/usr/bin/env bash
# gen.sh — rebuilds the crash corpus from testdata/crashers (and
# testdata/wrapped/programs): testdata/go/<go1.NN>/ and testdata/wrapped/.
#
# How to run (from anywhere; 10 minutes on 2 cores, 25 the first time, when
# each toolchain compiles its -race standard library):
#
#   bash testdata/gen.sh                     # every toolchain, then wrapped/
#   bash testdata/gen.sh go1.21 go1.26       # only these toolchains (no wrapped/)
#   GEN_CASES="nil-deref closures" bash testdata/gen.sh go1.26   # only these cases
#   GEN_WRAPPED=only bash testdata/gen.sh    # only testdata/wrapped
#
# Needs: scripts/go-toolchains.sh (called first: Debian packages of Go 1.19,
# 1.21–1.25 plus the system Go), gcc (cgo, -race), python3, prlimit
# (util-linux), and the Go module proxy for wrapped/ (k8s.io/klog/v2).
#
# What it does, per toolchain:
#   * copies testdata/crashers to /tmp/panicscope-lab/crashers, so the paths
#     printed in tracebacks never depend on the checkout; a toolchain unpacked
#     under ~/.cache is reached through the symlink /tmp/panicscope-lab/go1.NN
#     (GOROOT is set to it), so its GOROOT paths are fixed too;
#   * builds ./crashers (CGO_ENABLED=0: the Go runtime cannot detect deadlocks
#     in a cgo binary) and ./crashers-cgo (CGO_ENABLED=1, for the cgo-* cases);
#   * runs every case, writing stdout+stderr exactly as printed to
#     testdata/go/<go1.NN>/<case>.<GOTRACEBACK level>.txt (`go run`/`go test`
#     print their own `exit status N` line); exit codes go to runs.tsv;
#   * writes <case>.<level>.expect.json beside each output
#     (testdata/crashers/tools/expect.py: static values come from the
#     program's own knowledge and its `// CRASH` markers; the crashing
#     goroutine's id and the goroutine count are read off the text by the
#     runtime's rules, and every expectation is checked against the text).
# Then testdata/go/README.md is rewritten from the runs.tsv files.
set -uo pipefail
ulimit -c 0

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
LAB=${PANICSCOPE_LAB:-/tmp/panicscope-lab}
TOOLCHAINS=${PANICSCOPE_TOOLCHAINS:-$HOME/.cache/panicscope/toolchains}
export PANICSCOPE_TOOLCHAINS=$TOOLCHAINS
OUT=$HERE/go
GEN_WRAPPED=${GEN_WRAPPED:-auto}
GEN_CASES=${GEN_CASES:-}

log() { echo "gen.sh: $*" >&2; }

# ---------------------------------------------------------------- cases
# id | program case | runner | GOTRACEBACK levels | extra env | toolchains (empty = all)
# runners: bin (./crashers CASE), cgo (./crashers-cgo CASE), shifted (the same
# program with 3 lines added under every `package main`, built in ../crashers-shifted:
# every line moves, nothing else), trimpath (built with -trimpath), noinline (rebuilt
# with -gcflags=all=-l), sigquit (kill -QUIT
# from outside once the program is ready), oom-as / oom-data (under prlimit),
# gorun-race (go run -race . CASE), test-panic / test-timeout / test-race (go test).
FOUR="single all system crash none"
CASES="
nil-deref|nil-deref|bin|$FOUR||
index-out-of-range|index-out-of-range|bin|single||
slice-bounds|slice-bounds|bin|single||
slice-bounds-3|slice-bounds-3|bin|single||
nil-map-write|nil-map-write|bin|single||
type-assertion|type-assertion|bin|single||
type-assertion-method|type-assertion-method|bin|single||
close-closed-channel|close-closed-channel|bin|single||
send-closed-channel|send-closed-channel|bin|single||
close-nil-channel|close-nil-channel|bin|single||
divide-by-zero|divide-by-zero|bin|single||
panic-string|panic-string|bin|single||
panic-error|panic-error|bin|single||
panic-custom-error|panic-custom-error|bin|single||
panic-stringer|panic-stringer|bin|single||
panic-int|panic-int|bin|single||
panic-struct-ptr|panic-struct-ptr|bin|single||
panic-named-string|panic-named-string|bin|single||
panic-multiline|panic-multiline|bin|single||
panic-control-chars|panic-control-chars|bin|single||
panic-long-line|panic-long-line|bin|single||
panic-nil|panic-nil|bin|single||
panic-nil-error|panic-nil|bin|single|GODEBUG=panicnil=0|
concurrent-map-writes|concurrent-map-writes|bin|$FOUR||
concurrent-map-read-write|concurrent-map-read-write|bin|single||
deadlock-chan|deadlock-chan|bin|single||
deadlock-mutex|deadlock-mutex|bin|single||
deadlock-waitgroup|deadlock-waitgroup|bin|single||
out-of-memory|out-of-memory|oom-as|single||
out-of-memory-data|out-of-memory-data|oom-data|single||
stack-overflow|stack-overflow|bin|$FOUR||
cgo-segv|cgo-segv|cgo|single||
cgo-abort|cgo-abort|cgo|single||
bad-pointer|bad-pointer|bin|single||
unlock-unlocked-mutex|unlock-unlocked-mutex|bin|single||
runlock-unlocked-rwmutex|runlock-unlocked-rwmutex|bin|single||
negative-waitgroup|negative-waitgroup|bin|single||
goroutine-panic|goroutine-panic|bin|$FOUR||
repanic-same|repanic-same|bin|single||
repanic-different|repanic-different|bin|single||
nested-panic|nested-panic|bin|single||
three-panics|three-panics|bin|single||
panic-after-goexit|panic-after-goexit|bin|single||
fatal-in-defer|fatal-in-defer|bin|single||
many-goroutines|many-goroutines|bin|all||go1.19 go1.23 go1.26
sigquit|sigquit|sigquit|single crash||
pprof-debug1|pprof-debug1|bin|single||
pprof-debug2|pprof-debug2|bin|single||
runtime-stack|runtime-stack|bin|single||
runtime-stack-labels|runtime-stack|bin|single|GODEBUG=tracebacklabels=1|go1.26
generic|generic|bin|single||
closures|closures|bin|single||
go-wrapper|go-wrapper|bin|single system||
locked-thread|locked-thread|bin|all||
ancestors|ancestors|bin|single|GODEBUG=tracebackancestors=3|
crash-output|crash-output|bin|single||
http-handler-panic|http-handler-panic|bin|single||
http-middleware-repanic|http-middleware-repanic|bin|single||
glued-output|glued-output|bin|single||
race-run|race|gorun-race|single||
test-panic|TestPanics|test-panic|single||
test-timeout|TestSlow|test-timeout|single||
test-race|TestRace|test-race|single||
leak-early|leak-early|sigquit|all||go1.19 go1.26
leak-late|leak-late|sigquit|all||go1.19 go1.26
nil-deref-shifted|nil-deref|shifted|single||go1.19 go1.26
nil-deref-trimpath|nil-deref|trimpath|single||go1.19 go1.26
nil-deref-noinline|nil-deref|noinline|single||go1.19 go1.26
closures-shifted|closures|shifted|single||go1.19 go1.26
closures-trimpath|closures|trimpath|single||go1.19 go1.26
closures-noinline|closures|noinline|single||go1.19 go1.26
generic-noinline|generic|noinline|single||go1.19 go1.26
deadlock-mutex-holder|deadlock-mutex-holder|bin|single||go1.26
races|races|gorun-race|single||go1.26
created-by|created-by|bin|all||go1.26
test-timeout-parallel|TestStuck.*|test-timeout|single||go1.26
"

# ---------------------------------------------------------------- toolchains
toolchain_list() {
  bash "$ROOT/scripts/go-toolchains.sh" 2>/dev/null
}

# lab GOROOT for a toolchain: Debian-unpacked ones are reached through a
# fixed symlink so that their printed paths do not depend on $HOME.
lab_goroot() {
  local name=$1 bin=$2 goroot
  goroot=$(dirname "$(dirname "$bin")")
  case $goroot in
    "$TOOLCHAINS"/*)
      mkdir -p "$LAB"
      ln -sfn "$goroot" "$LAB/$name"
      echo "$LAB/$name" ;;
    *) echo "$goroot" ;;
  esac
}

# ---------------------------------------------------------------- one run
# run_one NAME GOROOT GOVERSION ID PROGCASE RUNNER LEVEL EXTRAENV
run_one() {
  local name=$1 goroot=$2 gover=$3 id=$4 prog=$5 runner=$6 level=$7 extra=$8
  local dir=$OUT/$name out cmd rc envs
  out=$dir/$id.$level.txt
  envs="GOTRACEBACK=$level${extra:+ $extra}"
  local -a E=(env -u GODEBUG -u GOTRACEBACK -u GOFLAGS GOTOOLCHAIN=local GOROOT="$goroot"
    PATH="$goroot/bin:$PATH" GOTRACEBACK="$level")
  # shellcheck disable=SC2206
  [ -n "$extra" ] && E+=($extra)
  cd "$LAB/crashers" || return 1
  case $runner in
    bin)
      cmd="./crashers $prog"
      timeout -s KILL 120 "${E[@]}" ./crashers "$prog" >"$out" 2>&1; rc=$? ;;
    shifted)
      cmd="../crashers-shifted/crashers $prog"
      timeout -s KILL 120 "${E[@]}" ../crashers-shifted/crashers "$prog" >"$out" 2>&1; rc=$? ;;
    trimpath)
      cmd="./crashers-trimpath $prog"
      timeout -s KILL 120 "${E[@]}" ./crashers-trimpath "$prog" >"$out" 2>&1; rc=$? ;;
    noinline)
      cmd="./crashers-noinline $prog"
      timeout -s KILL 120 "${E[@]}" ./crashers-noinline "$prog" >"$out" 2>&1; rc=$? ;;
    cgo)
      cmd="./crashers-cgo $prog"
      timeout -s KILL 120 "${E[@]}" ./crashers-cgo "$prog" >"$out" 2>&1; rc=$? ;;
    sigquit)
      cmd="./crashers $prog & kill -QUIT \$!"
      "${E[@]}" ./crashers "$prog" >"$out" 2>&1 &
      local pid=$! i
      for i in $(seq 1 100); do grep -q ready "$out" && break; sleep 0.1; done
      sleep 0.5
      kill -QUIT "$pid"
      wait "$pid"; rc=$? ;;
    oom-as)
      cmd="prlimit --as=1073741824 ./crashers $prog"
      timeout -s KILL 120 "${E[@]}" prlimit --as=1073741824 ./crashers "$prog" >"$out" 2>&1; rc=$? ;;
    oom-data)
      # RLIMIT_DATA makes the heap mapping itself fail (sysMap: ENOMEM), which
      # the runtime reports as "runtime: out of memory". Where the metadata
      # allocation fails first instead, try another limit.
      local lim
      for lim in 300 700 400 500 900 1200; do
        cmd="prlimit --data=$((lim * 1048576)) ./crashers $prog"
        timeout -s KILL 120 "${E[@]}" prlimit --data=$((lim * 1048576)) ./crashers "$prog" >"$out" 2>&1; rc=$?
        grep -q '^fatal error: runtime: out of memory$' "$out" && break
      done ;;
    gorun-race)
      cmd="go run -race . $prog"
      timeout -s KILL 600 "${E[@]}" CGO_ENABLED=1 go run -race . "$prog" >"$out" 2>&1; rc=$? ;;
    test-panic)
      cmd="go test -count=1 -run '^$prog\$' ./tests"
      timeout -s KILL 600 "${E[@]}" go test -count=1 -run "^$prog\$" ./tests >"$out" 2>&1; rc=$? ;;
    test-timeout)
      cmd="go test -count=1 -timeout 2s -run '^$prog\$' ./tests"
      timeout -s KILL 600 "${E[@]}" go test -count=1 -timeout 2s -run "^$prog\$" ./tests >"$out" 2>&1; rc=$? ;;
    test-race)
      cmd="go test -count=1 -race -run '^$prog\$' ./tests"
      timeout -s KILL 600 "${E[@]}" CGO_ENABLED=1 go test -count=1 -race -run "^$prog\$" ./tests >"$out" 2>&1; rc=$? ;;
    *) log "unknown runner $runner"; return 1 ;;
  esac
  # the `prlimit`/`timeout`/`env` wrappers print nothing themselves
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$id.$level.txt" "$id" "$level" "$envs" "$gover" "$cmd" "$rc" >>"$dir/runs.tsv"
  log "$name $id.$level rc=$rc ($(wc -c <"$out") bytes)"
}

gen_toolchain() {
  local name=$1 bin=$2 goroot gover
  goroot=$(lab_goroot "$name" "$bin")
  gover=$(GOTOOLCHAIN=local GOROOT=$goroot "$goroot/bin/go" env GOVERSION)
  log "== $name ($gover, GOROOT=$goroot)"
  rm -rf "$LAB/crashers"
  mkdir -p "$LAB"
  cp -r "$HERE/crashers" "$LAB/crashers"
  rm -rf "$LAB/crashers/tools"
  (
    cd "$LAB/crashers" &&
      env -u GOFLAGS GOTOOLCHAIN=local GOROOT="$goroot" CGO_ENABLED=0 "$goroot/bin/go" build -o crashers . &&
      env -u GOFLAGS GOTOOLCHAIN=local GOROOT="$goroot" CGO_ENABLED=1 "$goroot/bin/go" build -o crashers-cgo . &&
      env -u GOFLAGS GOTOOLCHAIN=local GOROOT="$goroot" CGO_ENABLED=0 "$goroot/bin/go" build -trimpath -o crashers-trimpath . &&
      env -u GOFLAGS GOTOOLCHAIN=local GOROOT="$goroot" CGO_ENABLED=0 "$goroot/bin/go" build -gcflags=all=-l -o crashers-noinline .
  ) || { log "$name: build failed"; return 1; }
  # The same program with every line of its main package moved down by 3.
  rm -rf "$LAB/crashers-shifted"
  cp -r "$HERE/crashers" "$LAB/crashers-shifted"
  rm -rf "$LAB/crashers-shifted/tools"
  sed -i 's|^package main$|package main\n\n// (3 lines added here: the same program, every line below moved down)\n|' "$LAB/crashers-shifted"/*.go
  (
    cd "$LAB/crashers-shifted" &&
      env -u GOFLAGS GOTOOLCHAIN=local GOROOT="$goroot" CGO_ENABLED=0 "$goroot/bin/go" build -o crashers .
  ) || { log "$name: shifted build failed"; return 1; }
  local available available_cgo
  available=$("$LAB/crashers/crashers" list)
  available_cgo=$("$LAB/crashers/crashers-cgo" list)
  local dir=$OUT/$name
  mkdir -p "$dir"
  if [ -z "$GEN_CASES" ]; then
    rm -f "$dir"/*.txt "$dir"/*.expect.json "$dir/runs.tsv"
  else
    local c
    for c in $GEN_CASES; do rm -f "$dir/$c".*.txt "$dir/$c".*.expect.json; done
    [ -f "$dir/runs.tsv" ] && for c in $GEN_CASES; do
      awk -F'\t' -v c="$c" '$2 != c' "$dir/runs.tsv" >"$dir/runs.tsv.tmp" && mv "$dir/runs.tsv.tmp" "$dir/runs.tsv"
    done
  fi
  local id prog runner levels extra only level
  while IFS='|' read -r id prog runner levels extra only; do
    [ -z "$id" ] && continue
    if [ -n "$GEN_CASES" ] && ! tr ' ' '\n' <<<"$GEN_CASES" | grep -qx -- "$id"; then continue; fi
    if [ -n "$only" ] && ! tr ' ' '\n' <<<"$only" | grep -qx -- "$name"; then continue; fi
    case $runner in
      cgo | gorun-race)
        grep -qx -- "$prog" <<<"$available_cgo" || { log "$name: no case $prog in this build (skipped)"; continue; } ;;
      bin | sigquit | oom-as | oom-data)
        grep -qx -- "$prog" <<<"$available" || { log "$name: no case $prog in this build (skipped)"; continue; } ;;
    esac
    for level in $levels; do
      run_one "$name" "$goroot" "$gover" "$id" "$prog" "$runner" "$level" "$extra"
    done
  done <<<"$CASES"
  sort -o "$dir/runs.tsv" "$dir/runs.tsv"
  python3 "$HERE/crashers/tools/expect.py" go "$dir" || log "$name: expectation check FAILED"
}

# ---------------------------------------------------------------- wrapped
# Real crash output inside real log shapes. The programs in
# wrapped/programs (built with the system Go, from /tmp/panicscope-lab/wrapped)
# are run under `collect`, which stores their stdout/stderr as a log system
# does (see collect/main.go); klogcrash and slogcrash write their own log
# formats. CRLF and gzip copies are made from testdata/go/go1.26 fixtures.
gen_wrapped() {
  local W=$HERE/wrapped P=$LAB/wrapped gobin goroot gover
  gobin=$(command -v go) || { log "wrapped: no go"; return 1; }
  goroot=$(GOTOOLCHAIN=local "$gobin" env GOROOT)
  gover=$(GOTOOLCHAIN=local "$gobin" env GOVERSION)
  log "== wrapped ($gover)"
  rm -rf "$P" && mkdir -p "$P" && cp -r "$W/programs/." "$P/"
  (cd "$P" && env -u GOFLAGS GOTOOLCHAIN=local CGO_ENABLED=0 "$gobin" build -o "$P/bin/" ./...) ||
    { log "wrapped: build failed"; return 1; }
  rm -f "$W"/*.txt "$W"/*.txt.gz "$W"/*.expect.json "$W/runs.tsv"
  local -a E=(env -u GODEBUG -u GOTRACEBACK -u GOFLAGS GOTRACEBACK=single)
  cd "$P/bin" || return 1
  # file | command (run in $P/bin) | what
  local rc
  wrun() { # FILE CMD...
    local f=$1; shift
    "${E[@]}" "$@" >>"$W/$f" 2>/dev/null; rc=$?
    printf '%s\t%s\t%s\t%s\t%s\n' "$f" "$gover" "$*" "$rc" "$(wc -l <"$W/$f")" >>"$W/runs.tsv"
    log "wrapped $f rc=$rc"
  }
  wrun docker-json-file.orders.txt ./collect -format docker -- ./service orders
  wrun docker-json-file.long-line.txt ./collect -format docker -- ./service long
  wrun cri.restarts.txt ./collect -format cri -- ./service orders
  wrun cri.restarts.txt ./collect -format cri -- ./service inventory
  wrun cri.long-line.txt ./collect -format cri -- ./service long
  wrun journald-short.orders.txt ./collect -format journald -host web-1 -ident orders -- ./service orders
  wrun rsyslog.inventory.txt ./collect -format rsyslog -host web-1 -ident inventory -- ./service inventory
  wrun stdlog-timestamps.orders.txt ./collect -format stdlog -- ./service orders
  wrun rfc3339.inventory.txt ./collect -format rfc3339 -- ./service inventory
  "${E[@]}" ./klogcrash >"$W/klog.txt" 2>&1; rc=$?
  printf '%s\t%s\t%s\t%s\t%s\n' klog.txt "$gover" "./klogcrash 2>&1" "$rc" "$(wc -l <"$W/klog.txt")" >>"$W/runs.tsv"
  "${E[@]}" ./slogcrash >"$W/slog-json.txt" 2>&1; rc=$?
  printf '%s\t%s\t%s\t%s\t%s\n' slog-json.txt "$gover" "./slogcrash 2>&1" "$rc" "$(wc -l <"$W/slog-json.txt")" >>"$W/runs.tsv"
  # CRLF line endings and gzip, from testdata/go fixtures
  local src=$OUT/go1.26/goroutine-panic.all.txt
  if [ -f "$src" ]; then
    sed 's/$/\r/' "$src" >"$W/crlf.go1.26.goroutine-panic.all.txt"
    printf '%s\t%s\t%s\t%s\t%s\n' crlf.go1.26.goroutine-panic.all.txt "$gover" "sed 's/\$/\\r/' go/go1.26/goroutine-panic.all.txt" 0 0 >>"$W/runs.tsv"
  fi
  src=$OUT/go1.26/many-goroutines.all.txt
  if [ -f "$src" ]; then
    gzip -9 -n -c "$src" >"$W/gzip.go1.26.many-goroutines.all.txt.gz"
    printf '%s\t%s\t%s\t%s\t%s\n' gzip.go1.26.many-goroutines.all.txt.gz "$gover" "gzip -9 -n go/go1.26/many-goroutines.all.txt" 0 0 >>"$W/runs.tsv"
  fi
  cd "$HERE" || return 1
  python3 "$HERE/crashers/tools/expect.py" wrapped "$W"
}

# ---------------------------------------------------------------- main
main() {
  want=("$@")
  if [ "$GEN_WRAPPED" != only ]; then
    while IFS=$'\t' read -r name bin _; do
      [ -z "$name" ] && continue
      if [ ${#want[@]} -gt 0 ] && ! printf '%s\n' "${want[@]}" | grep -qx -- "$name"; then continue; fi
      gen_toolchain "$name" "$bin"
    done < <(toolchain_list)
    python3 "$HERE/crashers/tools/expect.py" readme "$OUT"
  fi

  if [ "$GEN_WRAPPED" = only ] || { [ "$GEN_WRAPPED" = auto ] && [ ${#want[@]} -eq 0 ]; }; then
    gen_wrapped || log "wrapped: FAILED"
  fi
}

# (the whole script is parsed before anything runs, so editing it during a run is safe)
main "$@"; exit $?
