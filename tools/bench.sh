#!/usr/bin/env bash
# Runs every benchmark and prints one table (bench/RESULTS.md keeps the results).
# Installs what is missing (the project's packages, and npm for Natural Earth's world-atlas),
# builds into build/, and makes the large test file once: the 1:10m countries from the npm
# package world-atlas, converted from TopoJSON to GeoJSON (about 24 MB) with GDAL's ogr2ogr,
# into build/bench-data/ (not committed). Each case runs in its own process, so its peak
# memory is its own. Frames are drawn offscreen: Mesa's llvmpipe without a GPU.
# The million-point load from a GeoPackage and from PostGIS runs through bench/large_load.sh
# (a throw-away PostgreSQL server; --quick: 100,000 points).
# Usage: tools/bench.sh [--quick]   (--quick: fewer frames, no 100,000-unit case)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
[ "${1:-}" = --quick ] && quick=1
tools/install-deps.sh
if ! command -v npm >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "histmap bench: npm is missing; install it (apt-get install npm) or run as root" >&2
    exit 1
  fi
  echo "histmap bench: installing npm (for Natural Earth's world-atlas package)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm >/dev/null
fi
tools/build.sh build >/dev/null
data=build/bench-data
countries=$data/countries-10m.geojson
if [ ! -s "$countries" ]; then
  mkdir -p "$data"
  (cd "$data" && npm pack --silent world-atlas@2.0.2 >/dev/null && tar xzf world-atlas-2.0.2.tgz)
  ogr2ogr -f GeoJSON "$countries" "$data/package/countries-10m.json" countries
fi
export SDL_VIDEODRIVER=offscreen
frames=300
[ $quick = 1 ] && frames=60
echo "histmap benchmarks, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD 2>/dev/null || echo none)"
echo "machine: $(nproc) CPU cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(free -g | awk '/Mem:/ {print $2}') GiB memory"
echo
echo "| case | measure | value | target | met |"
echo "|---|---|---|---|---|"
build/bench/histmap_load_bench
build/bench/histmap_load_bench "$countries"
build/bench/histmap_frame_bench --frames $frames --panels
build/bench/histmap_frame_bench --frames $frames --data "$countries"
if [ $quick = 1 ]; then bench/large_load.sh build 100000; else bench/large_load.sh build; fi
build/bench/histmap_scene_bench
build/bench/histmap_scene_bench 10000
[ $quick = 1 ] || build/bench/histmap_scene_bench 100000
# A kiosk left running for a week on a simulated clock (a day with --quick).
if [ $quick = 1 ]; then
  build/bench/histmap_kiosk_soak --days 1 --step 2 --render-every 300
else
  build/bench/histmap_kiosk_soak --days 7 --step 2 --render-every 300
fi
