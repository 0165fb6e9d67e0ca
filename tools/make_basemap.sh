#!/usr/bin/env bash
# Regenerates geodata/base/land.geojson from Natural Earth 1:50m land (public domain),
# as packaged in the npm package world-atlas (TopoJSON, read by GDAL's TopoJSON driver).
# Needs npm and GDAL's ogr2ogr (with SpatiaLite SQL). Run from the repository root.
set -euo pipefail
version=2.0.2
box="BuildMbr(20, 25, 160, 75)"  # the atlas region: 20°E–160°E, 25°N–75°N
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "world-atlas@$version" >/dev/null && tar xzf "world-atlas-$version.tgz")
# 1. Repair and split: the source has self-intersections, and ogr2ogr's -clipsrc silently
#    drops a whole continent on them, so clipping is done per valid polygon below.
ogr2ogr -f GeoJSON -makevalid -nln land "$work/valid.geojson" "$work/package/land-50m.json" land
ogr2ogr -f GeoJSON -explodecollections -nln land "$work/parts.geojson" "$work/valid.geojson"
# 2. Clip to the region and simplify to ~0.02° (about 2 km, below a pixel at the whole-region view).
ogr2ogr -f GeoJSON -explodecollections -nlt POLYGON -nln land -dialect SQLite \
  -sql "SELECT ST_SimplifyPreserveTopology(CollectionExtract(ST_Intersection(geometry, $box), 3), 0.02)
          AS geometry FROM land WHERE ST_Intersects(geometry, $box)" \
  "$work/clipped.geojson" "$work/parts.geojson"
# 3. Give each polygon the properties the loader expects (id, kind, sources).
ogr2ogr -f GeoJSON -lco RFC7946=YES -lco COORDINATE_PRECISION=3 -nln land -dialect SQLite \
  -sql "SELECT 'land-' || rowid AS id, 'land' AS kind, 'Land' AS name,
               json('[\"Natural Earth 1:50m land, public domain (npm world-atlas $version, land-50m.json)\"]') AS sources,
               geometry FROM land WHERE geometry IS NOT NULL AND ST_Area(geometry) > 0" \
  "$work/land.geojson" "$work/clipped.geojson"
mv "$work/land.geojson" geodata/base/land.geojson
echo "wrote geodata/base/land.geojson"
