#!/usr/bin/env bash
# Unpacks Debian's C library for another architecture into a sysroot of its own, so that
# qemu-user (`qemu-aarch64-static -L SYSROOT`) can run that architecture's dynamically linked
# programs — a Go PIE needs the dynamic loader — without touching the system's apt setup: its
# own sources list, package lists and cache, as scripts/debian-go.sh.
#
#   scripts/debian-sysroot.sh ARCH [SUITE] [DEST]
#   scripts/debian-sysroot.sh arm64   → /opt/panicscope-go/sysroot-arm64/lib/ld-linux-aarch64.so.1
#
# The core tests look there for arm64 PIE cores (PANICSCOPE_DEBIAN_GO overrides /opt/panicscope-go).
set -euo pipefail
arch=$1
suite=${2:-bookworm}
dest=${3:-${PANICSCOPE_DEBIAN_GO:-/opt/panicscope-go}/sysroot-$arch}
if [ -d "$dest/lib" ]; then
  echo "debian-sysroot: $arch already in $dest"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$(dirname "$0")/debian-download.sh" "$suite" "$arch" "$work/debs" "libc6:$arch"
rm -rf "$dest.tmp"
mkdir -p "$dest.tmp"
for deb in "$work"/debs/*.deb; do dpkg -x "$deb" "$dest.tmp"; done
# bookworm's libc6 ships /lib; later suites' only /usr/lib (merged /usr): the loader's path is
# /lib/ld-linux-*.so.1 either way.
if [ ! -e "$dest.tmp/lib" ]; then ln -s usr/lib "$dest.tmp/lib"; fi
rm -rf "$dest"
mv "$dest.tmp" "$dest"
ls "$dest"/lib/ld-linux-*
