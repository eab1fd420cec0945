#!/usr/bin/env bash
# gen.sh — the awkward function names, as real Go toolchains print and link them:
#   stack-go1.NN.txt  GOTRACEBACK=system ./names (prog/: goroutines parked in generic,
#                     method-value, go/defer-wrapper, range-over-func and vendored code; the
#                     panic raised in a type equality function)
#   nm-go1.NN.txt     the text symbols of the same binary, and of its Windows twin, whose names
#                     are awkward (`go tool nm`: type:.eq…, go:buildid, %2e, -fm, -range1,
#                     go.shape, cgo's C functions, GOROOT's vendor/)
# for the system Go and Debian's Go 1.19 (/usr/lib/go-1.19, `scripts/go-toolchains.sh`),
# whose linker still spelt type..eq and go.buildid. Needs gcc (cgo).
# Then: npm run build && node scripts/collect-func-names.mjs > testdata/names/func-names.tsv
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
LAB=${PANICSCOPE_LAB:-/tmp/panicscope-lab}/names
for go in go /usr/lib/go-1.19/bin/go; do
  [ -x "$(command -v "$go")" ] || { echo "gen.sh: no $go, skipped" >&2; continue; }
  release=$("$go" env GOVERSION | grep -o '^go1\.[0-9]*')
  rm -rf "$LAB" && mkdir -p "$LAB" && cp -r "$HERE/prog/." "$LAB"
  (cd "$LAB" && GOFLAGS=-mod=mod "$go" mod vendor && CGO_ENABLED=1 "$go" build -o names .)
  # For Windows, go:buildid is a text symbol (the first function); on Linux, an ELF note.
  (cd "$LAB" && GOOS=windows CGO_ENABLED=0 "$go" build -o names.exe .)
  # It ends in a panic (exit status 2).
  (cd "$LAB" && GOTRACEBACK=system ./names) > "$HERE/stack-$release.txt" 2>&1 || true
  { "$go" tool nm "$LAB/names"; "$go" tool nm "$LAB/names.exe"; } |
    sed -n 's/^ *[0-9a-f]* [Tt] //p' |
    grep -E '^(go[:.]buildid|example\.com/|main\.|_cgo_|x_cgo_|crosscall2)|^type[:.]\.eq\.(\[|main|struct|sync/atomic\.Pointer)|^vendor/.*(-fm|wrap[0-9]|init\.[0-9])$|^[^v].*(-fm$|-range|wrap[0-9]|go\.shape)' |
    LC_ALL=C sort -u > "$HERE/nm-$release.txt"
done
