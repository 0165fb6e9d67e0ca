#!/usr/bin/env bash
# Installs the Debian 12 packages histmap needs to build, run and test. Idempotent: when
# everything is present it returns at once without touching the network.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config  # toolchain
  libsdl2-dev libepoxy-dev libimgui-dev libstb-dev  # window, GL loader, UI, PNG and fonts
  libgdal-dev gdal-bin libgeos-dev              # data: GDAL/OGR with PROJ, GEOS
  catch2                                        # tests
  libgl1-mesa-dri libegl-mesa0 libegl1 libgl1   # Mesa llvmpipe: OpenGL without a GPU
  xvfb xauth                                    # a virtual display for headless machines
  clang libclang-rt-14-dev                      # fuzzing: libFuzzer and sanitizers (tools/fuzz.sh)
  clang-format                                  # the style check in tools/test.sh
  ffmpeg                                        # --export-video encodes through it; ffprobe checks
  liblo-dev liblo-tools                         # show control over OSC; oscsend drives its test
  postgresql-15-postgis-3                       # PostGIS tests and bench: a throw-away server
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "histmap: missing Debian packages: ${missing[*]}" >&2
  echo "histmap: run this as root (or install them with sudo apt-get install)" >&2
  exit 1
fi
echo "histmap: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
