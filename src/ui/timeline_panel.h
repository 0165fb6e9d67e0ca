// histmap ui: the timeline along the bottom of the window.
// - Controls: previous/next event, play/pause, step by day/week/month, loop, speed (a day per
//   second to a year per minute), trail length, the calendar dates are written in.
// - The time axis: the date cursor, event markers coloured by kind (hover names the event,
//   click jumps to it and selects it), a histogram of marks per week (or of one layer's
//   features present per week), month and year ticks.
// - Zoom with the wheel over the axis (from the whole span to a couple of weeks), drag to
//   scrub the date, right-drag to pan; buttons for the whole span and the story's period.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "core/date_format.h"
#include "core/i18n.h"
#include "core/layers.h"
#include "core/playback.h"
#include "core/timeline.h"

namespace histmap {

struct TimelineView {
  DateDisplay display = DateDisplay::Auto;
  float height = 0;  // set by the panel: pixels it occupies at the bottom
  // The story's period (the default slider range) and the whole span of dated data; a
  // checkbox switches between them so items before or after the period can be reached.
  DayNumber story_first = 0, story_last = 0;
  DayNumber data_first = 0, data_last = 0;
  bool whole_span = false;
  double trail_days = 14;
  TimeWindow window;                // the part of the playback range the axis shows
  std::vector<TimelineMark> marks;  // sorted by day
  std::vector<int> density;         // marks per week from playback.first
  DayNumber density_first = 0;
  // When set, the bars count this layer's features present per week instead of the marks
  // (layer_presence_per_week; the app fills layer_density when the layer or filters change).
  std::optional<Layer> histogram_layer;
  std::vector<int> layer_density;
  DayNumber layer_density_first = 0;
  std::optional<std::uint32_t> selected;  // set when a marker is clicked: select it on the map
  bool scrubbing = false;
};

// Fills marks and density and shows the whole playback range.
void init_timeline(TimelineView& view, const Atlas& atlas, const Playback& playback);

// Names for the markers' tooltips come from the atlas; words from the translations.
void draw_timeline_panel(Playback& playback, TimelineView& view, const Atlas& atlas,
                         const Translations& tr, float display_w, float display_h);

// The colour of a marker of this kind (RGBA, 0..1), shared with the legend on the panel.
void mark_color(MarkKind kind, float rgba[4]);

}  // namespace histmap
