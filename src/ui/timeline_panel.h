// histmap ui: the timeline along the bottom of the window: play/pause, step by day/week/month,
// the date slider over the playback range, speed, loop, and the current date as text.
#pragma once

#include "core/date_format.h"
#include "core/playback.h"

namespace histmap {

struct TimelineView {
  DateDisplay display = DateDisplay::Auto;
  float height = 0;  // set by the panel: pixels it occupies at the bottom
  // The story's period (the default slider range) and the whole span of dated data; a
  // checkbox switches between them so items before or after the period can be reached.
  DayNumber story_first = 0, story_last = 0;
  DayNumber data_first = 0, data_last = 0;
  bool whole_span = false;
};

// Draws the panel for a display of the given size and applies the user's changes to playback.
void draw_timeline_panel(Playback& playback, TimelineView& view, float display_w, float display_h);

}  // namespace histmap
