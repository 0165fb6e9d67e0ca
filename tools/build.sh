#!/usr/bin/env bash
# Configures (once) and builds histmap into a build folder.
# Usage: tools/build.sh [BUILD_DIR] [extra cmake -D options...]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build}
shift || true
if [ ! -f "$dir/build.ninja" ]; then
  cmake -S . -B "$dir" -G Ninja -DHISTMAP_WERROR=ON "$@" >/dev/null
fi
cmake --build "$dir" --parallel "$(nproc)"
