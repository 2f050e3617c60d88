#!/usr/bin/env bash
# Runs the integration suite against a throwaway PostgreSQL cluster started from the
# binaries on this machine (apt-get install postgresql brings them). Touches nothing else.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL binaries not found (apt-get install -y postgresql); skipping the PostgreSQL run." >&2
  [ "${CI:-}" = "true" ] && exit 1
  exit 0
fi

port=${PG_TEST_PORT:-5433}
dir=$(mktemp -d /tmp/portal-pg.XXXXXX)
as_postgres() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = "0" ] && chown postgres "$dir"

cleanup() { as_postgres "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$dir"; }
trap cleanup EXIT

as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust >/dev/null
as_postgres "$bin/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=127.0.0.1" -l "$dir/log" -w start >/dev/null
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') started on port $port for the integration suite."

TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$port/postgres" npx vitest run tests/integration tests/db tests/postgres "$@"
