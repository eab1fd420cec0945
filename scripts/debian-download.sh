#!/usr/bin/env bash
# Downloads Debian packages (.deb files, not installed) into DIR with apt settings of its own —
# its own sources list, package lists and cache in a temporary folder — leaving the system's
# apt setup alone: the fetch that debian-go.sh, debian-sysroot.sh and debian-cross-gcc.sh share.
#
#   scripts/debian-download.sh SUITE ARCH DIR PACKAGE…   (ARCH `-`: this machine's own)
set -euo pipefail
suite=$1
arch=$2
out=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$out"
opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
  -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o "APT::Sandbox::User=root")
only=
if [ "$arch" != - ]; then
  only="arch=$arch "
  opts+=(-o "APT::Architecture=$arch" -o "APT::Architectures::=$arch")
fi
echo "deb [${only}signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $suite main" >"$work/sources.list"
apt-get "${opts[@]}" update -qq
(cd "$out" && apt-get "${opts[@]}" download "$@")
