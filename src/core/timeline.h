// histmap core: the timeline's model, apart from how it is drawn.
// - Marks: every dated happening (events, units formed, missions and movements setting out),
//   sorted by day, each with its kind (the timeline colours them by it).
// - Jumps to the previous and next mark; steps by day, week and calendar month.
// - The weekly density of marks, so a researcher sees where the record is thick or thin.
// - TimeWindow: the visible part of the time axis, zoomed about a day and panned within limits.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/atlas.h"

namespace histmap {

enum class MarkKind : std::uint8_t { Event, UnitFormed, Mission, Movement };
const char* mark_kind_name(MarkKind k);

struct TimelineMark {
  DayNumber day = 0;   // the earliest day it can have happened
  DayNumber last = 0;  // the latest (same as day when dated to the day)
  std::uint32_t feature = 0;
  MarkKind kind = MarkKind::Event;
};

std::vector<TimelineMark> timeline_marks(const Atlas& atlas);

// The first mark day after t, the last one before t (strictly), if any.
std::optional<DayNumber> next_mark_day(const std::vector<TimelineMark>& marks, double t);
std::optional<DayNumber> prev_mark_day(const std::vector<TimelineMark>& marks, double t);

// Marks per 7-day bin: bin k covers days first + 7k .. first + 7k + 6, up to `last`.
std::vector<int> weekly_density(const std::vector<TimelineMark>& marks, DayNumber first,
                                DayNumber last);

enum class StepUnit { Day, Week, Month };
// t moved by n days, weeks or calendar months (the day of the month kept, or the month's last
// day when it is shorter: 31 January + 1 month = 28 February). Whole days.
double step_day(double t, StepUnit unit, int n);

struct TimeWindow {
  double first = 0;
  double last = 0;
  double span() const { return last - first; }
  // factor < 1 zooms in. The day under `anchor` stays where it is on screen. The window
  // stays within [lo, hi] and no narrower than min_span days.
  void zoom(double factor, double anchor, double lo, double hi, double min_span = 7);
  void pan(double days, double lo, double hi);
  // Moves the window (keeping its width) so t is inside it.
  void follow(double t, double lo, double hi);
};

}  // namespace histmap
