#!/usr/bin/env bash
# Builds a real OpenTelemetry Collector for the tests (test/server/otelcol.test.ts) and prints
# its path: the official builder (go.opentelemetry.io/collector/cmd/builder), installed with
# `go install` into a temporary GOBIN, builds a collector of the official OTLP receiver and
# OTLP/HTTP exporter. Never a dependency of panicscope: the binary is cached in a temporary
# folder named by the version, so a machine builds it once (about 2 minutes of CPU).
#   PANICSCOPE_OTELCOL=$(scripts/otelcol.sh) npm test
set -euo pipefail
version=${1:-v0.165.0}
cache=${TMPDIR:-/tmp}/panicscope-otelcol-$version
binary=$cache/otelcol-panicscope
if [ ! -x "$binary" ]; then
  mkdir -p "$cache"
  exec 9>"$cache/.lock"
  flock 9 # two runs at once build it once
  if [ ! -x "$binary" ]; then
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    cat >"$work/builder.yaml" <<EOF
dist:
  name: otelcol-panicscope
  description: OTLP receiver and OTLP/HTTP exporter, for panicscope's tests
  output_path: $work/build
receivers:
  - gomod: go.opentelemetry.io/collector/receiver/otlpreceiver $version
exporters:
  - gomod: go.opentelemetry.io/collector/exporter/otlphttpexporter $version
EOF
    export GOFLAGS= GOTOOLCHAIN=local
    GOBIN=$work/bin go install "go.opentelemetry.io/collector/cmd/builder@$version" >&2
    "$work/bin/builder" --config "$work/builder.yaml" >&2
    mv "$work/build/otelcol-panicscope" "$binary"
  fi
fi
echo "$binary"
