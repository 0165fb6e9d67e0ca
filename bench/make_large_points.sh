#!/bin/sh
# Makes a GeoPackage of N dated points (default 1,000,000; 10% events, the rest places) for the
# frame benchmark and the window: bench/make_large_points.sh OUT.gpkg [N]. Needs python3 and
# ogr2ogr (gdal-bin).
set -eu
out=${1:?usage: make_large_points.sh OUT.gpkg [N]}
n=${2:-1000000}
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$here/make_points.py" "$n" > "$tmp/points.csv"
rm -f "$out"
ogr2ogr -f GPKG "$out" "$tmp/points.csv" -nln points -a_srs EPSG:4326 \
  -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -oo KEEP_GEOM_COLUMNS=NO \
  -oo AUTODETECT_TYPE=NO
echo "$out: $n points"
