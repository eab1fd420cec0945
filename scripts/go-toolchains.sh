#!/usr/bin/env bash
# Makes several Go releases available for testdata/gen.sh, without touching the
# system's apt configuration.
#
#   bash scripts/go-toolchains.sh            # install/unpack, then list
#   bash scripts/go-toolchains.sh --list     # only list what is there
#
# * go1.19: `apt-get install golang-1.19-go` (bookworm)  -> /usr/lib/go-1.19/bin/go
# * the others: `apt-get download golang-1.NN-go golang-1.NN-src` from Debian
#   suites listed in a sources file of our own (bookworm-backports, trixie,
#   trixie-backports, sid, and bullseye-backports from the archive), then
#   `dpkg -x` into $PANICSCOPE_TOOLCHAINS/go1.NN
#   (default ~/.cache/panicscope/toolchains).
# * the system Go (`go` on PATH, 1.26 on the dev machines).
#
# Output: one line per toolchain, "go1.NN<TAB>/path/to/bin/go<TAB>go version ...".
# Idempotent: a toolchain already unpacked is kept. A version that no reachable
# suite has is skipped with a note on stderr.
set -uo pipefail

DEST=${PANICSCOPE_TOOLCHAINS:-$HOME/.cache/panicscope/toolchains}
APT=$DEST/.apt
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
MIRROR=${PANICSCOPE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
ARCHIVE=${PANICSCOPE_DEBIAN_ARCHIVE:-http://archive.debian.org/debian}

# version -> suites to try, first hit wins
declare -A SUITES=(
  [1.17]="bullseye-backports"
  [1.18]="bullseye-backports"
  [1.21]="bookworm-backports"
  [1.22]="bookworm-backports"
  [1.23]="bookworm-backports"
  [1.24]="trixie bookworm-backports"
  [1.25]="trixie-backports sid"
)
ORDER="1.17 1.18 1.21 1.22 1.23 1.24 1.25"

log() { echo "go-toolchains: $*" >&2; }

aptq() {
  apt-get -q \
    -o Dir::Etc::SourceList="$APT/sources.list" \
    -o Dir::Etc::SourceParts=/dev/null \
    -o Dir::Etc::Preferences=/dev/null \
    -o Dir::Etc::PreferencesParts=/dev/null \
    -o Dir::State::Lists="$APT/lists" \
    -o Dir::Cache="$APT/cache" \
    -o Dir::Cache::archives="$APT/archives" \
    -o APT::Get::List-Cleanup=0 \
    -o APT::Sandbox::User=root \
    "$@"
}

# path of the go binary inside an unpacked toolchain dir
gobin_in() { ls -d "$1"/usr/lib/go-*/bin/go 2>/dev/null | head -n1; }

install_119() {
  if [ -x /usr/lib/go-1.19/bin/go ]; then return 0; fi
  log "installing golang-1.19-go from bookworm"
  if [ ! -d /var/lib/apt/lists ] || ! ls /var/lib/apt/lists/*bookworm*Packages* >/dev/null 2>&1; then
    apt-get update -q >&2 || true
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q golang-1.19-go >&2 ||
    { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q golang-1.19-go >&2; } ||
    log "could not install golang-1.19-go"
}

need_any=0
for v in $ORDER; do
  [ -n "$(gobin_in "$DEST/go$v")" ] || need_any=1
done

if [ "${1:-}" != "--list" ]; then
  install_119
  if [ $need_any = 1 ]; then
    mkdir -p "$APT/lists/partial" "$APT/cache/archives/partial" "$APT/archives/partial" "$APT/debs"
    cat >"$APT/sources.list" <<SRC
deb [signed-by=$KEYRING] $MIRROR bookworm-backports main
deb [signed-by=$KEYRING] $MIRROR trixie main
deb [signed-by=$KEYRING] $MIRROR trixie-backports main
deb [signed-by=$KEYRING] $MIRROR sid main
deb [signed-by=$KEYRING check-valid-until=no] $ARCHIVE bullseye-backports main
SRC
    # refresh the package lists at most once a day
    if [ -z "$(find "$APT/lists" -maxdepth 1 -name '*_Packages*' -mmin -1440 2>/dev/null | head -n1)" ]; then
      log "apt-get update on $APT/sources.list"
      aptq update >"$APT/update.log" 2>&1 || log "apt-get update reported errors (see $APT/update.log); continuing with what was fetched"
    fi
  fi
  for v in $ORDER; do
    dir=$DEST/go$v
    [ -n "$(gobin_in "$dir")" ] && continue
    got=
    for suite in ${SUITES[$v]}; do
      rm -f "$APT/debs/"*.deb
      if (cd "$APT/debs" && aptq download "golang-$v-go/$suite" "golang-$v-src/$suite") >>"$APT/download.log" 2>&1; then
        got=$suite
        break
      fi
    done
    if [ -z "$got" ]; then
      log "go$v: not available from ${SUITES[$v]} (skipped)"
      continue
    fi
    log "go$v: unpacking $(cd "$APT/debs" && ls *.deb | tr '\n' ' ')from $got"
    rm -rf "$dir.tmp" && mkdir -p "$dir.tmp"
    for deb in "$APT/debs/"*.deb; do dpkg -x "$deb" "$dir.tmp"; done
    echo "$got" >"$dir.tmp/SUITE"
    rm -rf "$dir" && mv "$dir.tmp" "$dir"
    rm -f "$APT/debs/"*.deb
  done
fi

# absolute symlinks inside the packages (if any) would point into /usr; make
# them relative to the unpacked tree.
for dir in "$DEST"/go1.*; do
  [ -d "$dir" ] || continue
  find "$dir" -type l -lname '/*' 2>/dev/null | while read -r l; do
    t=$(readlink "$l")
    ln -sfn "$(realpath -m --relative-to="$(dirname "$l")" "$dir$t")" "$l"
  done
done

list() {
  local name=$1 bin=$2
  [ -x "$bin" ] || return 0
  printf '%s\t%s\t%s\n' "$name" "$bin" "$(GOTOOLCHAIN=local "$bin" version 2>&1)"
}
for v in 1.17 1.18; do list "go$v" "$(gobin_in "$DEST/go$v")"; done
list go1.19 /usr/lib/go-1.19/bin/go
for v in 1.21 1.22 1.23 1.24 1.25; do list "go$v" "$(gobin_in "$DEST/go$v")"; done
sys=$(command -v go || true)
if [ -n "$sys" ]; then
  sv=$(GOTOOLCHAIN=local "$sys" env GOVERSION | sed -E 's/^(go1\.[0-9]+).*/\1/')
  list "$sv" "$sys"
fi
