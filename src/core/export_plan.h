// histmap core: the frame timing of an export (--export-video, --export-frames) and its progress
// line. Pure arithmetic, so the timing is unit-tested; the app renders what it says.
//
// The contract. An export from day `from` to day `to` at `fps` frames a second lasting
// `duration` seconds plays history at a fixed step of (to - from) / round(fps * duration) days
// a frame. It has frames = round(fps * duration) + 1 frames (at least 2): frame k (0-based) is
// shown k / fps seconds in and shows day from + (to - from) * k / (frames - 1); the first frame
// is `from` and the last is `to`, exactly. The +1 is the fence post: a 1-second export at
// 30 fps from 14 May to 13 June 1918 (30 days) is 31 frames, one a day. A frame's day is a real
// number (between two days things are where they are at that fraction of the day); when
// (to - from) is a multiple of frames - 1, every frame's day is a whole day and the frame equals
// `histmap --render --date` of that day exactly (both are drawn by the same function).
#pragma once

#include <string>

#include "core/date.h"

namespace histmap {

struct ExportPlan {
  DayNumber from = 0;
  DayNumber to = 0;
  int fps = 30;
  int frames = 2;  // at least 2: the first shows `from`, the last `to`

  // The day frame k shows (k from 0 to frames - 1); exact for the first and last frame, and a
  // whole number wherever (to - from) * k is a multiple of frames - 1.
  double day(int k) const;
  // When frame k is shown, in seconds from the start of the video.
  double seconds(int k) const { return static_cast<double>(k) / fps; }
  // Days of history a frame moves on.
  double step_days() const;
};

// frames = round(fps * duration) + 1, at least 2. fps >= 1, duration_s > 0 (the command line
// checks both); to before from is allowed here and plays backwards.
ExportPlan make_export_plan(DayNumber from, DayNumber to, int fps, double duration_s);

// One line of the terminal's progress bar, e.g.
//   "export [#########           ]  45%  135/300 frames  eta 12 s"
// 20 cells, the percentage rounded down; the estimate of the time left is the time per frame
// so far times the frames left, rounded up ("eta 2 min 05 s" from a minute on), absent before
// the first frame; when done == total it reads "took 12 s" instead.
std::string format_export_progress(int done, int total, double elapsed_s);

// Tenths of the export done (0 to 10), rounded down: where stderr is not a terminal, the app
// prints a progress line each time this grows.
int export_progress_tenths(int done, int total);

}  // namespace histmap
