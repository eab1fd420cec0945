#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server (Debian's postgresql package): a cluster
# in a temporary folder on a free local port, its URL in PANICSCOPE_TEST_PG, stopped and
# deleted afterwards whatever the command did.
#   scripts/with-postgres.sh npm test
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "with-postgres: Debian's postgresql is not installed" >&2; exit 2; }
dir=$(mktemp -d /tmp/panicscope-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; as_pg=(runuser -u postgres --); fi
port=$((20000 + RANDOM % 20000))
"${as_pg[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on" start >/dev/null
stop() {
  "${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
  rm -rf "$dir"
}
trap stop EXIT
export PANICSCOPE_TEST_PG="postgres://postgres@127.0.0.1:$port/postgres"
"$@"
