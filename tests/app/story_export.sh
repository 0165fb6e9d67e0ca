#!/bin/sh
# Story export test: a story exported as PNG frames holds, while each chapter rests, exactly the
# picture `--render --story --chapter K` draws of that chapter (captions burned in), and the
# frames move (the first and last differ). Then the Legion story as a 10-second 1280x720 MP4
# that ffprobe reads: H.264, that size, 301 frames.
# Usage: story_export.sh HISTMAP PNG_COMPARE
set -eu
histmap=$1
compare=$2
dir=story-export
rm -rf "$dir"
mkdir -p "$dir"

# The Legion story squeezed into 30 s at 4 fps: 121 frames, every chapter's rest a few frames.
"$histmap" --quiet --story legion-revolt --export-frames "$dir/frames" --duration 30 --fps 4 \
  --size 320x180
test "$(ls "$dir/frames" | wc -l)" -eq 121 || { echo "FAIL: not 121 frames"; exit 1; }
"$compare" differ "$dir/frames/frame-00001.png" "$dir/frames/frame-00121.png"
for k in 1 4 7; do
  "$histmap" --quiet --story legion-revolt --chapter $k --render "$dir/chapter-$k.png" --size 320x180
  found=""
  for f in "$dir"/frames/frame-*.png; do
    if "$compare" exact "$f" "$dir/chapter-$k.png" >/dev/null 2>&1; then found=$f; break; fi
  done
  test -n "$found" || { echo "FAIL: no frame is chapter $k at rest"; exit 1; }
  echo "chapter $k at rest = $found"
done
# Two chapters at rest are different pictures (the caption and the view change).
"$compare" differ "$dir/chapter-1.png" "$dir/chapter-4.png"

"$histmap" --quiet --story legion-revolt --export-video "$dir/legion.mp4" --duration 10 \
  --size 1280x720
probe=$(ffprobe -v error -select_streams v:0 -count_frames \
  -show_entries stream=codec_name,width,height,nb_read_frames -of csv=p=0 "$dir/legion.mp4")
echo "ffprobe: $probe"
test "$probe" = "h264,1280,720,301" || { echo "FAIL: expected h264,1280,720,301"; exit 1; }
