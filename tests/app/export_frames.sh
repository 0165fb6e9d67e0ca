#!/bin/sh
# Export test: --export-frames at one frame a day, each frame the same pixels as --render of its
# day (the same function draws both), 31 frames and not 32, and the progress lines on stderr.
# Usage: export_frames.sh HISTMAP PNG_COMPARE
set -eu
histmap=$1
compare=$2
dir=export-frames
rm -rf "$dir"
mkdir -p "$dir"

# 14 May to 13 June 1918 is 30 days; a second at 30 fps is 31 frames, one a day.
"$histmap" --export-frames "$dir/frames" --from 1918-05-14 --to 1918-06-13 --fps 30 \
  --duration 1 --size 320x180 2>"$dir/log.txt" || { cat "$dir/log.txt"; exit 1; }
cat "$dir/log.txt"
test -f "$dir/frames/frame-00031.png" || { echo "FAIL: no frame 31"; exit 1; }
test ! -e "$dir/frames/frame-00032.png" || { echo "FAIL: a 32nd frame"; exit 1; }
test "$(ls "$dir/frames" | wc -l)" -eq 31 || { echo "FAIL: not 31 files"; exit 1; }
# stderr is not a terminal here: a progress line each tenth, the last one complete.
grep -q '^export \[####################\] 100%  31/31 frames  took' "$dir/log.txt" ||
  { echo "FAIL: no final progress line"; exit 1; }
test "$(grep -c '^export \[' "$dir/log.txt")" -eq 10 || { echo "FAIL: not ten progress lines"; exit 1; }

# Frame k shows 14 May + k days: the first, the second, a week on, the middle, the last two.
for k in 0 1 7 15 29 30; do
  day=$(date -u -d "1918-05-14 + $k days" +%F)
  frame=$(printf '%s/frames/frame-%05d.png' "$dir" $((k + 1)))
  "$histmap" --quiet --render "$dir/render-$day.png" --date "$day" --size 320x180
  "$compare" exact "$frame" "$dir/render-$day.png"
done
# And time moves: the first and last frames are not the same picture.
"$compare" differ "$dir/frames/frame-00001.png" "$dir/frames/frame-00031.png"
