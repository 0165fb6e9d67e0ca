#!/usr/bin/env bash
# A million dated points from a GeoPackage and from PostGIS: writes the GeoPackage once
# (histmap_large_load make, into build/bench-data/, not committed), copies it into a throw-away
# PostGIS server (tools/pg_sandbox.sh) with ogr2ogr, then loads each source in its own process
# (histmap_large_load load: peak memory is the load's own) beside GDAL's plain read of it.
# Prints rows of the bench table (bench/RESULTS.md). Skips PostGIS with a note where PostgreSQL
# is not installed.
# Usage: bench/large_load.sh BUILD_DIR [N]   (default N = 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build} n=${2:-1000000}
bin=$build/bench/histmap_large_load
data=$build/bench-data
gpkg=$data/large-$n.gpkg
mkdir -p "$data"
if [ ! -s "$gpkg" ]; then
  rm -f "$gpkg"
  "$bin" make "$gpkg" "$n"
fi
label="$n points, GeoPackage"
"$bin" gdal "$gpkg" "$label"
"$bin" load "$gpkg" "$label"

export bin gpkg n
HISTMAP_PG_TIMEOUT=1800 tools/pg_sandbox.sh bash -c '
set -euo pipefail
label="$n points, PostGIS"
t0=$(date +%s.%N)
# the same rows: COPY in one transaction, no spatial index (histmap reads the whole table)
PG_USE_COPY=YES ogr2ogr -f PostgreSQL "$HISTMAP_PG" "$gpkg" events -nln events \
  -lco GEOMETRY_NAME=geom -lco SPATIAL_INDEX=NONE -lco FID=fid -gt unlimited
psql -X -q -c "VACUUM ANALYZE events"
t1=$(date +%s.%N)
echo "| $label | copied in with ogr2ogr (not part of the load) | $(awk -v a="$t0" -v b="$t1" "BEGIN { printf \"%.1f s\", b - a }") |  |  |"
"$bin" gdal "$HISTMAP_PG tables=events" "$label"
"$bin" load "$HISTMAP_PG tables=events" "$label"
' || { rc=$?; [ $rc -eq 77 ] && echo "| PostGIS | skipped: PostgreSQL with PostGIS is not installed |  |  |  |" || exit $rc; }
