#!/bin/sh
# Export test: --scale and --ui apply to exports as to --render: each frame is the same pixels
# as --render with the same options of its day; --quiet prints nothing.
# Usage: export_scale_ui.sh HISTMAP PNG_COMPARE
set -eu
histmap=$1
compare=$2
dir=export-scale-ui
rm -rf "$dir"
mkdir -p "$dir"

# Two frames (a second at 1 fps): 18 and 19 June 1918, at 160x90 points times 2.
"$histmap" --quiet --export-frames "$dir/scaled" --from 1918-06-18 --to 1918-06-19 --fps 1 \
  --duration 1 --size 160x90 --scale 2 2>"$dir/log.txt"
test ! -s "$dir/log.txt" || { cat "$dir/log.txt"; echo "FAIL: --quiet printed"; exit 1; }
"$compare" size 320x180 "$dir/scaled/frame-00002.png"
"$histmap" --quiet --render "$dir/scaled.png" --date 1918-06-19 --size 160x90 --scale 2
"$compare" exact "$dir/scaled/frame-00002.png" "$dir/scaled.png"

# With the panels (toolbar, legend, timeline, the inspector on a selection) in Kazakh.
"$histmap" --quiet --export-frames "$dir/ui" --from 1918-06-18 --to 1918-06-19 --fps 1 \
  --duration 1 --size 640x360 --ui --lang kk --select unit-alash-cavalry-1918-06
"$histmap" --quiet --render "$dir/ui.png" --date 1918-06-19 --size 640x360 --ui --lang kk \
  --select unit-alash-cavalry-1918-06
"$compare" exact "$dir/ui/frame-00002.png" "$dir/ui.png"
