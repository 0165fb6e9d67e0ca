#!/bin/sh
# The README's "Bring your own data" step 4 as a user runs it: the example table put into a
# throw-away PostGIS with ogr2ogr (which writes "" where the CSV had an empty cell: no date,
# not a bad one), then opened as a table and through a query.
# Usage: postgis_example.sh PG_SANDBOX EXAMPLE_CSV HISTMAP
set -eu
sandbox=$1 csv=$2 histmap=$3
export csv histmap
exec "$sandbox" sh -c '
set -eu
ogr2ogr -f PostgreSQL "$HISTMAP_PG" "$csv" -nln legion -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat
out=$("$histmap" --check --field kind=\"event\" "$HISTMAP_PG tables=legion" 2>&1)
echo "$out"
echo "$out" | grep -q "tables=legion: 6 features loaded, clean"
out=$("$histmap" --check --field kind=\"event\" "$HISTMAP_PG" --sql "SELECT * FROM legion WHERE date_from < '"'1918-06'"'" 2>&1)
echo "$out"
echo "$out" | grep -q "user=histmap: 3 features loaded, clean"
echo "postgis_example: all checks passed"
'
