#!/usr/bin/env bash
# Rebuilds pointer-to-pointer.txt: the system Go's output of prog/main.go, as printed, run from
# a fixed directory so the paths in it do not depend on the checkout.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
rm -rf /tmp/panicscope-markdown && cp -r "$HERE/prog" /tmp/panicscope-markdown
cd /tmp/panicscope-markdown && go run main.go > "$HERE/pointer-to-pointer.txt" 2>&1
echo "exit $?"
