#!/usr/bin/env bash
# README command 1: install what is missing, build, and start the atlas on the bundled data.
# On a machine without a display it starts under xvfb-run (a virtual screen). Extra arguments
# go to histmap (e.g. --date 1918-05-27, or --render out.png).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
tools/build.sh build
bin=build/src/app/histmap
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [[ " $* " != *" --render "* ]]; then
  echo "histmap: no display here; starting on a virtual screen (xvfb-run)"
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$bin" "$@"
fi
exec "$bin" "$@"
