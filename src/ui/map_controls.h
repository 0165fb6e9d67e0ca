// histmap ui: the controls over the map.
// - Toolbar (under the caption): one-tap language buttons (EN RU KK CS), the search box with its
//   results and an on-screen keyboard for touch tables, Layers, Legend, Filter and Statistics
//   toggles, "fit to data", and the projector theme.
// - Layers panel: each layer shown or hidden with how many of its features are on the map
//   now, a button that makes the timeline's bars count that layer, and the sides of units,
//   echelons and missions filtered.
// - Legend: every symbol on the map now, drawn with the renderer's own style.
// The panels only record what the user chose; the app applies it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/atlas.h"
#include "core/date_format.h"
#include "core/i18n.h"
#include "core/layers.h"
#include "core/legend.h"
#include "core/scene.h"
#include "core/search.h"
#include "render/style.h"

namespace histmap {

// Where a panel was on screen last frame, in window points: the app keeps clicks and
// fingers that land on a panel away from the map.
struct UiRect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool contains(float x, float y) const { return x >= x0 && x < x1 && y >= y0 && y < y1; }
};

struct ControlsView {
  Language language = Language::En;
  Theme theme = Theme::Default;
  bool show_layers = false;
  bool show_legend = false;  // one tap on Legend; closed, the map has the room
  bool show_keyboard = false;
  bool show_filter = false;   // the Filter panel (time mode, attribute filters)
  bool show_stats = false;    // the statistics strip above the timeline
  int active_filters = 0;     // set by the app: attribute filters and a time mode in force
  bool focus_search = false;  // set by the app (Ctrl+F, '/'); the search box takes the keys
  char query[128] = {};
  std::string last_query;  // what `hits` were found for
  std::vector<SearchHit> hits;
  LayerFilter filter;
  // What the timeline's bars count: this layer's features present per week; none: the marks.
  // Chosen in the Layers panel or the statistics strip.
  std::optional<Layer> bars_layer;
  std::vector<std::string> sides;  // of the data, for the side filter
  std::vector<LegendEntry> legend;
  float toolbar_height = 0;  // set by the toolbar
  float max_width = 0;       // set by the app: the toolbar wraps within it (0: no limit)
  UiRect toolbar_rect, panel_rect;

  bool has_stories = false;  // the Stories button shows when there are some
  bool kiosk = false;        // a visitor's kiosk: no settings (the projector switch)
  bool can_open = false;     // the window (not a rendered frame): File → Open is offered

  // The researcher's tools: Measure (click two points on the map), and Export of what is on
  // the map (GeoJSON, CSV, a print-size PNG). The app measures and exports.
  bool measuring = false;
  bool measure_toggled = false;  // the button was pressed this frame (the app clears a measure)
  enum class ExportRequest { None, GeoJson, Csv, Png };
  ExportRequest export_request = ExportRequest::None;

  // What the user asked for this frame; the app acts and clears them.
  std::optional<std::uint32_t> chosen;  // a search result
  bool fit_requested = false;
  bool stories_requested = false;
  bool open_requested = false;
};

// Search results on the map now (in `scene`) come first among equals.
void draw_toolbar(ControlsView& view, const Atlas& atlas, const Scene& scene,
                  const SearchIndex& index, const Translations& tr, DateDisplay display, float top);

// The layers panel and the legend, down the left side between top and bottom.
void draw_layers_and_legend(ControlsView& view, const Atlas& atlas, const Scene& scene,
                            const Translations& tr, const MapStyle& style, float top, float bottom);

// Dear ImGui colours and font for a theme: the projector's is light with black type.
void apply_ui_theme(Theme theme);

}  // namespace histmap
