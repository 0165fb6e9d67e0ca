// histmap render: the map's colours and sizes in one place, so the legend (later) and the
// renderer read the same definitions.
#pragma once

#include <string>

#include "core/atlas.h"
#include "core/i18n.h"

namespace histmap {

struct Rgba {
  float r = 0, g = 0, b = 0, a = 1;
};

enum class Theme { Default, HighContrast };  // HighContrast: the projector theme
const char* theme_key(Theme t);              // translation key: "theme.default"

struct MapStyle {
  // Multiplies every size in pixels: the display's pixel ratio (HiDPI) times the theme's.
  float scale = 1.0f;
  float text_scale = 1.0f;  // the text's: the pixel ratio times the theme's larger type
  float region_fill_alpha = 0.22f;
  float region_label_alpha = 1.0f;
  float station_radius_px = 3.5f;
  float major_station_radius_px = 4.5f;
  float place_radius_px = 3.0f;
  Rgba event_neutral{0.55f, 0.18f, 0.12f, 1};  // an event without a side
  Rgba water{0.78f, 0.85f, 0.88f, 1};
  Rgba land{0.95f, 0.93f, 0.87f, 1};
  Rgba coast{0.55f, 0.62f, 0.66f, 1};
  Rgba rail_casing{0.20f, 0.18f, 0.17f, 1};
  Rgba rail_dash{1, 1, 1, 1};
  Rgba station_fill{1, 1, 1, 1};
  Rgba station_stroke{0.15f, 0.14f, 0.13f, 1};
  Rgba place_fill{0.30f, 0.28f, 0.26f, 1};
  Rgba label{0.12f, 0.11f, 0.10f, 1};
  Rgba halo{0.98f, 0.97f, 0.94f, 0.9f};
  float rail_width_px = 3.2f;
  float rail_dash_width_px = 1.4f;
  float coast_width_px = 0.8f;
  float region_outline_px = 1.6f;
  Rgba river{0.52f, 0.68f, 0.80f, 1};
  float river_width_px = 1.1f;
  Rgba admin_outline{0.42f, 0.40f, 0.38f, 0.7f};
  Rgba admin_label{0.40f, 0.38f, 0.36f, 1};
  Rgba water_label{0.25f, 0.42f, 0.55f, 1};
  float admin_outline_px = 1.0f;
  float journey_width_px = 3.0f;
  float event_radius_px = 6.5f;
  float event_marker_px = 3.2f;  // a past event, after its days
  float trail_width_px = 6.0f;
  Rgba talks{0.93f, 0.69f, 0.13f, 1};  // a mission's destination while talks go on
  Rgba selection{0.98f, 0.80f, 0.10f, 1};
  // The Measure tool: magenta, a colour no layer of the map uses.
  Rgba measure{0.85f, 0.10f, 0.55f, 1};      // the way along the railway
  Rgba measure_arc{0.55f, 0.05f, 0.40f, 1};  // the great circle and the two ends
};

// The map's style for a theme at a display's pixel ratio (1 on ordinary screens, 2 on HiDPI):
// every width, radius and text size multiplied, so lines keep their real width.
MapStyle map_style(Theme theme, float pixel_ratio = 1.0f);

// Opacity for geometry the data calls approximate or conjectural: drawn visibly softer.
float certainty_alpha(Certainty c);

// Fill and stroke for a region or unit of this affiliation.
Rgba affiliation_color(const std::string& affiliation);
Rgba with_alpha(Rgba c, float a);

// The display name in the chosen language (Kazakh falls back to Russian first), then English,
// then the id.
const std::string& display_name(const Feature& f, Language lang);

// Symbol radius in pixels for a unit of the given strength (area grows with men).
float unit_radius_px(const std::optional<int>& strength);

}  // namespace histmap
