#!/usr/bin/env bash
# Runs a command beside a throw-away PostgreSQL + PostGIS server: a new cluster in a temporary
# folder, listening on 127.0.0.1 at a free port (its socket in that folder too, trust
# authentication), with a database "histmap" that has the postgis extension. The command gets
#   HISTMAP_PG="PG:dbname=histmap host=127.0.0.1 port=PORT user=histmap"
# and PGHOST, PGPORT, PGUSER, PGDATABASE for psql and ogr2ogr. Afterwards the server is stopped
# and the folder removed, also when the command fails or the script is interrupted; if this
# script is killed outright (a ctest timeout), a watchdog in its own session does it.
# Exit status: the command's; 77 when PostgreSQL or PostGIS is not installed (ctest: skipped);
# 124 when the command ran past HISTMAP_PG_TIMEOUT seconds (default 600).
# As root (initdb and postgres refuse root) the server runs as the system user `postgres`.
# Usage: tools/pg_sandbox.sh COMMAND [ARGS...]
#   e.g. tools/pg_sandbox.sh sh -c 'psql -c "SELECT postgis_version()"; histmap --check "$HISTMAP_PG"'
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

bindir=${PG_BINDIR:-}
if [ -z "$bindir" ]; then
  for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    [ -x "$d/initdb" ] && { bindir=$d; break; }
  done
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "pg_sandbox: PostgreSQL's server (initdb) is not installed;" \
    "apt-get install postgresql-15-postgis-3 (tools/install-deps.sh)" >&2
  exit 77
fi
version=$(basename "$(dirname "$bindir")")
if ! ls /usr/share/postgresql/"$version"/extension/postgis.control >/dev/null 2>&1; then
  echo "pg_sandbox: PostGIS for PostgreSQL $version is not installed;" \
    "apt-get install postgresql-$version-postgis-3" >&2
  exit 77
fi
command -v psql >/dev/null || { echo "pg_sandbox: psql is missing (postgresql-client)" >&2; exit 77; }

# The server's own user: initdb and postgres refuse to run as root.
as_server=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || { echo "pg_sandbox: running as root needs the system user" \
    "'postgres' (made by the postgresql package)" >&2; exit 77; }
  as_server=(runuser -u postgres --)
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/histmap-pg.XXXXXX")
chmod 700 "$dir"
if [ ${#as_server[@]} -gt 0 ]; then
  chown postgres: "$dir"
  # A TMPDIR under root's home is out of the postgres user's reach: /tmp is not.
  if ! runuser -u postgres -- test -w "$dir"; then
    rmdir "$dir"
    dir=$(mktemp -d /tmp/histmap-pg.XXXXXX)
    chmod 700 "$dir"
    chown postgres: "$dir"
  fi
fi
data=$dir/data
log=$dir/server.log

stop_server() {
  if [ -f "$data/postmaster.pid" ]; then
    "${as_server[@]}" timeout 30 "$bindir/pg_ctl" -D "$data" -m immediate -w -t 20 stop \
      >/dev/null 2>&1 || true
    # pg_ctl gave up or was killed: the postmaster's pid is the first line of its pid file
    pid=$(head -1 "$data/postmaster.pid" 2>/dev/null || true)
    [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  fi
}
cleanup() {
  trap - EXIT INT TERM HUP
  [ -n "${watchdog:-}" ] && kill "$watchdog" 2>/dev/null || true
  stop_server
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

# If this script dies without running its trap (SIGKILL from a test runner's timeout), the
# server must not outlive it: a watchdog in its own session waits for this shell to go.
setsid sh -c '
  while kill -0 "$1" 2>/dev/null; do sleep 1; done
  if [ -f "$2/data/postmaster.pid" ]; then kill -9 "$(head -1 "$2/data/postmaster.pid")" 2>/dev/null; fi
  sleep 1; rm -rf "$2"' pg-watchdog $$ "$dir" </dev/null >/dev/null 2>&1 &
watchdog=$!

"${as_server[@]}" timeout 120 "$bindir/initdb" -D "$data" --username=histmap --auth=trust \
  --encoding=UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || {
  echo "pg_sandbox: initdb failed:" >&2; cat "$dir/initdb.log" >&2; exit 1; }

# A free port: a random one in 20000-59999, tried again when another server holds it (two
# ctest runs side by side each get their own).
port=
for attempt in 1 2 3 4 5 6 7 8; do
  try=$((20000 + (RANDOM * 32768 + RANDOM + $$ * 7919 + attempt * 104729) % 40000))
  if "${as_server[@]}" timeout 60 "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 30 \
    -o "-p $try -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null 2>&1; then
    port=$try
    break
  fi
  stop_server
  grep -q -e "could not bind" -e "already in use" -e "could not create lock file" "$log" 2>/dev/null \
    || { echo "pg_sandbox: the server did not start:" >&2; cat "$log" >&2; exit 1; }
  : >"$log"
done
[ -n "$port" ] || { echo "pg_sandbox: no free port found for the server" >&2; exit 1; }

export PGHOST=127.0.0.1 PGPORT=$port PGUSER=histmap PGDATABASE=histmap
PGCONNECT_TIMEOUT=10 timeout 60 psql -X -q -v ON_ERROR_STOP=1 -d postgres \
  -c "CREATE DATABASE histmap" >/dev/null
PGCONNECT_TIMEOUT=10 timeout 60 psql -X -q -v ON_ERROR_STOP=1 -c "CREATE EXTENSION postgis" >/dev/null
export HISTMAP_PG="PG:dbname=histmap host=127.0.0.1 port=$port user=histmap"

set +e
timeout --kill-after=10 "${HISTMAP_PG_TIMEOUT:-600}" "$@"
rc=$?
set -e
[ $rc -eq 124 ] && echo "pg_sandbox: the command ran past ${HISTMAP_PG_TIMEOUT:-600} s" >&2
exit $rc
