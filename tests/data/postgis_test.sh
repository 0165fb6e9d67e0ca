#!/bin/sh
# The PostGIS test as ctest runs it: a throw-away server (tools/pg_sandbox.sh), the fixture
# tables, the loader's own tests (histmap_postgis_tests), then `histmap --check` on the
# database as a user runs it, with tables= and with --sql. Exit 77 (skipped) without
# PostgreSQL/PostGIS installed.
# Usage: postgis_test.sh SANDBOX FIXTURE.sql POSTGIS_TESTS HISTMAP
set -eu
sandbox=$1 fixture=$2 tests=$3 histmap=$4
export fixture tests histmap
exec "$sandbox" sh -c '
set -eu
psql -X -q -v ON_ERROR_STOP=1 -f "$fixture" >/dev/null
"$tests"

out=$("$histmap" --check "$HISTMAP_PG tables=campaign,railways" 2>&1)
echo "$out"
echo "$out" | grep -q "tables=campaign,railways: 5 features loaded, clean"

out=$("$histmap" --check "$HISTMAP_PG" --sql "SELECT * FROM campaign WHERE calendar = '"'julian'"'" 2>&1) || true
echo "$out"
echo "$out" | grep -q "user=histmap: 1 feature loaded"

rc=0
out=$("$histmap" --check "$HISTMAP_PG" --sql "SELECT * FROM nowhere" 2>&1) || rc=$?
echo "$out"
test $rc -eq 1
echo "$out" | grep -q "sql: error: the query failed: .*nowhere"

rc=0
out=$("$histmap" --check "PG:host=127.0.0.1 port=1 dbname=x password=topsecret" 2>&1) || rc=$?
echo "$out"
test $rc -eq 1
echo "$out" | grep -q "password=\*\*\*: 0 features loaded, 1 error"
echo "$out" | grep -q "error: cannot be opened"
if echo "$out" | grep -q topsecret; then echo "the password was shown" >&2; exit 1; fi
echo "postgis_test: all checks passed"
'
