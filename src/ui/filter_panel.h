// histmap ui: the Filter panel (from the toolbar), where a researcher narrows the map.
// - Time: the instant, ± N days around the date (a window), or everything since a day up to
//   the date (cumulative); the days the mode shows are written out.
// - Attribute filters: the active ones listed as expressions, each with a remove button; an
//   editor adds one: the layer (or every layer), a field from those the layer's features have,
//   the test (equals, contains, range) and the value. All filters must pass.
// The panel only records the choices; the app computes the mask when `changed` is set.
#pragma once

#include <string>
#include <vector>

#include "core/atlas.h"
#include "core/attribute_filter.h"
#include "core/date_format.h"
#include "core/i18n.h"
#include "core/scene.h"
#include "ui/map_controls.h"

namespace histmap {

struct FilterView {
  TimeMode mode = TimeMode::Instant;
  float window_days = 30;
  double since_day = 0;
  char since_text[40] = {};  // what the user typed for the since day
  std::vector<AttributeFilter> filters;
  bool changed = false;  // filters added or removed this frame

  // The editor of the next filter.
  int layer = 0;  // 0: every layer; k: Layer k - 1
  int field = 0;
  int op = 0;  // FilterOp
  char value[160] = {};
  std::string error;
  std::vector<std::string> fields;  // of the editor's layer
  int fields_for = -1;              // the layer `fields` were listed for (-1: none yet)
  UiRect rect;
};

// Under the toolbar (top), from left (right of the Layers panel when it is open); t is the
// date now (for "since here").
void draw_filter_panel(FilterView& view, const Atlas& atlas, const Translations& tr,
                       DateDisplay display, double t, float left, float top);

}  // namespace histmap
