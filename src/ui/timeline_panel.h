// histmap ui: the timeline along the bottom of the window: play/pause, step by day/week/month,
// the date slider over the playback range, speed, loop, and the current date as text.
#pragma once

#include "core/date_format.h"
#include "core/playback.h"

namespace histmap {

struct TimelineView {
  DateDisplay display = DateDisplay::Auto;
  float height = 0;  // set by the panel: pixels it occupies at the bottom
};

// Draws the panel for a display of the given size and applies the user's changes to playback.
void draw_timeline_panel(Playback& playback, TimelineView& view, float display_w, float display_h);

}  // namespace histmap
