#!/usr/bin/env bash
# Unpacks Debian's cross C compiler for another architecture into a folder of its own, without
# touching the system's apt setup (its own sources list, package lists and cache, as
# scripts/debian-go.sh): the external linker a Go binary needs to have its text split into
# several sections (cmd/link does it only for ARM, ppc64 and darwin/arm64 with external linking),
# or to be a cgo PIE of another architecture.
#
#   scripts/debian-cross-gcc.sh TRIPLET DEBARCH [DEST]
#   scripts/debian-cross-gcc.sh powerpc64le-linux-gnu ppc64el
#       → /opt/panicscope-go/cross-ppc64el/bin/powerpc64le-linux-gnu-gcc
#   scripts/debian-cross-gcc.sh arm-linux-gnueabihf armhf      (split text on ARM)
#   scripts/debian-cross-gcc.sh aarch64-linux-gnu arm64        (arm64 cgo PIE cores)
#
# The binary and core tests look for them there (PANICSCOPE_DEBIAN_GO overrides
# /opt/panicscope-go); the C library under usr/TRIPLET is qemu-user's -L for what they link.
set -euo pipefail
triplet=$1
debarch=$2
gcc=12
dest=${3:-${PANICSCOPE_DEBIAN_GO:-/opt/panicscope-go}/cross-$debarch}
if [ -x "$dest/bin/$triplet-gcc" ]; then
  echo "debian-cross-gcc: $triplet already in $dest"
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$(dirname "$0")/debian-download.sh" bookworm - "$work/debs" "gcc-$gcc-$triplet" "cpp-$gcc-$triplet" \
  "binutils-$triplet" "libgcc-$gcc-dev-$debarch-cross" "libgcc-s1-$debarch-cross" \
  "libc6-$debarch-cross" "libc6-dev-$debarch-cross" "linux-libc-dev-$debarch-cross"
rm -rf "$dest.tmp"
mkdir -p "$dest.tmp"
for deb in "$work"/debs/*.deb; do dpkg -x "$deb" "$dest.tmp"; done
# The C library's linker scripts name their libraries by absolute path under /usr/TRIPLET: the
# same files here, under DEST.
for script in "$dest.tmp/usr/$triplet/lib/libc.so" "$dest.tmp/usr/$triplet/lib/libm.so"; do
  [ -f "$script" ] && sed -i "s| /usr/$triplet/| $dest/usr/$triplet/|g" "$script"
done
# The cross binutils' own libraries (libbfd, libopcodes) are not where the loader looks: the
# compiler is called through a wrapper that says where they are.
mkdir -p "$dest.tmp/bin"
printf '#!/bin/sh\nLD_LIBRARY_PATH=%s exec %s "$@"\n' "$dest/usr/lib/x86_64-linux-gnu" \
  "$dest/usr/bin/$triplet-gcc-$gcc" >"$dest.tmp/bin/$triplet-gcc"
chmod +x "$dest.tmp/bin/$triplet-gcc"
rm -rf "$dest"
mv "$dest.tmp" "$dest"
"$dest/bin/$triplet-gcc" --version | head -1
